// Queries on pairings, their places, members and events, and the reference rows their rules read (programs, regions,
// key fields, organizations, fairs). Every function takes `db` or a transaction first.
import { sql, type Insertable, type Kysely, type Transaction, type Updateable } from 'kysely';
import type { PairingEventAction, PairingStatus } from '../../../common/projects.ts';
import type { DB, PairingsTable } from '../../db/types.ts';
import type { Actor } from '../../platform/access.ts';
import { pairingVisibleWhere } from './side.ts';

type Executor = Kysely<DB> | Transaction<DB>;

// ---- what the rules read ----

export function findProgram(db: Executor, id: number) {
  return db
    .selectFrom('programs')
    .select(['id', 'name', 'region_code', 'start_year', 'end_year', 'status', 'restrict_places'])
    .where('id', '=', id)
    .executeTakeFirst();
}
export type ProgramRow = NonNullable<Awaited<ReturnType<typeof findProgram>>>;

export function regionsByCode(db: Executor, codes: readonly string[]) {
  if (codes.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('regions')
    .select(['code', 'display_name'])
    .where('code', 'in', [...codes])
    .execute();
}

/** The key fields among `codes` that exist and are not retired. */
export async function activeFieldCodes(db: Executor, codes: readonly string[]): Promise<Set<string>> {
  if (codes.length === 0) return new Set();
  const rows = await db
    .selectFrom('key_fields')
    .select('code')
    .where('code', 'in', [...codes])
    .where('retired_at', 'is', null)
    .execute();
  return new Set(rows.map((r) => r.code));
}

export function organizationsByIds(db: Executor, ids: readonly number[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('organizations')
    .select(['id', 'name', 'status', 'registration_region_code'])
    .where('id', 'in', [...ids])
    .execute();
}

export function findOrganization(db: Executor, id: number) {
  return db
    .selectFrom('organizations')
    .select(['id', 'name', 'status', 'registration_region_code'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Held until the transaction ends: one organization's pairings are written one at a time (see conflictingPairing). */
export async function lockOrganization(trx: Transaction<DB>, id: number): Promise<void> {
  await trx.selectFrom('organizations').select('id').where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function serviceRegionsOf(db: Executor, organizationId: number): Promise<string[]> {
  const rows = await db
    .selectFrom('organization_service_regions')
    .select('region_code')
    .where('organization_id', '=', organizationId)
    .execute();
  return rows.map((r) => r.region_code);
}

/** The fair with this organization's sign-up status (null when it never signed up) and the fair's regions. */
export async function fairFor(db: Executor, fairId: number, organizationId: number) {
  const fair = await db
    .selectFrom('fairs as f')
    .leftJoin('fair_signups as s', (join) =>
      join.onRef('s.fair_id', '=', 'f.id').on('s.organization_id', '=', organizationId),
    )
    .select(['f.id', 'f.name', 'f.status', 's.status as signup_status'])
    .where('f.id', '=', fairId)
    .executeTakeFirst();
  if (!fair) return undefined;
  const regions = await db.selectFrom('fair_regions').select('region_code').where('fair_id', '=', fairId).execute();
  return { ...fair, regions: regions.map((r) => r.region_code) };
}

/**
 * A pending or confirmed pairing of the same lead under the same program with one of these places (the first found),
 * other than `exceptId`.
 */
export function conflictingPairing(
  db: Executor,
  where: { organizationId: number; programId: number; places: readonly string[]; exceptId?: number | undefined },
) {
  return db
    .selectFrom('pairings as p')
    .innerJoin('pairing_places as pp', 'pp.pairing_id', 'p.id')
    .select(['p.id', 'p.title', 'p.status', 'pp.region_code'])
    .where('p.organization_id', '=', where.organizationId)
    .where('p.program_id', '=', where.programId)
    .where('p.status', 'in', ['pending', 'confirmed'])
    .where('pp.region_code', 'in', [...where.places])
    .$if(where.exceptId !== undefined, (q) => q.where('p.id', '<>', where.exceptId!))
    .orderBy('p.id')
    .limit(1)
    .executeTakeFirst();
}

// ---- pairings ----

export function insertPairing(trx: Transaction<DB>, values: Insertable<PairingsTable>) {
  return trx.insertInto('pairings').values(values).returningAll().executeTakeFirstOrThrow();
}

export function updatePairing(trx: Transaction<DB>, id: number, set: Updateable<PairingsTable>) {
  return trx
    .updateTable('pairings')
    .set({ ...set, updated_at: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function replacePlaces(trx: Transaction<DB>, pairingId: number, places: readonly string[]): Promise<void> {
  await trx.deleteFrom('pairing_places').where('pairing_id', '=', pairingId).execute();
  await trx
    .insertInto('pairing_places')
    .values(places.map((region_code) => ({ pairing_id: pairingId, region_code })))
    .execute();
}

export async function replaceMembers(
  trx: Transaction<DB>,
  pairingId: number,
  organizationIds: readonly number[],
): Promise<void> {
  await trx.deleteFrom('pairing_members').where('pairing_id', '=', pairingId).execute();
  if (organizationIds.length === 0) return;
  await trx
    .insertInto('pairing_members')
    .values(organizationIds.map((organization_id) => ({ pairing_id: pairingId, organization_id })))
    .execute();
}

export async function addEvent(
  trx: Transaction<DB>,
  pairingId: number,
  action: PairingEventAction,
  note: string | null,
  actorAccountId: number | null,
): Promise<void> {
  await trx
    .insertInto('pairing_events')
    .values({ pairing_id: pairingId, action, note, actor_account_id: actorAccountId })
    .execute();
}

/** With `lock`, the row is held until the transaction ends, so two changes of it cannot both pass the state check. */
export function findPairing(db: Executor, id: number, lock = false) {
  return db
    .selectFrom('pairings')
    .selectAll()
    .where('id', '=', id)
    .$if(lock, (qb) => qb.forUpdate())
    .executeTakeFirst();
}
export type PairingRow = NonNullable<Awaited<ReturnType<typeof findPairing>>>;

/** Places by pairing, each list in code order. */
export async function placesOf(db: Executor, pairingIds: readonly number[]): Promise<Map<number, string[]>> {
  const out = new Map<number, string[]>(pairingIds.map((id) => [id, []]));
  if (pairingIds.length === 0) return out;
  const rows = await db
    .selectFrom('pairing_places')
    .select(['pairing_id', 'region_code'])
    .where('pairing_id', 'in', [...pairingIds])
    .orderBy('pairing_id')
    .orderBy('region_code')
    .execute();
  for (const r of rows) out.get(r.pairing_id)?.push(r.region_code);
  return out;
}

/** Member organizations by pairing, each list by organization id. */
export async function membersOf(
  db: Executor,
  pairingIds: readonly number[],
): Promise<Map<number, { id: number; name: string }[]>> {
  const out = new Map<number, { id: number; name: string }[]>(pairingIds.map((id) => [id, []]));
  if (pairingIds.length === 0) return out;
  const rows = await db
    .selectFrom('pairing_members as m')
    .innerJoin('organizations as o', 'o.id', 'm.organization_id')
    .select(['m.pairing_id', 'o.id', 'o.name'])
    .where('m.pairing_id', 'in', [...pairingIds])
    .orderBy('m.pairing_id')
    .orderBy('o.id')
    .execute();
  for (const r of rows) out.get(r.pairing_id)?.push({ id: r.id, name: r.name });
  return out;
}

export function eventsOf(db: Executor, pairingId: number) {
  return db
    .selectFrom('pairing_events as e')
    .leftJoin('accounts as a', 'a.id', 'e.actor_account_id')
    .select(['e.id', 'e.action', 'e.note', 'e.created_at', 'a.display_name'])
    .where('e.pairing_id', '=', pairingId)
    .orderBy('e.id')
    .execute();
}

export function projectsOf(db: Executor, pairingId: number) {
  return db
    .selectFrom('projects')
    .select(['id', 'name', 'status'])
    .where('pairing_id', '=', pairingId)
    .orderBy('id')
    .execute();
}

export function fileRow(db: Executor, fileId: number) {
  return db
    .selectFrom('files')
    .select(['id', 'sha256', 'mime', 'size_bytes', 'original_name'])
    .where('id', '=', fileId)
    .executeTakeFirst();
}

// ---- the list ----

export interface ListFilter {
  programId?: number | undefined;
  status?: PairingStatus | undefined;
  region?: string | undefined;
  organizationId?: number | undefined;
  fairId?: number | undefined;
  counterpartOnly?: boolean | undefined;
}

/** The columns every summary shows: the pairing and the names of its program, lead and fair. */
function withNames(db: Executor) {
  return db
    .selectFrom('pairings as p')
    .innerJoin('programs as pr', 'pr.id', 'p.program_id')
    .innerJoin('organizations as o', 'o.id', 'p.organization_id')
    .leftJoin('fairs as f', 'f.id', 'p.fair_id')
    .selectAll('p')
    .select([
      'pr.name as program_name',
      'o.name as organization_name',
      'o.registration_region_code',
      'f.name as fair_name',
    ]);
}

export function namedPairing(db: Executor, id: number) {
  return withNames(db).where('p.id', '=', id).executeTakeFirst();
}
export type NamedPairingRow = NonNullable<Awaited<ReturnType<typeof namedPairing>>>;

/**
 * A page of the pairings the caller may see, newest first, `limit + 1` rows to tell whether a next page exists. The
 * caller's visibility and the region filter are subqueries on pairing_places (its region index), never in memory.
 */
export function listPairings(
  db: Executor,
  actor: Actor,
  filter: ListFilter,
  beforeId: number | undefined,
  limit: number,
) {
  return withNames(db)
    .where((eb) => pairingVisibleWhere(eb, actor))
    .$if(filter.programId !== undefined, (q) => q.where('p.program_id', '=', filter.programId!))
    .$if(filter.status !== undefined, (q) => q.where('p.status', '=', filter.status!))
    .$if(filter.fairId !== undefined, (q) => q.where('p.fair_id', '=', filter.fairId!))
    .$if(filter.counterpartOnly === true, (q) => q.where('p.is_counterpart', '=', true))
    .$if(filter.region !== undefined, (q) =>
      q.where((eb) =>
        eb.exists(
          eb
            .selectFrom('pairing_places as rp')
            .select(sql<number>`1`.as('one'))
            .whereRef('rp.pairing_id', '=', 'p.id')
            .where('rp.region_code', 'like', `${filter.region}%`),
        ),
      ),
    )
    .$if(filter.organizationId !== undefined, (q) =>
      q.where((eb) =>
        eb.or([
          eb('p.organization_id', '=', filter.organizationId!),
          eb.exists(
            eb
              .selectFrom('pairing_members as om')
              .select(sql<number>`1`.as('one'))
              .whereRef('om.pairing_id', '=', 'p.id')
              .where('om.organization_id', '=', filter.organizationId!),
          ),
        ]),
      ),
    )
    .$if(beforeId !== undefined, (q) => q.where('p.id', '<', beforeId!))
    .orderBy('p.id', 'desc')
    .limit(limit + 1)
    .execute();
}
