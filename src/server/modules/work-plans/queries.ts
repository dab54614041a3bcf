// Queries on annual work plans and on the projects and pairings a plan gathers for its year. Scope goes into the
// WHERE clause: officials' lists ask organizations/scope.ts which organizations are theirs, in SQL.
import { sql, type Expression, type Kysely, type SqlBool, type Transaction } from 'kysely';
import type { DB } from '../../db/types.ts';
import { inScope } from '../organizations/scope.ts';

type Executor = Kysely<DB> | Transaction<DB>;

/** The pairings a plan counts: the organization leads or joined them, and they are not returned, withdrawn or ended. */
export const PLAN_PAIRING_STATUSES = ['pending', 'confirmed'] as const;

const PLAN_COLUMNS = [
  'wp.id',
  'wp.organization_id',
  'wp.year',
  'wp.summary',
  'wp.people',
  'wp.amount_fen',
  'wp.materials',
  'wp.status',
  'wp.submitted_at',
  'wp.updated_at',
] as const;

/** First and last day of the plan's year, as SQL over `wp.year`. */
const yearStart = sql<string>`make_date(${sql.ref('wp.year')}, 1, 1)`;
const yearEnd = sql<string>`make_date(${sql.ref('wp.year')}, 12, 31)`;

export function planById(db: Executor, id: number) {
  return db
    .selectFrom('work_plans as wp')
    .innerJoin('organizations as o', 'o.id', 'wp.organization_id')
    .select(PLAN_COLUMNS)
    .select('o.name as organization_name')
    .where('wp.id', '=', id)
    .executeTakeFirst();
}
export type PlanRow = NonNullable<Awaited<ReturnType<typeof planById>>>;

export function planOfYear(db: Executor, organizationId: number, year: number) {
  return db
    .selectFrom('work_plans as wp')
    .innerJoin('organizations as o', 'o.id', 'wp.organization_id')
    .select(PLAN_COLUMNS)
    .select('o.name as organization_name')
    .where('wp.organization_id', '=', organizationId)
    .where('wp.year', '=', year)
    .executeTakeFirst();
}

/** The plan of the year, held until the transaction ends so a save and a submit cannot interleave. */
export function lockPlanOfYear(trx: Transaction<DB>, organizationId: number, year: number) {
  return trx
    .selectFrom('work_plans')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('year', '=', year)
    .forUpdate()
    .executeTakeFirst();
}
export type LockedPlan = NonNullable<Awaited<ReturnType<typeof lockPlanOfYear>>>;

export function organizationOf(db: Executor, id: number) {
  return db.selectFrom('organizations').select(['id', 'name', 'registration_region_code']).where('id', '=', id).executeTakeFirst();
}

/** Is the organization one whose submitted plans an official of `scope` (null = national) sees? */
export async function organizationInScope(db: Executor, organizationId: number, scope: string | null): Promise<boolean> {
  const row = await db
    .selectFrom('organizations as o')
    .select('o.id')
    .where('o.id', '=', organizationId)
    .where((eb) => inScope(eb, scope))
    .executeTakeFirst();
  return row !== undefined;
}

export interface PlanFields {
  summary: string;
  people: number;
  amount_fen: number;
  materials: string | null;
}

/**
 * Creates the draft of the year or replaces a draft's fields; a submitted plan is left alone and nothing is returned
 * (the caller locked the row first, so this only happens when the plan was submitted).
 */
export function upsertDraft(trx: Transaction<DB>, organizationId: number, year: number, fields: PlanFields, accountId: number) {
  const now = new Date();
  return trx
    .insertInto('work_plans')
    .values({ organization_id: organizationId, year, ...fields, status: 'draft', created_by: accountId, updated_by: accountId })
    .onConflict((oc) =>
      oc
        .columns(['organization_id', 'year'])
        .doUpdateSet({ ...fields, updated_by: accountId, updated_at: now })
        .where('work_plans.status', '=', 'draft'),
    )
    .returningAll()
    .executeTakeFirst();
}

