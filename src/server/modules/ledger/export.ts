// The ledger list to Excel as a background job: the same filters, scope and order as the page, read page by page
// (keyset) and streamed to the workbook, so a province's ledger keeps memory flat. The caller's scope is fixed in the
// job when it is queued (givers export their own records, liaisons and officials their region's), and the download
// goes to its creator (and the officials of its region) through GET /api/jobs/:id/download.
import type { Kysely } from 'kysely';
import {
  ACTIVITY_TYPE_LABELS,
  AID_CONFIRMATION_LABELS,
  AID_KIND_LABELS,
  AID_RECORD_STANDING_LABELS,
  GIVER_FORM_LABELS,
  PURCHASE_CHANNEL_LABELS,
  type ActivityType,
} from '../../../common/ledger.ts';
import { FUNDING_SOURCE_LABELS, type FundingSource } from '../../../common/projects.ts';
import type { DB } from '../../db/types.ts';
import type { Actor } from '../../platform/access.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { RequestContext } from '../../platform/context.ts';
import { beijingTime, EXPORT_PAGE, writeExcelExport } from '../../platform/excel-export.ts';
import type { JobHandler } from '../../platform/jobs.ts';
import type { Filters } from './queries.ts';
import type { AidRecordView } from './schemas.ts';
import { assertFilters, recordPage } from './service.ts';
import { scopeOf, viewerOf, type Viewer } from './viewer.ts';

export const LEDGER_EXPORT_JOB = 'ledger.export';

export interface LedgerExportPayload {
  filters: Filters;
  viewer: Viewer;
}

