// Queries on key-area imports.
import type { Insertable, Kysely, Transaction, Updateable } from 'kysely';
import type { DB, KeyAreaImportsTable } from '../../db/types.ts';

type Executor = Kysely<DB> | Transaction<DB>;

const IMPORT_COLUMNS = [
  'i.id',
  'i.program_id',
  'i.kind',
  'i.county_kind',
  'i.file_name',
  'i.file_sha256',
  'i.status',
  'i.summary',
  'i.result',
  'i.created_by',
  'i.created_at',
  'i.finished_at',
  'a.display_name as created_by_name',
] as const;

export function insertImport(db: Executor, values: Insertable<KeyAreaImportsTable>) {
  return db.insertInto('key_area_imports').values(values).returning('id').executeTakeFirstOrThrow();
}

export function findImport(db: Executor, id: number) {
  return db
    .selectFrom('key_area_imports as i')
    .leftJoin('accounts as a', 'a.id', 'i.created_by')
    .select([...IMPORT_COLUMNS, 'i.entries'])
    .where('i.id', '=', id)
    .executeTakeFirst();
}

export function lockImport(db: Transaction<DB>, id: number) {
  return db.selectFrom('key_area_imports').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export function updateImport(db: Executor, id: number, set: Updateable<KeyAreaImportsTable>) {
  return db.updateTable('key_area_imports').set(set).where('id', '=', id).execute();
}

/** A program's imports, newest first, one page (plus one row to know whether there is another). */
export function listImports(db: Executor, programId: number, beforeId: number | undefined, limit: number) {
  return db
    .selectFrom('key_area_imports as i')
    .leftJoin('accounts as a', 'a.id', 'i.created_by')
    .select(IMPORT_COLUMNS)
    .where('i.program_id', '=', programId)
    .$if(beforeId !== undefined, (q) => q.where('i.id', '<', beforeId!))
    .orderBy('i.id', 'desc')
    .limit(limit + 1)
    .execute();
}

/** The saved import of this file into this program, if any (the demo data loads each file once). */
export function findSavedImport(db: Executor, programId: number, kind: string, sha256: string) {
  return db
    .selectFrom('key_area_imports')
    .select('id')
    .where('program_id', '=', programId)
    .where('kind', '=', kind as 'county')
    .where('file_sha256', '=', sha256)
    .where('status', '=', 'saved')
    .executeTakeFirst();
}

export function findDesignationFor(db: Executor, programId: number, regionCode: string, kind: string) {
  return db
    .selectFrom('designations')
    .selectAll()
    .where('program_id', '=', programId)
    .where('region_code', '=', regionCode)
    .where('kind', '=', kind as 'designated_village')
    .forUpdate()
    .executeTakeFirst();
}

export function regionsByCode(db: Executor, codes: string[]) {
  if (codes.length === 0) return Promise.resolve([]);
  return db.selectFrom('regions').select(['code', 'level']).where('code', 'in', codes).execute();
}
