// Queries on organizations and the tables around them. Scope and filters go into the WHERE clause (scope.ts).
import { sql, type Expression, type Kysely, type SqlBool, type Transaction } from 'kysely';
import type { DB } from '../../db/types.ts';
import { likeContains } from '../../platform/sql.ts';
import { nameBigrams, normaliseCreditCode, textArray } from './names.ts';
import { concernsRegion, inScope, servesRegion, visibleTo, type OrgEb, type Viewer } from './scope.ts';
import type { ListOrganizationsQuery } from './schemas.ts';

export type Executor = Kysely<DB> | Transaction<DB>;

export type Filters = Pick<ListOrganizationsQuery, 'q' | 'status' | 'form' | 'field' | 'grade' | 'region' | 'charity' | 'pendingChange'>;
export type Sort = NonNullable<ListOrganizationsQuery['sort']>;

export function organizationById(db: Executor, id: number, lock = false) {
  return db
    .selectFrom('organizations as o')
    .selectAll('o')
    .where('o.id', '=', id)
    .$if(lock, (q) => q.forUpdate())
    .executeTakeFirst();
}

/** One organization if `actor` may read it. */
export function visibleOrganization(db: Executor, actor: Viewer | null, id: number) {
  return db
    .selectFrom('organizations as o')
    .selectAll('o')
    .where('o.id', '=', id)
    .where((eb) => visibleTo(eb, actor))
    .executeTakeFirst();
}

export function creditCodeTaken(db: Executor, creditCode: string, exceptId?: number) {
  return db
    .selectFrom('organizations')
    .select('id')
    .where('credit_code', '=', creditCode)
    .$if(exceptId !== undefined, (q) => q.where('id', '<>', exceptId!))
    .executeTakeFirst();
}

export async function existingRegions(db: Executor, codes: string[]): Promise<Set<string>> {
  if (codes.length === 0) return new Set();
  const rows = await db.selectFrom('regions').select('code').where('code', 'in', codes).execute();
  return new Set(rows.map((r) => r.code));
}

export async function activeFieldCodes(db: Executor, codes: string[]): Promise<Set<string>> {
  if (codes.length === 0) return new Set();
  const rows = await db.selectFrom('key_fields').select('code').where('code', 'in', codes).where('retired_at', 'is', null).execute();
  return new Set(rows.map((r) => r.code));
}

