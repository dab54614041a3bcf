// Coverage in SQL: each key area's state is worked out against the program's confirmed, current pairings' places,
// so nothing is loaded into memory but the page or the totals. A place covers a key area when it is the area or
// contains it (paired); a place inside it makes it partial.
import { sql, type Kysely, type SqlBool, type Transaction } from 'kysely';
import { regionPrefixes } from '../../../common/glossary.ts';
import type { CoverageState } from '../../../common/projects.ts';
import type { DB, DesignationKind } from '../../db/types.ts';

type Executor = Kysely<DB> | Transaction<DB>;

/** What coverage is taken of: a program's key areas on a day, inside a region prefix (null: everywhere). */
export interface CoverageScope {
  programId: number;
  asOf: string;
  /** The caller's scope narrowed by the `region` filter; null for a national admin without one. */
  area: string | null;
  kind?: DesignationKind | undefined;
  county?: string | undefined;
}

/** The places of the program's confirmed pairings whose period holds the day. */
function currentPlaces(db: Executor, s: CoverageScope) {
  return db
    .selectFrom('pairing_places as pp')
    .innerJoin('pairings as p', 'p.id', 'pp.pairing_id')
    .where('p.program_id', '=', s.programId)
    .where('p.status', '=', 'confirmed')
    .where('p.start_date', '<=', s.asOf)
    .where('p.end_date', '>=', s.asOf);
}

// Key areas are counties, townships or villages, so every place that touches one lies in its county: the equality
// lets the county index find the candidates before the prefix test.
const SAME_COUNTY = sql<SqlBool>`pp.county_code = substr(d.region_code, 1, 6)`;
const CONTAINS = sql<SqlBool>`d.region_code like pp.region_code || '%'`;
const INSIDE = sql<SqlBool>`pp.region_code like d.region_code || '%'`;

/**
 * Every key area in scope with its state and whether a counterpart organization's pairing covers it. The program's
 * current places are gathered once (`cur`, a few thousand rows for a province), with the counties and townships that
 * have places strictly inside them (`inside`); each key area then finds what covers it by equality on its own code and
 * its county and township prefixes — hash joins, not a prefix test per pair. (A correlated EXISTS per area read every
 * place of its county for each of 10,000 villages: seconds for a province; see bench/README.md, `coverage`.)
 */
export function areaStates(db: Executor, s: CoverageScope) {
  return db
    .with('cur', () =>
      currentPlaces(db, s)
        .select(['pp.region_code', sql<boolean>`bool_or(p.is_counterpart)`.as('cp')])
        .groupBy('pp.region_code'),
    )
    .with('inside', (w) =>
      w
        .selectFrom('cur')
        .select([sql<string>`substr(cur.region_code, 1, 6)`.as('code'), sql<boolean>`bool_or(cur.cp)`.as('cp')])
        .where(sql<SqlBool>`length(cur.region_code) > 6`)
        .groupBy(sql`substr(cur.region_code, 1, 6)`)
        .unionAll(
          w
            .selectFrom('cur')
            .select([sql<string>`substr(cur.region_code, 1, 9)`.as('code'), sql<boolean>`bool_or(cur.cp)`.as('cp')])
            .where(sql<SqlBool>`length(cur.region_code) > 9`)
            .groupBy(sql`substr(cur.region_code, 1, 9)`),
        ),
    )
    .selectFrom('designations as d')
    .leftJoin('cur as c6', (j) => j.on(sql<SqlBool>`c6.region_code = substr(d.region_code, 1, 6)`))
    .leftJoin('cur as c9', (j) => j.on(sql<SqlBool>`length(d.region_code) >= 9 and c9.region_code = substr(d.region_code, 1, 9)`))
    .leftJoin('cur as c12', (j) => j.on(sql<SqlBool>`length(d.region_code) = 12 and c12.region_code = d.region_code`))
    .leftJoin('inside as i', 'i.code', 'd.region_code')
    .select(['d.id', 'd.kind', 'd.region_code'])
    .select([
      sql<CoverageState>`case when c6.region_code is not null or c9.region_code is not null or c12.region_code is not null
        then 'paired' when i.code is not null then 'partial' else 'unpaired' end`.as('state'),
      sql<boolean>`coalesce(c6.cp, false) or coalesce(c9.cp, false) or coalesce(c12.cp, false) or coalesce(i.cp, false)`.as(
        'is_counterpart',
      ),
    ])
    .where('d.program_id', '=', s.programId)
    .where('d.retired_at', 'is', null)
    .$if(s.area !== null, (q) => q.where('d.region_code', 'like', `${s.area}%`))
    .$if(s.kind !== undefined, (q) => q.where('d.kind', '=', s.kind!))
    .$if(s.county !== undefined, (q) => q.where('d.region_code', 'like', `${s.county}%`));
}

const COUNTS = [
  sql<number>`count(*)`.as('total'),
  sql<number>`count(*) filter (where a.state = 'paired')`.as('paired'),
  sql<number>`count(*) filter (where a.state = 'partial')`.as('partial'),
  sql<number>`count(*) filter (where a.state = 'unpaired')`.as('unpaired'),
  sql<number>`count(*) filter (where a.is_counterpart)`.as('counterpart'),
] as const;

