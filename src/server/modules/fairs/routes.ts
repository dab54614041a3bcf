// Matching fairs and rural tours: officials create and run them, organizations sign up, and everyone who sees a fair
// sees the key areas and open needs of its regions; officials follow what was signed there on its dashboard.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { requireActor } from '../../platform/access.ts';
import { contextOf } from '../../platform/http.ts';
import { NeedPage } from '../needs/schemas.ts';
import { fairKeyAreas, fairNeeds } from './around.ts';
import { fairDashboard } from './dashboard.ts';
import {
  CreateFairBody,
  FairDashboard,
  FairDetail,
  FairIdParams,
  FairKeyAreaPage,
  FairPage,
  FairPageQuery,
  FairReasonBody,
  ListFairsQuery,
  SignupBody,
  SignupPage,
  UpdateFairBody,
} from './schemas.ts';
import { cancelFair, closeFair, createFair, getFair, listFairs, updateFair } from './service.ts';
import { listSignups, signUp, withdrawSignup } from './signups.ts';

export const fairsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['fairs'];

  app.post(
    '/fairs',
    {
      schema: {
        tags,
        summary: '创建对接会或乡村行（活动地区限本人管辖范围；主办地区为本人的管辖地区）',
        body: CreateFairBody,
        response: { 200: FairDetail },
      },
      config: { permission: 'fairs.manage' },
    },
    async (request) => createFair(app.db, contextOf(request), requireActor(request.actor), request.body),
  );

  app.get(
    '/fairs',
    {
      schema: {
        tags,
        summary: '活动列表：部门看本辖区主办或涉及本辖区的活动，联系人看涉及本地的活动，组织看未取消的活动（开始日期最近的在前）',
        querystring: ListFairsQuery,
        response: { 200: FairPage },
      },
      config: { permission: 'fairs.read' },
    },
    async (request) => listFairs(app.db, requireActor(request.actor), request.query),
  );

  app.get(
    '/fairs/:id',
    {
      schema: { tags, summary: '一次活动的详情与可执行的操作', params: FairIdParams, response: { 200: FairDetail } },
      config: { permission: 'fairs.read' },
    },
    async (request) => getFair(app.db, requireActor(request.actor), request.params.id),
  );

  app.patch(
    '/fairs/:id',
    {
      schema: {
        tags,
        summary: '修改报名中的活动（主办地区的部门；活动地区限主办地区之内）',
        params: FairIdParams,
        body: UpdateFairBody,
        response: { 200: FairDetail },
      },
      config: { permission: 'fairs.manage' },
    },
    async (request) => updateFair(app.db, contextOf(request), requireActor(request.actor), request.params.id, request.body),
  );

  app.post(
    '/fairs/:id/close',
    {
      schema: { tags, summary: '结束活动（不再报名；看板继续统计）', params: FairIdParams, response: { 200: FairDetail } },
      config: { permission: 'fairs.manage' },
    },
    async (request) => closeFair(app.db, contextOf(request), requireActor(request.actor), request.params.id),
  );

  app.post(
    '/fairs/:id/cancel',
    {
      schema: {
        tags,
        summary: '取消活动（可说明原因；通知已报名的组织）',
        params: FairIdParams,
        body: FairReasonBody,
        response: { 200: FairDetail },
      },
      config: { permission: 'fairs.manage' },
      // The reason is optional, so the body may be too: a bare POST cancels.
      preValidation: async (request) => {
        request.body ??= {};
      },
    },
    async (request) =>
      cancelFair(app.db, contextOf(request), requireActor(request.actor), request.params.id, request.body.reason),
  );

  app.post(
    '/fairs/:id/signup',
    {
      schema: {
        tags,
        summary: '本组织报名参加活动（通过审核的组织，报名截止前；退出后可再报名）',
        params: FairIdParams,
        body: SignupBody,
        response: { 200: FairDetail },
      },
      config: { permission: 'fairs.join' },
      preValidation: async (request) => {
        request.body ??= {};
      },
    },
    async (request) => signUp(app.db, contextOf(request), requireActor(request.actor), request.params.id, request.body),
  );

  app.delete(
    '/fairs/:id/signup',
    {
      schema: { tags, summary: '本组织退出报名（活动报名中时）', params: FairIdParams, response: { 200: FairDetail } },
      config: { permission: 'fairs.join' },
    },
    async (request) => withdrawSignup(app.db, contextOf(request), requireActor(request.actor), request.params.id),
  );

  app.get(
    '/fairs/:id/signups',
    {
      schema: {
        tags,
        summary: '报名的组织（标出外省登记的对口支援组织）',
        params: FairIdParams,
        querystring: FairPageQuery,
        response: { 200: SignupPage },
      },
      config: { permission: 'fairs.manage' },
    },
    async (request) => listSignups(app.db, requireActor(request.actor), request.params.id, request.query),
  );

  app.get(
    '/fairs/:id/key-areas',
    {
      schema: {
        tags,
        summary: '活动地区内的重点帮扶地区（在用计划的认定；活动指定计划时只列该计划的），及是否已有结对',
        params: FairIdParams,
        querystring: FairPageQuery,
        response: { 200: FairKeyAreaPage },
      },
      config: { permission: 'fairs.read' },
    },
    async (request) => fairKeyAreas(app.db, requireActor(request.actor), request.params.id, request.query),
  );

  app.get(
    '/fairs/:id/needs',
    {
      schema: {
        tags,
        summary: '活动地区内仍可认领的需求（截止日期近的在前）',
        params: FairIdParams,
        querystring: FairPageQuery,
        response: { 200: NeedPage },
      },
      config: { permission: 'fairs.read' },
    },
    async (request) => fairNeeds(app.db, requireActor(request.actor), request.params.id, request.query),
  );

  app.get(
    '/fairs/:id/dashboard',
    {
      schema: {
        tags,
        summary: '活动看板：签约、落地、逾期和预算，按组织和区县（随项目进展实时统计）',
        params: FairIdParams,
        response: { 200: FairDashboard },
      },
      config: { permission: 'fairs.manage' },
    },
    async (request) => fairDashboard(app.db, requireActor(request.actor), request.params.id),
  );
};