export function fieldsOf(db: Executor, ids: number[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('organization_fields as f')
    .innerJoin('key_fields as k', 'k.code', 'f.key_field_code')
    .select(['f.organization_id', 'f.key_field_code as code', 'k.name_zh as name'])
    .where('f.organization_id', 'in', ids)
    .orderBy('k.sort_order')
    .orderBy('k.code')
    .execute();
}

export function serviceRegionsOf(db: Executor, ids: number[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('organization_service_regions')
    .select(['organization_id', 'region_code'])
    .where('organization_id', 'in', ids)
    .orderBy('region_code')
    .execute();
}

export async function replaceFields(db: Executor, id: number, codes: string[]): Promise<void> {
  await db.deleteFrom('organization_fields').where('organization_id', '=', id).execute();
  if (codes.length > 0) {
    await db.insertInto('organization_fields').values(codes.map((code) => ({ organization_id: id, key_field_code: code }))).execute();
  }
}

export async function replaceServiceRegions(db: Executor, id: number, codes: string[]): Promise<void> {
  await db.deleteFrom('organization_service_regions').where('organization_id', '=', id).execute();
  if (codes.length > 0) {
    await db
      .insertInto('organization_service_regions')
      .values(codes.map((code) => ({ organization_id: id, region_code: code })))
      .execute();
  }
}

export function pendingChange(db: Executor, organizationId: number, lock = false) {
  return db
    .selectFrom('organization_changes')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('status', '=', 'pending')
    .$if(lock, (q) => q.forUpdate())
    .executeTakeFirst();
}

export async function hasAdministrator(db: Executor, organizationId: number): Promise<boolean> {
  const row = await db
    .selectFrom('accounts')
    .select('id')
    .where('organization_id', '=', organizationId)
    .where('role', '=', 'organization_admin')
    .executeTakeFirst();
  return row !== undefined;
}

export function reviewsOf(db: Executor, organizationId: number) {
  return db
    .selectFrom('organization_reviews as r')
    .leftJoin('accounts as a', 'a.id', 'r.actor_account_id')
    .select(['r.id', 'r.action', 'r.reason', 'r.snapshot', 'r.created_at', 'a.display_name as actor_name'])
    .where('r.organization_id', '=', organizationId)
    .orderBy('r.id')
    .execute();
}

/**
 * Other organizations registered in the same region whose name without spaces, brackets and 演示 equals this one's,
 * contains it or is contained in it; only those the reviewer may see.
 */
export function similarNames(db: Executor, actor: Viewer, org: { id: number; name_key: string; registration_region_code: string | null }) {
  if (org.name_key.length < 2) return Promise.resolve([]);
  return db
    .selectFrom('organizations as o')
    .select(['o.id', 'o.name', 'o.name_key', 'o.credit_code', 'o.status'])
    .where('o.id', '<>', org.id)
    .where((eb) =>
      org.registration_region_code === null
        ? eb('o.registration_region_code', 'is', null)
        : eb('o.registration_region_code', '=', org.registration_region_code),
    )
    .where((eb) =>
      eb.or([
        eb('o.name_key', '=', org.name_key),
        eb('o.name_key', 'like', likeContains(org.name_key)),
        // This name contains theirs (of at least two characters: one character is in too many names).
        eb.and([sql<SqlBool>`length(o.name_key) >= 2`, sql<SqlBool>`strpos(${org.name_key}, o.name_key) > 0`]),
      ]),
    )
    .where((eb) => visibleTo(eb, actor))
    .orderBy('o.id')
    .limit(10)
    .execute();
}

// ---- lists ----

/** The name search: by the bigram index for two characters or more, then the exact substring. */
function nameMatches(eb: OrgEb, q: string): Expression<SqlBool> {
  const contains = eb('o.name', 'like', likeContains(q));
  const bigrams = nameBigrams(q);
  if (bigrams.length === 0) return contains;
  return eb.and([sql<SqlBool>`${sql.ref('o.name_bigrams')} @> ${textArray(bigrams)}`, contains]);
}

function filterConditions(eb: OrgEb, f: Filters, byCreditCode: boolean): Expression<SqlBool>[] {
  const out: Expression<SqlBool>[] = [];
  const q = f.q?.trim();
  if (q) {
    const code = normaliseCreditCode(q);
    out.push(byCreditCode && /^[0-9A-Z]{18}$/.test(code) ? eb.or([eb('o.credit_code', '=', code), nameMatches(eb, q)]) : nameMatches(eb, q));
  }
  if (f.status !== undefined) out.push(eb('o.status', '=', f.status));
  if (f.form !== undefined) out.push(eb('o.form', '=', f.form));
  if (f.grade !== undefined) out.push(eb('o.grade', '=', f.grade));
  if (f.charity !== undefined) out.push(eb('o.is_charity', '=', f.charity));
  if (f.field !== undefined) {
    out.push(
      eb.exists(
        eb
          .selectFrom('organization_fields as f')
          .select(sql<number>`1`.as('one'))
          .whereRef('f.organization_id', '=', 'o.id')
          .where('f.key_field_code', '=', f.field),
      ),
    );
  }
  if (f.pendingChange !== undefined) {
    const pending = eb.exists(
      eb
        .selectFrom('organization_changes as c')
        .select(sql<number>`1`.as('one'))
        .whereRef('c.organization_id', '=', 'o.id')
        .where('c.status', '=', 'pending'),
    );
    out.push(f.pendingChange ? pending : eb.not(pending));
  }
  return out;
}

export type ListCursor = { sort: 'newest'; id: number } | { sort: 'name'; name: string; id: number } | { sort: 'submitted'; at: string | null; id: number };

/** Officials' list: in scope, filtered, one page (plus one row) in the order of `sort`, after the keyset cursor. */
export function listOrganizations(db: Executor, scope: string | null, f: Filters, sort: Sort, after: ListCursor | undefined, limit: number) {
  return db
    .selectFrom('organizations as o')
    .selectAll('o')
    .select(sql<string | null>`o.submitted_at::text`.as('submitted_key'))
    .select((eb) =>
      eb
        .exists(
          eb
            .selectFrom('organization_changes as c')
            .select(sql<number>`1`.as('one'))
            .whereRef('c.organization_id', '=', 'o.id')
            .where('c.status', '=', 'pending'),
        )
        .as('has_pending_change'),
    )
    .where((eb) => eb.and([inScope(eb, scope), ...filterConditions(eb, f, true), ...(f.region ? [concernsRegion(eb, f.region)] : [])]))
    .where((eb) => {
      if (after === undefined) return sql<SqlBool>`true`;
      switch (after.sort) {
        case 'newest':
          return eb('o.id', '<', after.id);
        case 'name':
          return eb(eb.refTuple('o.name', 'o.id'), '>', eb.tuple(after.name, after.id));
        case 'submitted':
          // submitted_at ascending, never-submitted (imported) organizations last.
          if (after.at === null) return eb.and([eb('o.submitted_at', 'is', null), eb('o.id', '>', after.id)]);
          return eb.or([
            sql<SqlBool>`o.submitted_at > ${after.at}::timestamptz`,
            eb.and([sql<SqlBool>`o.submitted_at = ${after.at}::timestamptz`, eb('o.id', '>', after.id)]),
            eb('o.submitted_at', 'is', null),
          ]);
      }
    })
    .$if(sort === 'newest', (qb) => qb.orderBy('o.id', 'desc'))
    .$if(sort === 'name', (qb) => qb.orderBy('o.name').orderBy('o.id'))
    .$if(sort === 'submitted', (qb) => qb.orderBy(sql`o.submitted_at asc nulls last`).orderBy('o.id'))
    .limit(limit + 1)
    .execute();
}

export type DirectoryFilters = Omit<Filters, 'status' | 'pendingChange'>;

/** The public directory: approved organizations, newest first; `region` means serving it. */
export function directory(db: Executor, f: DirectoryFilters, afterId: number | undefined, limit: number) {
  return db
    .selectFrom('organizations as o')
    .selectAll('o')
    .where('o.status', '=', 'approved')
    .where((eb) => eb.and([...filterConditions(eb, f, false), ...(f.region ? [servesRegion(eb, f.region)] : [])]))
    .$if(afterId !== undefined, (qb) => qb.where('o.id', '<', afterId!))
    .orderBy('o.id', 'desc')
    .limit(limit + 1)
    .execute();
}

export function members(db: Executor, organizationId: number) {
  return db
    .selectFrom('accounts')
    .select(['id', 'username', 'display_name', 'role', 'status', 'created_at', 'organization_id'])
    .where('organization_id', '=', organizationId)
    .where('role', 'in', ['organization_admin', 'organization_member'])
    .orderBy('id')
    .execute();
}
