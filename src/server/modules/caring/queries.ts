// Queries on caring individuals' profiles and the key fields they are interested in.
import type { Insertable, Kysely, Transaction, Updateable } from 'kysely';
import type { CaringIndividualsTable, DB } from '../../db/types.ts';

type Executor = Kysely<DB> | Transaction<DB>;

/** The profile with its account's username; `lock` holds the row until the transaction ends. */
export function findProfile(db: Executor, accountId: number, lock = false) {
  return db
    .selectFrom('caring_individuals as c')
    .innerJoin('accounts as a', 'a.id', 'c.account_id')
    .selectAll('c')
    .select(['a.username', 'a.display_name'])
    .where('c.account_id', '=', accountId)
    .$if(lock, (q) => q.forUpdate('c'))
    .executeTakeFirst();
}

/** Whose profile holds this mobile (the caller's own excepted when `except` is given). */
export async function mobileHolder(db: Executor, mobile: string, except?: number): Promise<number | undefined> {
  const row = await db
    .selectFrom('caring_individuals')
    .select('account_id')
    .where('mobile', '=', mobile)
    .$if(except !== undefined, (q) => q.where('account_id', '<>', except!))
    .executeTakeFirst();
  return row?.account_id;
}

export function usernameTaken(db: Executor, usernameKey: string) {
  return db.selectFrom('accounts').select('id').where('username_key', '=', usernameKey).executeTakeFirst();
}

export function findRegionCode(db: Executor, code: string) {
  return db.selectFrom('regions').select('code').where('code', '=', code).executeTakeFirst();
}

/** The key fields among `codes`, with their names and whether they are retired. */
export function keyFields(db: Executor, codes: string[]) {
  if (codes.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('key_fields')
    .select(['code', 'name_zh', 'name_en', 'retired_at', 'sort_order'])
    .where('code', 'in', codes)
    .orderBy('sort_order')
    .orderBy('code')
    .execute();
}

export async function fieldCodesOf(db: Executor, accountId: number): Promise<string[]> {
  const rows = await db
    .selectFrom('caring_individual_fields')
    .select('key_field_code')
    .where('account_id', '=', accountId)
    .orderBy('key_field_code')
    .execute();
  return rows.map((r) => r.key_field_code);
}

/** Inserts unless the mobile is registered already; returns undefined then (no race between check and insert). */
export function insertProfile(db: Executor, values: Insertable<CaringIndividualsTable>) {
  return db
    .insertInto('caring_individuals')
    .values(values)
    .onConflict((oc) => oc.column('mobile').doNothing())
    .returningAll()
    .executeTakeFirst();
}

export function updateProfile(db: Executor, accountId: number, set: Updateable<CaringIndividualsTable>) {
  return db
    .updateTable('caring_individuals')
    .set({ ...set, updated_at: new Date() })
    .where('account_id', '=', accountId)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function replaceFields(db: Executor, accountId: number, codes: string[]): Promise<void> {
  await db.deleteFrom('caring_individual_fields').where('account_id', '=', accountId).execute();
  if (codes.length === 0) return;
  await db
    .insertInto('caring_individual_fields')
    .values(codes.map((code) => ({ account_id: accountId, key_field_code: code })))
    .execute();
}

export function setDisplayName(db: Executor, accountId: number, displayName: string) {
  return db
    .updateTable('accounts')
    .set({ display_name: displayName, updated_at: new Date() })
    .where('id', '=', accountId)
    .execute();
}