export function countsByKind(db: Executor, s: CoverageScope) {
  return db.selectFrom(areaStates(db, s).as('a')).select('a.kind').select(COUNTS).groupBy('a.kind').execute();
}

export function countsByCounty(db: Executor, s: CoverageScope) {
  const county = sql<string>`substr(a.region_code, 1, 6)`;
  return db
    .selectFrom(areaStates(db, s).as('a'))
    .select(county.as('county'))
    .select(COUNTS)
    .groupBy(county)
    .orderBy(county)
    .execute();
}

export interface AreaCursor {
  regionCode: string;
  id: number;
}

/** One page (plus one row) of key areas by (region code, designation id), optionally of one state. */
export function areasPage(
  db: Executor,
  s: CoverageScope,
  state: CoverageState | undefined,
  after: AreaCursor | undefined,
  limit: number,
) {
  return db
    .selectFrom(areaStates(db, s).as('a'))
    .selectAll()
    .$if(state !== undefined, (q) => q.where('a.state', '=', state!))
    .$if(after !== undefined, (q) =>
      q.where((eb) => eb(eb.refTuple('a.region_code', 'a.id'), '>', eb.tuple(after!.regionCode, after!.id))),
    )
    .orderBy('a.region_code')
    .orderBy('a.id')
    .limit(limit + 1)
    .execute();
}

/**
 * The current pairings touching each of these key areas, once per pairing: the place that covers the area when there
 * is one (the shortest code), else its first place inside the area.
 */
export function coveringPairings(db: Executor, s: CoverageScope, designationIds: number[]) {
  if (designationIds.length === 0) return Promise.resolve([]);
  return currentPlaces(db, s)
    .innerJoin('designations as d', (join) => join.on(SAME_COUNTY).on((w) => w.or([CONTAINS, INSIDE])))
    .innerJoin('organizations as o', 'o.id', 'p.organization_id')
    .distinctOn(['d.id', 'p.id'])
    .select([
      'd.id as designation_id',
      'p.id',
      'p.title',
      'p.is_counterpart',
      'o.id as organization_id',
      'o.name as organization_name',
      'pp.region_code as place_code',
    ])
    .where('d.id', 'in', designationIds)
    .orderBy('d.id')
    .orderBy('p.id')
    .orderBy(sql`length(pp.region_code)`)
    .orderBy('pp.region_code')
    .execute();
}

/**
 * The program's current pairings with a place in the area or containing it, counterpart ones apart, and the distinct
 * organizations in them (leads and group members).
 */
export async function pairingCounts(
  db: Executor,
  s: CoverageScope,
): Promise<{ pairings: number; counterpart: number; organizations: number }> {
  const area = s.area;
  const row = await db
    .with('counted', (w) =>
      w
        .selectFrom('pairings as p')
        .select(['p.id', 'p.organization_id', 'p.is_counterpart'])
        .where('p.program_id', '=', s.programId)
        .where('p.status', '=', 'confirmed')
        .where('p.start_date', '<=', s.asOf)
        .where('p.end_date', '>=', s.asOf)
        .$if(area !== null, (q) =>
          q.where((eb) =>
            eb.exists(
              eb
                .selectFrom('pairing_places as pp')
                .select(sql<number>`1`.as('one'))
                .whereRef('pp.pairing_id', '=', 'p.id')
                .where((x) =>
                  x.or([x('pp.region_code', 'like', `${area}%`), x('pp.region_code', 'in', regionPrefixes(area!))]),
                ),
            ),
          ),
        ),
    )
    .with('involved', (w) =>
      w
        .selectFrom('counted')
        .select('counted.organization_id')
        .union(
          w
            .selectFrom('pairing_members as pm')
            .innerJoin('counted', 'counted.id', 'pm.pairing_id')
            .select('pm.organization_id'),
        ),
    )
    .selectNoFrom((eb) => [
      eb
        .selectFrom('counted')
        .select(sql<number>`count(*)`.as('n'))
        .as('pairings'),
      eb
        .selectFrom('counted')
        .select(sql<number>`count(*)`.as('n'))
        .where('counted.is_counterpart', '=', true)
        .as('counterpart'),
      eb
        .selectFrom('involved')
        .select(sql<number>`count(*)`.as('n'))
        .as('organizations'),
    ])
    .executeTakeFirstOrThrow();
  return {
    pairings: Number(row.pairings ?? 0),
    counterpart: Number(row.counterpart ?? 0),
    organizations: Number(row.organizations ?? 0),
  };
}

export function findProgram(db: Executor, id: number) {
  return db.selectFrom('programs').select(['id', 'name', 'region_code']).where('id', '=', id).executeTakeFirst();
}

export async function existingRegions(db: Executor, codes: string[]): Promise<Set<string>> {
  if (codes.length === 0) return new Set();
  const rows = await db.selectFrom('regions').select('code').where('code', 'in', codes).execute();
  return new Set(rows.map((r) => r.code));
}
