// A fair's dashboard, counted live from the projects and pairings tagged with it, so it moves as they move: what was
// signed, what landed, what is overdue (signed, not landed, past its landing due date), what is still being
// prepared, and the budgets, in total, per organization and per county. Cancelled projects count nowhere.
import { sql, type RawBuilder } from 'kysely';
import { chinaToday } from '../../../common/glossary.ts';
import { LANDED_PROJECT_STATUSES, SIGNED_PROJECT_STATUSES } from '../../../common/projects.ts';
import type { Actor } from '../../platform/access.ts';
import { regionPaths } from '../regions/queries.ts';
import * as q from './queries.ts';
import type { FairDashboard } from './schemas.ts';
import { isOfficial } from './scope.ts';
import { fairNotFound } from './service.ts';

type Tally = FairDashboard['totals'];

const ZERO: Tally = {
  pairings: 0,
  projectsSigned: 0,
  projectsLanded: 0,
  projectsOverdue: 0,
  projectsPending: 0,
  signedBudgetFen: 0,
  landedBudgetFen: 0,
};

/** Overdue projects listed at most: a fair's projects are few, the cap only guards the reply's size. */
const OVERDUE_LIMIT = 500;

const list = (values: readonly string[]) => sql.join(values.map((v) => sql.lit(v)));
const SIGNED = sql`p.status in (${list(SIGNED_PROJECT_STATUSES)})`;
const LANDED = sql`p.status in (${list(LANDED_PROJECT_STATUSES)})`;

/** The project columns of a tally over `projects as p`, as aggregates of the group. */
function projectTally(today: string) {
  const count = (where: RawBuilder<unknown>) => sql<number>`count(*) filter (where ${where})`;
  const budget = (where: RawBuilder<unknown>) => sql<number>`cast(coalesce(sum(p.budget_fen) filter (where ${where}), 0) as bigint)`;
  return [
    count(SIGNED).as('projects_signed'),
    count(LANDED).as('projects_landed'),
    count(sql`p.status = 'signed' and p.landing_due < ${today}`).as('projects_overdue'),
    count(sql`p.status in ('planned', 'signing')`).as('projects_pending'),
    budget(SIGNED).as('signed_budget_fen'),
    budget(LANDED).as('landed_budget_fen'),
  ] as const;
}

interface ProjectTallyRow {
  projects_signed: number;
  projects_landed: number;
  projects_overdue: number;
  projects_pending: number;
  signed_budget_fen: number;
  landed_budget_fen: number;
}

function fromProjects(row: ProjectTallyRow | undefined, pairings: number | undefined): Tally {
  return {
    pairings: Number(pairings ?? 0),
    projectsSigned: Number(row?.projects_signed ?? 0),
    projectsLanded: Number(row?.projects_landed ?? 0),
    projectsOverdue: Number(row?.projects_overdue ?? 0),
    projectsPending: Number(row?.projects_pending ?? 0),
    signedBudgetFen: Number(row?.signed_budget_fen ?? 0),
    landedBudgetFen: Number(row?.landed_budget_fen ?? 0),
  };
}

function totalsOf(db: q.Executor, fairId: number, today: string) {
  return db
    .selectFrom('projects as p')
    .select(projectTally(today))
    .where('p.fair_id', '=', fairId)
    .where('p.status', '<>', 'cancelled')
    .executeTakeFirst();
}

function byOrganizationOf(db: q.Executor, fairId: number, today: string) {
  return db
    .selectFrom('projects as p')
    .select('p.organization_id')
    .select(projectTally(today))
    .where('p.fair_id', '=', fairId)
    .where('p.status', '<>', 'cancelled')
    .groupBy('p.organization_id')
    .execute();
}

/** A project with places in two counties counts once in each (and once in a county however many places it has there). */
function byCountyOf(db: q.Executor, fairId: number, today: string) {
  return db
    .selectFrom(db.selectFrom('project_places').select(['project_id', 'county_code']).distinct().as('pc'))
    .innerJoin('projects as p', 'p.id', 'pc.project_id')
    .select('pc.county_code')
    .select(projectTally(today))
    .where('p.fair_id', '=', fairId)
    .where('p.status', '<>', 'cancelled')
    .groupBy('pc.county_code')
    .execute();
}

