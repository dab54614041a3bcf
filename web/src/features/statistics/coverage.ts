// The coverage page's filters in its URL (program, months, region, gaps only), the programs worth asking about
// first, and the drill-down of one key area.
import { filtersFromParams, filtersToParams, ledgerLink, type ResolvedFilters, type StatFilters } from './filters.ts';

export interface CoverageFilters {
  programId?: number;
  region?: string;
  from?: string;
  to?: string;
  onlyGaps?: boolean;
}

export function coverageFromParams(params: URLSearchParams): CoverageFilters {
  const { programId, region, from, to } = filtersFromParams(params);
  const out: CoverageFilters = {};
  if (programId !== undefined) out.programId = programId;
  if (region !== undefined) out.region = region;
  if (from !== undefined) out.from = from;
  if (to !== undefined) out.to = to;
  if (params.get('onlyGaps') === 'true') out.onlyGaps = true;
  return out;
}

export function coverageToParams(filters: CoverageFilters): URLSearchParams {
  const { onlyGaps, ...rest } = filters;
  const params = filtersToParams(rest satisfies StatFilters);
  if (onlyGaps) params.set('onlyGaps', 'true');
  return params;
}

/**
 * The programs that may have key areas in the caller's scope: those whose region holds the scope or lies inside it
 * (a Chongqing program for a Wuxi official, a Wuxi one for a Chongqing official), in the order given. Everyone's for
 * a national scope.
 */
export function programsInScope<P extends { id: number; regionCode: string }>(programs: readonly P[], scope: string | null): P[] {
  if (!scope) return [...programs];
  return programs.filter((p) => scope.startsWith(p.regionCode) || p.regionCode.startsWith(scope));
}

/** The ledger records of one key area in the period: every record whose place lies in it. */
export function areaLink(period: Pick<ResolvedFilters, 'from' | 'to'>, regionCode: string): string {
  return ledgerLink({ from: period.from, to: period.to }, { region: regionCode });
}
