// Coverage to Excel as a background job: a summary sheet ("国家乡村振兴重点帮扶县：4 个，已结对 2 个…") and a sheet of
// key areas with their state and pairing organizations, written page by page with progress. platform/excel-export.ts
// writes one sheet only, so the workbook is written here the same way (streaming, no shared strings) with two.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Kysely } from 'kysely';
import { COVERAGE_STATE_LABELS } from '../../../common/projects.ts';
import type { DB, Job } from '../../db/types.ts';
import { regionScope, type Actor } from '../../platform/access.ts';
import type { RequestContext } from '../../platform/context.ts';
import {
  beijingTime,
  EXPORT_PAGE,
  startExportJob,
  type ExcelExportResult,
  type ExportPayload,
} from '../../platform/excel-export.ts';
import type { JobEnv, JobHandler, JobProgress } from '../../platform/jobs.ts';
import { HEADER_FILL } from '../../platform/workbook-style.ts';
import { KIND_LABELS } from '../programs/kinds.ts';
import { regionPath } from '../regions/queries.ts';
import { isDesignationKind } from './kinds.ts';
import type { CoverageArea, CoverageExportBody } from './schemas.ts';
import { resolveCoverage, type ResolvedCoverage } from './scope.ts';
import { areaPage, summaryOf } from './service.ts';

export const COVERAGE_EXPORT_JOB = 'coverage.export';

/** Checks the filters now (bad input is refused at once, not in a failed job) and fixes the day in the job. */
export async function startCoverageExport(db: Kysely<DB>, ctx: RequestContext, actor: Actor, body: CoverageExportBody) {
  const { scope } = await resolveCoverage(db, regionScope(actor), body);
  const filters: CoverageExportBody = { ...body, asOf: scope.asOf };
  return startExportJob(db, ctx, actor, { kind: COVERAGE_EXPORT_JOB, entityType: 'coverage', filters });
}

const kindLabel = (kind: string) => (isDesignationKind(kind) ? KIND_LABELS[kind] : kind);

async function summaryLines(
  db: Kysely<DB>,
  resolved: ResolvedCoverage,
  filters: CoverageExportBody,
): Promise<string[]> {
  const summary = await summaryOf(db, resolved);
  const area = resolved.scope.area;
  const lines = [
    `帮扶计划：${summary.program.name}`,
    `统计日期：${summary.asOf}（当日有效的已确认结对协议）`,
    `范围：${area === null ? '全国' : ((await regionPath(db, area)) ?? area)}`,
  ];
  const shown = [
    filters.kind !== undefined ? `类别 ${kindLabel(filters.kind)}` : null,
    filters.state !== undefined ? `覆盖情况 ${COVERAGE_STATE_LABELS[filters.state].zh}（仅明细）` : null,
  ].filter((s) => s !== null);
  if (shown.length > 0) lines.push(`筛选：${shown.join('；')}`);
  lines.push('');
  if (summary.kinds.length === 0) lines.push('范围内没有该计划的重点地区');
  for (const k of summary.kinds) {
    lines.push(
      `${kindLabel(k.kind)}：${k.total} 个，已结对 ${k.paired} 个，部分结对 ${k.partial} 个，未结对 ${k.unpaired} 个；其中有对口支援的 ${k.counterpart} 个`,
    );
  }
  lines.push('');
  lines.push(
    `有效结对协议：${summary.pairings} 份（其中对口支援 ${summary.counterpartPairings} 份），参与组织 ${summary.organizations} 个`,
  );
  lines.push(`导出时间（北京时间）：${beijingTime(new Date())}`);
  return lines;
}

const ROW_COLUMNS = [
  { header: '类别', key: 'kind', width: 24 },
  { header: '地区', key: 'region', width: 40 },
  { header: '覆盖情况', key: 'state', width: 12 },
  { header: '结对组织', key: 'organizations', width: 60 },
  { header: '对口支援', key: 'counterpart', width: 10 },
];

/** Each organization once; one that pairs only with places inside the area says which. */
function organizationsCell(area: CoverageArea): string {
  const names = area.pairings.map((p) => {
    const inside = p.place.code !== area.region.code && p.place.code.startsWith(area.region.code);
    return inside
      ? `${p.organization.name}（${p.place.name.split(' / ').at(-1) ?? p.place.code}）`
      : p.organization.name;
  });
  return [...new Set(names)].join('、');
}

function toRow(area: CoverageArea): Record<string, string> {
  return {
    kind: kindLabel(area.kind),
    region: area.region.name,
    state: COVERAGE_STATE_LABELS[area.state].zh,
    organizations: organizationsCell(area),
    counterpart: area.isCounterpart ? '是' : '否',
  };
}

async function writeWorkbook(
  job: Job,
  progress: JobProgress,
  env: JobEnv,
  payload: ExportPayload<CoverageExportBody>,
): Promise<ExcelExportResult> {
  const { filters, regionCode } = payload;
  const resolved = await resolveCoverage(env.db, regionCode, filters);
  const dir = path.join(env.config.dataDir, 'exports');
  fs.mkdirSync(dir, { recursive: true });
  const file = `${job.id}.xlsx`;
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path.join(dir, file), useSharedStrings: false, useStyles: true });

  const summary = workbook.addWorksheet('汇总');
  summary.columns = [{ key: 'line', width: 100 }];
  (await summaryLines(env.db, resolved, filters)).forEach((line, i) => {
    const row = summary.addRow({ line });
    if (i === 0) row.font = { bold: true, size: 13 };
    row.commit();
  });
  summary.commit();

  const sheet = workbook.addWorksheet('明细', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = ROW_COLUMNS;
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.fill = HEADER_FILL;
  });
  let done = 0;
  let after: { regionCode: string; id: number } | undefined;
  for (;;) {
    const page = await areaPage(env.db, resolved.scope, filters.state, after, EXPORT_PAGE);
    for (const area of page.items) sheet.addRow(toRow(area)).commit();
    done += page.items.length;
    await progress.report(done, undefined, `已导出 ${done} 个重点地区`);
    const last = page.items.at(-1);
    if (page.nextCursor === null || !last) break;
    after = { regionCode: last.region.code, id: last.designationId };
  }
  await workbook.commit();
  await progress.report(done, done, `完成，共 ${done} 个重点地区`);
  const name = resolved.program.name.replace(/[\\/:*?"<>|]/g, '-');
  return { file, rows: done, filename: `结对覆盖-${name}-${resolved.scope.asOf}.xlsx` };
}

export const exportCoverageJob: JobHandler = async (job, progress, env) =>
  writeWorkbook(job, progress, env, job.payload as ExportPayload<CoverageExportBody>);
