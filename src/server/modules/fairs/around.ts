// What a fair's regions hold, shown to whoever sees the fair: the key areas of active programs lying inside them
// (whether a confirmed, current pairing already covers each), and the needs still open there.
import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import { chinaToday, isIsoDate } from '../../../common/glossary.ts';
import type { DB } from '../../db/types.ts';
import { fieldError } from '../../errors.ts';
import type { Actor } from '../../platform/access.ts';
import { decodeCursor, encodeCursor } from '../../platform/http.ts';
import { iso } from '../../platform/sql.ts';
import type { NeedPage } from '../needs/schemas.ts';
import { needSummary } from '../needs/views.ts';
import { inRegion, OPEN, SUMMARY_COLUMNS } from '../need-search/queries.ts';
import { regionPaths } from '../regions/queries.ts';
import * as q from './queries.ts';
import type { FairKeyAreaPage } from './schemas.ts';
import { fairNotFound } from './service.ts';

type PageQuery = { limit?: number | undefined; cursor?: string | undefined };

const DEFAULT_LIMIT = 50;
const badCursor = () => fieldError('cursor', '翻页游标无效，请从第一页重新加载');

async function visibleFairRegions(db: q.Executor, actor: Actor, fairId: number) {
  const fair = await q.visibleFair(db, actor, fairId);
  if (!fair) throw fairNotFound();
  return { fair, regions: (await q.regionsOf(db, [fairId])).get(fairId) ?? [] };
}

// ---- key areas ----

type DesignationEb = ExpressionBuilder<DB & { d: DB['designations'] }, 'd'>;

/**
 * A confirmed pairing of the designation's program, current today, has a place that is the key area or contains it
 * (pairing places are counties, townships or villages, so the candidates are the key area's 6-, 9- and 12-digit
 * prefixes, which the index on pairing_places answers).
 */
function pairedToday(eb: DesignationEb, today: string): Expression<SqlBool> {
  return eb.exists(
    eb
      .selectFrom('pairings as pr')
      .innerJoin('pairing_places as pp', 'pp.pairing_id', 'pr.id')
      .select(sql<number>`1`.as('one'))
      .whereRef('pr.program_id', '=', 'd.program_id')
      .where('pr.status', '=', 'confirmed')
      .where('pr.start_date', '<=', today)
      .where('pr.end_date', '>=', today)
      .where(sql<SqlBool>`pp.region_code in (substr(d.region_code, 1, 6), substr(d.region_code, 1, 9), d.region_code)`),
  );
}

export async function fairKeyAreas(db: q.Executor, actor: Actor, fairId: number, query: PageQuery): Promise<FairKeyAreaPage> {
  const { fair, regions } = await visibleFairRegions(db, actor, fairId);
  const cursor = decodeCursor(query.cursor, ['string', 'number']) as [string, number] | undefined;
  if (cursor && (!/^[0-9]{2,12}$/.test(cursor[0]) || !Number.isSafeInteger(cursor[1]))) throw badCursor();
  const limit = query.limit ?? DEFAULT_LIMIT;
  const today = chinaToday();
  const rows = await db
    .selectFrom('designations as d')
    .innerJoin('programs as p', 'p.id', 'd.program_id')
    .select(['d.id', 'd.kind', 'd.region_code', 'p.id as program_id', 'p.name as program_name'])
    .select((eb) => sql<boolean>`${pairedToday(eb, today)}`.as('paired'))
    .where('d.retired_at', 'is', null)
    .where('p.status', '=', 'active')
    .$if(fair.program_id !== null, (qb) => qb.where('d.program_id', '=', fair.program_id!))
    .where((eb) => eb.or(regions.map((code) => eb('d.region_code', 'like', `${code}%`))))
    .$if(cursor !== undefined, (qb) =>
      qb.where((eb) => eb(eb.refTuple('d.region_code', 'd.id'), '>', eb.tuple(cursor![0], cursor![1]))),
    )
    .orderBy('d.region_code')
    .orderBy('d.id')
    .limit(limit + 1)
    .execute();
  const page = rows.slice(0, limit);
  const paths = await regionPaths(
    db,
    page.map((r) => r.region_code),
  );
  const last = page.at(-1);
  return {
    items: page.map((r) => ({
      designationId: r.id,
      kind: r.kind,
      program: { id: r.program_id, name: r.program_name },
      region: { code: r.region_code, name: paths.get(r.region_code) ?? r.region_code },
      paired: r.paired === true,
    })),
    nextCursor: rows.length > limit && last ? encodeCursor([last.region_code, last.id]) : null,
  };
}

// ---- needs ----

/** The open needs (published or partly claimed, deadline not past) of the fair's regions, soonest deadline first. */
export async function fairNeeds(db: q.Executor, actor: Actor, fairId: number, query: PageQuery): Promise<NeedPage> {
  const { regions } = await visibleFairRegions(db, actor, fairId);
  const cursor = decodeCursor(query.cursor, ['string', 'number']) as [string, number] | undefined;
  if (cursor && (!isIsoDate(cursor[0]) || !Number.isSafeInteger(cursor[1]))) throw badCursor();
  const limit = query.limit ?? DEFAULT_LIMIT;
  const rows = await db
    .selectFrom('needs as n')
    .select(SUMMARY_COLUMNS)
    .select('n.published_at')
    .where(OPEN)
    .where('n.deadline', '>=', chinaToday())
    .where((eb) => eb.or(regions.map((code) => inRegion(eb, code))))
    .$if(cursor !== undefined, (qb) =>
      qb.where((eb) => eb(eb.refTuple('n.deadline', 'n.id'), '>', eb.tuple(cursor![0], cursor![1]))),
    )
    .orderBy('n.deadline')
    .orderBy('n.id')
    .limit(limit + 1)
    .execute();
  const page = rows.slice(0, limit);
  const paths = await regionPaths(
    db,
    page.map((r) => r.region_code),
  );
  const last = page.at(-1);
  return {
    items: page.map((r) => needSummary(r, paths.get(r.region_code) ?? r.region_code, iso(r.published_at))),
    nextCursor: rows.length > limit && last ? encodeCursor([last.deadline, last.id]) : null,
  };
}
