// Queries on projects and the rows around them (places, budget lines, files, events) and the references a project
// names (programs, pairings, claims, fairs). Visibility goes into the WHERE clause (side.ts); the life-cycle steps
// read and lock projects through `lockedProject` and `projectById`.
import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import type { FundingSource, ProjectEventAction, ProjectStatus } from '../../../common/projects.ts';
import type { DB, ProjectsTable } from '../../db/types.ts';
import type { Actor } from '../../platform/access.ts';
import { likeContains } from '../../platform/sql.ts';
import type { ListProjectsQuery } from './schemas.ts';
import { projectVisibleWhere } from './side.ts';

export type Executor = Kysely<DB> | Transaction<DB>;
export type ProjectRow = Selectable<ProjectsTable>;

export function projectById(db: Executor, id: number) {
  return db.selectFrom('projects').selectAll().where('id', '=', id).executeTakeFirst();
}

/** A project the actor may see (its organization's people; officials and liaisons with a place in scope). */
export function visibleProject(db: Executor, actor: Actor, id: number) {
  return db
    .selectFrom('projects')
    .selectAll()
    .where('id', '=', id)
    .where((eb) => projectVisibleWhere(eb, actor))
    .executeTakeFirst();
}

/** A visible project, locked for a change: concurrent steps on one project then run one after the other. */
export function lockedProject(db: Executor, actor: Actor, id: number) {
  return db
    .selectFrom('projects')
    .selectAll()
    .where('id', '=', id)
    .where((eb) => projectVisibleWhere(eb, actor))
    .forUpdate()
    .executeTakeFirst();
}

/** The projects the actor may see, newest first, filtered; one page plus one row (keyset on id). */
export function listProjects(db: Executor, actor: Actor, f: ListProjectsQuery, afterId: number | undefined, limit: number) {
  const q = f.q?.trim() ?? '';
  return db
    .selectFrom('projects')
    .selectAll()
    .where((eb) => projectVisibleWhere(eb, actor))
    .$if(q.length > 0, (qb) => qb.where('name', 'like', likeContains(q)))
    .$if(f.status !== undefined, (qb) => qb.where('status', '=', f.status!))
    .$if(f.organizationId !== undefined, (qb) => qb.where('organization_id', '=', f.organizationId!))
    .$if(f.programId !== undefined, (qb) => qb.where('program_id', '=', f.programId!))
    .$if(f.pairingId !== undefined, (qb) => qb.where('pairing_id', '=', f.pairingId!))
    .$if(f.fairId !== undefined, (qb) => qb.where('fair_id', '=', f.fairId!))
    .$if(f.year !== undefined, (qb) =>
      qb.where('planned_start', '>=', `${f.year}-01-01`).where('planned_start', '<', `${f.year! + 1}-01-01`),
    )
    .$if(f.region !== undefined, (qb) =>
      qb.where((eb) =>
        eb.exists(
          eb
            .selectFrom('project_places as rp')
            .select(sql<number>`1`.as('one'))
            .whereRef('rp.project_id', '=', 'projects.id')
            .where('rp.region_code', 'like', `${f.region}%`),
        ),
      ),
    )
    .$if(afterId !== undefined, (qb) => qb.where('id', '<', afterId!))
    .orderBy('id', 'desc')
    .limit(limit + 1)
    .execute();
}

