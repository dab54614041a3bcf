// Claims (认领): the claimant's own claims, the claims on needs in a liaison's or official's scope, one claim with its
// timeline, and the steps of its life (withdraw, confirm, decline, progress).
import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Static } from 'typebox';
import type {
  Claim,
  ClaimEvent as ClaimEventSchema,
  ClaimListItem,
  ClaimPage,
  ClaimStatus,
  ListClaimsQuery,
} from '../../../src/server/modules/claims/schemas.ts';
import { api } from './client.ts';

export type { Claim, ClaimListItem, ClaimStatus };
export type ClaimEvent = Static<typeof ClaimEventSchema>;
export type ClaimDelivery = NonNullable<Claim['delivery']>;
export type ClaimFilters = Omit<ListClaimsQuery, 'cursor' | 'limit'>;

export {
  CLAIM_EVENT_ACTIONS,
  CLAIM_STATUSES,
  ENDED_CLAIM_STATUSES,
  LIVE_CLAIM_STATUSES,
  type ClaimEventAction,
} from '../../../src/common/needs.ts';

const PAGE_SIZE = 30;

export const claimKey = (id: number) => ['claims', 'one', id] as const;

export function useClaims(filters: ClaimFilters, options: { pageSize?: number; enabled?: boolean } = {}) {
  const limit = options.pageSize ?? PAGE_SIZE;
  return useInfiniteQuery({
    queryKey: ['claims', 'list', filters, limit],
    queryFn: ({ pageParam, signal }) => api<ClaimPage>('/claims', { query: { ...filters, limit, cursor: pageParam }, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}

export function useClaim(id: number | null) {
  return useQuery({
    queryKey: claimKey(id ?? 0),
    queryFn: ({ signal }) => api<Claim>(`/claims/${id ?? 0}`, { signal }),
    enabled: id !== null,
  });
}

/**
 * Keeps the claim the server answered and refreshes what a step changes: the claim lists and the need (its claimed
 * quantities and status), whose queries all start with 'needs'.
 */
function useRemember() {
  const client = useQueryClient();
  return (claim: Claim) => {
    client.setQueryData(claimKey(claim.id), claim);
    void client.invalidateQueries({ queryKey: ['claims', 'list'] });
    void client.invalidateQueries({ queryKey: ['needs'] });
  };
}

export function useWithdrawClaim() {
  const remember = useRemember();
  return useMutation({
    mutationFn: ({ id, reason }: { id: number; reason?: string }) =>
      api<Claim>(`/claims/${id}/withdraw`, { method: 'POST', body: reason ? { reason } : {} }),
    onSuccess: remember,
  });
}

export function useConfirmClaim() {
  const remember = useRemember();
  return useMutation({
    mutationFn: (id: number) => api<Claim>(`/claims/${id}/confirm`, { method: 'POST' }),
    onSuccess: remember,
  });
}

export function useDeclineClaim() {
  const remember = useRemember();
  return useMutation({
    mutationFn: ({ id, reason }: { id: number; reason: string }) =>
      api<Claim>(`/claims/${id}/decline`, { method: 'POST', body: { reason } }),
    onSuccess: remember,
  });
}

export function useClaimProgress() {
  const remember = useRemember();
  return useMutation({
    mutationFn: ({ id, note }: { id: number; note: string }) =>
      api<Claim>(`/claims/${id}/progress`, { method: 'POST', body: { note } }),
    onSuccess: remember,
  });
}
