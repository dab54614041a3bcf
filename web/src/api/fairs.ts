// Matching fairs and rural tours (对接会 / 乡村行): the list, one fair with the steps its caller may take (edit, close,
// cancel, sign up, withdraw), the organizers' list of sign-ups, the key areas and open needs of the fair's regions,
// and its dashboard, refetched while open so that it follows the projects as they move.
import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Static } from 'typebox';
import type {
  CreateFairBody,
  FairDashboard,
  FairDetail,
  FairKeyArea as FairKeyAreaSchema,
  FairKeyAreaPage,
  FairPage,
  FairSummary,
  ListFairsQuery,
  Signup as SignupSchema,
  SignupPage,
  UpdateFairBody,
} from '../../../src/server/modules/fairs/schemas.ts';
import type { NeedPage, NeedSummary } from '../../../src/server/modules/needs/schemas.ts';
import type { ProgramPage } from '../../../src/server/modules/programs/schemas.ts';
import { api } from './client.ts';

export type { CreateFairBody, FairDashboard, FairDetail, FairSummary, NeedSummary, UpdateFairBody };
export type FairKeyArea = Static<typeof FairKeyAreaSchema>;
export type Signup = Static<typeof SignupSchema>;
export type FairFilters = Omit<ListFairsQuery, 'cursor' | 'limit'>;

export {
  FAIR_KIND_LABELS,
  FAIR_KINDS,
  FAIR_STATUS_LABELS,
  FAIR_STATUSES,
  type FairKind,
  type FairStatus,
} from '../../../src/common/projects.ts';

const PAGE_SIZE = 30;
/** The dashboard follows the projects while it is open ("随项目进展实时更新"). */
export const DASHBOARD_REFRESH_MS = 30_000;

export const fairKey = (id: number) => ['fairs', 'one', id] as const;

export function useFairs(filters: FairFilters) {
  return useInfiniteQuery({
    queryKey: ['fairs', 'list', filters, PAGE_SIZE],
    queryFn: ({ pageParam, signal }) =>
      api<FairPage>('/fairs', { query: { ...filters, limit: PAGE_SIZE, cursor: pageParam }, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

export function useFair(id: number | null) {
  return useQuery({
    queryKey: fairKey(id ?? 0),
    queryFn: ({ signal }) => api<FairDetail>(`/fairs/${id ?? 0}`, { signal }),
    enabled: id !== null,
  });
}

/** A keyset list hanging off one fair (sign-ups, key areas, needs), loaded only when the page shows it. */
function useFairList<T>(id: number, part: 'signups' | 'key-areas' | 'needs', enabled: boolean) {
  return useInfiniteQuery({
    queryKey: [...fairKey(id), part],
    queryFn: ({ pageParam, signal }) =>
      api<{ items: T[]; nextCursor: string | null }>(`/fairs/${id}/${part}`, {
        query: { limit: PAGE_SIZE, cursor: pageParam },
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled,
  });
}

export const useFairSignups = (id: number, enabled: boolean) => useFairList<SignupPage['items'][number]>(id, 'signups', enabled);
export const useFairKeyAreas = (id: number, enabled: boolean) =>
  useFairList<FairKeyAreaPage['items'][number]>(id, 'key-areas', enabled);
export const useFairNeeds = (id: number, enabled: boolean) => useFairList<NeedPage['items'][number]>(id, 'needs', enabled);

export function useFairDashboard(id: number | null) {
  return useQuery({
    queryKey: [...fairKey(id ?? 0), 'dashboard'],
    queryFn: ({ signal }) => api<FairDashboard>(`/fairs/${id ?? 0}/dashboard`, { signal }),
    enabled: id !== null,
    refetchInterval: DASHBOARD_REFRESH_MS,
    refetchOnWindowFocus: true,
  });
}

/**
 * After any step: the fair as the server answered it (the reply is the detail as this caller sees it, actions
 * included), and everything else about it and the lists (sign-up counts, the "已报名" flags, the fairs the pairing
 * and project forms offer).
 */
function useRemember() {
  const client = useQueryClient();
  return (fair: FairDetail) => {
    client.setQueryData(fairKey(fair.id), fair);
    void client.invalidateQueries({ queryKey: ['fairs', 'list'] });
    void client.invalidateQueries({
      queryKey: fairKey(fair.id),
      predicate: (q) => q.queryKey.length > fairKey(fair.id).length,
    });
  };
}

export function useCreateFair() {
  const remember = useRemember();
  return useMutation({
    mutationFn: (body: CreateFairBody) => api<FairDetail>('/fairs', { method: 'POST', body }),
    onSuccess: remember,
  });
}

export function useUpdateFair(id: number) {
  const remember = useRemember();
  return useMutation({
    mutationFn: (body: UpdateFairBody) => api<FairDetail>(`/fairs/${id}`, { method: 'PATCH', body }),
    onSuccess: remember,
  });
}

export function useCloseFair(id: number) {
  const remember = useRemember();
  return useMutation({
    mutationFn: () => api<FairDetail>(`/fairs/${id}/close`, { method: 'POST', body: {} }),
    onSuccess: remember,
  });
}

export function useCancelFair(id: number) {
  const remember = useRemember();
  return useMutation({
    mutationFn: (reason: string) =>
      api<FairDetail>(`/fairs/${id}/cancel`, { method: 'POST', body: reason ? { reason } : {} }),
    onSuccess: remember,
  });
}

export function useSignUp(id: number) {
  const remember = useRemember();
  return useMutation({
    mutationFn: (note: string) => api<FairDetail>(`/fairs/${id}/signup`, { method: 'POST', body: note ? { note } : {} }),
    onSuccess: remember,
  });
}

export function useWithdrawSignup(id: number) {
  const remember = useRemember();
  return useMutation({
    mutationFn: () => api<FairDetail>(`/fairs/${id}/signup`, { method: 'DELETE' }),
    onSuccess: remember,
  });
}

/** Active programs to tie a fair to (an area has a handful: one page of 200 holds them). */
export function useActivePrograms() {
  return useQuery({
    queryKey: ['programs', 'list', 'choices', 'active'],
    queryFn: ({ signal }) => api<ProgramPage>('/programs', { query: { status: 'active', limit: 200 }, signal }),
    select: (page) => page.items,
    staleTime: 60_000,
  });
}
