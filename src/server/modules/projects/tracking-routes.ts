// A project's life after planning (sign, land, progress, complete, close, cancel, follow up), the officials' landing
// checklist and its export, and the landing grace period. Schema and permission here; the rules in transitions.ts,
// checklist.ts and landing.ts.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { chinaToday } from '../../../common/glossary.ts';
import { requireActor } from '../../platform/access.ts';
import { contextOf } from '../../platform/http.ts';
import { listChecklist } from './checklist.ts';
import { startChecklistExport } from './checklist-export.ts';
import { getLandingSettings, LandingSettingsQuery, PutLandingSettingsBody, setLandingSettings } from './landing.ts';
import {
  ChecklistExportBody,
  ChecklistPage,
  ChecklistQuery,
  CompleteProjectBody,
  LandingSettings,
  LandProjectBody,
  NoteBody,
  ProjectIdParams,
  ProjectReasonBody,
  ProjectStepReply,
  SignProjectBody,
} from './schemas.ts';
import * as step from './transitions.ts';

const ExportStarted = Type.Object({ jobId: Type.String({ description: '用 GET /api/jobs/:id 跟踪进度并下载' }) });

export const projectTrackingRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['projects'];
  const reply = { 200: ProjectStepReply };

  // Static paths: registered beside /projects/:id, they win over the parameter.
  app.get(
    '/projects/checklist',
    {
      schema: {
        tags,
        summary: '项目落地清单：辖区内已签约的项目及其落地情况（逾期未落地的按落地期限排在前面），附各落地情况的总数',
        querystring: ChecklistQuery,
        response: { 200: ChecklistPage },
      },
      config: { permission: 'projects.review' },
    },
    async (request) => listChecklist(app.db, requireActor(request.actor), request.query),
  );

  app.post(
    '/projects/checklist/export',
    {
      schema: {
        tags,
        summary: '把筛选后的项目落地清单导出为 Excel（后台任务）',
        body: ChecklistExportBody,
        response: { 202: ExportStarted },
      },
      config: { permission: 'projects.review' },
    },
    async (request, res) =>
      res
        .status(202)
        .send(await startChecklistExport(app.db, contextOf(request), requireActor(request.actor), request.body)),
  );

  app.post(
    '/projects/:id/request-signing',
    {
      schema: {
        tags,
        summary: '组织申请签约：通知项目实施地区的部门和联系人（计划中 → 待签约）',
        params: ProjectIdParams,
        response: reply,
      },
      config: { permission: 'projects.make' },
    },
    async (request) => step.requestSigning(app.db, contextOf(request), request.params.id),
  );

  app.post(
    '/projects/:id/sign',
    {
      schema: {
        tags,
        summary: '实施地区的部门或联系人确认签约（待签约 → 已签约），按落地宽限期确定落地期限',
        params: ProjectIdParams,
        body: SignProjectBody,
        response: reply,
      },
      config: { permission: 'projects.track' },
    },
    async (request) => step.signProject(app.db, contextOf(request), request.params.id, request.body),
  );

  app.post(
    '/projects/:id/return-signing',
    {
      schema: {
        tags,
        summary: '退回签约申请（须说明原因；待签约 → 计划中）',
        params: ProjectIdParams,
        body: ProjectReasonBody,
        response: reply,
      },
      config: { permission: 'projects.track' },
    },
    async (request) => step.returnSigning(app.db, contextOf(request), request.params.id, request.body),
  );

  app.post(
    '/projects/:id/land',
    {
      schema: {
        tags,
        summary: '登记项目落地，附已上传的佐证材料（已签约 → 已落地）',
        params: ProjectIdParams,
        body: LandProjectBody,
        response: reply,
      },
      config: { permission: 'projects.make' },
    },
    async (request) => step.landProject(app.db, contextOf(request), request.params.id, request.body),
  );

  app.post(
    '/projects/:id/progress',
    {
      schema: {
        tags,
        summary: '报告实施进展（已落地 → 实施中）',
        params: ProjectIdParams,
        body: NoteBody,
        response: reply,
      },
      config: { permission: 'projects.make' },
    },
    async (request) => step.reportProgress(app.db, contextOf(request), request.params.id, request.body),
  );

  app.post(
    '/projects/:id/complete',
    {
      schema: {
        tags,
        summary: '登记项目完成，附完成报告（来自认领的项目同时完成该认领）',
        params: ProjectIdParams,
        body: CompleteProjectBody,
        response: reply,
      },
      config: { permission: 'projects.make' },
    },
    async (request) => step.completeProject(app.db, contextOf(request), request.params.id, request.body),
  );

  app.post(
    '/projects/:id/close',
    {
      schema: {
        tags,
        summary: '部门验收结项（已完成 → 已结项）',
        params: ProjectIdParams,
        body: NoteBody,
        response: reply,
      },
      config: { permission: 'projects.review' },
    },
    async (request) => step.closeProject(app.db, contextOf(request), request.params.id, request.body),
  );

  app.post(
    '/projects/:id/cancel',
    {
      schema: {
        tags,
        summary: '取消项目（须说明原因；已签约的通知实施地区的部门）',
        params: ProjectIdParams,
        body: ProjectReasonBody,
        response: reply,
      },
      config: { permission: 'projects.make' },
    },
    async (request) => step.cancelProject(app.db, contextOf(request), request.params.id, request.body),
  );

  app.post(
    '/projects/:id/follow-ups',
    {
      schema: {
        tags,
        summary: '部门或联系人记录跟踪情况（通知组织）',
        params: ProjectIdParams,
        body: NoteBody,
        response: reply,
      },
      config: { permission: 'projects.track' },
    },
    async (request) => step.followUp(app.db, contextOf(request), request.params.id, request.body),
  );

  app.get(
    '/landing-settings',
    {
      schema: {
        tags,
        summary: '项目落地宽限天数（本地区的设置、上级的设置或平台默认 30 天）',
        querystring: LandingSettingsQuery,
        response: { 200: LandingSettings },
      },
      config: { permission: 'projects.review' },
    },
    async (request) => getLandingSettings(app.db, requireActor(request.actor), request.query.region),
  );

  app.put(
    '/landing-settings',
    {
      schema: {
        tags,
        summary: '设置本地区的项目落地宽限天数（0–365 天），并重新计算所辖已签约未落地项目的落地期限',
        querystring: LandingSettingsQuery,
        body: PutLandingSettingsBody,
        response: { 200: LandingSettings },
      },
      config: { permission: 'projects.review' },
    },
    async (request) =>
      setLandingSettings(app.db, contextOf(request), requireActor(request.actor), {
        graceDays: request.body.graceDays,
        queryRegion: request.query.region,
        bodyRegion: request.body.region,
        today: chinaToday(),
      }),
  );
};
