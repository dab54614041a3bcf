// Projects' core routes: create, list, read, edit, and the project's files. The life-cycle steps and the checklist
// are in tracking-routes.ts.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { requireActor } from '../../platform/access.ts';
import { contextOf } from '../../platform/http.ts';
import { sendPrivateFile } from '../../platform/served-files.ts';
import { readUpload } from '../../platform/uploads.ts';
import { assertCanUpload, attachFile, detachFile, PROJECT_FILE_RULES, projectFileFor } from './files.ts';
import {
  CreateProjectBody,
  ListProjectsQuery,
  ProjectDetail,
  ProjectFileParams,
  ProjectIdParams,
  ProjectPage,
  UpdateProjectBody,
} from './schemas.ts';
import { createProject, getProject, listProjects, updateProject } from './service.ts';

export const projectsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['projects'];

  app.post(
    '/projects',
    {
      schema: {
        tags,
        summary: '创建帮扶项目（计划中；可来自结对协议或已确认的认领）',
        description: '预算各来源合计须等于预算总额；计划要求时，实施地区须在本组织的服务地区或结对地区内。',
        body: CreateProjectBody,
        response: { 200: ProjectDetail },
      },
      config: { permission: 'projects.make' },
    },
    async (request) => createProject(app.db, contextOf(request), requireActor(request.actor), request.body),
  );

  app.get(
    '/projects',
    {
      schema: {
        tags,
        summary: '帮扶项目列表（组织看本组织的；部门和联系人看实施地区在管辖范围内的；最新的在前）',
        querystring: ListProjectsQuery,
        response: { 200: ProjectPage },
      },
      config: { permission: 'projects.read' },
    },
    async (request) => listProjects(app.db, requireActor(request.actor), request.query),
  );

  app.get(
    '/projects/:id',
    {
      schema: {
        tags,
        summary: '一个项目的详情：预算、负责人、文件、经过与可执行的操作',
        params: ProjectIdParams,
        response: { 200: ProjectDetail },
      },
      config: { permission: 'projects.read' },
    },
    async (request) => getProject(app.db, requireActor(request.actor), request.params.id),
  );

  app.patch(
    '/projects/:id',
    {
      schema: {
        tags,
        summary: '修改项目（计划中可改全部；签约后只能改简介、负责人和受益对象）',
        params: ProjectIdParams,
        body: UpdateProjectBody,
        response: { 200: ProjectDetail },
      },
      config: { permission: 'projects.make' },
    },
    async (request) => updateProject(app.db, contextOf(request), requireActor(request.actor), request.params.id, request.body),
  );

  app.post(
    '/projects/:id/files',
    {
      schema: {
        tags,
        summary: '上传项目文件：协议、落地 / 进展佐证或完成报告（PNG、JPEG、WebP 或 PDF，≤ 20 MB，每个项目最多 30 个）',
        description: 'multipart/form-data：文件字段 file，类别字段 kind（agreement | evidence | completion）。',
        consumes: ['multipart/form-data'],
        params: ProjectIdParams,
        response: { 200: ProjectDetail },
      },
      config: { permission: 'projects.make' },
    },
    async (request) => {
      const actor = requireActor(request.actor);
      await assertCanUpload(app.db, actor, request.params.id);
      const upload = await readUpload(request, PROJECT_FILE_RULES);
      return attachFile(app.db, app.config, contextOf(request), actor, request.params.id, upload);
    },
  );

  app.delete(
    '/projects/:id/files/:fileId',
    {
      schema: { tags, summary: '删除项目的一个文件（落地之前）', params: ProjectFileParams, response: { 200: ProjectDetail } },
      config: { permission: 'projects.make' },
    },
    async (request) =>
      detachFile(app.db, contextOf(request), requireActor(request.actor), request.params.id, request.params.fileId),
  );

  app.get(
    '/projects/:id/files/:fileId',
    {
      schema: { tags, summary: '项目的文件（能看到该项目的人）', params: ProjectFileParams },
      config: { permission: 'projects.read' },
    },
    async (request, reply) => {
      const file = await projectFileFor(app.db, app.config, requireActor(request.actor), request.params.id, request.params.fileId);
      return sendPrivateFile(reply, file);
    },
  );
};
