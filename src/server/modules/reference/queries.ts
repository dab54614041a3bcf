// Queries on the two reference tables. They have one shape (ReferenceTable), so each query takes the table's name.
import type { Insertable, Kysely, Transaction, Updateable } from 'kysely';
import type { DB, ReferenceTable } from '../../db/types.ts';

type Executor = Kysely<DB> | Transaction<DB>;
export type ReferenceTableName = 'key_fields' | 'key_populations';

export function listReference(db: Executor, table: ReferenceTableName, includeRetired: boolean) {
  return db
    .selectFrom(table)
    .selectAll()
    .$if(!includeRetired, (q) => q.where('retired_at', 'is', null))
    .orderBy('sort_order')
    .orderBy('code')
    .execute();
}

/** One row by code; `lock` takes a row lock so two admins' edits of the same row are applied one after the other. */
export function findReference(db: Executor, table: ReferenceTableName, code: string, lock = false) {
  return db
    .selectFrom(table)
    .selectAll()
    .where('code', '=', code)
    .$if(lock, (q) => q.forUpdate())
    .executeTakeFirst();
}

/** The sort order that puts a new row last. */
export async function nextSortOrder(db: Executor, table: ReferenceTableName): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.max('sort_order').as('max'))
    .executeTakeFirst();
  return (row?.max ?? 0) + 10;
}

/** Inserts unless the code exists; returns undefined then (no race between the check and the insert). */
export function insertReference(db: Executor, table: ReferenceTableName, values: Insertable<ReferenceTable>) {
  return db
    .insertInto(table)
    .values(values)
    .onConflict((oc) => oc.column('code').doNothing())
    .returningAll()
    .executeTakeFirst();
}

export function updateReference(
  db: Executor,
  table: ReferenceTableName,
  code: string,
  set: Updateable<ReferenceTable>,
) {
  return db
    .updateTable(table)
    .set({ ...set, updated_at: new Date() })
    .where('code', '=', code)
    .returningAll()
    .executeTakeFirstOrThrow();
}
