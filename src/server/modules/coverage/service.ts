// Coverage for officials: a program's key areas in their scope, paired or not, as totals per kind, per county and
// as rows. Reading only; the export (export.ts) writes the same rows to Excel as a job.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';
import { regionScope, type Actor } from '../../platform/access.ts';
import { decodeCursor, encodeCursor } from '../../platform/http.ts';
import { regionPaths } from '../regions/queries.ts';
import { byKindOrder } from './kinds.ts';
import { areasPage, countsByCounty, countsByKind, pairingCounts, type CoverageScope } from './queries.ts';
import type {
  CoverageAreaPage,
  CoverageAreasQuery,
  CoverageCounties,
  CoverageQuery,
  CoverageSummary,
} from './schemas.ts';
import { resolveCoverage, type ResolvedCoverage } from './scope.ts';
import { toAreas } from './views.ts';

/** The summary of an already resolved request (the export's summary sheet uses it too). */
export async function summaryOf(db: Kysely<DB>, { program, scope }: ResolvedCoverage): Promise<CoverageSummary> {
  const [kinds, counts] = await Promise.all([countsByKind(db, scope), pairingCounts(db, scope)]);
  return {
    program: { id: program.id, name: program.name },
    asOf: scope.asOf,
    kinds: kinds
      .sort((a, b) => byKindOrder(a.kind, b.kind))
      .map((k) => ({
        kind: k.kind,
        total: k.total,
        paired: k.paired,
        partial: k.partial,
        unpaired: k.unpaired,
        counterpart: k.counterpart,
      })),
    pairings: counts.pairings,
    counterpartPairings: counts.counterpart,
    organizations: counts.organizations,
  };
}

export async function getSummary(db: Kysely<DB>, actor: Actor, query: CoverageQuery): Promise<CoverageSummary> {
  return summaryOf(db, await resolveCoverage(db, regionScope(actor), query));
}

export async function getCounties(db: Kysely<DB>, actor: Actor, query: CoverageQuery): Promise<CoverageCounties> {
  const { scope } = await resolveCoverage(db, regionScope(actor), query);
  const rows = await countsByCounty(db, scope);
  const paths = await regionPaths(
    db,
    rows.map((r) => r.county),
  );
  return {
    items: rows.map((r) => ({
      county: { code: r.county, name: paths.get(r.county) ?? r.county },
      total: r.total,
      paired: r.paired,
      partial: r.partial,
      unpaired: r.unpaired,
      counterpart: r.counterpart,
    })),
  };
}

/** One page of rows and the cursor after it; `after` as decoded from a cursor. */
export async function areaPage(
  db: Kysely<DB>,
  scope: CoverageScope,
  state: CoverageAreasQuery['state'],
  after: { regionCode: string; id: number } | undefined,
  limit: number,
): Promise<CoverageAreaPage> {
  const rows = await areasPage(db, scope, state, after, limit);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: await toAreas(db, scope, page),
    nextCursor: rows.length > limit && last ? encodeCursor([last.region_code, last.id]) : null,
  };
}

export async function getAreas(db: Kysely<DB>, actor: Actor, query: CoverageAreasQuery): Promise<CoverageAreaPage> {
  const cursor = decodeCursor(query.cursor, ['string', 'number']) as [string, number] | undefined;
  const { scope } = await resolveCoverage(db, regionScope(actor), query);
  return areaPage(db, scope, query.state, cursor && { regionCode: cursor[0], id: cursor[1] }, query.limit ?? 50);
}
