// Coverage (结对覆盖) of a program's key areas by confirmed, current pairings: the summary per kind, the counties,
// the key areas (one county's, or those in one state), and the Excel export.
import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CoverageArea,
  CoverageAreaPage,
  CoverageAreasQuery,
  CoverageCounties,
  CoverageExportBody,
  CoverageQuery,
  CoverageSummary,
} from '../../../src/server/modules/coverage/schemas.ts';
import { ApiError, api } from './client.ts';

export type { CoverageArea, CoverageExportBody, CoverageQuery, CoverageSummary };
export type CoverageCounty = CoverageCounties['items'][number];
export type CoverageKindSummary = CoverageSummary['kinds'][number];
export type CoverageAreaFilters = Omit<CoverageAreasQuery, 'cursor' | 'limit'>;

export { COVERAGE_STATES, COVERAGE_STATE_LABELS, type CoverageState } from '../../../src/common/projects.ts';

const PAGE_SIZE = 50;

export const coverageSummaryKey = (query: CoverageQuery) => ['coverage', 'summary', query] as const;

export function fetchCoverageSummary(query: CoverageQuery, signal?: AbortSignal): Promise<CoverageSummary> {
  return api<CoverageSummary>('/coverage', { query, ...(signal ? { signal } : {}) });
}

export function useCoverageSummary(query: CoverageQuery | null) {
  return useQuery({
    queryKey: coverageSummaryKey(query ?? { programId: 0 }),
    queryFn: ({ signal }) => fetchCoverageSummary(query ?? { programId: 0 }, signal),
    enabled: query !== null,
    placeholderData: keepPreviousData,
  });
}

/**
 * The first of these programs whose key areas in the caller's scope are not none, asked one after the other (a
 * program whose region the caller cannot see answers 404 and is passed over); null when none has any.
 */
export function useFirstProgramWithKeyAreas(programIds: number[], asOf: string) {
  const client = useQueryClient();
  return useQuery({
    queryKey: ['coverage', 'first-program', programIds, asOf],
    queryFn: async ({ signal }) => {
      for (const programId of programIds) {
        const query = { programId, asOf };
        try {
          const summary = await fetchCoverageSummary(query, signal);
          // Kept, so that the page shows the chosen program's summary without asking again.
          client.setQueryData(coverageSummaryKey(query), summary);
          if (summary.kinds.some((k) => k.total > 0)) return programId;
        } catch (err) {
          if (!(err instanceof ApiError) || (err.status !== 404 && err.status !== 403)) throw err;
        }
      }
      return null;
    },
    enabled: programIds.length > 0,
    staleTime: 5 * 60_000,
  });
}

export function useCoverageCounties(query: CoverageQuery | null) {
  return useQuery({
    queryKey: ['coverage', 'counties', query],
    queryFn: ({ signal }) => api<CoverageCounties>('/coverage/counties', { query: query ?? { programId: 0 }, signal }),
    select: (reply) => reply.items,
    enabled: query !== null,
    placeholderData: keepPreviousData,
  });
}

export function useCoverageAreas(filters: CoverageAreaFilters | null, options: { pageSize?: number } = {}) {
  const limit = options.pageSize ?? PAGE_SIZE;
  return useInfiniteQuery({
    queryKey: ['coverage', 'areas', filters, limit],
    queryFn: ({ pageParam, signal }) =>
      api<CoverageAreaPage>('/coverage/areas', { query: { ...(filters ?? { programId: 0 }), limit, cursor: pageParam }, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
    enabled: filters !== null,
  });
}

export function useStartCoverageExport() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CoverageExportBody) => api<{ jobId: string }>('/coverage/export', { method: 'POST', body }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['jobs', 'list'] }),
  });
}
