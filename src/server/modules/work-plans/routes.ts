import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { contextOf } from '../../platform/http.ts';
import { ListWorkPlansQuery, PutWorkPlanBody, WorkPlanDetail, WorkPlanIdParams, WorkPlanPage, WorkPlanYearParams } from './schemas.ts';
import * as service from './service.ts';

export const workPlansRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['work-plans'];

  app.get(
    '/work-plans',
    {
      schema: {
        tags,
        summary: '年度工作计划列表：组织看自己的（含草稿）；部门看辖区内组织已提交的计划（年度新的在前）',
        querystring: ListWorkPlansQuery,
        response: { 200: WorkPlanPage },
      },
      config: { permission: 'work-plans.read' },
    },
    async (request) => service.listWorkPlans(app.db, contextOf(request), request.query),
  );

  app.get(
    '/work-plans/year/:year',
    {
      schema: { tags, summary: '本组织某一年度的工作计划（填写表单用）；还没有编制时 404', params: WorkPlanYearParams, response: { 200: WorkPlanDetail } },
      config: { permission: 'work-plans.write' },
    },
    async (request) => service.getOwnWorkPlan(app.db, contextOf(request), request.params.year),
  );

  app.get(
    '/work-plans/:id',
    {
      schema: { tags, summary: '一份年度工作计划：该年计划启动的项目和当年有效的结对协议', params: WorkPlanIdParams, response: { 200: WorkPlanDetail } },
      config: { permission: 'work-plans.read' },
    },
    async (request) => service.getWorkPlan(app.db, contextOf(request), request.params.id),
  );

  app.put(
    '/work-plans/:year',
    {
      schema: {
        tags,
        summary: '保存本组织某一年度的工作计划草稿（新建或覆盖）；已提交的不能再改',
        params: WorkPlanYearParams,
        body: PutWorkPlanBody,
        response: { 200: WorkPlanDetail },
      },
      config: { permission: 'work-plans.write' },
    },
    async (request) => service.saveWorkPlan(app.db, contextOf(request), request.params.year, request.body),
  );

  app.post(
    '/work-plans/:year/submit',
    {
      schema: { tags, summary: '提交本组织某一年度的工作计划（提交后部门可见，不能再修改）', params: WorkPlanYearParams, response: { 200: WorkPlanDetail } },
      config: { permission: 'work-plans.write' },
    },
    async (request) => service.submitWorkPlan(app.db, contextOf(request), request.params.year),
  );
};
