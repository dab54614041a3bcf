import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { requireActor } from '../../platform/access.ts';
import { contextOf } from '../../platform/http.ts';
import { sendPrivateFile } from '../../platform/served-files.ts';
import { readUpload } from '../../platform/uploads.ts';
import { AGREEMENT_RULES, agreementFor, assertCanUpload, attachAgreement } from './files.ts';
import {
  CreatePairingBody,
  ListPairingsQuery,
  PairingDetail,
  PairingIdParams,
  PairingOptionalReasonBody,
  PairingPage,
  PairingReasonBody,
  UpdatePairingBody,
} from './schemas.ts';
import { createPairing, getPairing, listPairings, updatePairing } from './service.ts';
import { confirmPairing, endPairing, returnPairing, withdrawPairing } from './transitions.ts';

export const pairingsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['pairings'];

  app.post(
    '/pairings',
    {
      schema: {
        tags,
        summary: '提交结对协议（本组织牵头，可联合其他组织）：提交后由管辖全部结对地区的部门确认',
        body: CreatePairingBody,
        response: { 200: PairingDetail },
      },
      config: { permission: 'pairings.make' },
    },
    async (request) => createPairing(app.db, contextOf(request), request.body),
  );

  app.get(
    '/pairings',
    {
      schema: {
        tags,
        summary: '结对协议列表：组织看本组织牵头或参与的；部门和联系人看结对地区在辖区内的（最新在前）',
        querystring: ListPairingsQuery,
        response: { 200: PairingPage },
      },
      config: { permission: 'pairings.read' },
    },
    async (request) => listPairings(app.db, contextOf(request), request.query),
  );

  app.get(
    '/pairings/:id',
    {
      schema: {
        tags,
        summary: '一份结对协议：地区、承诺、协议文件、记录、项目和当前可执行的操作',
        params: PairingIdParams,
        response: { 200: PairingDetail },
      },
      config: { permission: 'pairings.read' },
    },
    async (request) => getPairing(app.db, contextOf(request), request.params.id),
  );

  app.patch(
    '/pairings/:id',
    {
      schema: {
        tags,
        summary: '修改结对协议（牵头组织，待确认或已退回时）；已退回的修改后重新提交',
        params: PairingIdParams,
        body: UpdatePairingBody,
        response: { 200: PairingDetail },
      },
      config: { permission: 'pairings.make' },
    },
    async (request) => updatePairing(app.db, contextOf(request), request.params.id, request.body),
  );

  app.post(
    '/pairings/:id/agreement',
    {
      schema: {
        tags,
        summary: '上传签署的结对协议（PDF、JPEG 或 PNG，≤ 20 MB；替换原有文件）',
        description: 'multipart/form-data，文件字段名 file。牵头组织在待确认或已退回时上传。',
        consumes: ['multipart/form-data'],
        params: PairingIdParams,
        response: { 200: PairingDetail },
      },
      config: { permission: 'pairings.make' },
    },
    async (request) => {
      await assertCanUpload(app.db, requireActor(request.actor), request.params.id);
      const upload = await readUpload(request, AGREEMENT_RULES);
      return attachAgreement(app.db, app.config, contextOf(request), request.params.id, upload);
    },
  );

  app.get(
    '/pairings/:id/agreement',
    {
      schema: { tags, summary: '结对协议文件（能看到该结对协议的人）', params: PairingIdParams },
      config: { permission: 'pairings.read' },
    },
    async (request, reply) => {
      const file = await agreementFor(app.db, app.config, requireActor(request.actor), request.params.id);
      return sendPrivateFile(reply, file);
    },
  );

  app.post(
    '/pairings/:id/withdraw',
    {
      schema: {
        tags,
        summary: '撤回结对协议（牵头组织，待确认或已退回时）',
        params: PairingIdParams,
        body: PairingOptionalReasonBody,
        response: { 200: PairingDetail },
      },
      config: { permission: 'pairings.make' },
      // The reason is optional, so the body may be too: a bare POST withdraws.
      preValidation: async (request) => {
        request.body ??= {};
      },
    },
    async (request) => withdrawPairing(app.db, contextOf(request), request.params.id, request.body),
  );

  app.post(
    '/pairings/:id/confirm',
    {
      schema: {
        tags,
        summary: '确认结对协议（管辖全部结对地区的部门；须已上传签署的协议）',
        params: PairingIdParams,
        response: { 200: PairingDetail },
      },
      config: { permission: 'pairings.review' },
    },
    async (request) => confirmPairing(app.db, contextOf(request), request.params.id),
  );

  app.post(
    '/pairings/:id/return',
    {
      schema: {
        tags,
        summary: '退回结对协议（须说明原因），组织修改后重新提交',
        params: PairingIdParams,
        body: PairingReasonBody,
        response: { 200: PairingDetail },
      },
      config: { permission: 'pairings.review' },
    },
    async (request) => returnPairing(app.db, contextOf(request), request.params.id, request.body),
  );

  app.post(
    '/pairings/:id/end',
    {
      schema: {
        tags,
        summary: '终止已确认的结对协议（牵头组织或结对地区所在的部门，须说明原因），并通知另一方',
        params: PairingIdParams,
        body: PairingReasonBody,
        response: { 200: PairingDetail },
      },
      config: { permission: 'pairings.read' },
    },
    async (request) => endPairing(app.db, contextOf(request), request.params.id, request.body),
  );
};
