import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { contextOf } from '../../platform/http.ts';
import { NeedIdParams } from '../needs/schemas.ts';
import { LoggingChannel } from '../notifications/channel.ts';
import {
  Claim,
  ClaimIdParams,
  ClaimPage,
  CreateClaimBody,
  ListClaimsQuery,
  OptionalReasonBody,
  ProgressBody,
  RequiredReasonBody,
} from './schemas.ts';
import * as service from './service.ts';

export const claimsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['claims'];
  const env: service.ClaimEnv = { db: app.db, config: app.config, channel: new LoggingChannel(app.log), log: app.log };

  app.post(
    '/needs/:id/claims',
    {
      schema: {
        tags,
        summary: '认领需求：组织认领全部或部分数量（资金以分计），爱心人士一对一认领住户需求的全部剩余数量',
        params: NeedIdParams,
        body: CreateClaimBody,
        response: { 200: Claim },
      },
      config: { permission: 'claims.make' },
    },
    async (request) => service.createClaim(env, contextOf(request), request.params.id, request.body),
  );

  app.get(
    '/claims',
    {
      schema: {
        tags,
        summary: '认领列表：组织和爱心人士看自己的认领；联系人和部门看辖区内需求的认领（最新在前）',
        querystring: ListClaimsQuery,
        response: { 200: ClaimPage },
      },
      config: { permission: 'claims.read' },
    },
    async (request) => service.listClaims(app.db, contextOf(request), request.query),
  );

  app.get(
    '/claims/:id',
    {
      schema: { tags, summary: '一项认领：进展记录；确认后认领方可见对接信息（住户只显示脱敏信息）', params: ClaimIdParams, response: { 200: Claim } },
      config: { permission: 'claims.read' },
    },
    async (request) => service.getClaim(app.db, contextOf(request), request.params.id),
  );

  app.post(
    '/claims/:id/withdraw',
    {
      schema: { tags, summary: '撤回待确认的认领（已确认的不能撤回）', params: ClaimIdParams, body: OptionalReasonBody, response: { 200: Claim } },
      config: { permission: 'claims.make' },
      // The reason is optional, so the body may be too: a bare POST withdraws.
      preValidation: async (request) => {
        request.body ??= {};
      },
    },
    async (request) => service.withdrawClaim(env, contextOf(request), request.params.id, request.body),
  );

  app.post(
    '/claims/:id/confirm',
    {
      schema: { tags, summary: '确认认领（对接成功）', params: ClaimIdParams, response: { 200: Claim } },
      config: { permission: 'needs.manage' },
    },
    async (request) => service.confirmClaim(env, contextOf(request), request.params.id),
  );

  app.post(
    '/claims/:id/decline',
    {
      schema: { tags, summary: '婉拒认领（须说明原因），认领数量退回需求', params: ClaimIdParams, body: RequiredReasonBody, response: { 200: Claim } },
      config: { permission: 'needs.manage' },
    },
    async (request) => service.declineClaim(env, contextOf(request), request.params.id, request.body),
  );

  app.post(
    '/claims/:id/progress',
    {
      schema: { tags, summary: '报告进展（重新计算失效时间）', params: ClaimIdParams, body: ProgressBody, response: { 200: Claim } },
      config: { permission: 'claims.make' },
    },
    async (request) => service.reportProgress(env, contextOf(request), request.params.id, request.body),
  );
};