/** Checks the filters now (a region outside the scope is refused at once, not in a failed job) and queues the job. */
export async function startLedgerExport(db: Kysely<DB>, ctx: RequestContext, actor: Actor, filters: Filters): Promise<{ jobId: string }> {
  const viewer = viewerOf(actor);
  const scope = scopeOf(viewer);
  assertFilters(scope, filters);
  const payload: LedgerExportPayload = { filters, viewer };
  return db.transaction().execute(async (trx) => {
    const job = await trx
      .insertInto('jobs')
      .values({
        kind: LEDGER_EXPORT_JOB,
        payload: JSON.stringify(payload),
        created_by: actor.accountId,
        region_code: scope.kind === 'region' ? scope.code : null,
        organization_id: scope.kind === 'organization' ? scope.organizationId : null,
        message: '排队中',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, ctx, {
      action: 'export',
      entityType: 'aid_record',
      entityId: null,
      regionCode: scope.kind === 'region' ? scope.code : null,
      organizationId: scope.kind === 'organization' ? scope.organizationId : null,
      detail: { filters, jobId: job.id },
    });
    return { jobId: job.id };
  });
}

/** Integer fen as yuan with two decimals, exactly: -125000 -> "-1250.00". */
export function yuan2(fen: number): string {
  const abs = Math.abs(fen);
  const cents = abs % 100;
  return `${fen < 0 ? '-' : ''}${(abs - cents) / 100}.${String(cents).padStart(2, '0')}`;
}

const COLUMNS = [
  { header: '记录编号', key: 'id', width: 10 },
  { header: '帮扶日期', key: 'occurredOn', width: 12 },
  { header: '结束日期', key: 'periodEnd', width: 12 },
  { header: '帮扶主体', key: 'giver', width: 30 },
  { header: '主体类型', key: 'giverForm', width: 14 },
  { header: '对口支援', key: 'counterpart', width: 10 },
  { header: '帮扶地区', key: 'region', width: 36 },
  { header: '受助住户', key: 'household', width: 10 },
  { header: '帮扶方式', key: 'kind', width: 16 },
  { header: '活动类型', key: 'activityType', width: 14 },
  { header: '重点领域', key: 'keyField', width: 14 },
  { header: '金额（元）', key: 'amount', width: 14 },
  { header: '物资数量', key: 'materialQuantity', width: 10 },
  { header: '消费渠道', key: 'purchaseChannel', width: 16 },
  { header: '工作人员（人次）', key: 'staff', width: 10 },
  { header: '志愿者（人次）', key: 'volunteers', width: 10 },
  { header: '会员企业（家次）', key: 'enterprises', width: 10 },
  { header: '受益人次', key: 'beneficiaries', width: 10 },
  { header: '受益户数', key: 'households', width: 10 },
  { header: '资金来源', key: 'fundingSource', width: 14 },
  { header: '帮扶内容', key: 'summary', width: 40 },
  { header: '票据 / 捐赠编号', key: 'externalRef', width: 18 },
  { header: '帮扶计划', key: 'program', width: 24 },
  { header: '所属项目', key: 'project', width: 24 },
  { header: '记录状态', key: 'standing', width: 10 },
  { header: '收悉确认', key: 'confirmation', width: 12 },
  { header: '冲销 / 更正关系', key: 'links', width: 22 },
  { header: '疑似重复录入', key: 'duplicate', width: 14 },
  { header: '录入时间', key: 'createdAt', width: 20 },
];

function linksText(r: AidRecordView): string {
  const parts = [
    r.reversesId !== null ? `冲销第 ${r.reversesId} 号` : null,
    r.reversedById !== null ? `被第 ${r.reversedById} 号冲销` : null,
    r.replacesId !== null ? `更正第 ${r.replacesId} 号` : null,
  ];
  return parts.filter((p) => p !== null).join('；');
}

function isFundingSource(value: string): value is FundingSource {
  return Object.hasOwn(FUNDING_SOURCE_LABELS, value);
}

async function* rows(db: Kysely<DB>, { filters, viewer }: LedgerExportPayload) {
  const [fields, programs] = await Promise.all([
    db.selectFrom('key_fields').select(['code', 'name_zh']).execute(),
    db.selectFrom('programs').select(['id', 'name']).execute(),
  ]);
  const fieldName = new Map(fields.map((f) => [f.code, f.name_zh]));
  const programName = new Map(programs.map((p) => [p.id, p.name]));
  let cursor: string | undefined;
  for (;;) {
    const page = await recordPage(db, viewer, filters, { cursor, limit: EXPORT_PAGE });
    yield page.items.map((r) => ({
      id: r.id,
      occurredOn: r.occurredOn,
      periodEnd: r.periodEnd ?? '',
      giver: r.giver.name,
      giverForm: GIVER_FORM_LABELS[r.giver.form].zh,
      counterpart: r.counterpart ? '是' : '否',
      region: r.regionName,
      household: r.household?.label ?? '',
      kind: AID_KIND_LABELS[r.kind].zh,
      activityType: r.activityType === null ? '' : (ACTIVITY_TYPE_LABELS[r.activityType as ActivityType]?.zh ?? r.activityType),
      keyField: fieldName.get(r.keyFieldCode) ?? r.keyFieldCode,
      amount: yuan2(r.amountFen),
      materialQuantity: r.materialQuantity,
      purchaseChannel: r.purchaseChannel === null ? '' : PURCHASE_CHANNEL_LABELS[r.purchaseChannel].zh,
      staff: r.staffCount,
      volunteers: r.volunteerCount,
      enterprises: r.enterpriseCount,
      beneficiaries: r.beneficiaryCount,
      households: r.beneficiaryHouseholds,
      fundingSource: r.fundingSource === null ? '' : isFundingSource(r.fundingSource) ? FUNDING_SOURCE_LABELS[r.fundingSource].zh : r.fundingSource,
      summary: r.summary,
      externalRef: r.externalRef ?? '',
      program: r.programId === null ? '' : (programName.get(r.programId) ?? ''),
      project: r.projectName ?? '',
      standing: AID_RECORD_STANDING_LABELS[r.standing].zh,
      confirmation: AID_CONFIRMATION_LABELS[r.confirmation].zh,
      links: linksText(r),
      duplicate: r.suspectedDuplicateOf === null ? '' : `疑似与第 ${r.suspectedDuplicateOf} 号重复`,
      createdAt: beijingTime(new Date(r.createdAt)),
    }));
    if (page.nextCursor === null) return;
    cursor = page.nextCursor;
  }
}

export const exportLedgerJob: JobHandler = async (job, progress, env) =>
  writeExcelExport(job, progress, env, {
    title: '帮扶台账',
    columns: COLUMNS,
    pages: rows(env.db, job.payload as LedgerExportPayload),
    unit: '条',
  });
