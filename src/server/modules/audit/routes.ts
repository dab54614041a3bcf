import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { requireActor } from '../../platform/access.ts';
import { contextOf } from '../../platform/http.ts';
import { AuditExportBody, AuditPage, AuditQuery } from './schemas.ts';
import * as service from './service.ts';

export const auditRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/audit',
    {
      schema: { tags: ['audit'], summary: '查询审计日志（按人、对象、时间；限管辖范围）', querystring: AuditQuery, response: { 200: AuditPage } },
      config: { permission: 'audit.read' },
    },
    async (request) => service.searchAudit(app.db, requireActor(request.actor), request.query),
  );

  app.post(
    '/audit/exports',
    {
      schema: {
        tags: ['audit'],
        summary: '把查询结果导出为 Excel（后台任务）',
        body: AuditExportBody,
        response: { 202: Type.Object({ jobId: Type.String() }) },
      },
      config: { permission: 'audit.read' },
    },
    async (request, reply) => reply.status(202).send(await service.startExport(app.db, contextOf(request), requireActor(request.actor), request.body)),
  );
};
