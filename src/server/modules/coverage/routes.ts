import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { requireActor } from '../../platform/access.ts';
import { contextOf } from '../../platform/http.ts';
import { startCoverageExport } from './export.ts';
import {
  CoverageAreaPage,
  CoverageAreasQuery,
  CoverageCounties,
  CoverageExportBody,
  CoverageExportStarted,
  CoverageQuery,
  CoverageSummary,
} from './schemas.ts';
import * as service from './service.ts';

export const coverageRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['coverage'];

  app.get(
    '/coverage',
    {
      schema: {
        tags,
        summary:
          '帮扶计划重点地区的结对覆盖：按类别统计已结对、部分结对、未结对（管辖范围内，按统计日期有效的已确认协议）',
        querystring: CoverageQuery,
        response: { 200: CoverageSummary },
      },
      config: { permission: 'coverage.read' },
    },
    async (request) => service.getSummary(app.db, requireActor(request.actor), request.query),
  );

  app.get(
    '/coverage/counties',
    {
      schema: {
        tags,
        summary: '结对覆盖按区县统计（按区县代码排序）',
        querystring: CoverageQuery,
        response: { 200: CoverageCounties },
      },
      config: { permission: 'coverage.read' },
    },
    async (request) => service.getCounties(app.db, requireActor(request.actor), request.query),
  );

  app.get(
    '/coverage/areas',
    {
      schema: {
        tags,
        summary: '重点地区逐个的覆盖情况及结对协议（可按类别、覆盖情况、区县筛选；按地区代码翻页）',
        querystring: CoverageAreasQuery,
        response: { 200: CoverageAreaPage },
      },
      config: { permission: 'coverage.read' },
    },
    async (request) => service.getAreas(app.db, requireActor(request.actor), request.query),
  );

  app.post(
    '/coverage/export',
    {
      schema: {
        tags,
        summary: '把结对覆盖导出为 Excel（汇总表和明细表；后台任务）',
        body: CoverageExportBody,
        response: { 202: CoverageExportStarted },
      },
      config: { permission: 'coverage.read' },
    },
    async (request, reply) =>
      reply
        .status(202)
        .send(await startCoverageExport(app.db, contextOf(request), requireActor(request.actor), request.body)),
  );
};
