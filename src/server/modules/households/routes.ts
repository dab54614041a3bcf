import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { requireActor } from '../../platform/access.ts';
import { contextOf } from '../../platform/http.ts';
import { sensitiveFor } from '../../platform/sensitive.ts';
import { CreateHouseholdBody, Household, HouseholdIdParams, HouseholdPage, ListHouseholdsQuery, UpdateHouseholdBody } from './schemas.ts';
import * as service from './service.ts';

export const householdsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['households'];
  // Resolved per request, not at registration: the key file is only created when a household is first touched.
  const sensitive = () => sensitiveFor(app.config);

  app.get(
    '/households',
    {
      schema: {
        tags,
        summary: '管辖范围内的住户（身份证号已遮盖；可按地区、户类别、家庭情况、状态筛选，翻页）',
        querystring: ListHouseholdsQuery,
        response: { 200: HouseholdPage },
      },
      config: { permission: 'households.read' },
    },
    async (request) => service.listHouseholds(app.db, sensitive(), requireActor(request.actor), request.query),
  );

  app.post(
    '/households',
    {
      schema: {
        tags,
        summary: '联系人登记本村（本镇各村）的住户；身份证号加密保存，同一身份证号只能登记一次',
        body: CreateHouseholdBody,
        response: { 200: Household },
      },
      config: { permission: 'households.write' },
    },
    async (request) => service.createHousehold(app.db, sensitive(), contextOf(request), request.body),
  );

  app.get(
    '/households/:id',
    {
      schema: {
        tags,
        summary: '住户的完整信息（含完整身份证号）；每次查看都记入访问日志',
        params: HouseholdIdParams,
        response: { 200: Household },
      },
      config: { permission: 'households.read' },
    },
    async (request) => service.getHousehold(app.db, sensitive(), contextOf(request), request.params.id),
  );

  app.patch(
    '/households/:id',
    {
      schema: {
        tags,
        summary: '修改住户信息或归档（status: archived）；修改身份证号时重新查重',
        params: HouseholdIdParams,
        body: UpdateHouseholdBody,
        response: { 200: Household },
      },
      config: { permission: 'households.write' },
    },
    async (request) => service.updateHousehold(app.db, sensitive(), contextOf(request), request.params.id, request.body),
  );
};
