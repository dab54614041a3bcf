// Finding needs (GET /api/needs): any signed-in role searches every region (finding is not governing: an organization
// may help anywhere), visible statuses only, open ones by default. Also the checks and the page logic the public
// search shares.
import { chinaToday, isIsoDate } from '../../../common/glossary.ts';
import { AppError, fieldError, type FieldError } from '../../errors.ts';
import { decodeCursor, encodeCursor } from '../../platform/http.ts';
import type { NeedPage, NeedSort, NeedSummary, SearchNeedsQuery } from '../needs/schemas.ts';
import * as q from './queries.ts';
import { needSummary } from '../needs/views.ts';

const DEFAULT_LIMIT = 50;
const REGION_LENGTHS = [2, 4, 6, 9, 12];
/** A publication time as the newest-first cursor carries it (queries.ts PUBLISHED_KEY). */
const PUBLISHED_KEY = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

const badCursor = () => fieldError('cursor', '翻页游标无效，请从第一页重新加载');

/** The filters of a query, checked beyond their schema (real dates, ranges the right way round, region codes). */
export function filtersOf(query: Omit<SearchNeedsQuery, 'sort' | 'limit' | 'cursor'>): q.NeedFilters {
  const errors: FieldError[] = [];
  if (query.region !== undefined && !REGION_LENGTHS.includes(query.region.length)) {
    errors.push({ field: 'region', message: '地区：不是有效的区划代码（2、4、6、9 或 12 位）' });
  }
  for (const [field, label] of [
    ['deadlineFrom', '截止日期不早于'],
    ['deadlineTo', '截止日期不晚于'],
  ] as const) {
    const value = query[field];
    if (value !== undefined && !isIsoDate(value))
      errors.push({ field, message: `${label}：不是有效日期，格式为 YYYY-MM-DD` });
  }
  if (query.minAmountFen !== undefined && query.maxAmountFen !== undefined && query.minAmountFen > query.maxAmountFen) {
    errors.push({ field: 'maxAmountFen', message: '最高金额（分）：不能低于最低金额' });
  }
  if (
    query.deadlineFrom !== undefined &&
    query.deadlineTo !== undefined &&
    errors.every((e) => !e.field.startsWith('deadline')) &&
    query.deadlineFrom > query.deadlineTo
  ) {
    errors.push({ field: 'deadlineTo', message: '截止日期不晚于：不能早于“截止日期不早于”' });
  }
  if (errors.length > 0) throw new AppError('VALIDATION_FAILED', { fields: errors });
  return {
    q: query.q,
    region: query.region,
    field: query.field,
    population: query.population,
    keyAreasOnly: query.keyAreasOnly,
    householdOnly: query.householdOnly,
    kind: query.kind,
    minAmountFen: query.minAmountFen,
    maxAmountFen: query.maxAmountFen,
    deadlineFrom: query.deadlineFrom,
    deadlineTo: query.deadlineTo,
    status: query.status ?? 'open',
  };
}

/** The decoded cursor, checked so that nothing a client sends reaches SQL as an invalid value. */
export function cursorOf(sort: NeedSort, cursor: string | undefined): q.SearchCursor | undefined {
  if (cursor === undefined) return undefined;
  switch (sort) {
    case 'deadline': {
      const [deadline, id] = decodeCursor(cursor, ['string', 'number']) as [string, number];
      if (!Number.isSafeInteger(id) || !isIsoDate(deadline)) throw badCursor();
      return { sort, deadline, id };
    }
    case 'newest': {
      const [at, id] = decodeCursor(cursor, ['string', 'number']) as [string, number];
      if (!Number.isSafeInteger(id) || !PUBLISHED_KEY.test(at)) throw badCursor();
      return { sort, at, id };
    }
    case 'amount': {
      // -1 stands for "among the needs without an amount" (amounts are never negative).
      const [amount, id] = decodeCursor(cursor, ['number', 'number']) as [number, number];
      if (!Number.isSafeInteger(id) || !Number.isSafeInteger(amount) || amount < -1) throw badCursor();
      return { sort, amount: amount === -1 ? null : amount, id };
    }
  }
}

function encode(sort: NeedSort, last: q.SummaryRow): string {
  switch (sort) {
    case 'deadline':
      return encodeCursor([last.deadline, last.id]);
    case 'newest':
      return encodeCursor([last.published_key ?? '', last.id]);
    case 'amount':
      return encodeCursor([last.amount_fen ?? -1, last.id]);
  }
}

/** One page of rows and the cursor of the next, for the signed-in and the public search alike. */
export async function searchPage(
  db: q.Executor,
  query: SearchNeedsQuery,
  today = chinaToday(),
): Promise<{ rows: q.SummaryRow[]; nextCursor: string | null }> {
  const sort = query.sort ?? 'deadline';
  const limit = query.limit ?? DEFAULT_LIMIT;
  const filters = filtersOf(query);
  const after = cursorOf(sort, query.cursor);
  const rows = await q.searchNeeds(db, filters, sort, after, limit, today);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { rows: page, nextCursor: rows.length > limit && last ? encode(sort, last) : null };
}

export function toSummary(row: q.SummaryRow): NeedSummary {
  return needSummary(
    row,
    row.region_path ?? row.region_code,
    row.published_key === null ? null : `${row.published_key.slice(0, 23)}Z`,
  );
}

export async function searchNeeds(db: q.Executor, query: SearchNeedsQuery): Promise<NeedPage> {
  const { rows, nextCursor } = await searchPage(db, query);
  return { items: rows.map(toSummary), nextCursor };
}
