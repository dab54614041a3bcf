import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { contextOf } from '../../platform/http.ts';
import { CaringProfile, RegisterCaringBody, UpdateCaringBody } from './schemas.ts';
import * as service from './service.ts';

export const caringRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['caring-individuals'];

  app.post(
    '/caring-individuals/register',
    {
      schema: {
        tags,
        summary: '爱心人士注册：姓名、手机号、所在地区、关注的帮扶领域、用户名和密码（注册后用该用户名登录）',
        body: RegisterCaringBody,
        response: { 200: CaringProfile },
      },
      config: { permission: 'public' },
    },
    async (request) => service.registerCaringIndividual(app.db, contextOf(request), request.body),
  );

  app.get(
    '/caring-individuals/me',
    {
      schema: { tags, summary: '本人的爱心人士资料', response: { 200: CaringProfile } },
      config: { permission: 'caring.self' },
    },
    async (request) => service.getOwnProfile(app.db, contextOf(request)),
  );

  app.patch(
    '/caring-individuals/me',
    {
      schema: {
        tags,
        summary: '修改本人的资料（修改姓名或手机号后实名状态重新核验，未核验前为“未核验”）',
        body: UpdateCaringBody,
        response: { 200: CaringProfile },
      },
      config: { permission: 'caring.self' },
    },
    async (request) => service.updateOwnProfile(app.db, contextOf(request), request.body),
  );
};
