// Queries on fairs, their regions and sign-ups. Visibility goes into the WHERE clause (scope.ts); the rows a change
// decides on are locked first.
import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import { PLACEHOLDER_REGION_NAMES } from '../../../common/glossary.ts';
import type { FairKind, FairStatus } from '../../../common/projects.ts';
import type { DB, FairsTable } from '../../db/types.ts';
import type { Actor } from '../../platform/access.ts';
import { fairVisibleWhere, signedUpWhere, type FairEb } from './scope.ts';

export type Executor = Kysely<DB> | Transaction<DB>;
export type FairRow = Selectable<FairsTable>;

/** Sign-ups that count (withdrawn ones do not). */
function signupCount(eb: FairEb) {
  return eb
    .selectFrom('fair_signups as s')
    .select((e) => e.fn.countAll<number>().as('n'))
    .whereRef('s.fair_id', '=', 'f.id')
    .where('s.status', '=', 'signed_up');
}

function withCounts(db: Executor, actor: Actor) {
  const organizationId = actor.organizationId;
  return db
    .selectFrom('fairs as f')
    .selectAll('f')
    .select((eb) => [
      signupCount(eb).as('signup_count'),
      (organizationId === null ? sql<boolean>`false` : sql<boolean>`${signedUpWhere(eb, organizationId)}`).as('signed_up'),
    ]);
}

export type FairListRow = Awaited<ReturnType<ReturnType<typeof withCounts>['execute']>>[number];

/** A fair the caller may see, with its sign-up count and whether the caller's organization signed up. */
export function visibleFair(db: Executor, actor: Actor, id: number) {
  return withCounts(db, actor)
    .where('f.id', '=', id)
    .where((eb) => fairVisibleWhere(eb, actor))
    .executeTakeFirst();
}

export interface FairFilters {
  year?: number | undefined;
  status?: FairStatus | undefined;
  kind?: FairKind | undefined;
  mine?: boolean | undefined;
}

/** A page (plus one row) of the fairs the caller sees, latest start first. */
export function listFairs(
  db: Executor,
  actor: Actor,
  f: FairFilters,
  after: { startDate: string; id: number } | undefined,
  limit: number,
) {
  const organizationId = actor.organizationId;
  return withCounts(db, actor)
    .where((eb) => fairVisibleWhere(eb, actor))
    .$if(f.year !== undefined, (q) => q.where('f.year', '=', f.year!))
    .$if(f.status !== undefined, (q) => q.where('f.status', '=', f.status!))
    .$if(f.kind !== undefined, (q) => q.where('f.kind', '=', f.kind!))
    .$if(f.mine === true && organizationId !== null, (q) => q.where((eb) => signedUpWhere(eb, organizationId!)))
    .$if(after !== undefined, (q) =>
      q.where((eb) => eb(eb.refTuple('f.start_date', 'f.id'), '<', eb.tuple(after!.startDate, after!.id))),
    )
    .orderBy('f.start_date', 'desc')
    .orderBy('f.id', 'desc')
    .limit(limit + 1)
    .execute();
}

/** The fair, held until the transaction ends so that a sign-up and a cancellation cannot cross. */
export function lockFair(trx: Transaction<DB>, id: number) {
  return trx.selectFrom('fairs').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export function fairById(db: Executor, id: number) {
  return db.selectFrom('fairs').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

/** The regions of some fairs, in code order. */
export async function regionsOf(db: Executor, fairIds: number[]): Promise<Map<number, string[]>> {
  const out = new Map<number, string[]>();
  if (fairIds.length === 0) return out;
  const rows = await db
    .selectFrom('fair_regions')
    .select(['fair_id', 'region_code'])
    .where('fair_id', 'in', fairIds)
    .orderBy('fair_id')
    .orderBy('region_code')
    .execute();
  for (const r of rows) out.set(r.fair_id, [...(out.get(r.fair_id) ?? []), r.region_code]);
  return out;
}

export async function replaceRegions(trx: Transaction<DB>, fairId: number, regions: readonly string[]): Promise<void> {
  await trx.deleteFrom('fair_regions').where('fair_id', '=', fairId).execute();
  await trx
    .insertInto('fair_regions')
    .values(regions.map((region_code) => ({ fair_id: fairId, region_code })))
    .execute();
}

export function programOf(db: Executor, id: number) {
  return db.selectFrom('programs').select(['id', 'name', 'status']).where('id', '=', id).executeTakeFirst();
}

export async function existingRegions(db: Executor, codes: readonly string[]): Promise<Set<string>> {
  if (codes.length === 0) return new Set();
  const rows = await db.selectFrom('regions').select('code').where('code', 'in', [...codes]).execute();
  return new Set(rows.map((r) => r.code));
}

/** Which of the codes are regions a department can stand for (not a municipality's placeholder level). */
export async function realRegions(db: Executor, codes: readonly string[]): Promise<Set<string>> {
  if (codes.length === 0) return new Set();
  const rows = await db
    .selectFrom('regions')
    .select('code')
    .where('code', 'in', [...codes])
    .where('display_name', 'not in', [...PLACEHOLDER_REGION_NAMES])
    .execute();
  return new Set(rows.map((r) => r.code));
}

export function signupOf(db: Executor, fairId: number, organizationId: number) {
  return db
    .selectFrom('fair_signups')
    .selectAll()
    .where('fair_id', '=', fairId)
    .where('organization_id', '=', organizationId)
    .executeTakeFirst();
}

/** The organizations signed up to a fair (not withdrawn). */
export async function signedUpOrganizations(db: Executor, fairId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('fair_signups')
    .select('organization_id')
    .where('fair_id', '=', fairId)
    .where('status', '=', 'signed_up')
    .execute();
  return rows.map((r) => r.organization_id);
}

export function organizationOf(db: Executor, id: number) {
  return db.selectFrom('organizations').select(['id', 'name', 'status']).where('id', '=', id).executeTakeFirst();
}

/**
 * A page (plus one row) of a fair's sign-ups by organization id (the primary key's order). Counterpart: the
 * organization is registered in another province than the organizer's (east-west cooperation).
 */
export function listSignups(db: Executor, fair: Pick<FairRow, 'id' | 'region_code'>, afterOrganizationId: number | undefined, limit: number) {
  const province = fair.region_code.slice(0, 2);
  return db
    .selectFrom('fair_signups as s')
    .innerJoin('organizations as o', 'o.id', 's.organization_id')
    .select([
      's.organization_id',
      's.note',
      's.created_at',
      'o.name',
      'o.form',
      sql<boolean>`coalesce(substr(o.registration_region_code, 1, 2) <> ${province}, false)`.as('is_counterpart'),
    ])
    .where('s.fair_id', '=', fair.id)
    .where('s.status', '=', 'signed_up')
    .$if(afterOrganizationId !== undefined, (q) => q.where('s.organization_id', '>', afterOrganizationId!))
    .orderBy('s.organization_id')
    .limit(limit + 1)
    .execute();
}
