import fs from 'node:fs';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { AppError } from '../../errors.ts';
import { requireActor } from '../../platform/access.ts';
import { contextOf } from '../../platform/http.ts';
import { readUpload } from '../../platform/uploads.ts';
import { startExport } from './export.ts';
import { directory, listOrganizations, publicOrganization } from './list.ts';
import { LOGO_RULES, publicFile, setLogo } from './logo.ts';
import { inviteMember, listMembers, removeMember } from './members.ts';
import { registerOrganization } from './register.ts';
import { approve, resubmit, returnOrganization } from './review.ts';
import {
  DirectoryPage,
  DirectoryQuery,
  ExportOrganizationsBody,
  ExportStarted,
  FileParams,
  IdParams,
  InviteMemberBody,
  ListOrganizationsQuery,
  Member,
  MemberInvitation,
  MemberList,
  MemberParams,
  Organization,
  OrganizationPage,
  PublicOrganization,
  RegisterOrganizationBody,
  ReturnBody,
  UpdateOrganizationBody,
} from './schemas.ts';
import { getOrganization, updateOrganization } from './service.ts';

export const organizationsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['organizations'];

  app.post(
    '/organizations/register',
    {
      schema: {
        tags,
        summary: '社会组织自行注册（同时创建组织管理员账号；提交后待登记管理机关所在地区的部门审核）',
        body: RegisterOrganizationBody,
        response: { 200: Organization },
      },
      config: { permission: 'public' },
    },
    async (request) => registerOrganization(app.db, contextOf(request), request.body),
  );

  app.get(
    '/organizations',
    {
      schema: {
        tags,
        summary: '管辖范围内的社会组织（登记或服务在本地区；可筛选、排序、翻页）',
        querystring: ListOrganizationsQuery,
        response: { 200: OrganizationPage },
      },
      config: { permission: 'organizations.manage' },
    },
    async (request) => listOrganizations(app.db, requireActor(request.actor), request.query),
  );

  app.post(
    '/organizations/export',
    {
      schema: {
        tags,
        summary: '把筛选后的组织列表导出为 Excel（后台任务）',
        body: ExportOrganizationsBody,
        response: { 202: ExportStarted },
      },
      config: { permission: 'organizations.manage' },
    },
    async (request, reply) => reply.status(202).send(await startExport(app.db, contextOf(request), requireActor(request.actor), request.body)),
  );

  app.get(
    '/organizations/:id',
    {
      schema: {
        tags,
        summary: '一个社会组织的完整信息、审核记录和可执行的操作（本组织人员、管辖范围内的部门）',
        params: IdParams,
        response: { 200: Organization },
      },
      config: { permission: 'organizations.read' },
    },
    async (request) => getOrganization(app.db, requireActor(request.actor), request.params.id),
  );

  app.patch(
    '/organizations/:id',
    {
      schema: {
        tags,
        summary: '修改本组织信息（审核通过后，名称、信用代码、组织形式的变更须重新审核）',
        params: IdParams,
        body: UpdateOrganizationBody,
        response: { 200: Organization },
      },
      config: { permission: 'organizations.own' },
    },
    async (request) => updateOrganization(app.db, contextOf(request), requireActor(request.actor), request.params.id, request.body),
  );

  app.post(
    '/organizations/:id/resubmit',
    {
      schema: { tags, summary: '被退回后修改完毕，重新提交审核', params: IdParams, response: { 200: Organization } },
      config: { permission: 'organizations.own' },
    },
    async (request) => resubmit(app.db, contextOf(request), requireActor(request.actor), request.params.id),
  );

  app.post(
    '/organizations/:id/approve',
    {
      schema: {
        tags,
        summary: '审核通过注册或关键信息变更（限登记管理机关所在地区的部门）',
        params: IdParams,
        response: { 200: Organization },
      },
      config: { permission: 'organizations.manage' },
    },
    async (request) => approve(app.db, contextOf(request), requireActor(request.actor), request.params.id),
  );

  app.post(
    '/organizations/:id/return',
    {
      schema: {
        tags,
        summary: '退回注册或关键信息变更，并说明理由（限登记管理机关所在地区的部门）',
        params: IdParams,
        body: ReturnBody,
        response: { 200: Organization },
      },
      config: { permission: 'organizations.manage' },
    },
    async (request) =>
      returnOrganization(app.db, contextOf(request), requireActor(request.actor), request.params.id, request.body.reason),
  );

  app.get(
    '/organizations/:id/members',
    {
      schema: { tags, summary: '组织的管理员和成员', params: IdParams, response: { 200: MemberList } },
      config: { permission: 'organizations.read' },
    },
    async (request) => listMembers(app.db, requireActor(request.actor), request.params.id),
  );

  app.post(
    '/organizations/:id/members/invitations',
    {
      schema: {
        tags,
        summary: '邀请成员（审核通过的组织；返回一次性邀请链接）',
        params: IdParams,
        body: InviteMemberBody,
        response: { 200: MemberInvitation },
      },
      config: { permission: 'organizations.own' },
    },
    async (request) =>
      inviteMember(app.db, contextOf(request), requireActor(request.actor), request.params.id, request.body.displayName),
  );

  app.post(
    '/organizations/:id/members/:accountId/remove',
    {
      schema: { tags, summary: '移除成员（停用其账号并结束其登录）', params: MemberParams, response: { 200: Member } },
      config: { permission: 'organizations.own' },
    },
    async (request) =>
      removeMember(app.db, contextOf(request), requireActor(request.actor), request.params.id, request.params.accountId),
  );

  app.post(
    '/organizations/:id/logo',
    {
      schema: {
        tags,
        summary: '上传组织标志（PNG、JPEG 或 WebP，≤ 1 MB）',
        description: 'multipart/form-data，文件字段名 file。',
        consumes: ['multipart/form-data'],
        params: IdParams,
        response: { 200: Organization },
      },
      config: { permission: 'organizations.own' },
    },
    async (request) => {
      const actor = requireActor(request.actor);
      // Only its own administrator uploads: refuse before reading a stranger's file.
      if (actor.organizationId !== request.params.id) throw new AppError('NOT_FOUND');
      const upload = await readUpload(request, LOGO_RULES).catch((err: unknown) => {
        if (err instanceof AppError && err.code === 'FILE_TOO_LARGE') {
          throw new AppError('FILE_TOO_LARGE', { message: '图片超过 1 MB，请压缩后再上传', fields: [{ field: 'file', message: '文件：不能超过 1 MB' }] });
        }
        throw err;
      });
      return setLogo(app.db, app.config, contextOf(request), actor, request.params.id, upload);
    },
  );

  app.get(
    '/public/organizations',
    {
      schema: {
        tags,
        summary: '社会组织名录（审核通过的组织；不含联系人信息）',
        querystring: DirectoryQuery,
        response: { 200: DirectoryPage },
      },
      config: { permission: 'public' },
    },
    async (request) => directory(app.db, request.query),
  );

  app.get(
    '/public/organizations/:id',
    {
      schema: { tags, summary: '名录中的一个社会组织', params: IdParams, response: { 200: PublicOrganization } },
      config: { permission: 'public' },
    },
    async (request) => publicOrganization(app.db, request.params.id),
  );

  app.get(
    '/files/:id',
    {
      schema: { tags: ['files'], summary: '公开的文件（目前只有组织标志）', params: FileParams },
      config: { permission: 'public' },
    },
    async (request, reply) => {
      const { file, path } = await publicFile(app.db, app.config, request.params.id);
      // A file's content never changes under its id: caches may keep it.
      return reply
        .header('content-type', file.mime)
        .header('content-length', String(file.size_bytes))
        .header('cache-control', 'public, max-age=31536000, immutable')
        .send(fs.createReadStream(path));
    },
  );
};
