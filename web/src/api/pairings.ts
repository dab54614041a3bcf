// Pairings (结对帮扶): an organization's own pairings (led or joined), the pairings with a place in an official's or
// liaison's scope, one pairing with its agreement and timeline, and the steps of its life (edit, upload the agreement,
// withdraw, confirm, return, end). Also the two look-ups the pairing form needs from other modules: the fairs the
// organization signed up for, and approved organizations by name (for a group pairing).
import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Static } from 'typebox';
import type {
  CreatePairingBody,
  ListPairingsQuery,
  PairingDetail,
  PairingEvent as PairingEventSchema,
  PairingPage,
  PairingSummary,
  UpdatePairingBody,
} from '../../../src/server/modules/pairings/schemas.ts';
import type { FairPage, FairSummary } from '../../../src/server/modules/fairs/schemas.ts';
import type { DirectoryPage } from '../../../src/server/modules/organizations/schemas.ts';
import type { ProgramPage } from '../../../src/server/modules/programs/schemas.ts';
import { api } from './client.ts';

export type { CreatePairingBody, PairingDetail, PairingSummary, UpdatePairingBody };
export type PairingEvent = Static<typeof PairingEventSchema>;
export type PairingFilters = Omit<ListPairingsQuery, 'cursor' | 'limit'>;
export type SignedUpFair = FairSummary;
export type OrganizationChoice = { id: number; name: string };

export {
  PAIRING_EVENT_ACTIONS,
  PAIRING_SIDES,
  PAIRING_STATUSES,
  PAIRING_STATUS_LABELS,
  type PairingEventAction,
  type PairingSide,
  type PairingStatus,
} from '../../../src/common/projects.ts';

/** The server's limit on an agreement file (PDF, JPG or PNG). */
export const MAX_AGREEMENT_BYTES = 20 * 1024 * 1024;

const PAGE_SIZE = 30;

export const pairingKey = (id: number) => ['pairings', 'one', id] as const;

export function usePairings(filters: PairingFilters, options: { pageSize?: number; enabled?: boolean } = {}) {
  const limit = options.pageSize ?? PAGE_SIZE;
  return useInfiniteQuery({
    queryKey: ['pairings', 'list', filters, limit],
    queryFn: ({ pageParam, signal }) =>
      api<PairingPage>('/pairings', { query: { ...filters, limit, cursor: pageParam }, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}

export function usePairing(id: number | null) {
  return useQuery({
    queryKey: pairingKey(id ?? 0),
    queryFn: ({ signal }) => api<PairingDetail>(`/pairings/${id ?? 0}`, { signal }),
    enabled: id !== null,
  });
}

/**
 * After any step: the pairing again (its `actions` depend on who asks, so the answer of a step is not trusted to be
 * the detail as this caller sees it), the lists, and what counts pairings (coverage, fairs' dashboards, work plans).
 */
function useRefresh() {
  const client = useQueryClient();
  return (id: number) => {
    void client.invalidateQueries({ queryKey: pairingKey(id) });
    void client.invalidateQueries({ queryKey: ['pairings', 'list'] });
    void client.invalidateQueries({ queryKey: ['coverage'] });
  };
}

export function useCreatePairing() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: CreatePairingBody) => api<PairingDetail>('/pairings', { method: 'POST', body }),
    onSuccess: (saved) => refresh(saved.id),
  });
}

export function useUpdatePairing(id: number) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: UpdatePairingBody) => api<PairingDetail>(`/pairings/${id}`, { method: 'PATCH', body }),
    onSuccess: () => refresh(id),
  });
}

export function useUploadAgreement(id: number) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return api<unknown>(`/pairings/${id}/agreement`, { method: 'POST', body: form });
    },
    onSuccess: () => refresh(id),
  });
}

export function useWithdrawPairing(id: number) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (reason?: string) =>
      api<unknown>(`/pairings/${id}/withdraw`, { method: 'POST', body: reason ? { reason } : {} }),
    onSuccess: () => refresh(id),
  });
}

export function useConfirmPairing(id: number) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: () => api<unknown>(`/pairings/${id}/confirm`, { method: 'POST', body: {} }),
    onSuccess: () => refresh(id),
  });
}

export function useReturnPairing(id: number) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (reason: string) => api<unknown>(`/pairings/${id}/return`, { method: 'POST', body: { reason } }),
    onSuccess: () => refresh(id),
  });
}

export function useEndPairing(id: number) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (reason: string) => api<unknown>(`/pairings/${id}/end`, { method: 'POST', body: { reason } }),
    onSuccess: () => refresh(id),
  });
}

/** Programs to choose from in the pairing form and the filters (a region has a handful: one page of 200 holds them). */
export function useProgramChoices(status?: 'active') {
  return useQuery({
    queryKey: ['programs', 'list', 'choices', status ?? 'all'],
    queryFn: ({ signal }) => api<ProgramPage>('/programs', { query: { status, limit: 200 }, signal }),
    select: (page) => page.items,
    staleTime: 60_000,
  });
}

/** The fairs the caller's organization signed up for (a pairing signed there is tagged with one), first 200. */
export function useSignedUpFairs(enabled = true) {
  return useQuery({
    queryKey: ['fairs', 'list', 'mine', 'for-pairing'],
    queryFn: ({ signal }) => api<FairPage>('/fairs', { query: { mine: true, limit: 200 }, signal }),
    select: (page) => page.items.filter((f) => f.status !== 'cancelled'),
    enabled,
  });
}

/** Approved organizations whose name matches `q` (the public directory lists approved ones only). */
export function useOrganizationSearch(q: string) {
  return useQuery({
    queryKey: ['directory', 'search', q],
    queryFn: ({ signal }) =>
      api<Static<typeof DirectoryPage>>('/public/organizations', { query: { q, limit: 20 }, signal }),
    select: (page): OrganizationChoice[] => page.items.map((o) => ({ id: o.id, name: o.name })),
    enabled: q.length > 0,
    staleTime: 60_000,
  });
}
