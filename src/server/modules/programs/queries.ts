// Queries on programs, designations and their contacts.
import type { Insertable, Kysely, Transaction, Updateable } from 'kysely';
import type { DB, DesignationContactsTable, DesignationsTable, ProgramsTable } from '../../db/types.ts';
import type { ListDesignationsQuery, ListProgramsQuery } from './schemas.ts';

type Executor = Kysely<DB> | Transaction<DB>;

/** One page (plus one row, to know whether there is another) by id descending. */
export function listPrograms(db: Executor, query: ListProgramsQuery, afterId: number | undefined, limit: number) {
  return db
    .selectFrom('programs')
    .selectAll()
    .$if(query.region !== undefined, (q) => q.where('region_code', 'like', `${query.region}%`))
    .$if(query.kind !== undefined, (q) => q.where('kind', '=', query.kind!))
    .$if(query.status !== undefined, (q) => q.where('status', '=', query.status!))
    .$if(afterId !== undefined, (q) => q.where('id', '<', afterId!))
    .orderBy('id', 'desc')
    .limit(limit + 1)
    .execute();
}

export function findProgram(db: Executor, id: number, lock = false) {
  return db
    .selectFrom('programs')
    .selectAll()
    .where('id', '=', id)
    .$if(lock, (q) => q.forUpdate())
    .executeTakeFirst();
}

export function findProgramBySlug(db: Executor, slug: string) {
  return db.selectFrom('programs').selectAll().where('slug', '=', slug).executeTakeFirst();
}

/** Inserts unless the slug exists; returns undefined then (no race between a check and the insert). */
export function insertProgram(db: Executor, values: Insertable<ProgramsTable>) {
  return db
    .insertInto('programs')
    .values(values)
    .onConflict((oc) => oc.column('slug').doNothing())
    .returningAll()
    .executeTakeFirst();
}

export function updateProgram(db: Executor, id: number, set: Updateable<ProgramsTable>) {
  return db
    .updateTable('programs')
    .set({ ...set, updated_at: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function regionExists(db: Executor, code: string) {
  return db.selectFrom('regions').select('code').where('code', '=', code).executeTakeFirst();
}

export function listDesignations(
  db: Executor,
  programId: number,
  query: ListDesignationsQuery,
  afterId: number | undefined,
  limit: number,
) {
  return db
    .selectFrom('designations')
    .selectAll()
    .where('program_id', '=', programId)
    .$if(query.kind !== undefined, (q) => q.where('kind', '=', query.kind!))
    .$if(query.region !== undefined, (q) => q.where('region_code', 'like', `${query.region}%`))
    .$if(query.includeRetired !== true, (q) => q.where('retired_at', 'is', null))
    .$if(afterId !== undefined, (q) => q.where('id', '>', afterId!))
    .orderBy('id')
    .limit(limit + 1)
    .execute();
}

export function findDesignation(db: Executor, id: number, lock = false) {
  return db
    .selectFrom('designations')
    .selectAll()
    .where('id', '=', id)
    .$if(lock, (q) => q.forUpdate())
    .executeTakeFirst();
}

/** Inserts unless the program already designates this region as this kind; returns undefined then. */
export function insertDesignation(db: Executor, values: Insertable<DesignationsTable>) {
  return db
    .insertInto('designations')
    .values(values)
    .onConflict((oc) => oc.columns(['program_id', 'region_code', 'kind']).doNothing())
    .returningAll()
    .executeTakeFirst();
}

export function updateDesignation(db: Executor, id: number, set: Updateable<DesignationsTable>) {
  return db
    .updateTable('designations')
    .set({ ...set, updated_at: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function contactsOf(db: Executor, designationIds: number[]) {
  if (designationIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('designation_contacts')
    .selectAll()
    .where('designation_id', 'in', designationIds)
    .orderBy('designation_id')
    .orderBy('id')
    .execute();
}

/** Replaces a designation's contacts with `contacts` (in the caller's transaction). */
export async function replaceContacts(
  db: Executor,
  designationId: number,
  contacts: Omit<Insertable<DesignationContactsTable>, 'designation_id'>[],
) {
  await db.deleteFrom('designation_contacts').where('designation_id', '=', designationId).execute();
  if (contacts.length === 0) return [];
  return db
    .insertInto('designation_contacts')
    .values(contacts.map((c) => ({ ...c, designation_id: designationId })))
    .returningAll()
    .execute();
}
