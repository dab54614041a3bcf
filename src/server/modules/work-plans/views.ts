// What a work plan looks like in a list and on its own page: the plan's own figures beside what the organization's
// projects and pairings of that year add up to.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';
import { iso } from '../../platform/sql.ts';
import { placesOfProjects } from '../projects/queries.ts';
import { regionPaths } from '../regions/queries.ts';
import * as q from './queries.ts';
import type { WorkPlanDetail, WorkPlanSummary } from './schemas.ts';

export interface PlanTotals {
  projectCount: number;
  projectBudgetFen: number;
  pairingCount: number;
}

export function summaryView(row: q.PlanRow, totals: PlanTotals): WorkPlanSummary {
  return {
    id: row.id,
    organization: { id: row.organization_id, name: row.organization_name },
    year: row.year,
    people: row.people,
    amountFen: row.amount_fen,
    status: row.status,
    submittedAt: iso(row.submitted_at),
    ...totals,
    updatedAt: iso(row.updated_at),
  };
}

/** A page of plans with their totals, two grouped queries for the whole page. */
export async function summaries(db: Kysely<DB>, rows: q.PlanRow[]): Promise<WorkPlanSummary[]> {
  const ids = rows.map((r) => r.id);
  const [projects, pairings] = await Promise.all([q.projectTotals(db, ids), q.pairingCounts(db, ids)]);
  return rows.map((r) =>
    summaryView(r, {
      projectCount: projects.get(r.id)?.count ?? 0,
      projectBudgetFen: projects.get(r.id)?.budgetFen ?? 0,
      pairingCount: pairings.get(r.id) ?? 0,
    }),
  );
}

export async function detailView(db: Kysely<DB>, row: q.PlanRow, own: boolean): Promise<WorkPlanDetail> {
  const [projects, pairings] = await Promise.all([q.projectsOfPlan(db, row), q.pairingsOfPlan(db, row.id)]);
  const places = await placesOfProjects(
    db,
    projects.map((p) => p.id),
  );
  const names = await regionPaths(db, [...new Set([...places.values()].flat())]);
  const draft = row.status === 'draft';
  return {
    ...summaryView(row, {
      projectCount: projects.length,
      projectBudgetFen: projects.reduce((sum, p) => sum + p.budget_fen, 0),
      pairingCount: pairings.length,
    }),
    summary: row.summary,
    materials: row.materials,
    projects: projects.map((p) => ({
      id: p.id,
      name: p.name,
      status: p.status,
      budgetFen: p.budget_fen,
      plannedStart: p.planned_start,
      places: (places.get(p.id) ?? []).map((code) => names.get(code) ?? code),
    })),
    pairings: pairings.map((p) => ({
      id: p.id,
      title: p.title,
      status: p.status,
      amountFen: p.amount_fen,
      people: p.people,
      startDate: p.start_date,
      endDate: p.end_date,
    })),
    actions: { edit: own && draft, submit: own && draft },
  };
}
