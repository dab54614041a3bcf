import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { requireActor } from '../../platform/access.ts';
import { contextOf } from '../../platform/http.ts';
import { createSession, setSessionCookies } from '../../platform/sessions.ts';
import { SessionReply } from '../auth/schemas.ts';
import { sessionAccount } from '../auth/service.ts';
import {
  AcceptInvitationBody, AccountPage, AccountSummary, CreateInvitationBody, CreatedInvitation, IdParams, Invitation,
  InvitationPage, ListAccountsQuery, ListInvitationsQuery, TokenBody,
} from './schemas.ts';
import * as service from './service.ts';

export const accountsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/accounts',
    {
      schema: { tags: ['accounts'], summary: '管辖范围内的账号（键集分页）', querystring: ListAccountsQuery, response: { 200: AccountPage } },
      config: { permission: 'accounts.read' },
    },
    async (request) => service.listAccounts(app.db, requireActor(request.actor), request.query),
  );

  app.get(
    '/accounts/:id',
    { schema: { tags: ['accounts'], summary: '一个账号', params: IdParams, response: { 200: AccountSummary } }, config: { permission: 'accounts.read' } },
    async (request) => service.getAccount(app.db, requireActor(request.actor), request.params.id),
  );

  for (const [path, status, summary] of [
    ['disable', 'disabled', '停用账号（其会话立即失效）'],
    ['enable', 'active', '启用账号'],
  ] as const) {
    app.post(
      `/accounts/:id/${path}`,
      { schema: { tags: ['accounts'], summary, params: IdParams, response: { 200: AccountSummary } }, config: { permission: 'accounts.manage' } },
      async (request) => service.setAccountStatus(app.db, contextOf(request), requireActor(request.actor), request.params.id, status),
    );
  }

  app.post(
    '/invitations',
    {
      schema: { tags: ['accounts'], summary: '邀请部门工作人员、联系人或管理员', body: CreateInvitationBody, response: { 200: CreatedInvitation } },
      config: { permission: 'accounts.invite' },
    },
    async (request) => service.createInvitation(app.db, contextOf(request), requireActor(request.actor), request.body),
  );

  app.get(
    '/invitations',
    {
      schema: { tags: ['accounts'], summary: '管辖范围内发出的邀请', querystring: ListInvitationsQuery, response: { 200: InvitationPage } },
      config: { permission: 'accounts.read' },
    },
    async (request) => service.listInvitations(app.db, requireActor(request.actor), request.query),
  );

  app.post(
    '/invitations/:id/revoke',
    { schema: { tags: ['accounts'], summary: '撤销未使用的邀请', params: IdParams, response: { 200: Invitation } }, config: { permission: 'accounts.invite' } },
    async (request) => service.revokeInvitation(app.db, contextOf(request), requireActor(request.actor), request.params.id),
  );

  // The token travels in the body, never in a URL, so it stays out of logs and browser history.
  app.post(
    '/invitations/lookup',
    { schema: { tags: ['accounts'], summary: '查看邀请（被邀请人）', body: TokenBody, response: { 200: Invitation } }, config: { permission: 'public' } },
    async (request) => service.lookupInvitation(app.db, request.body.token),
  );

  app.post(
    '/invitations/accept',
    {
      schema: { tags: ['accounts'], summary: '接受邀请：设置用户名和密码并登录', body: AcceptInvitationBody, response: { 200: SessionReply } },
      config: { permission: 'public' },
    },
    async (request, reply) => {
      const accountId = await service.acceptInvitation(app.db, contextOf(request), request.body);
      const session = await createSession(app.db, app.config, accountId, { ip: request.ip, userAgent: request.headers['user-agent'] ?? null });
      setSessionCookies(request, reply, session);
      return { account: await sessionAccount(app.db, accountId), csrfToken: session.csrfToken };
    },
  );
};
