import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { requireActor } from '../../platform/access.ts';
import { contextOf } from '../../platform/http.ts';
import { sendPrivateFile } from '../../platform/served-files.ts';
import { readUpload } from '../../platform/uploads.ts';
import { assertCanAttach, attachFile, detachFile, NEED_FILE_RULES, needFileFor } from './files.ts';
import {
  ClaimSettings,
  CreateNeedBody,
  ManagedNeedsQuery,
  NeedDetail,
  NeedFileParams,
  NeedIdParams,
  NeedPage,
  ReasonBody,
  UpdateNeedBody,
} from './schemas.ts';
import { createNeed, getNeed, listManagedNeeds, updateNeed } from './service.ts';
import { ClaimSettingsQuery, getClaimSettings, PutClaimSettingsBody, setClaimSettings } from './settings.ts';
import { closeNeed, publishNeed, takeDownNeed, withdrawNeed } from './transitions.ts';

export const needsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['needs'];

  app.post(
    '/needs',
    {
      schema: {
        tags,
        summary: '发布需求（存为草稿或立即发布；区县、乡镇、村或住户的需求，限本人管辖范围）',
        body: CreateNeedBody,
        response: { 200: NeedDetail },
      },
      config: { permission: 'needs.manage' },
    },
    async (request) => createNeed(app.db, contextOf(request), requireActor(request.actor), request.body),
  );

  app.get(
    '/needs/managed',
    {
      schema: {
        tags,
        summary: '管辖范围内的全部需求（含草稿、已撤回、已下架；最新的在前）',
        querystring: ManagedNeedsQuery,
        response: { 200: NeedPage },
      },
      config: { permission: 'needs.manage' },
    },
    async (request) => listManagedNeeds(app.db, requireActor(request.actor), request.query),
  );

  app.get(
    '/needs/:id',
    {
      schema: {
        tags,
        summary: '一条需求的详情（住户只显示脱敏信息；联系人只对管理者和对接成功的认领方显示）与可执行的操作',
        params: NeedIdParams,
        response: { 200: NeedDetail },
      },
      config: { permission: 'needs.read' },
    },
    async (request) => getNeed(app.db, requireActor(request.actor), request.params.id),
  );

  app.patch(
    '/needs/:id',
    {
      schema: {
        tags,
        summary: '修改需求（已有认领时只能改说明、联系人和推后截止日期）',
        params: NeedIdParams,
        body: UpdateNeedBody,
        response: { 200: NeedDetail },
      },
      config: { permission: 'needs.manage' },
    },
    async (request) => updateNeed(app.db, contextOf(request), requireActor(request.actor), request.params.id, request.body),
  );

  app.post(
    '/needs/:id/publish',
    {
      schema: { tags, summary: '发布草稿', params: NeedIdParams, response: { 200: NeedDetail } },
      config: { permission: 'needs.manage' },
    },
    async (request) => publishNeed(app.db, contextOf(request), requireActor(request.actor), request.params.id),
  );

  app.post(
    '/needs/:id/withdraw',
    {
      schema: {
        tags,
        summary: '撤回需求并说明原因（还有待确认或已对接的认领时不能撤回）',
        params: NeedIdParams,
        body: ReasonBody,
        response: { 200: NeedDetail },
      },
      config: { permission: 'needs.manage' },
    },
    async (request) => withdrawNeed(app.db, contextOf(request), requireActor(request.actor), request.params.id, request.body.reason),
  );

  app.post(
    '/needs/:id/close',
    {
      schema: { tags, summary: '关闭已对接成功或已过期的需求', params: NeedIdParams, response: { 200: NeedDetail } },
      config: { permission: 'needs.manage' },
    },
    async (request) => closeNeed(app.db, contextOf(request), requireActor(request.actor), request.params.id),
  );

  app.post(
    '/needs/:id/take-down',
    {
      schema: {
        tags,
        summary: '下架需求并说明原因（部门；待确认的认领自动婉拒并通知认领方）',
        params: NeedIdParams,
        body: ReasonBody,
        response: { 200: NeedDetail },
      },
      config: { permission: 'needs.review' },
    },
    async (request) => takeDownNeed(app.db, contextOf(request), requireActor(request.actor), request.params.id, request.body.reason),
  );

  app.post(
    '/needs/:id/files',
    {
      schema: {
        tags,
        summary: '上传需求的照片或文件（PNG、JPEG、WebP 或 PDF，≤ 10 MB，每个需求最多 9 个）',
        description: 'multipart/form-data，文件字段名 file。',
        consumes: ['multipart/form-data'],
        params: NeedIdParams,
        response: { 200: NeedDetail },
      },
      config: { permission: 'needs.manage' },
    },
    async (request) => {
      const actor = requireActor(request.actor);
      await assertCanAttach(app.db, actor, request.params.id);
      const upload = await readUpload(request, NEED_FILE_RULES);
      return attachFile(app.db, app.config, contextOf(request), actor, request.params.id, upload);
    },
  );

  app.delete(
    '/needs/:id/files/:fileId',
    {
      schema: { tags, summary: '删除需求的一个照片或文件', params: NeedFileParams, response: { 200: NeedDetail } },
      config: { permission: 'needs.manage' },
    },
    async (request) =>
      detachFile(app.db, contextOf(request), requireActor(request.actor), request.params.id, request.params.fileId),
  );

  app.get(
    '/needs/:id/files/:fileId',
    {
      schema: { tags, summary: '需求的照片或文件（能看到该需求的人）', params: NeedFileParams },
      config: { permission: 'needs.read' },
    },
    async (request, reply) => {
      const file = await needFileFor(app.db, app.config, requireActor(request.actor), request.params.id, request.params.fileId);
      return sendPrivateFile(reply, file);
    },
  );

  app.get(
    '/claim-settings',
    {
      schema: {
        tags,
        summary: '认领无进展失效天数（本地区的设置、上级的设置或平台默认）',
        querystring: ClaimSettingsQuery,
        response: { 200: ClaimSettings },
      },
      config: { permission: 'needs.review' },
    },
    async (request) => getClaimSettings(app.db, requireActor(request.actor), request.query.region, app.config.claimLapseDays),
  );

  app.put(
    '/claim-settings',
    {
      schema: {
        tags,
        summary: '设置本地区的认领无进展失效天数（3–365 天）',
        querystring: ClaimSettingsQuery,
        body: PutClaimSettingsBody,
        response: { 200: ClaimSettings },
      },
      config: { permission: 'needs.review' },
    },
    async (request) =>
      setClaimSettings(
        app.db,
        contextOf(request),
        requireActor(request.actor),
        { lapseDays: request.body.lapseDays, queryRegion: request.query.region, bodyRegion: request.body.region },
        app.config.claimLapseDays,
      ),
  );
};
