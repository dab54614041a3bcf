// Statistics of the ledger (统计分析): summary cards, trend by month, breakdowns, the region tree by amount, coverage
// of a program's key areas and of key populations, and the Excel export. The figures are live: asked again every
// 30 seconds and when the window regains focus, so that a record just written shows without reloading.
import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AreaCoveragePage,
  AreaCoverageQuery,
  BreakdownQuery,
  PopulationCoverage,
  RegionTree,
  StatisticsBreakdown,
  StatisticsExportBody,
  StatisticsQuery,
  StatisticsSummary,
  StatisticsTrend,
} from '../../../src/server/modules/statistics/schemas.ts';
import { ApiError, api } from './client.ts';

export type {
  AreaCoveragePage,
  PopulationCoverage,
  RegionTree,
  StatisticsBreakdown,
  StatisticsExportBody,
  StatisticsQuery,
  StatisticsSummary,
  StatisticsTrend,
};
export type Figures = StatisticsSummary['figures'];
export type TrendPoint = StatisticsTrend['points'][number];
export type BreakdownRow = StatisticsBreakdown['rows'][number];
export type BreakdownBy = BreakdownQuery['by'];
export type RegionTreeChild = RegionTree['children'][number];
export type AreaCoverageRow = AreaCoveragePage['items'][number];
export type AreaCoverageFilters = Omit<AreaCoverageQuery, 'cursor' | 'limit'>;
export type PopulationRow = PopulationCoverage['rows'][number];

/** How often the figures are asked again while the page is open. */
export const LIVE_INTERVAL_MS = 30_000;

const live = {
  refetchInterval: LIVE_INTERVAL_MS,
  refetchOnWindowFocus: true,
  staleTime: 5_000,
  placeholderData: keepPreviousData,
} as const;

export function useStatisticsSummary(query: StatisticsQuery) {
  return useQuery({
    queryKey: ['statistics', 'summary', query],
    queryFn: ({ signal }) => api<StatisticsSummary>('/statistics/summary', { query, signal }),
    ...live,
  });
}

export function useStatisticsTrend(query: StatisticsQuery) {
  return useQuery({
    queryKey: ['statistics', 'trend', query],
    queryFn: ({ signal }) => api<StatisticsTrend>('/statistics/trend', { query, signal }),
    select: (reply) => reply.points,
    ...live,
  });
}

export function useStatisticsBreakdown(query: StatisticsQuery, by: BreakdownBy, enabled = true) {
  return useQuery({
    queryKey: ['statistics', 'breakdown', by, query],
    queryFn: ({ signal }) => api<StatisticsBreakdown>('/statistics/breakdown', { query: { ...query, by }, signal }),
    select: (reply) => reply.rows,
    enabled,
    ...live,
  });
}

export function useRegionTree(query: StatisticsQuery) {
  return useQuery({
    queryKey: ['statistics', 'tree', query],
    queryFn: ({ signal }) => api<RegionTree>('/statistics/tree', { query, signal }),
    ...live,
  });
}

export function usePopulationCoverage(query: StatisticsQuery) {
  return useQuery({
    queryKey: ['statistics', 'populations', query],
    queryFn: ({ signal }) => api<PopulationCoverage>('/statistics/populations', { query, signal }),
    select: (reply) => reply.rows,
    ...live,
  });
}

const AREA_PAGE = 50;
/** The largest page the server gives: the treemap shows this many key areas at most. */
export const AREA_MAP_LIMIT = 200;

export function useAreaCoverage(filters: AreaCoverageFilters | null) {
  return useInfiniteQuery({
    queryKey: ['statistics', 'areas', filters],
    queryFn: ({ pageParam, signal }) =>
      api<AreaCoveragePage>('/statistics/areas', {
        query: { ...(filters ?? { programId: 0 }), limit: AREA_PAGE, cursor: pageParam },
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled: filters !== null,
    ...live,
  });
}

/** The first page of up to 200 key areas, for the map of areas by amount. */
export function useAreaMap(filters: AreaCoverageFilters | null) {
  return useQuery({
    queryKey: ['statistics', 'areas', 'map', filters],
    queryFn: ({ signal }) =>
      api<AreaCoveragePage>('/statistics/areas', { query: { ...(filters ?? { programId: 0 }), limit: AREA_MAP_LIMIT }, signal }),
    enabled: filters !== null,
    ...live,
  });
}

/**
 * The first of these programs with key areas in the caller's scope, or null. The candidates come narrowed by region
 * (a program whose region neither holds nor lies in the scope has none there), so this asks one or two programs, not
 * every one; a program the caller may not see (403/404) is passed over.
 */
export function useFirstProgramWithAreas(programIds: number[], period: { from: string; to: string }) {
  return useQuery({
    queryKey: ['statistics', 'first-program', programIds, period],
    queryFn: async ({ signal }) => {
      for (const programId of programIds) {
        try {
          const page = await api<AreaCoveragePage>('/statistics/areas', { query: { programId, ...period, limit: 1 }, signal });
          if (page.totals.areas > 0) return programId;
        } catch (err) {
          if (!(err instanceof ApiError) || (err.status !== 404 && err.status !== 403)) throw err;
        }
      }
      return null;
    },
    enabled: programIds.length > 0,
    // The choice is made once; the figures themselves are live.
    staleTime: 5 * 60_000,
  });
}

export function useStartStatisticsExport() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: StatisticsExportBody) => api<{ jobId: string }>('/statistics/export', { method: 'POST', body }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['jobs', 'list'] }),
  });
}
