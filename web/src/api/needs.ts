// Needs (需求) as the finders see them: the search, the organization's suggestions, one need with what the caller may
// do to it (publish, withdraw, close, take down, claim), and the public pages. Every query key starts with 'needs',
// so whoever changes a need or its claims (the claims panel, the liaison's forms) refreshes them all with one call.
import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Static } from 'typebox';
import type {
  KeyAreaKind,
  NeedDetail,
  NeedFile,
  NeedKind,
  NeedPage,
  NeedSort,
  NeedStatus,
  NeedSummary,
  PublicNeed,
  PublicNeedPage as PublicNeedPageSchema,
  SearchNeedsQuery,
  SuggestedNeed,
  SuggestedNeeds,
} from '../../../src/server/modules/needs/schemas.ts';
import type { Claim, CreateClaimBody } from '../../../src/server/modules/claims/schemas.ts';
import type { MaskedHousehold } from '../../../src/server/modules/households/schemas.ts';
import { ApiError, api } from './client.ts';

export type {
  Claim, CreateClaimBody, KeyAreaKind, MaskedHousehold, NeedDetail, NeedFile, NeedKind, NeedSort, NeedStatus, NeedSummary,
  PublicNeed, SuggestedNeed,
};
type PublicNeedPage = Static<typeof PublicNeedPageSchema>;
export type NeedActions = NeedDetail['actions'];

export { KEY_AREA_KINDS, NEED_KINDS, NEED_SORTS, SEARCH_STATUSES, type SearchStatus } from '../../../src/common/needs.ts';

/** The filters of the search forms, as the server takes them (the page and its size are the hook's). */
export type NeedFilters = Omit<SearchNeedsQuery, 'cursor' | 'limit'>;

const PAGE_SIZE = 24;

export const needsKey = ['needs'] as const;
const needKey = (id: number) => ['needs', 'one', id] as const;

export function useNeedSearch(filters: NeedFilters, enabled = true) {
  return useInfiniteQuery({
    queryKey: ['needs', 'search', filters],
    queryFn: ({ pageParam, signal }) =>
      api<NeedPage>('/needs', { query: { ...filters, limit: PAGE_SIZE, cursor: pageParam }, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** The organization's suggestions, best first (the server ranks and caps them). */
export function useSuggestedNeeds(enabled: boolean) {
  return useQuery({
    queryKey: ['needs', 'suggested'],
    queryFn: ({ signal }) => api<SuggestedNeeds>('/needs/suggested', { signal }),
    select: (reply) => reply.items,
    enabled,
  });
}

/** A need the caller may not see (404) or a bad id (400) will not appear by asking again; a network hiccup may. */
function noRetryOnRefusal(count: number, error: unknown): boolean {
  return count < 2 && !(error instanceof ApiError && error.status >= 400 && error.status < 500);
}

export function useNeed(id: number | null) {
  return useQuery({
    queryKey: needKey(id ?? 0),
    queryFn: ({ signal }) => api<NeedDetail>(`/needs/${id ?? 0}`, { signal }),
    enabled: id !== null,
    retry: noRetryOnRefusal,
  });
}

/** Everything shown about needs may have changed: the need, the lists, the suggestions, the claims. */
function useRefreshNeeds() {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: needsKey });
    void client.invalidateQueries({ queryKey: ['claims'] });
  };
}

export type NeedTransition = 'publish' | 'withdraw' | 'close' | 'take-down';

/** publish, withdraw {reason}, close, take-down {reason}: the state buttons of the detail page. */
export function useNeedTransition(id: number) {
  const refresh = useRefreshNeeds();
  return useMutation({
    mutationFn: ({ action, reason }: { action: NeedTransition; reason?: string }) =>
      api<unknown>(`/needs/${id}/${action}`, { method: 'POST', ...(reason !== undefined ? { body: { reason } } : {}) }),
    onSuccess: refresh,
  });
}

export function useClaimNeed(id: number) {
  const refresh = useRefreshNeeds();
  return useMutation({
    mutationFn: (body: CreateClaimBody) => api<Claim>(`/needs/${id}/claims`, { method: 'POST', body }),
    onSuccess: refresh,
  });
}

export function usePublicNeeds(filters: NeedFilters) {
  return useInfiniteQuery({
    queryKey: ['needs', 'public', 'list', filters],
    queryFn: ({ pageParam, signal }) =>
      api<PublicNeedPage>('/public/needs', { query: { ...filters, limit: PAGE_SIZE, cursor: pageParam }, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

export function usePublicNeed(id: number | null) {
  return useQuery({
    queryKey: ['needs', 'public', 'one', id ?? 0],
    queryFn: ({ signal }) => api<PublicNeed>(`/public/needs/${id ?? 0}`, { signal }),
    enabled: id !== null,
    retry: noRetryOnRefusal,
  });
}
