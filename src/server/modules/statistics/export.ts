// Statistics to Excel as a background job: 汇总 (the filters, then every figure by its Chinese name with counterpart
// support beside it, and purchases by channel), 按月, 按领域, 按区县, and 重点地区覆盖 when a program is chosen. The
// scope is settled when the export is asked for (bad filters are refused at once, not in a failed job) and travels in
// the job, so the workbook counts exactly what the caller could see then.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Kysely } from 'kysely';
import { GIVER_FORM_LABELS, PURCHASE_CHANNEL_LABELS } from '../../../common/ledger.ts';
import type { DB, DesignationKind, Job } from '../../db/types.ts';
import type { Actor } from '../../platform/access.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { RequestContext } from '../../platform/context.ts';
import { beijingTime, EXPORT_PAGE, type ExcelExportResult } from '../../platform/excel-export.ts';
import type { JobEnv, JobHandler, JobProgress } from '../../platform/jobs.ts';
import { HEADER_FILL } from '../../platform/workbook-style.ts';
import { KIND_LABELS } from '../programs/kinds.ts';
import { areaCoverage, areaCursor } from './areas.ts';
import type { Figures, StatisticsExportBody, StatisticsSummary } from './schemas.ts';
import { resolveScope, type StatisticsScope } from './scope.ts';
import { breakdownOf, summaryOf, trendOf } from './service.ts';

export const STATISTICS_EXPORT_JOB = 'statistics.export';

interface ExportJobPayload {
  scope: StatisticsScope;
  /** The caller's own region scope, for the program's visibility in the coverage sheet. */
  scopeRegion: string | null;
}

