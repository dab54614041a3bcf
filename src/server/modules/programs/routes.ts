import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { contextOf } from '../../platform/http.ts';
import {
  CreateDesignationBody,
  CreateProgramBody,
  Designation,
  DesignationPage,
  IdParams,
  ListDesignationsQuery,
  ListProgramsQuery,
  Program,
  ProgramPage,
  UpdateDesignationBody,
  UpdateProgramBody,
} from './schemas.ts';
import * as service from './service.ts';

export const programsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['programs'];

  app.get(
    '/programs',
    {
      schema: {
        tags,
        summary: '帮扶计划列表（按编号倒序；可按地区、类别、状态筛选）',
        querystring: ListProgramsQuery,
        response: { 200: ProgramPage },
      },
      config: { permission: 'public' },
    },
    async (request) => service.listPrograms(app.db, request.query),
  );

  app.get(
    '/programs/:id',
    {
      schema: { tags, summary: '一个帮扶计划', params: IdParams, response: { 200: Program } },
      config: { permission: 'public' },
    },
    async (request) => service.getProgram(app.db, request.params.id),
  );

  app.post(
    '/programs',
    {
      schema: {
        tags,
        summary: '新建帮扶计划（地区须在管辖范围内）',
        body: CreateProgramBody,
        response: { 200: Program },
      },
      config: { permission: 'programs.manage' },
    },
    async (request) => service.createProgram(app.db, contextOf(request), request.body),
  );

  app.patch(
    '/programs/:id',
    {
      schema: {
        tags,
        summary: '修改帮扶计划（标识和地区不能修改）',
        params: IdParams,
        body: UpdateProgramBody,
        response: { 200: Program },
      },
      config: { permission: 'programs.manage' },
    },
    async (request) => service.updateProgram(app.db, contextOf(request), request.params.id, request.body),
  );

  app.post(
    '/programs/:id/retire',
    {
      schema: { tags, summary: '停用帮扶计划', params: IdParams, response: { 200: Program } },
      config: { permission: 'programs.manage' },
    },
    async (request) => service.retireProgram(app.db, contextOf(request), request.params.id),
  );

  app.get(
    '/programs/:id/designations',
    {
      schema: {
        tags,
        summary: '计划的重点地区及联系方式（个人手机号仅对登录的部门、联系人和社会组织完整显示）',
        params: IdParams,
        querystring: ListDesignationsQuery,
        response: { 200: DesignationPage },
      },
      config: { permission: 'public' },
    },
    async (request) => service.listDesignations(app.db, request.actor, request.params.id, request.query),
  );

  app.post(
    '/programs/:id/designations',
    {
      schema: {
        tags,
        summary: '新增重点地区（须在计划的地区之内）',
        params: IdParams,
        body: CreateDesignationBody,
        response: { 200: Designation },
      },
      config: { permission: 'programs.manage' },
    },
    async (request) => service.createDesignation(app.db, contextOf(request), request.params.id, request.body),
  );

  app.patch(
    '/designations/:id',
    {
      schema: {
        tags,
        summary: '修改重点地区的备注和联系人（联系人整体替换）',
        params: IdParams,
        body: UpdateDesignationBody,
        response: { 200: Designation },
      },
      config: { permission: 'programs.manage' },
    },
    async (request) => service.updateDesignation(app.db, contextOf(request), request.params.id, request.body),
  );

  app.post(
    '/designations/:id/retire',
    {
      schema: { tags, summary: '撤销重点地区（不删除）', params: IdParams, response: { 200: Designation } },
      config: { permission: 'programs.manage' },
    },
    async (request) => service.retireDesignation(app.db, contextOf(request), request.params.id),
  );
};
