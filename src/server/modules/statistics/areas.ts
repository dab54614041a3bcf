// Coverage and gaps of a program's key areas in a period: for each current key area in scope, the program's
// pairings that were confirmed and running at some time in the period with a place equal to the area, containing it
// or inside it (as the coverage module reads places), and the aid recorded at places inside the area; an area
// whose records all net out, or that has none, is a gap. Everything is worked out in SQL over the areas in scope, so
// the totals and a page cost the same whatever the page.
import { sql, type Kysely, type SqlBool } from 'kysely';
import type { DB } from '../../db/types.ts';
import { AppError } from '../../errors.ts';
import { decodeCursor, encodeCursor } from '../../platform/http.ts';
import { regionPaths } from '../regions/queries.ts';
import { RECORD_SOURCE } from './figures.ts';
import { dayAfter, firstDay, lastDay } from './months.ts';
import type { AreaCoveragePage } from './schemas.ts';
import type { StatisticsScope } from './scope.ts';

// Key areas are counties, townships or villages, so whatever touches one lies in its county: the equality lets the
// county indexes find the candidates before the prefix test.
const PLACE_TOUCHES = sql<SqlBool>`pp.county_code = substr(d.region_code, 1, 6)
  and (d.region_code like pp.region_code || '%' or pp.region_code like d.region_code || '%')`;
const RECORD_INSIDE = sql<SqlBool>`r.county_code = substr(d.region_code, 1, 6) and r.region_code like d.region_code || '%'`;

/** Every current key area of the program in scope with its pairings and aid in the period. */
function areaRows(db: Kysely<DB>, s: StatisticsScope, programId: number) {
  const start = firstDay(s.from);
  const org = s.organizationId;
  return db
    .with('d', (w) =>
      w
        .selectFrom('designations')
        .select(['id', 'region_code', 'kind'])
        .where('program_id', '=', programId)
        .where('retired_at', 'is', null)
        .$if(s.area !== null, (q) => q.where('region_code', 'like', `${s.area}%`)),
    )
    .with('paired', (w) =>
      w
        .selectFrom('d')
        .innerJoin('pairing_places as pp', (j) => j.on(PLACE_TOUCHES))
        .innerJoin('pairings as p', 'p.id', 'pp.pairing_id')
        .select(['d.id', sql<number>`count(distinct p.id)`.as('pairings')])
        .where('p.program_id', '=', programId)
        .where('p.start_date', '<=', lastDay(s.to))
        .where('p.end_date', '>=', start)
        // An ended pairing counts for the part of the period before it ended.
        .where(
          sql<SqlBool>`(p.status = 'confirmed' or (p.status = 'ended' and (p.ended_at at time zone 'Asia/Shanghai')::date >= ${start}))`,
        )
        .$if(org !== null, (q) =>
          q.where(
            sql<SqlBool>`(p.organization_id = ${org} or exists (select 1 from pairing_members m
              where m.pairing_id = p.id and m.organization_id = ${org}))`,
          ),
        )
        .groupBy('d.id'),
    )
    .with('aid', (w) =>
      w
        .selectFrom('d')
        .innerJoin('aid_records as r', (j) => j.on(RECORD_INSIDE))
        .select([
          'd.id',
          sql<number>`sum(${RECORD_SOURCE.net})::bigint`.as('records'),
          sql<number>`sum(r.amount_fen)::bigint`.as('total_fen'),
          sql<number>`sum(r.beneficiary_count)::bigint`.as('beneficiaries'),
        ])
        .where('r.occurred_on', '>=', start)
        .where('r.occurred_on', '<', dayAfter(s.to))
        .$if(org !== null, (q) => q.where('r.organization_id', '=', org))
        .groupBy('d.id'),
    )
    .selectFrom('d')
    .leftJoin('paired as pa', 'pa.id', 'd.id')
    .leftJoin('aid as a', 'a.id', 'd.id')
    .select([
      'd.id',
      'd.region_code',
      'd.kind',
      sql<number>`coalesce(pa.pairings, 0)`.as('pairings'),
      sql<number>`coalesce(a.records, 0)`.as('records'),
      sql<number>`coalesce(a.total_fen, 0)`.as('total_fen'),
      sql<number>`coalesce(a.beneficiaries, 0)`.as('beneficiaries'),
      sql<boolean>`coalesce(a.records, 0) = 0`.as('gap'),
    ]);
}

/** The program, if the caller may see it: a program of a region overlapping theirs (organizations: any). */
async function visibleProgram(db: Kysely<DB>, programId: number, scopeRegion: string | null): Promise<void> {
  const program = await db.selectFrom('programs').select('region_code').where('id', '=', programId).executeTakeFirst();
  const overlaps =
    program !== undefined &&
    (scopeRegion === null || program.region_code.startsWith(scopeRegion) || scopeRegion.startsWith(program.region_code));
  if (!overlaps) throw new AppError('NOT_FOUND', { message: `帮扶计划 ${programId} 不存在或不在您的管辖范围内` });
}

export interface AreaPageRequest {
  programId: number;
  onlyGaps?: boolean | undefined;
  after?: { regionCode: string; id: number } | undefined;
  limit: number;
}

/** `scopeRegion`: the caller's own region scope (null for the whole country and for organizations). */
export async function areaCoverage(
  db: Kysely<DB>,
  s: StatisticsScope,
  scopeRegion: string | null,
  req: AreaPageRequest,
): Promise<AreaCoveragePage> {
  await visibleProgram(db, req.programId, scopeRegion);
  const all = () => db.selectFrom(areaRows(db, s, req.programId).as('x'));
  const totals = await all()
    .select([
      sql<number>`count(*)`.as('areas'),
      sql<number>`count(*) filter (where x.gap)`.as('gaps'),
      sql<number>`count(*) filter (where x.pairings = 0)`.as('unpaired'),
    ])
    .executeTakeFirstOrThrow();
  const after = req.after;
  const rows = await all()
    .selectAll()
    .$if(req.onlyGaps === true, (q) => q.where('x.gap', '=', true))
    .$if(after !== undefined, (q) =>
      q.where((eb) => eb(eb.refTuple('x.region_code', 'x.id'), '>', eb.tuple(after!.regionCode, after!.id))),
    )
    .orderBy('x.region_code')
    .orderBy('x.id')
    .limit(req.limit + 1)
    .execute();
  const page = rows.slice(0, req.limit);
  const names = await regionPaths(
    db,
    page.map((r) => r.region_code),
  );
  const last = page.at(-1);
  return {
    totals: { areas: totals.areas, gaps: totals.gaps, unpaired: totals.unpaired },
    items: page.map((r) => ({
      regionCode: r.region_code,
      regionName: names.get(r.region_code) ?? r.region_code,
      designationKind: r.kind,
      pairings: r.pairings,
      records: r.records,
      totalFen: r.total_fen,
      beneficiaries: r.beneficiaries,
      gap: r.gap,
    })),
    nextCursor: rows.length > req.limit && last ? encodeCursor([last.region_code, last.id]) : null,
  };
}

export function areaCursor(cursor: string | undefined): { regionCode: string; id: number } | undefined {
  const values = decodeCursor(cursor, ['string', 'number']) as [string, number] | undefined;
  return values && { regionCode: values[0], id: values[1] };
}