/** Confirmed pairings signed at the fair, counted for their lead organization and once per county of their places. */
async function pairingCounts(db: q.Executor, fairId: number) {
  const total = await db
    .selectFrom('pairings')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('fair_id', '=', fairId)
    .where('status', '=', 'confirmed')
    .executeTakeFirst();
  const byOrganization = await db
    .selectFrom('pairings')
    .select(['organization_id'])
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('fair_id', '=', fairId)
    .where('status', '=', 'confirmed')
    .groupBy('organization_id')
    .execute();
  const byCounty = await db
    .selectFrom(db.selectFrom('pairing_places').select(['pairing_id', 'county_code']).distinct().as('pc'))
    .innerJoin('pairings as pr', 'pr.id', 'pc.pairing_id')
    .select('pc.county_code')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('pr.fair_id', '=', fairId)
    .where('pr.status', '=', 'confirmed')
    .groupBy('pc.county_code')
    .execute();
  return {
    total: Number(total?.n ?? 0),
    byOrganization: new Map(byOrganization.map((r) => [r.organization_id, Number(r.n)])),
    byCounty: new Map(byCounty.map((r) => [r.county_code, Number(r.n)])),
  };
}

function overdueOf(db: q.Executor, fairId: number, today: string) {
  return db
    .selectFrom('projects as p')
    .innerJoin('organizations as o', 'o.id', 'p.organization_id')
    .select(['p.id', 'p.name', 'p.organization_id', 'o.name as organization_name', 'p.landing_due'])
    .select(sql<number>`cast(${today} as date) - p.landing_due`.as('overdue_days'))
    .where('p.fair_id', '=', fairId)
    .where('p.status', '=', 'signed')
    .where('p.landing_due', '<', today)
    .orderBy('p.landing_due')
    .orderBy('p.id')
    .limit(OVERDUE_LIMIT)
    .execute();
}

async function organizationNames(db: q.Executor, ids: number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('organizations').select(['id', 'name']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** The dashboard, for the officials who see the fair. */
export async function fairDashboard(db: q.Executor, actor: Actor, fairId: number, today = chinaToday()): Promise<FairDashboard> {
  const fair = isOfficial(actor) ? await q.visibleFair(db, actor, fairId) : undefined;
  if (!fair) throw fairNotFound();
  // One query after another: inside a transaction they would share one connection.
  const totals = await totalsOf(db, fairId, today);
  const organizations = await byOrganizationOf(db, fairId, today);
  const counties = await byCountyOf(db, fairId, today);
  const pairings = await pairingCounts(db, fairId);
  const overdue = await overdueOf(db, fairId, today);

  const projectsByOrganization = new Map(organizations.map((r) => [r.organization_id, r]));
  const organizationIds = [...new Set([...projectsByOrganization.keys(), ...pairings.byOrganization.keys()])];
  const names = await organizationNames(db, organizationIds);
  const projectsByCounty = new Map(counties.map((r) => [r.county_code, r]));
  const countyCodes = [...new Set([...projectsByCounty.keys(), ...pairings.byCounty.keys()])].sort();
  const paths = await regionPaths(db, countyCodes);

  const byOrganization = organizationIds
    .map((id) => ({
      organization: { id, name: names.get(id) ?? String(id) },
      ...fromProjects(projectsByOrganization.get(id), pairings.byOrganization.get(id)),
    }))
    .sort((a, b) => b.signedBudgetFen - a.signedBudgetFen || b.projectsSigned - a.projectsSigned || a.organization.id - b.organization.id);

  return {
    fair: { id: fair.id, name: fair.name, status: fair.status },
    signups: Number(fair.signup_count ?? 0),
    totals: totals ? fromProjects(totals, pairings.total) : { ...ZERO, pairings: pairings.total },
    byOrganization,
    byCounty: countyCodes.map((code) => ({
      county: { code, name: paths.get(code) ?? code },
      ...fromProjects(projectsByCounty.get(code), pairings.byCounty.get(code)),
    })),
    overdueProjects: overdue.map((r) => ({
      id: r.id,
      name: r.name,
      organization: { id: r.organization_id, name: r.organization_name },
      landingDue: r.landing_due ?? '',
      overdueDays: Number(r.overdue_days),
    })),
  };
}
