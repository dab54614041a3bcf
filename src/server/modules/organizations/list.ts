// Lists: officials' list of the organizations in their scope (filters, three sorts, keyset paging) and the public
// directory of approved organizations.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';
import { AppError, fieldError } from '../../errors.ts';
import { regionScope, type Actor } from '../../platform/access.ts';
import { decodeCursor, encodeCursor } from '../../platform/http.ts';
import * as q from './queries.ts';
import type { DirectoryQuery, ListOrganizationsQuery, OrganizationListItem, PublicOrganization } from './schemas.ts';
import { toListItems, toPublicList } from './views.ts';

type ListRow = Awaited<ReturnType<typeof q.listOrganizations>>[number];

const BAD_CURSOR = () => fieldError('cursor', '翻页游标无效，请从第一页重新加载');
/** A timestamptz as PostgreSQL writes it as text ('2026-11-23 23:33:19.362+00'). */
const TIMESTAMP_TEXT = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}(:\d{2})?$/;

/** The decoded cursor, checked so that nothing a client sends reaches SQL as an invalid value. */
function cursorOf(sort: q.Sort, cursor: string | undefined): q.ListCursor | undefined {
  const c = decodedCursor(sort, cursor);
  if (c === undefined) return c;
  if (!Number.isSafeInteger(c.id)) throw BAD_CURSOR();
  if (c.sort === 'submitted' && c.at !== null && !TIMESTAMP_TEXT.test(c.at)) throw BAD_CURSOR();
  return c;
}

function decodedCursor(sort: q.Sort, cursor: string | undefined): q.ListCursor | undefined {
  switch (sort) {
    case 'newest': {
      const v = decodeCursor(cursor, ['number']);
      return v && { sort, id: v[0] as number };
    }
    case 'name': {
      const v = decodeCursor(cursor, ['string', 'number']);
      return v && { sort, name: v[0] as string, id: v[1] as number };
    }
    case 'submitted': {
      // Never-submitted (imported) organizations come last; their cursor carries '' for the missing time.
      const v = decodeCursor(cursor, ['string', 'number']);
      return v && { sort, at: v[0] === '' ? null : (v[0] as string), id: v[1] as number };
    }
  }
}

/** The keyset position just after `last`, and the same as the cursor a client passes back. */
function positionAfter(sort: q.Sort, last: ListRow): q.ListCursor {
  switch (sort) {
    case 'newest':
      return { sort, id: last.id };
    case 'name':
      return { sort, name: last.name, id: last.id };
    case 'submitted':
      return { sort, at: last.submitted_key, id: last.id };
  }
}

function encode(c: q.ListCursor): string {
  switch (c.sort) {
    case 'newest':
      return encodeCursor([c.id]);
    case 'name':
      return encodeCursor([c.name, c.id]);
    case 'submitted':
      return encodeCursor([c.at ?? '', c.id]);
  }
}

/** One page of the list in `scope` (the export walks the same pages), with the position of the next one. */
export async function listPage(db: Kysely<DB>, scope: string | null, query: Omit<ListOrganizationsQuery, 'cursor'>, after: q.ListCursor | undefined) {
  const sort = query.sort ?? 'newest';
  const limit = query.limit ?? 50;
  const rows = await q.listOrganizations(db, scope, query, sort, after, limit);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { page, next: rows.length > limit && last ? positionAfter(sort, last) : null };
}

export async function listOrganizations(
  db: Kysely<DB>,
  actor: Actor,
  query: ListOrganizationsQuery,
): Promise<{ items: OrganizationListItem[]; nextCursor: string | null }> {
  const after = cursorOf(query.sort ?? 'newest', query.cursor);
  const { page, next } = await listPage(db, regionScope(actor), query, after);
  return { items: await toListItems(db, page), nextCursor: next && encode(next) };
}

export async function directory(db: Kysely<DB>, query: DirectoryQuery): Promise<{ items: PublicOrganization[]; nextCursor: string | null }> {
  const after = decodeCursor(query.cursor, ['number']);
  if (after && !Number.isSafeInteger(after[0])) throw BAD_CURSOR();
  const limit = query.limit ?? 50;
  const rows = await q.directory(db, query, after?.[0] as number | undefined, limit);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { items: await toPublicList(db, page), nextCursor: rows.length > limit && last ? encodeCursor([last.id]) : null };
}

export async function publicOrganization(db: Kysely<DB>, id: number): Promise<PublicOrganization> {
  const row = await q.organizationById(db, id);
  if (!row || row.status !== 'approved') throw new AppError('NOT_FOUND');
  return (await toPublicList(db, [row]))[0]!;
}
