// Annual work plans (年度工作计划): an organization saves its plan for a year as a draft as often as it likes, then
// submits it, after which it is fixed; officials read the submitted plans of organizations in their scope. Each
// write is one transaction with its audit row (plans have no event table: the audit log is their history).
import type { Kysely } from 'kysely';
import { chinaToday } from '../../../common/glossary.ts';
import type { DB } from '../../db/types.ts';
import { AppError } from '../../errors.ts';
import { requireActor, type Actor } from '../../platform/access.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { RequestContext } from '../../platform/context.ts';
import { decodeCursor, encodeCursor } from '../../platform/http.ts';
import { isOfficial } from '../organizations/scope.ts';
import * as q from './queries.ts';
import { planFields, yearProblem } from './rules.ts';
import type { ListWorkPlansQuery, PutWorkPlanBody, WorkPlanDetail, WorkPlanPage } from './schemas.ts';
import { detailView, summaries } from './views.ts';

function planNotFound(): AppError {
  return new AppError('NOT_FOUND', { message: '年度工作计划不存在' });
}

function submittedAlready(year: number): AppError {
  return new AppError('WORK_PLAN_SUBMITTED', { message: `${year} 年度工作计划已提交，不能再修改` });
}

/** The caller's organization; the permission admits only organizations' people, who all belong to one. */
function ownOrganizationId(actor: Actor): number {
  if ((actor.role !== 'organization_admin' && actor.role !== 'organization_member') || actor.organizationId === null) {
    throw new AppError('FORBIDDEN');
  }
  return actor.organizationId;
}

function viewerOf(actor: Actor): q.Viewer | null {
  if (isOfficial(actor)) return { kind: 'official', scope: actor.scopeRegionCode };
  if ((actor.role === 'organization_admin' || actor.role === 'organization_member') && actor.organizationId !== null) {
    return { kind: 'organization', organizationId: actor.organizationId };
  }
  return null;
}

// ---- reading ----

export async function listWorkPlans(db: Kysely<DB>, ctx: RequestContext, query: ListWorkPlansQuery): Promise<WorkPlanPage> {
  const viewer = viewerOf(requireActor(ctx.actor));
  if (!viewer) return { items: [], nextCursor: null };
  const decoded = decodeCursor(query.cursor, ['number', 'number']) as [number, number] | undefined;
  const limit = query.limit ?? 50;
  const rows = await q.listPlans(
    db,
    viewer,
    { year: query.year, organizationId: query.organizationId },
    decoded ? { year: decoded[0], id: decoded[1] } : undefined,
    limit,
  );
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { items: await summaries(db, page), nextCursor: rows.length > limit && last ? encodeCursor([last.year, last.id]) : null };
}

/** Its organization's people see a plan in every state; officials see a submitted plan of an organization in scope. */
async function isVisible(db: Kysely<DB>, actor: Actor, plan: q.PlanRow): Promise<boolean> {
  const viewer = viewerOf(actor);
  if (!viewer) return false;
  if (viewer.kind === 'organization') return viewer.organizationId === plan.organization_id;
  return plan.status === 'submitted' && q.organizationInScope(db, plan.organization_id, viewer.scope);
}

export async function getWorkPlan(db: Kysely<DB>, ctx: RequestContext, id: number): Promise<WorkPlanDetail> {
  const actor = requireActor(ctx.actor);
  const plan = await q.planById(db, id);
  if (!plan || !(await isVisible(db, actor, plan))) throw planNotFound();
  return detailView(db, plan, viewerOf(actor)?.kind === 'organization');
}

/** The caller organization's plan for the year (the form's starting point), or 404 when it has none yet. */
export async function getOwnWorkPlan(db: Kysely<DB>, ctx: RequestContext, year: number): Promise<WorkPlanDetail> {
  const organizationId = ownOrganizationId(requireActor(ctx.actor));
  const plan = await q.planOfYear(db, organizationId, year);
  if (!plan) throw new AppError('NOT_FOUND', { message: `本组织还没有编制 ${year} 年度工作计划` });
  return detailView(db, plan, true);
}

// ---- writing ----

function audited(row: q.LockedPlan | null | undefined) {
  if (!row) return null;
  return { summary: row.summary, people: row.people, amount_fen: row.amount_fen, materials: row.materials, status: row.status };
}

/** Creates the year's draft or replaces it; 409 once the plan is submitted. */
export async function saveWorkPlan(db: Kysely<DB>, ctx: RequestContext, year: number, body: PutWorkPlanBody): Promise<WorkPlanDetail> {
  const actor = requireActor(ctx.actor);
  const organizationId = ownOrganizationId(actor);
  const fields = planFields(year, body, chinaToday());
  const organization = await q.organizationOf(db, organizationId);
  if (!organization) throw new AppError('FORBIDDEN');
  await db.transaction().execute(async (trx) => {
    const before = await q.lockPlanOfYear(trx, organizationId, year);
    if (before?.status === 'submitted') throw submittedAlready(year);
    // A first save racing another waits on the unique key, then updates the draft the other one created.
    const after = await q.upsertDraft(trx, organizationId, year, fields, actor.accountId);
    if (!after) throw submittedAlready(year);
    await recordAudit(trx, ctx, {
      action: before ? 'work_plan.update' : 'work_plan.create',
      entityType: 'work_plan',
      entityId: after.id,
      regionCode: organization.registration_region_code,
      organizationId,
      before: audited(before),
      after: { ...audited(after), year },
    });
  });
  return getOwnWorkPlan(db, ctx, year);
}

/**
 * Draft -> submitted. The officials of the registration region are not notified: no notification kind exists for
 * plans yet, and they find submitted plans in their list.
 */
export async function submitWorkPlan(db: Kysely<DB>, ctx: RequestContext, year: number): Promise<WorkPlanDetail> {
  const actor = requireActor(ctx.actor);
  const organizationId = ownOrganizationId(actor);
  const problem = yearProblem(year, chinaToday());
  if (problem) throw new AppError('VALIDATION_FAILED', { fields: [problem] });
  const organization = await q.organizationOf(db, organizationId);
  if (!organization) throw new AppError('FORBIDDEN');
  await db.transaction().execute(async (trx) => {
    const before = await q.lockPlanOfYear(trx, organizationId, year);
    if (!before) throw new AppError('NOT_FOUND', { message: `本组织还没有编制 ${year} 年度工作计划，请先填写并保存` });
    if (before.status === 'submitted') throw new AppError('WORK_PLAN_SUBMITTED', { message: `${year} 年度工作计划已经提交过了` });
    const after = await q.markSubmitted(trx, before.id, actor.accountId);
    await recordAudit(trx, ctx, {
      action: 'work_plan.submit',
      entityType: 'work_plan',
      entityId: after.id,
      regionCode: organization.registration_region_code,
      organizationId,
      before: { status: before.status, submitted_at: before.submitted_at },
      after: { status: after.status, submitted_at: after.submitted_at },
    });
  });
  return getOwnWorkPlan(db, ctx, year);
}
