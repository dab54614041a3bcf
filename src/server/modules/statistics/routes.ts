import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { requireActor } from '../../platform/access.ts';
import { contextOf } from '../../platform/http.ts';
import { areaCoverage, areaCursor } from './areas.ts';
import { startStatisticsExport } from './export.ts';
import { populationCoverage } from './populations.ts';
import {
  AreaCoveragePage,
  AreaCoverageQuery,
  BreakdownQuery,
  ExportStarted,
  PopulationCoverage,
  RegionTree,
  StatisticsBreakdown,
  StatisticsExportBody,
  StatisticsQuery,
  StatisticsSummary,
  StatisticsTrend,
} from './schemas.ts';
import { resolveScope } from './scope.ts';
import { breakdownOf, summaryOf, treeOf, trendOf } from './service.ts';

/** Statistics of the ledger: summary, trend, breakdowns, coverage and gaps, region tree, export. */
export const statisticsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['statistics'];
  const config = { permission: 'statistics.read' as const };

  app.get(
    '/statistics/summary',
    {
      schema: {
        tags,
        summary: '帮扶统计汇总：项目、活动、组织、人次、资金、物资、消费帮扶、受益，对口支援单列（默认本年 1 月至本月）',
        querystring: StatisticsQuery,
        response: { 200: StatisticsSummary },
      },
      config,
    },
    async (request) => summaryOf(app.db, await resolveScope(app.db, requireActor(request.actor), request.query)),
  );

  app.get(
    '/statistics/trend',
    {
      schema: {
        tags,
        summary: '帮扶统计按月趋势（区间内每月一项，无记录的月份为 0）',
        querystring: StatisticsQuery,
        response: { 200: StatisticsTrend },
      },
      config,
    },
    async (request) => trendOf(app.db, await resolveScope(app.db, requireActor(request.actor), request.query)),
  );

  app.get(
    '/statistics/breakdown',
    {
      schema: {
        tags,
        summary: '帮扶统计分组：按领域、区县、下级地区、帮扶方式、主体类型或社会组织（前 50 个），按金额从大到小',
        querystring: BreakdownQuery,
        response: { 200: StatisticsBreakdown },
      },
      config,
    },
    async (request) => {
      const { by, ...filters } = request.query;
      return breakdownOf(app.db, await resolveScope(app.db, requireActor(request.actor), filters), by);
    },
  );

  app.get(
    '/statistics/areas',
    {
      schema: {
        tags,
        summary: '帮扶计划重点地区的覆盖与空白：期间有效的结对协议和帮扶记录（按地区代码翻页）',
        querystring: AreaCoverageQuery,
        response: { 200: AreaCoveragePage },
      },
      config,
    },
    async (request) => {
      const actor = requireActor(request.actor);
      const { programId, from, to, region, onlyGaps, limit, cursor } = request.query;
      const after = areaCursor(cursor);
      const scope = await resolveScope(app.db, actor, { from, to, region });
      return areaCoverage(app.db, scope, actor.scopeRegionCode, { programId, onlyGaps, after, limit: limit ?? 50 });
    },
  );

  app.get(
    '/statistics/populations',
    {
      schema: {
        tags,
        summary: '重点人群覆盖：各类人群的在册住户、期间获得帮扶的户数、未获帮扶的户数和金额',
        querystring: StatisticsQuery,
        response: { 200: PopulationCoverage },
      },
      config,
    },
    async (request) => populationCoverage(app.db, await resolveScope(app.db, requireActor(request.actor), request.query)),
  );

  app.get(
    '/statistics/tree',
    {
      schema: {
        tags,
        summary: '下一级地区的帮扶金额（地区树 / 矩形树图），不指定地区时从管辖范围起',
        querystring: StatisticsQuery,
        response: { 200: RegionTree },
      },
      config,
    },
    async (request) => treeOf(app.db, await resolveScope(app.db, requireActor(request.actor), request.query)),
  );

  app.post(
    '/statistics/export',
    {
      schema: {
        tags,
        summary: '把帮扶统计导出为 Excel（汇总、按月、按领域、按区县，指定计划时含重点地区覆盖；后台任务）',
        body: StatisticsExportBody,
        response: { 202: ExportStarted },
      },
      config,
    },
    async (request, reply) =>
      reply
        .status(202)
        .send(await startStatisticsExport(app.db, contextOf(request), requireActor(request.actor), request.body)),
  );
};
