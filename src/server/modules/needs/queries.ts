// Queries on needs and the rows around them (files, claims, households). Scope and visibility go into the WHERE clause.
import { sql, type Kysely, type Selectable, type SqlBool, type Transaction } from 'kysely';
import type { DB, NeedsTable } from '../../db/types.ts';
import type { Actor } from '../../platform/access.ts';
import { likeContains } from '../../platform/sql.ts';
import { nameBigrams, textArray } from '../organizations/names.ts';
import type { ManagedNeedsQuery } from './schemas.ts';
import { managedWhere, visibleWhere } from './scope.ts';

export type Executor = Kysely<DB> | Transaction<DB>;
export type NeedRow = Selectable<NeedsTable>;

/** A need the actor manages (liaison or official whose subtree holds it); `lock` for a change. */
export function managedNeed(db: Executor, actor: Actor, id: number, lock = false) {
  return db
    .selectFrom('needs')
    .selectAll()
    .where('id', '=', id)
    .where(managedWhere(actor))
    .$if(lock, (q) => q.forUpdate())
    .executeTakeFirst();
}

/** A need the actor may see. */
export function visibleNeed(db: Executor, actor: Actor, id: number) {
  return db
    .selectFrom('needs')
    .selectAll()
    .where('id', '=', id)
    .where((eb) => visibleWhere(eb, actor))
    .executeTakeFirst();
}

export function needById(db: Executor, id: number) {
  return db.selectFrom('needs').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

/** Liaisons' and officials' list: every status in their subtree, newest first, one page plus one row. */
export function listManaged(db: Executor, actor: Actor, f: ManagedNeedsQuery, afterId: number | undefined, limit: number) {
  const q = f.q?.trim() ?? '';
  const bigrams = nameBigrams(q);
  return db
    .selectFrom('needs')
    .selectAll()
    .where(managedWhere(actor))
    .$if(f.region !== undefined, (qb) => qb.where('region_code', 'like', `${f.region}%`))
    .$if(f.field !== undefined, (qb) => qb.where('key_field_code', '=', f.field!))
    .$if(f.householdId !== undefined, (qb) => qb.where('household_id', '=', f.householdId!))
    .$if(f.status !== undefined, (qb) => qb.where('status', '=', f.status!))
    .$if(bigrams.length > 0, (qb) => qb.where(sql<SqlBool>`title_bigrams @> ${textArray(bigrams)}`))
    .$if(q.length > 0, (qb) => qb.where('title', 'like', likeContains(q)))
    .$if(afterId !== undefined, (qb) => qb.where('id', '<', afterId!))
    .orderBy('id', 'desc')
    .limit(limit + 1)
    .execute();
}

/** The need's files in the order they were added. */
export function filesOf(db: Executor, needId: number) {
  return db
    .selectFrom('need_files as nf')
    .innerJoin('files as f', 'f.id', 'nf.file_id')
    .select(['f.id', 'nf.kind', 'f.original_name', 'f.mime', 'f.size_bytes', 'f.sha256'])
    .where('nf.need_id', '=', needId)
    .orderBy('nf.created_at')
    .orderBy('f.id')
    .execute();
}

export function needFile(db: Executor, needId: number, fileId: number) {
  return db
    .selectFrom('need_files as nf')
    .innerJoin('files as f', 'f.id', 'nf.file_id')
    .select(['f.id', 'f.original_name', 'f.mime', 'f.size_bytes', 'f.sha256'])
    .where('nf.need_id', '=', needId)
    .where('nf.file_id', '=', fileId)
    .executeTakeFirst();
}

export async function fileCount(db: Executor, needId: number): Promise<number> {
  const row = await db
    .selectFrom('need_files')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('need_id', '=', needId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The claims that count on a need (pending, confirmed, fulfilled): who holds them and in what state. */
export function claimsOf(db: Executor, needId: number) {
  return db
    .selectFrom('claims')
    .select(['id', 'organization_id', 'caring_account_id', 'status', 'quantity'])
    .where('need_id', '=', needId)
    .where('status', 'in', ['pending', 'confirmed', 'fulfilled'])
    .orderBy('id')
    .execute();
}

export function householdById(db: Executor, id: number) {
  return db.selectFrom('households').select(['id', 'region_code', 'status']).where('id', '=', id).executeTakeFirst();
}

export async function regionExists(db: Executor, code: string): Promise<boolean> {
  return (await db.selectFrom('regions').select('code').where('code', '=', code).executeTakeFirst()) !== undefined;
}

export async function organizationApproved(db: Executor, id: number | null): Promise<boolean> {
  if (id === null) return false;
  const row = await db.selectFrom('organizations').select('status').where('id', '=', id).executeTakeFirst();
  return row?.status === 'approved';
}
