// Finding needs: the filtered, keyset-paged search (signed-in and public), the candidates of the suggestions, and
// the claimants the public sees. Every query is written for the partial indexes of migration 0008: the open-status
// predicate is spelled exactly as theirs, so the planner can prove a query implies it.
import {
  sql,
  type Expression,
  type ExpressionBuilder,
  type Kysely,
  type RawBuilder,
  type SqlBool,
  type Transaction,
} from 'kysely';
import { PLACEHOLDER_REGION_NAMES } from '../../../common/glossary.ts';
import type { DB } from '../../db/types.ts';
import { likeContains } from '../../platform/sql.ts';
import { nameBigrams, textArray } from '../organizations/names.ts';
import { OPEN_NEED_STATUSES, VISIBLE_NEED_STATUSES, type NeedKind, type NeedSort } from '../needs/schemas.ts';

export type Executor = Kysely<DB> | Transaction<DB>;
type NeedEb = ExpressionBuilder<DB & { n: DB['needs'] }, 'n'>;

export type VisibleStatus = (typeof VISIBLE_NEED_STATUSES)[number];

export interface NeedFilters {
  q?: string | undefined;
  region?: string | undefined;
  field?: string | undefined;
  population?: string | undefined;
  keyAreasOnly?: boolean | undefined;
  householdOnly?: boolean | undefined;
  kind?: NeedKind | undefined;
  minAmountFen?: number | undefined;
  maxAmountFen?: number | undefined;
  deadlineFrom?: string | undefined;
  deadlineTo?: string | undefined;
  /** 'open': published or partly claimed, deadline not past. */
  status: 'open' | VisibleStatus;
}

export type SearchCursor =
  | { sort: 'deadline'; deadline: string; id: number }
  | { sort: 'newest'; at: string; id: number }
  /** amount null: the page ended among the needs without an amount, which come last. */
  | { sort: 'amount'; amount: number | null; id: number };

/** Literally the predicate of the partial indexes (needs_open_*): a parameter in its place would hide the match. */
export const OPEN = sql<SqlBool>`n.status in ('published', 'partly_claimed')`;

/**
 * The region's display path (重庆市 / 巫溪县 / 红池坝镇 / 中岗村) in the same query: a scalar subquery that the planner
 * evaluates only for the rows of the page, not for every row it passes over.
 */
const REGION_PATH = sql<string | null>`(select string_agg(r.display_name, ' / ' order by length(r.code))
  from regions r
  where r.code in (substr(n.region_code, 1, 2), substr(n.region_code, 1, 4), substr(n.region_code, 1, 6),
    substr(n.region_code, 1, 9), n.region_code)
    and r.display_name not in (${sql.join([...PLACEHOLDER_REGION_NAMES])}))`;

/** What a list item shows, the same for every way of finding needs. */
export const SUMMARY_COLUMNS = [
  'n.id',
  'n.title',
  'n.region_code',
  'n.household_id',
  'n.key_field_code',
  'n.key_population_codes',
  'n.kind',
  'n.item_name',
  'n.unit',
  'n.quantity',
  'n.claimed_quantity',
  'n.confirmed_quantity',
  'n.amount_fen',
  'n.deadline',
  'n.status',
  'n.key_area_kinds',
  'n.key_area_rank',
] as const;
/**
 * The publication time as ISO text with microseconds (2026-11-24T01:43:48.384123Z): exact for the keyset of the
 * newest-first sort, and cut to milliseconds for the API without a Date in between.
 */
