import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { requireActor } from '../../platform/access.ts';
import { contextOf } from '../../platform/http.ts';
import { clearSessionCookies, setSessionCookies } from '../../platform/sessions.ts';
import { ChangePasswordBody, LoginBody, OkReply, SessionReply } from './schemas.ts';
import * as service from './service.ts';

export const authRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/auth/login',
    {
      schema: { tags: ['auth'], summary: '登录：开始会话（设置 httpOnly 会话 Cookie）', body: LoginBody, response: { 200: SessionReply } },
      config: { permission: 'public' },
    },
    async (request, reply) => {
      const { session, accountId } = await service.login(
        app.db, app.config, contextOf(request), request.body, request.headers['user-agent'] ?? null,
      );
      setSessionCookies(request, reply, session);
      return { account: await service.sessionAccount(app.db, accountId), csrfToken: session.csrfToken };
    },
  );

  app.get(
    '/auth/session',
    { schema: { tags: ['auth'], summary: '当前会话的账号', response: { 200: SessionReply } }, config: { permission: 'self' } },
    async (request) => {
      const actor = requireActor(request.actor);
      return { account: await service.sessionAccount(app.db, actor.accountId), csrfToken: actor.csrfToken };
    },
  );

  app.post(
    '/auth/logout',
    { schema: { tags: ['auth'], summary: '退出登录', response: { 200: OkReply } }, config: { permission: 'self' } },
    async (request, reply) => {
      await service.logout(app.db, contextOf(request), requireActor(request.actor));
      clearSessionCookies(reply);
      return { ok: true as const };
    },
  );

  app.post(
    '/auth/password',
    {
      schema: { tags: ['auth'], summary: '修改密码（其他会话随之失效）', body: ChangePasswordBody, response: { 200: OkReply } },
      config: { permission: 'self' },
    },
    async (request) => {
      await service.changePassword(app.db, contextOf(request), requireActor(request.actor), request.body);
      return { ok: true as const };
    },
  );
};
