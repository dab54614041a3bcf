// Annual work plans (年度工作计划): an organization's own plans and its form for a year (save the draft, submit),
// officials' list of submitted plans in scope, and one plan with the year's projects and pairings.
import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ListWorkPlansQuery,
  PutWorkPlanBody,
  WorkPlanDetail,
  WorkPlanPage,
  WorkPlanSummary,
} from '../../../src/server/modules/work-plans/schemas.ts';
import { ApiError, api } from './client.ts';

export type { PutWorkPlanBody, WorkPlanDetail, WorkPlanSummary };
export { WORK_PLAN_STATUSES, type WorkPlanStatus } from '../../../src/common/projects.ts';

export type WorkPlanFilters = Omit<ListWorkPlansQuery, 'cursor' | 'limit'>;

const PAGE_SIZE = 30;

const planKey = (id: number) => ['work-plans', 'one', id] as const;
const yearKey = (year: number) => ['work-plans', 'year', year] as const;

export function useWorkPlans(filters: WorkPlanFilters) {
  return useInfiniteQuery({
    queryKey: ['work-plans', 'list', filters],
    queryFn: ({ pageParam, signal }) =>
      api<WorkPlanPage>('/work-plans', { query: { ...filters, limit: PAGE_SIZE, cursor: pageParam }, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

export function useWorkPlan(id: number | null) {
  return useQuery({
    queryKey: planKey(id ?? 0),
    queryFn: ({ signal }) => api<WorkPlanDetail>(`/work-plans/${id ?? 0}`, { signal }),
    enabled: id !== null,
    retry: false,
  });
}

/** The caller organization's plan for the year, or null while it has none (the server answers 404). */
export function useOwnWorkPlan(year: number | null) {
  return useQuery({
    queryKey: yearKey(year ?? 0),
    queryFn: async ({ signal }) => {
      try {
        return await api<WorkPlanDetail>(`/work-plans/year/${year ?? 0}`, { signal });
      } catch (err) {
        if (err instanceof ApiError && err.status === 404) return null;
        throw err;
      }
    },
    enabled: year !== null,
    retry: false,
    // The form holds what the person typed: a refetch on focus must not look like someone else's change.
    refetchOnWindowFocus: false,
  });
}

/** Keeps the plan the server answered under both its keys and refreshes the lists. */
function useRemember() {
  const client = useQueryClient();
  return (plan: WorkPlanDetail) => {
    client.setQueryData(planKey(plan.id), plan);
    client.setQueryData(yearKey(plan.year), plan);
    void client.invalidateQueries({ queryKey: ['work-plans', 'list'] });
  };
}

export function useSaveWorkPlan(year: number) {
  const remember = useRemember();
  return useMutation({
    mutationFn: (body: PutWorkPlanBody) => api<WorkPlanDetail>(`/work-plans/${year}`, { method: 'PUT', body }),
    onSuccess: remember,
  });
}

export function useSubmitWorkPlan(year: number) {
  const remember = useRemember();
  return useMutation({
    mutationFn: () => api<WorkPlanDetail>(`/work-plans/${year}/submit`, { method: 'POST' }),
    onSuccess: remember,
  });
}