const PUBLISHED_KEY = sql<string | null>`to_char(n.published_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

function fromNeeds(db: Executor) {
  return db.selectFrom('needs as n');
}

function summaries(qb: ReturnType<typeof fromNeeds>) {
  return qb.select(SUMMARY_COLUMNS).select(REGION_PATH.as('region_path')).select(PUBLISHED_KEY.as('published_key'));
}

export type SummaryRow = Awaited<ReturnType<ReturnType<typeof summaries>['execute']>>[number];

/** The region subtree; from a county down also its county code, so the per-county partial indexes apply. */
export function inRegion(eb: NeedEb, region: string): Expression<SqlBool> {
  if (region.length < 6) return eb('n.region_code', 'like', `${region}%`);
  const county = eb('n.county_code', '=', region.slice(0, 6));
  return region.length === 6 ? county : eb.and([county, eb('n.region_code', 'like', `${region}%`)]);
}

function isOpenStatus(status: NeedFilters['status']): status is (typeof OPEN_NEED_STATUSES)[number] {
  return (OPEN_NEED_STATUSES as readonly string[]).includes(status);
}

/** Every filter but the title words (which titleWords turns into conditions of their own). */
function conditions(eb: NeedEb, f: NeedFilters, today: string): Expression<SqlBool>[] {
  const out: Expression<SqlBool>[] = [];
  if (f.status === 'open') out.push(OPEN, eb('n.deadline', '>=', today));
  else if (isOpenStatus(f.status)) out.push(OPEN, eb('n.status', '=', f.status));
  else out.push(eb('n.status', '=', f.status));
  if (f.region !== undefined) out.push(inRegion(eb, f.region));
  if (f.field !== undefined) out.push(eb('n.key_field_code', '=', f.field));
  if (f.population !== undefined) out.push(sql<SqlBool>`n.key_population_codes @> ${textArray([f.population])}`);
  if (f.keyAreasOnly) out.push(eb('n.key_area_rank', '>', 0));
  if (f.householdOnly) out.push(eb('n.household_id', 'is not', null));
  if (f.kind !== undefined) out.push(eb('n.kind', '=', f.kind));
  if (f.minAmountFen !== undefined) out.push(eb('n.amount_fen', '>=', f.minAmountFen));
  if (f.maxAmountFen !== undefined) out.push(eb('n.amount_fen', '<=', f.maxAmountFen));
  if (f.deadlineFrom !== undefined) out.push(eb('n.deadline', '>=', f.deadlineFrom));
  if (f.deadlineTo !== undefined) out.push(eb('n.deadline', '<=', f.deadlineTo));
  return out;
}

/** The bigrams find candidates by the GIN index; LIKE then keeps only titles holding the words in order. */
function titleWords(q: string | undefined): Expression<SqlBool>[] {
  const words = q?.trim();
  if (!words) return [];
  const bigrams = nameBigrams(words);
  const like = sql<SqlBool>`n.title like ${likeContains(words)}`;
  return bigrams.length > 0 ? [sql<SqlBool>`n.title_bigrams @> ${textArray(bigrams)}`, like] : [like];
}

/** One stretch of a sort order: its own conditions (the keyset position among them) and its ORDER BY. */
interface Part {
  where: (eb: NeedEb) => Expression<SqlBool>[];
  order: RawBuilder<unknown>;
}

function partsOf(sort: NeedSort, after: SearchCursor | undefined, amountFiltered: boolean): Part[] {
  switch (sort) {
    case 'deadline': {
      const a = after?.sort === 'deadline' ? after : undefined;
      return [
        {
          where: (eb) => (a ? [eb(eb.refTuple('n.deadline', 'n.id'), '>', eb.tuple(a.deadline, a.id))] : []),
          order: sql`n.deadline, n.id`,
        },
      ];
    }
    case 'newest': {
      const a = after?.sort === 'newest' ? after : undefined;
      // Every visible need has been published; the condition keeps the keyset free of nulls.
      return [
        {
          where: (eb) => [
            eb('n.published_at', 'is not', null),
            ...(a ? [sql<SqlBool>`(n.published_at, n.id) < (${a.at}::timestamptz, ${a.id})`] : []),
          ],
          order: sql`n.published_at desc, n.id desc`,
        },
      ];
    }
    case 'amount': {
      // Largest first, needs without an amount last. The index keeps nulls first (the default of DESC), so the
      // order is read in two index-ordered parts rather than by sorting every open need.
      const a = after?.sort === 'amount' ? after : undefined;
      const withAmount: Part = {
        where: (eb) => [
          eb('n.amount_fen', 'is not', null),
          ...(a ? [eb(eb.refTuple('n.amount_fen', 'n.id'), '<', eb.tuple(a.amount ?? 0, a.id))] : []),
        ],
        order: sql`n.amount_fen desc, n.id desc`,
      };
      const without: Part = {
        where: (eb) => [eb('n.amount_fen', 'is', null), ...(a?.amount === null ? [eb('n.id', '<', a.id)] : [])],
        order: sql`n.id desc`,
      };
      return [...(a?.amount === null ? [] : [withAmount]), ...(amountFiltered ? [] : [without])];
    }
  }
}

/** Rows read in order before title words give up on that order for the title index (see readPart). */
const PROBE_ROWS = 2000;

/**
 * Up to `n` rows of one part. Title words make the planner's guess unreliable (it multiplies the frequencies of a
 * word's bigrams, which always occur together, and then reads a common word's long GIN lists and sorts thousands
 * of rows). So the first PROBE_ROWS rows in the index's order are read and filtered by the words: a common word
 * fills the page there. Only a rarer word (or a short list) goes on to a second look, which the title index answers.
 */
async function readPart(db: Executor, f: NeedFilters, today: string, part: Part, n: number): Promise<SummaryRow[]> {
  const base = () => fromNeeds(db).where((eb) => eb.and([...conditions(eb, f, today), ...part.where(eb)]));
  const words = titleWords(f.q);
  if (words.length === 0) return summaries(base()).orderBy(part.order).limit(n).execute();
  const probe: SummaryRow[] = await db
    .selectFrom(base().selectAll('n').orderBy(part.order).limit(PROBE_ROWS).as('n'))
    .select(SUMMARY_COLUMNS)
    .select(REGION_PATH.as('region_path'))
    .select(PUBLISHED_KEY.as('published_key'))
    .where((eb) => eb.and(words))
    .orderBy(part.order)
    .limit(n)
    .execute();
  if (probe.length >= n) return probe;
  // Fewer than asked: either everything there is was read, or the rest lies beyond the probe.
  const read = await db
    .selectFrom(base().select('n.id').orderBy(part.order).limit(PROBE_ROWS).as('p'))
    .select(sql<number>`count(*)`.as('rows'))
    .executeTakeFirstOrThrow();
  if (read.rows < PROBE_ROWS) return probe;
  return summaries(base())
    .where((eb) => eb.and(words))
    .orderBy(part.order)
    .limit(n)
    .execute();
}

/**
 * One page (plus one row, to tell whether another follows) of the needs matching `f`, in the order of `sort`,
 * after the keyset position `after`. `today` is China's date (open needs are those not yet past their deadline).
 */
export async function searchNeeds(
  db: Executor,
  f: NeedFilters,
  sort: NeedSort,
  after: SearchCursor | undefined,
  limit: number,
  today: string,
): Promise<SummaryRow[]> {
  const amountFiltered = f.minAmountFen !== undefined || f.maxAmountFen !== undefined;
  const rows: SummaryRow[] = [];
  for (const part of partsOf(sort, after, amountFiltered)) {
    rows.push(...(await readPart(db, f, today, part, limit + 1 - rows.length)));
    if (rows.length > limit) break;
  }
  return rows;
}

/** One need if anyone may see it (public detail): visible statuses only. */
export function visibleNeed(db: Executor, id: number, statuses: readonly VisibleStatus[]) {
  return summaries(fromNeeds(db))
    .select('n.description')
    .where('n.id', '=', id)
    .where('n.status', 'in', [...statuses])
    .executeTakeFirst();
}

/** The descriptions of a page of needs (the public view shows them; lists of signed-in users do not). */
export async function descriptionsOf(db: Executor, ids: number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('needs').select(['id', 'description']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r.description]));
}

/** Who took these needs on: live (pending, confirmed) and fulfilled claims, oldest first. */
export function claimantsOf(db: Executor, needIds: number[]) {
  if (needIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('claims as c')
    .leftJoin('organizations as o', 'o.id', 'c.organization_id')
    .select(['c.need_id', 'c.quantity', 'c.status', 'c.organization_id', 'o.name as organization_name'])
    .where('c.need_id', 'in', needIds)
    .where('c.status', 'in', ['pending', 'confirmed', 'fulfilled'])
    .orderBy('c.need_id')
    .orderBy('c.id')
    .execute();
}

// ---- suggestions ----

export function organizationForSuggestions(db: Executor, id: number) {
  return db.selectFrom('organizations').select(['id', 'status', 'offers']).where('id', '=', id).executeTakeFirst();
}

export function organizationFields(db: Executor, id: number) {
  return db
    .selectFrom('organization_fields as f')
    .innerJoin('key_fields as k', 'k.code', 'f.key_field_code')
    .select(['f.key_field_code as code', 'k.name_zh as name'])
    .where('f.organization_id', '=', id)
    .orderBy('k.sort_order')
    .execute();
}

export function organizationServiceRegions(db: Executor, id: number) {
  return db
    .selectFrom('organization_service_regions as s')
    .innerJoin('regions as r', 'r.code', 's.region_code')
    .select(['s.region_code as code', 'r.display_name as name'])
    .where('s.organization_id', '=', id)
    .orderBy('s.region_code')
    .execute();
}

export interface CandidateWhere {
  region?: string;
  field?: string;
  keyAreasOnly?: boolean;
}

/**
 * Open needs of one region subtree or one field, soonest deadline first, at most `cap`: each set is read in the order
 * of a partial index and stops at the cap, so gathering candidates never scans all needs. Only what the scoring reads
 * (the page's rows are fetched whole afterwards). Needs the organization already holds a live claim on are left out.
 */
export function openCandidates(
  db: Executor,
  where: CandidateWhere,
  organizationId: number,
  today: string,
  cap: number,
) {
  return fromNeeds(db)
    .select([
      'n.id',
      'n.region_code',
      'n.key_field_code',
      'n.kind',
      'n.deadline',
      'n.key_area_kinds',
      'n.key_area_rank',
    ])
    .where((eb) =>
      eb.and([
        ...conditions(
          eb,
          { status: 'open', region: where.region, field: where.field, keyAreasOnly: where.keyAreasOnly },
          today,
        ),
        eb.not(
          eb.exists(
            eb
              .selectFrom('claims as c')
              .select(sql<number>`1`.as('one'))
              .whereRef('c.need_id', '=', 'n.id')
              .where('c.organization_id', '=', organizationId)
              .where('c.status', 'in', ['pending', 'confirmed']),
          ),
        ),
      ]),
    )
    .orderBy('n.deadline')
    .orderBy('n.id')
    .limit(cap)
    .execute();
}

export type CandidateRow = Awaited<ReturnType<typeof openCandidates>>[number];

/** List items of the given needs (any order). */
export function summariesByIds(db: Executor, ids: number[]): Promise<SummaryRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return summaries(fromNeeds(db)).where('n.id', 'in', ids).execute();
}