export async function startStatisticsExport(
  db: Kysely<DB>,
  ctx: RequestContext,
  actor: Actor,
  body: StatisticsExportBody,
): Promise<{ jobId: string }> {
  const scope = await resolveScope(db, actor, body);
  const payload: ExportJobPayload = { scope, scopeRegion: actor.scopeRegionCode };
  return db.transaction().execute(async (trx) => {
    const job = await trx
      .insertInto('jobs')
      .values({
        kind: STATISTICS_EXPORT_JOB,
        payload: JSON.stringify(payload),
        created_by: actor.accountId,
        region_code: scope.area,
        organization_id: scope.organizationId,
        message: '排队中',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, ctx, {
      action: 'export',
      entityType: 'statistics',
      entityId: null,
      regionCode: scope.area,
      organizationId: scope.organizationId,
      detail: { filters: body, jobId: job.id },
    });
    return { jobId: job.id };
  });
}

type Unit = 'yuan' | 'count';
const FIGURE_ROWS: { key: keyof Figures; name: string; unit: Unit }[] = [
  { key: 'records', name: '帮扶记录（条）', unit: 'count' },
  { key: 'projects', name: '帮扶项目（个）', unit: 'count' },
  { key: 'activities', name: '帮扶活动（次）', unit: 'count' },
  { key: 'organizations', name: '参与社会组织（个）', unit: 'count' },
  { key: 'caringIndividuals', name: '参与爱心人士（人）', unit: 'count' },
  { key: 'participants', name: '参与人次（工作人员 + 志愿者 + 会员企业）', unit: 'count' },
  { key: 'staff', name: '　其中：工作人员（人次）', unit: 'count' },
  { key: 'volunteers', name: '　　　　志愿者（人次）', unit: 'count' },
  { key: 'enterprises', name: '　　　　会员企业（家次）', unit: 'count' },
  { key: 'totalFen', name: '款物合计（元）', unit: 'yuan' },
  { key: 'fundsFen', name: '捐赠资金（元）', unit: 'yuan' },
  { key: 'materialRecords', name: '物资捐赠（条）', unit: 'count' },
  { key: 'materialQuantity', name: '捐赠物资（件/套）', unit: 'count' },
  { key: 'materialValueFen', name: '物资折价（元）', unit: 'yuan' },
  { key: 'purchaseFen', name: '消费帮扶金额（元）', unit: 'yuan' },
  { key: 'serviceFen', name: '活动与服务投入（元）', unit: 'yuan' },
  { key: 'employed', name: '就业帮扶（人）', unit: 'count' },
  { key: 'beneficiaries', name: '受益人次', unit: 'count' },
  { key: 'beneficiaryHouseholds', name: '受益户数', unit: 'count' },
  { key: 'confirmedFen', name: '已收悉确认金额（元）', unit: 'yuan' },
  { key: 'unconfirmedFen', name: '待确认金额（元）', unit: 'yuan' },
  { key: 'disputedFen', name: '有异议金额（元）', unit: 'yuan' },
];

const YUAN_FORMAT = '#,##0.00';
const yuan = (fen: number) => fen / 100;

/** The filters as a department reads them at the top of the sheet. */
async function filterLines(db: Kysely<DB>, s: StatisticsScope): Promise<string[]> {
  const lines = [`地区：${s.areaName}`, `月份：${s.from} 至 ${s.to}`];
  if (s.programId !== null) {
    const p = await db.selectFrom('programs').select('name').where('id', '=', s.programId).executeTakeFirst();
    lines.push(`帮扶计划：${p?.name ?? s.programId}`);
  }
  if (s.keyField !== null) {
    const f = await db.selectFrom('key_fields').select('name_zh').where('code', '=', s.keyField).executeTakeFirst();
    lines.push(`重点领域：${f?.name_zh ?? s.keyField}`);
  }
  if (s.giverForm !== null) lines.push(`帮扶主体类型：${GIVER_FORM_LABELS[s.giverForm].zh}`);
  if (s.organizationId !== null) {
    const o = await db.selectFrom('organizations').select('name').where('id', '=', s.organizationId).executeTakeFirst();
    lines.push(`社会组织：${o?.name ?? s.organizationId}`);
  }
  return lines;
}

function styleHeader(row: ExcelJS.Row): void {
  row.font = { bold: true };
  row.eachCell((cell) => {
    cell.fill = HEADER_FILL;
  });
}

async function writeSummary(workbook: ExcelJS.stream.xlsx.WorkbookWriter, db: Kysely<DB>, s: StatisticsScope, summary: StatisticsSummary) {
  const sheet = workbook.addWorksheet('汇总');
  sheet.columns = [{ width: 44 }, { width: 20 }, { width: 26 }];
  const title = sheet.addRow(['社会组织帮扶统计']);
  title.font = { bold: true, size: 13 };
  title.commit();
  for (const line of await filterLines(db, s)) sheet.addRow([line]).commit();
  sheet.addRow([`导出时间（北京时间）：${beijingTime(new Date())}；金额单位：元`]).commit();
  sheet.addRow([]).commit();
  const header = sheet.addRow(['指标', '合计', '其中：对口支援（东西部协作）']);
  styleHeader(header);
  header.commit();
  for (const f of FIGURE_ROWS) {
    const all = summary.figures[f.key];
    const cp = summary.counterpart[f.key];
    const row = sheet.addRow([f.name, f.unit === 'yuan' ? yuan(all) : all, f.unit === 'yuan' ? yuan(cp) : cp]);
    if (f.unit === 'yuan') {
      row.getCell(2).numFmt = YUAN_FORMAT;
      row.getCell(3).numFmt = YUAN_FORMAT;
    }
    row.commit();
  }
  sheet.addRow([]).commit();
  const channels = sheet.addRow(['消费帮扶渠道', '金额（元）']);
  styleHeader(channels);
  channels.commit();
  if (summary.purchaseByChannel.length === 0) sheet.addRow(['（无消费帮扶记录）']).commit();
  for (const c of summary.purchaseByChannel) {
    const label = PURCHASE_CHANNEL_LABELS[c.channel as keyof typeof PURCHASE_CHANNEL_LABELS]?.zh ?? c.channel;
    const row = sheet.addRow([label, yuan(c.amountFen)]);
    row.getCell(2).numFmt = YUAN_FORMAT;
    row.commit();
  }
  sheet.commit();
}

interface Line {
  label: string;
  records: number;
  totalFen: number;
  fundsFen: number;
  materialValueFen: number;
  purchaseFen: number;
  beneficiaries: number;
  participants: number;
}

function writeTable(workbook: ExcelJS.stream.xlsx.WorkbookWriter, name: string, first: string, lines: Line[]): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: first, key: 'label', width: 24 },
    { header: '帮扶记录（条）', key: 'records', width: 14 },
    { header: '款物合计（元）', key: 'total', width: 18, style: { numFmt: YUAN_FORMAT } },
    { header: '捐赠资金（元）', key: 'funds', width: 18, style: { numFmt: YUAN_FORMAT } },
    { header: '物资折价（元）', key: 'materials', width: 18, style: { numFmt: YUAN_FORMAT } },
    { header: '消费帮扶（元）', key: 'purchase', width: 18, style: { numFmt: YUAN_FORMAT } },
    { header: '受益人次', key: 'beneficiaries', width: 12 },
    { header: '参与人次', key: 'participants', width: 12 },
  ];
  styleHeader(sheet.getRow(1));
  for (const l of lines) {
    sheet
      .addRow({
        label: l.label,
        records: l.records,
        total: yuan(l.totalFen),
        funds: yuan(l.fundsFen),
        materials: yuan(l.materialValueFen),
        purchase: yuan(l.purchaseFen),
        beneficiaries: l.beneficiaries,
        participants: l.participants,
      })
      .commit();
  }
  sheet.commit();
}