/** The places of several projects, each project's in code order. */
export async function placesOfProjects(db: Executor, ids: readonly number[]): Promise<Map<number, string[]>> {
  const out = new Map<number, string[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return out;
  const rows = await db
    .selectFrom('project_places')
    .select(['project_id', 'region_code'])
    .where('project_id', 'in', [...ids])
    .orderBy('project_id')
    .orderBy('region_code')
    .execute();
  for (const r of rows) out.get(r.project_id)?.push(r.region_code);
  return out;
}

export function budgetLinesOf(db: Executor, projectId: number) {
  return db
    .selectFrom('project_budget_lines')
    .select(['source', 'amount_fen'])
    .where('project_id', '=', projectId)
    .orderBy('source')
    .execute();
}

/** The project's files in the order they were added. */
export function filesOf(db: Executor, projectId: number) {
  return db
    .selectFrom('project_files as pf')
    .innerJoin('files as f', 'f.id', 'pf.file_id')
    .select(['f.id', 'pf.kind', 'f.original_name', 'f.mime', 'f.size_bytes', 'pf.created_at'])
    .where('pf.project_id', '=', projectId)
    .orderBy('pf.created_at')
    .orderBy('f.id')
    .execute();
}

export function projectFile(db: Executor, projectId: number, fileId: number) {
  return db
    .selectFrom('project_files as pf')
    .innerJoin('files as f', 'f.id', 'pf.file_id')
    .select(['f.id', 'pf.kind', 'f.original_name', 'f.mime', 'f.size_bytes', 'f.sha256'])
    .where('pf.project_id', '=', projectId)
    .where('pf.file_id', '=', fileId)
    .executeTakeFirst();
}

/** Whether the project already holds these bytes (uploaded by anyone of the organization, under any name). */
export async function holdsContent(db: Executor, projectId: number, sha256: string): Promise<boolean> {
  const row = await db
    .selectFrom('project_files as pf')
    .innerJoin('files as f', 'f.id', 'pf.file_id')
    .select('f.id')
    .where('pf.project_id', '=', projectId)
    .where('f.sha256', '=', sha256)
    .executeTakeFirst();
  return row !== undefined;
}

export async function fileCount(db: Executor, projectId: number): Promise<number> {
  const row = await db
    .selectFrom('project_files')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('project_id', '=', projectId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The project's history, oldest first, with the display name of who did each step (none for the system). */
export function eventsOf(db: Executor, projectId: number) {
  return db
    .selectFrom('project_events as e')
    .leftJoin('accounts as a', 'a.id', 'e.actor_account_id')
    .select(['e.id', 'e.action', 'e.from_status', 'e.to_status', 'e.note', 'e.created_at', 'a.display_name'])
    .where('e.project_id', '=', projectId)
    .orderBy('e.id')
    .execute();
}

export function organizationsByIds(db: Executor, ids: readonly number[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('organizations')
    .select(['id', 'name', 'status', 'registration_region_code'])
    .where('id', 'in', [...ids])
    .execute();
}

export function programsByIds(db: Executor, ids: readonly number[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('programs').select(['id', 'name']).where('id', 'in', [...ids]).execute();
}

export function fairsByIds(db: Executor, ids: readonly number[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('fairs').select(['id', 'name']).where('id', 'in', [...ids]).execute();
}

export function pairingTitle(db: Executor, id: number) {
  return db.selectFrom('pairings').select(['id', 'title']).where('id', '=', id).executeTakeFirst();
}

/** The claim a project came from, with its need's id and title. */
export function claimWithNeed(db: Executor, claimId: number) {
  return db
    .selectFrom('claims as c')
    .innerJoin('needs as n', 'n.id', 'c.need_id')
    .select(['c.id', 'c.need_id', 'n.title'])
    .where('c.id', '=', claimId)
    .executeTakeFirst();
}

export function organizationOf(db: Executor, id: number) {
  return db.selectFrom('organizations').select(['id', 'name', 'status', 'registration_region_code']).where('id', '=', id).executeTakeFirst();
}

// ---- references a project names (validation) ----

/** Which of `codes` are regions, with their short display names. */
export async function regionNames(db: Executor, codes: readonly string[]): Promise<Map<string, string>> {
  if (codes.length === 0) return new Map();
  const rows = await db.selectFrom('regions').select(['code', 'display_name']).where('code', 'in', [...codes]).execute();
  return new Map(rows.map((r) => [r.code, r.display_name]));
}

/** Active (not retired) codes of a reference table among `codes`. */
export async function activeCodes(db: Executor, table: 'key_fields' | 'key_populations', codes: readonly string[]): Promise<Set<string>> {
  if (codes.length === 0) return new Set();
  const rows = await db.selectFrom(table).select('code').where('code', 'in', [...codes]).where('retired_at', 'is', null).execute();
  return new Set(rows.map((r) => r.code));
}

export function programById(db: Executor, id: number) {
  return db
    .selectFrom('programs')
    .select(['id', 'name', 'region_code', 'status', 'restrict_places'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** A pairing with its places and whether the organization leads it or is a member. */
export async function pairingFor(db: Executor, id: number, organizationId: number) {
  const row = await db
    .selectFrom('pairings')
    .select(['id', 'program_id', 'status', 'organization_id'])
    .select((eb) =>
      eb
        .exists(
          eb
            .selectFrom('pairing_members as m')
            .select(sql<number>`1`.as('one'))
            .whereRef('m.pairing_id', '=', 'pairings.id')
            .where('m.organization_id', '=', organizationId),
        )
        .as('is_member'),
    )
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  const places = await db.selectFrom('pairing_places').select('region_code').where('pairing_id', '=', id).execute();
  return { ...row, takesPart: row.organization_id === organizationId || row.is_member, places: places.map((p) => p.region_code) };
}

/**
 * Where the organization may place a project under a program that restricts places: its service regions and the
 * places of its confirmed pairings (led or joined) that have not ended by `today`.
 */
export async function allowedRoots(db: Executor, organizationId: number, today: string): Promise<string[]> {
  const served = await db
    .selectFrom('organization_service_regions')
    .select('region_code')
    .where('organization_id', '=', organizationId)
    .execute();
  const paired = await db
    .selectFrom('pairing_places as pp')
    .innerJoin('pairings as p', 'p.id', 'pp.pairing_id')
    .select('pp.region_code')
    .where('p.status', '=', 'confirmed')
    .where('p.end_date', '>=', today)
    .where((eb) =>
      eb.or([
        eb('p.organization_id', '=', organizationId),
        eb.exists(
          eb
            .selectFrom('pairing_members as m')
            .select(sql<number>`1`.as('one'))
            .whereRef('m.pairing_id', '=', 'p.id')
            .where('m.organization_id', '=', organizationId),
        ),
      ]),
    )
    .execute();
  return [...new Set([...served, ...paired].map((r) => r.region_code))];
}

export function claimOf(db: Executor, id: number) {
  return db.selectFrom('claims').select(['id', 'organization_id', 'status']).where('id', '=', id).executeTakeFirst();
}

/** The fair, and whether the organization is signed up for it (not withdrawn). */
export function fairSignup(db: Executor, fairId: number, organizationId: number) {
  return db
    .selectFrom('fairs as f')
    .leftJoin('fair_signups as s', (join) =>
      join.onRef('s.fair_id', '=', 'f.id').on('s.organization_id', '=', organizationId).on('s.status', '=', 'signed_up'),
    )
    .select(['f.id', 'f.status', 's.organization_id as signed_up_as'])
    .where('f.id', '=', fairId)
    .executeTakeFirst();
}

// ---- writes ----

/** The project's places become exactly `places` (an edit may drop some and add others). */
export async function replacePlaces(db: Executor, projectId: number, places: readonly string[]): Promise<void> {
  await db.deleteFrom('project_places').where('project_id', '=', projectId).execute();
  if (places.length === 0) return;
  await db
    .insertInto('project_places')
    .values(places.map((region_code) => ({ project_id: projectId, region_code })))
    .execute();
}

export async function replaceBudgetLines(db: Executor, projectId: number, lines: readonly { source: FundingSource; amountFen: number }[]): Promise<void> {
  await db.deleteFrom('project_budget_lines').where('project_id', '=', projectId).execute();
  if (lines.length === 0) return;
  await db
    .insertInto('project_budget_lines')
    .values(lines.map((l) => ({ project_id: projectId, source: l.source, amount_fen: l.amountFen })))
    .execute();
}

export interface NewProjectEvent {
  projectId: number;
  action: ProjectEventAction;
  fromStatus?: ProjectStatus | null;
  toStatus?: ProjectStatus | null;
  note?: string | null;
  actorAccountId: number | null;
}

/** One line of the project's history, written in the transaction of the change it records. */
export async function insertEvent(db: Executor, e: NewProjectEvent): Promise<void> {
  await db
    .insertInto('project_events')
    .values({
      project_id: e.projectId,
      action: e.action,
      from_status: e.fromStatus ?? null,
      to_status: e.toStatus ?? null,
      note: e.note ?? null,
      actor_account_id: e.actorAccountId,
    })
    .execute();
}
