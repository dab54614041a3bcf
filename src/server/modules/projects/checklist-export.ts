// The checklist exported to Excel as a background job: the same scope (fixed when queued), filters and order as the
// page, written page by page so a province's checklist keeps memory flat.
import type { Kysely } from 'kysely';
import { chinaToday } from '../../../common/glossary.ts';
import { PROJECT_STATUS_LABELS } from '../../../common/projects.ts';
import type { DB } from '../../db/types.ts';
import type { Actor } from '../../platform/access.ts';
import type { RequestContext } from '../../platform/context.ts';
import {
  beijingTime,
  EXPORT_PAGE,
  startExportJob,
  writeExcelExport,
  type ExportPayload,
} from '../../platform/excel-export.ts';
import type { JobHandler } from '../../platform/jobs.ts';
import { yuan } from '../claims/views.ts';
import { checklistPage, type ChecklistView } from './checklist.ts';
import type { ChecklistExportBody, ChecklistItem } from './schemas.ts';

export const CHECKLIST_EXPORT_JOB = 'projects.checklist-export';

export function startChecklistExport(
  db: Kysely<DB>,
  ctx: RequestContext,
  actor: Actor,
  filters: ChecklistExportBody,
): Promise<{ jobId: string }> {
  return startExportJob(db, ctx, actor, { kind: CHECKLIST_EXPORT_JOB, entityType: 'project', filters });
}

const COLUMNS = [
  { header: '项目名称', key: 'name', width: 32 },
  { header: '社会组织', key: 'organization', width: 32 },
  { header: '实施地区', key: 'places', width: 40 },
  { header: '预算（元）', key: 'budget', width: 14 },
  { header: '计划开始日期', key: 'plannedStart', width: 14 },
  { header: '签约日期', key: 'signedOn', width: 12 },
  { header: '签约单位', key: 'signedWith', width: 24 },
  { header: '落地期限', key: 'landingDue', width: 12 },
  { header: '落地情况', key: 'landing', width: 16 },
  { header: '实际开始日期', key: 'landedOn', width: 14 },
  { header: '项目状态', key: 'status', width: 10 },
  { header: '佐证材料（份）', key: 'evidence', width: 14 },
  { header: '最近跟踪记录', key: 'followUp', width: 48 },
  { header: '签约活动', key: 'fair', width: 24 },
  { header: '帮扶计划', key: 'program', width: 24 },
  { header: '对口支援', key: 'counterpart', width: 10 },
];

/** The landing state in the checklist's words. */
export function landingText(item: Pick<ChecklistItem, 'status' | 'overdue' | 'overdueDays'>): string {
  if (item.status === 'signed') return item.overdue ? `逾期 ${item.overdueDays} 天未落地` : '未落地';
  return '已落地';
}

function followUpText(f: ChecklistItem['lastFollowUp']): string {
  if (!f) return '';
  return `${beijingTime(new Date(f.createdAt))} ${f.actorName ?? ''}：${f.note}`;
}

async function* rows(db: Kysely<DB>, { filters, regionCode }: ExportPayload<ChecklistExportBody>) {
  // One day decides “overdue” for the whole file, even if the job runs past midnight.
  const view: ChecklistView = { scope: regionCode, today: chinaToday() };
  let cursor: string | undefined;
  for (;;) {
    const page = await checklistPage(db, view, filters, { cursor, limit: EXPORT_PAGE });
    yield page.items.map((i) => ({
      name: i.name,
      organization: i.organization.name,
      places: i.places.map((p) => p.name).join('；'),
      budget: yuan(i.budgetFen),
      plannedStart: i.plannedStart,
      signedOn: i.signedOn ?? '',
      signedWith: i.signedWith ?? '',
      landingDue: i.landingDue ?? '',
      landing: landingText(i),
      landedOn: i.landedOn ?? '',
      status: PROJECT_STATUS_LABELS[i.status].zh,
      evidence: i.evidenceCount,
      followUp: followUpText(i.lastFollowUp),
      fair: i.fair?.name ?? '',
      program: i.program?.name ?? '',
      counterpart: i.isCounterpart ? '是' : '否',
    }));
    if (page.nextCursor === null) return;
    cursor = page.nextCursor;
  }
}

export const exportChecklistJob: JobHandler = async (job, progress, env) =>
  writeExcelExport(job, progress, env, {
    title: '项目落地清单',
    columns: COLUMNS,
    pages: rows(env.db, job.payload as ExportPayload<ChecklistExportBody>),
    unit: '个项目',
  });