async function writeAreas(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  db: Kysely<DB>,
  payload: ExportJobPayload,
  programId: number,
): Promise<number> {
  const sheet = workbook.addWorksheet('重点地区覆盖', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: '重点地区', key: 'region', width: 40 },
    { header: '类别', key: 'kind', width: 24 },
    { header: '期间有效结对协议（份）', key: 'pairings', width: 20 },
    { header: '帮扶记录（条）', key: 'records', width: 14 },
    { header: '款物合计（元）', key: 'total', width: 18, style: { numFmt: YUAN_FORMAT } },
    { header: '受益人次', key: 'beneficiaries', width: 12 },
    { header: '期间未获帮扶', key: 'gap', width: 14 },
  ];
  styleHeader(sheet.getRow(1));
  let after: { regionCode: string; id: number } | undefined;
  let done = 0;
  for (;;) {
    const page = await areaCoverage(db, payload.scope, payload.scopeRegion, { programId, after, limit: EXPORT_PAGE });
    for (const a of page.items) {
      sheet
        .addRow({
          region: a.regionName,
          kind: KIND_LABELS[a.designationKind as DesignationKind] ?? a.designationKind,
          pairings: a.pairings,
          records: a.records,
          total: yuan(a.totalFen),
          beneficiaries: a.beneficiaries,
          gap: a.gap ? '是' : '',
        })
        .commit();
    }
    done += page.items.length;
    if (page.nextCursor === null) break;
    after = areaCursor(page.nextCursor);
  }
  sheet.commit();
  return done;
}

async function writeWorkbook(job: Job, progress: JobProgress, env: JobEnv, payload: ExportJobPayload): Promise<ExcelExportResult> {
  const { db } = env;
  const s = payload.scope;
  const dir = path.join(env.config.dataDir, 'exports');
  fs.mkdirSync(dir, { recursive: true });
  const file = `${job.id}.xlsx`;
  // Without useStyles the streaming writer drops every style, and yuan would lose their two decimals.
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: path.join(dir, file),
    useSharedStrings: false,
    useStyles: true,
  });
  const steps = s.programId !== null ? 5 : 4;

  await writeSummary(workbook, db, s, await summaryOf(db, s));
  await progress.report(1, steps, '已写入汇总');
  const trend = await trendOf(db, s);
  writeTable(workbook, '按月', '月份', trend.points.map((p) => ({ ...p, label: p.month })));
  await progress.report(2, steps, '已写入按月统计');
  writeTable(workbook, '按领域', '重点领域', (await breakdownOf(db, s, 'field')).rows);
  await progress.report(3, steps, '已写入按领域统计');
  writeTable(workbook, '按区县', '区县', (await breakdownOf(db, s, 'county')).rows);
  await progress.report(4, steps, '已写入按区县统计');
  let rows = trend.points.length;
  if (s.programId !== null) {
    rows += await writeAreas(workbook, db, payload, s.programId);
    await progress.report(5, steps, '已写入重点地区覆盖');
  }
  await workbook.commit();
  await progress.report(steps, steps, '完成');
  const where = s.areaName.split(' / ').at(-1) ?? s.areaName;
  return { file, rows, filename: `帮扶统计-${where}-${s.from}至${s.to}.xlsx` };
}

export const exportStatisticsJob: JobHandler = async (job, progress, env) =>
  writeWorkbook(job, progress, env, job.payload as ExportJobPayload);