export function markSubmitted(trx: Transaction<DB>, id: number, accountId: number) {
  const now = new Date();
  return trx
    .updateTable('work_plans')
    .set({ status: 'submitted', submitted_at: now, updated_by: accountId, updated_at: now })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export type Viewer = { kind: 'organization'; organizationId: number } | { kind: 'official'; scope: string | null };

export interface ListFilter {
  year?: number | undefined;
  organizationId?: number | undefined;
}

/** One page (plus one row) of plans, newest year first, after the keyset (year, id). */
export function listPlans(db: Executor, viewer: Viewer, f: ListFilter, after: { year: number; id: number } | undefined, limit: number) {
  return db
    .selectFrom('work_plans as wp')
    .innerJoin('organizations as o', 'o.id', 'wp.organization_id')
    .select(PLAN_COLUMNS)
    .select('o.name as organization_name')
    .where((eb) => {
      const conditions: Expression<SqlBool>[] = [];
      if (viewer.kind === 'organization') {
        conditions.push(eb('wp.organization_id', '=', viewer.organizationId));
      } else {
        // Drafts are the organization's own until submitted.
        conditions.push(eb('wp.status', '=', 'submitted'));
        conditions.push(
          eb(
            'wp.organization_id',
            'in',
            db
              .selectFrom('organizations as o')
              .select('o.id')
              .where((e) => inScope(e, viewer.scope)),
          ),
        );
      }
      if (f.year !== undefined) conditions.push(eb('wp.year', '=', f.year));
      if (f.organizationId !== undefined) conditions.push(eb('wp.organization_id', '=', f.organizationId));
      if (after) conditions.push(eb(eb.refTuple('wp.year', 'wp.id'), '<', eb.tuple(after.year, after.id)));
      return eb.and(conditions);
    })
    .orderBy('wp.year', 'desc')
    .orderBy('wp.id', 'desc')
    .limit(limit + 1)
    .execute();
}

/** Projects of the plan's organization planned to start in its year and not cancelled: count and budget (fen), by plan. */
export async function projectTotals(db: Executor, planIds: number[]): Promise<Map<number, { count: number; budgetFen: number }>> {
  if (planIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('work_plans as wp')
    .innerJoin('projects as p', 'p.organization_id', 'wp.organization_id')
    .select('wp.id')
    .select((eb) => [eb.fn.countAll<number>().as('count'), sql<number>`coalesce(sum(p.budget_fen), 0)::bigint`.as('budget_fen')])
    .where('wp.id', 'in', planIds)
    .where('p.status', '<>', 'cancelled')
    .where(sql<SqlBool>`p.planned_start between ${yearStart} and ${yearEnd}`)
    .groupBy('wp.id')
    .execute();
  return new Map(rows.map((r) => [r.id, { count: r.count, budgetFen: r.budget_fen }]));
}

/** Each plan with the pairings its organization leads or is a member of (a union, so one led and joined counts once). */
function planPairings(db: Executor, planIds: number[]) {
  const led = db
    .selectFrom('work_plans as wp')
    .innerJoin('pairings as pa', 'pa.organization_id', 'wp.organization_id')
    .select(['wp.id as plan_id', 'pa.id as pairing_id'])
    .where('wp.id', 'in', planIds);
  const joined = db
    .selectFrom('work_plans as wp')
    .innerJoin('pairing_members as m', 'm.organization_id', 'wp.organization_id')
    .select(['wp.id as plan_id', 'm.pairing_id'])
    .where('wp.id', 'in', planIds);
  return db
    .selectFrom(led.union(joined).as('t'))
    .innerJoin('work_plans as wp', 'wp.id', 't.plan_id')
    .innerJoin('pairings as pa', 'pa.id', 't.pairing_id')
    .where('pa.status', 'in', PLAN_PAIRING_STATUSES)
    .where(sql<SqlBool>`pa.start_date <= ${yearEnd} and pa.end_date >= ${yearStart}`);
}

/** Pairings current at some time in the plan's year, pending or confirmed, by plan. */
export async function pairingCounts(db: Executor, planIds: number[]): Promise<Map<number, number>> {
  if (planIds.length === 0) return new Map();
  const rows = await planPairings(db, planIds)
    .select('t.plan_id')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .groupBy('t.plan_id')
    .execute();
  return new Map(rows.map((r) => [r.plan_id, r.count]));
}

export function pairingsOfPlan(db: Executor, planId: number) {
  return planPairings(db, [planId])
    .select(['pa.id', 'pa.title', 'pa.status', 'pa.amount_fen', 'pa.people', 'pa.start_date', 'pa.end_date'])
    .orderBy('pa.start_date')
    .orderBy('pa.id')
    .execute();
}

export function projectsOfPlan(db: Executor, plan: { organization_id: number; year: number }) {
  return db
    .selectFrom('projects as p')
    .select(['p.id', 'p.name', 'p.status', 'p.budget_fen', 'p.planned_start'])
    .where('p.organization_id', '=', plan.organization_id)
    .where('p.status', '<>', 'cancelled')
    .where('p.planned_start', '>=', `${plan.year}-01-01`)
    .where('p.planned_start', '<=', `${plan.year}-12-31`)
    .orderBy('p.planned_start')
    .orderBy('p.id')
    .execute();
}
