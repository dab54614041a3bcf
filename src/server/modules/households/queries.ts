// Queries on households. Region scope is a WHERE condition on households.region_code (a "C"-collated code, so the
// prefix LIKE walks households_region_idx).
import { sql, type Insertable, type Kysely, type Transaction, type Updateable } from 'kysely';
import type { DB, HouseholdsTable } from '../../db/types.ts';
import { regionScopeWhere, type Actor } from '../../platform/access.ts';
import { textArray } from '../organizations/names.ts';
import type { HouseholdCategory, HouseholdSituation } from './schemas.ts';

type Executor = Kysely<DB> | Transaction<DB>;

export interface ListFilters {
  region?: string | undefined;
  category?: HouseholdCategory | undefined;
  situation?: HouseholdSituation | undefined;
  status: 'active' | 'archived';
}

/** One page (and one row more, to tell whether another follows) of the households in the actor's scope, newest first. */
export function listHouseholds(db: Executor, actor: Actor, filters: ListFilters, afterId: number | undefined, limit: number) {
  return db
    .selectFrom('households')
    .select(['id', 'region_code', 'head_name', 'id_number_encrypted', 'members_count', 'category', 'situations', 'status', 'created_at'])
    .where(regionScopeWhere('households.region_code', actor))
    .$if(filters.region !== undefined, (q) => q.where('region_code', 'like', `${filters.region}%`))
    .$if(filters.category !== undefined, (q) => q.where('category', '=', filters.category!))
    .$if(filters.situation !== undefined, (q) => q.where(sql<boolean>`${sql.ref('situations')} @> ${textArray([filters.situation!])}`))
    .where('status', '=', filters.status)
    .$if(afterId !== undefined, (q) => q.where('id', '<', afterId!))
    .orderBy('id', 'desc')
    .limit(limit + 1)
    .execute();
}

/** A household in the actor's scope; `lock` holds it until the transaction ends. */
export function householdInScope(db: Executor, actor: Actor, id: number, lock = false) {
  return db
    .selectFrom('households')
    .selectAll()
    .where('id', '=', id)
    .where(regionScopeWhere('households.region_code', actor))
    .$if(lock, (q) => q.forUpdate())
    .executeTakeFirst();
}

/** Needs of the household that still count: every one but the withdrawn. */
export async function needsCount(db: Executor, householdId: number): Promise<number> {
  const row = await db
    .selectFrom('needs')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('household_id', '=', householdId)
    .where('status', '<>', 'withdrawn')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export function regionExists(db: Executor, code: string) {
  return db.selectFrom('regions').select('code').where('code', '=', code).executeTakeFirst();
}

/** Whether another household holds this ID number (by its keyed hash). */
export async function hashTaken(db: Executor, hash: string, exceptId?: number): Promise<boolean> {
  const row = await db
    .selectFrom('households')
    .select('id')
    .where('id_number_hash', '=', hash)
    .$if(exceptId !== undefined, (q) => q.where('id', '<>', exceptId!))
    .executeTakeFirst();
  return row !== undefined;
}

/** Inserts unless the ID number is registered already; undefined then (a concurrent registration lost the race). */
export function insertHousehold(db: Executor, values: Insertable<HouseholdsTable>) {
  return db
    .insertInto('households')
    .values({ ...values, situations: situationsArray(values.situations ?? []) })
    .onConflict((oc) => oc.column('id_number_hash').doNothing())
    .returningAll()
    .executeTakeFirst();
}

export function updateHousehold(db: Executor, id: number, set: Updateable<HouseholdsTable>) {
  const { situations, ...rest } = set;
  return db
    .updateTable('households')
    .set({ ...rest, ...(situations !== undefined ? { situations: situationsArray(situations) } : {}), updated_at: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

// As needs/store.ts writes its arrays: a text[] built from parameters, typed even when empty, on both drivers.
function situationsArray(values: readonly string[]): string[] {
  return textArray(values) as unknown as string[];
}
