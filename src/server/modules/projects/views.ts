// Rows to the API's views: the list item (also the checklist's base) and the whole project as one caller sees it,
// with the steps that caller may take now (states.ts decides, from the caller's side).
import { projectNotFound } from './errors.ts';
import type { Kysely, Transaction } from 'kysely';
import { chinaToday } from '../../../common/glossary.ts';
import type { DB } from '../../db/types.ts';
import type { Actor } from '../../platform/access.ts';
import { iso } from '../../platform/sql.ts';
import { regionPaths } from '../regions/queries.ts';
import * as q from './queries.ts';
import type { ProjectDetail, ProjectSummary, ResponsiblePerson } from './schemas.ts';
import { isOfficial, sideFor } from './side.ts';
import { PROJECT_STEPS, stepAllowed, type ProjectStep } from './states.ts';

type Executor = Kysely<DB> | Transaction<DB>;

const DAY_MS = 86_400_000;

export function projectFileUrl(projectId: number, fileId: number): string {
  return `/api/projects/${projectId}/files/${fileId}`;
}

/** Signed, not landed, and `today` past the landing due date: how many days past (0 when not overdue). */
export function overdueDays(row: Pick<q.ProjectRow, 'status' | 'landing_due'>, today: string = chinaToday()): number {
  if (row.status !== 'signed' || row.landing_due === null || row.landing_due >= today) return 0;
  return Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${row.landing_due}T00:00:00Z`)) / DAY_MS);
}

/** Counterpart (east-west) support: the organization is registered in another province than one of the places. */
export function isCounterpart(registrationRegionCode: string | null, places: readonly string[]): boolean {
  if (registrationRegionCode === null) return false;
  const province = registrationRegionCode.slice(0, 2);
  return places.some((p) => p.slice(0, 2) !== province);
}

/** List items of several projects, with the names of their places, organizations, fairs and programs. */
export async function projectSummaries(db: Executor, rows: readonly q.ProjectRow[], today: string = chinaToday()): Promise<ProjectSummary[]> {
  // One query after another: inside a transaction they share one connection.
  const places = await q.placesOfProjects(
    db,
    rows.map((r) => r.id),
  );
  const paths = await regionPaths(db, [...places.values()].flat());
  const organizations = new Map((await q.organizationsByIds(db, unique(rows.map((r) => r.organization_id)))).map((o) => [o.id, o]));
  const programs = new Map((await q.programsByIds(db, unique(rows.map((r) => r.program_id)))).map((p) => [p.id, p]));
  const fairs = new Map((await q.fairsByIds(db, unique(rows.map((r) => r.fair_id)))).map((f) => [f.id, f]));
  return rows.map((row) => {
    const codes = places.get(row.id) ?? [];
    const organization = organizations.get(row.organization_id);
    const days = overdueDays(row, today);
    const program = row.program_id === null ? undefined : programs.get(row.program_id);
    const fair = row.fair_id === null ? undefined : fairs.get(row.fair_id);
    return {
      id: row.id,
      name: row.name,
      organization: { id: row.organization_id, name: organization?.name ?? '' },
      fieldCodes: row.field_codes,
      places: codes.map((code) => ({ code, name: paths.get(code) ?? code })),
      budgetFen: row.budget_fen,
      plannedStart: row.planned_start,
      plannedEnd: row.planned_end,
      status: row.status,
      signedOn: row.signed_on,
      landingDue: row.landing_due,
      landedOn: row.landed_on,
      overdue: days > 0,
      overdueDays: days,
      isCounterpart: isCounterpart(organization?.registration_region_code ?? null, codes),
      fair: fair ? { id: fair.id, name: fair.name } : null,
      program: program ? { id: program.id, name: program.name } : null,
      updatedAt: iso(row.updated_at),
    };
  });
}

function unique(ids: readonly (number | null)[]): number[] {
  return [...new Set(ids.filter((id): id is number => id !== null))];
}

function responsibleOf(value: unknown): ResponsiblePerson[] {
  const list = typeof value === 'string' ? (JSON.parse(value) as unknown) : value;
  return Array.isArray(list) ? (list as ResponsiblePerson[]) : [];
}

const STEPS = Object.keys(PROJECT_STEPS) as ProjectStep[];

/** The whole project as `actor` sees it (the caller has already checked that they may see it). */
export async function detailOf(db: Executor, actor: Actor, row: q.ProjectRow): Promise<ProjectDetail> {
  const [summary] = await projectSummaries(db, [row]);
  const lines = await q.budgetLinesOf(db, row.id);
  const files = await q.filesOf(db, row.id);
  const events = await q.eventsOf(db, row.id);
  const pairing = row.pairing_id === null ? undefined : await q.pairingTitle(db, row.pairing_id);
  const claim = row.claim_id === null ? undefined : await q.claimWithNeed(db, row.claim_id);
  const side = sideFor(
    actor,
    row.organization_id,
    summary!.places.map((p) => p.code),
  );
  const official = isOfficial(actor);
  const actions = Object.fromEntries(STEPS.map((step) => [step, stepAllowed(step, row.status, side, official)])) as ProjectDetail['actions'];
  return {
    ...summary!,
    summary: row.summary,
    targetPersons: row.target_persons,
    targetHouseholds: row.target_households,
    keyPopulationCodes: row.key_population_codes,
    budgetLines: lines.map((l) => ({ source: l.source, amountFen: l.amount_fen })),
    responsible: responsibleOf(row.responsible),
    naming: row.naming,
    pairing: pairing ? { id: pairing.id, title: pairing.title } : null,
    claim: claim ? { id: claim.id, needId: claim.need_id, needTitle: claim.title } : null,
    signedWith: row.signed_with,
    completedOn: row.completed_on,
    statusReason: row.status_reason,
    files: files.map((f) => ({
      id: f.id,
      kind: f.kind,
      name: f.original_name,
      mime: f.mime,
      sizeBytes: f.size_bytes,
      url: projectFileUrl(row.id, f.id),
      createdAt: iso(f.created_at),
    })),
    events: events.map((e) => ({
      id: e.id,
      action: e.action,
      fromStatus: e.from_status,
      toStatus: e.to_status,
      note: e.note,
      actorName: e.display_name,
      createdAt: iso(e.created_at),
    })),
    actions,
    createdAt: iso(row.created_at),
  };
}

/** The project `id` as `actor` sees it; 404 when they may not see it. */
export async function projectDetail(db: Executor, actor: Actor, id: number): Promise<ProjectDetail> {
  const row = await q.visibleProject(db, actor, id);
  if (!row) throw projectNotFound();
  return detailOf(db, actor, row);
}
