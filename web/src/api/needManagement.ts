// Needs as their liaisons and officials manage them: the list of every need in scope (drafts included), the form's
// create and edit, publishing, the photos and documents, and the claim lapse period a department sets.
// Query keys start with 'needs' like the finders' (api/needs.ts), so a change here refreshes every needs page.
import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ClaimSettings,
  CreateNeedBody,
  ManagedNeedsQuery,
  NeedDetail,
  NeedFile,
  NeedKind,
  NeedPage,
  NeedStatus,
  NeedSummary,
  KeyAreaKind,
  UpdateClaimSettingsBody,
  UpdateNeedBody,
} from '../../../src/server/modules/needs/schemas.ts';
import { api } from './client.ts';

export type {
  ClaimSettings,
  CreateNeedBody,
  KeyAreaKind,
  NeedDetail,
  NeedFile,
  NeedKind,
  NeedStatus,
  NeedSummary,
  UpdateClaimSettingsBody,
  UpdateNeedBody,
};

export { KEY_AREA_KINDS, NEED_KINDS, NEED_STATUSES } from '../../../src/common/needs.ts';

export type ManagedNeedFilters = Omit<ManagedNeedsQuery, 'cursor' | 'limit'>;

/** The server's limits on a need's files. */
export const MAX_NEED_FILE_BYTES = 10 * 1024 * 1024;
export const MAX_NEED_FILES = 9;

const PAGE_SIZE = 30;

/** The same key as the need detail page's (api/needs.ts), so the form and the page share one copy. */
const needKey = (id: number) => ['needs', 'one', id] as const;
const claimSettingsKey = (region: string | null) => ['claim-settings', region ?? ''] as const;

export function useManagedNeeds(filters: ManagedNeedFilters, enabled = true) {
  return useInfiniteQuery({
    queryKey: ['needs', 'managed', filters],
    queryFn: ({ pageParam, signal }) =>
      api<NeedPage>('/needs/managed', { query: { ...filters, limit: PAGE_SIZE, cursor: pageParam }, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** One need with what the caller may do to it: the edit form's starting values. */
export function useManagedNeed(id: number | null) {
  return useQuery({
    queryKey: needKey(id ?? 0),
    queryFn: ({ signal }) => api<NeedDetail>(`/needs/${id ?? 0}`, { signal }),
    enabled: id !== null,
    retry: false,
    // The form holds what the person typed: a refetch on focus must not look like someone else's change.
    refetchOnWindowFocus: false,
  });
}

/** Keeps the need the server answered and refreshes every list, suggestion and claim that may show it. */
function useRemember() {
  const client = useQueryClient();
  return (need: NeedDetail) => {
    client.setQueryData(needKey(need.id), need);
    void client.invalidateQueries({
      queryKey: ['needs'],
      predicate: (q) => q.queryKey[1] !== 'one' || q.queryKey[2] !== need.id,
    });
    void client.invalidateQueries({ queryKey: ['claims'] });
    // A household's page counts its needs.
    void client.invalidateQueries({ queryKey: ['households'], predicate: (q) => q.queryKey[1] === 'list' });
  };
}

export function useCreateNeed() {
  const remember = useRemember();
  return useMutation({
    mutationFn: (body: CreateNeedBody) => api<NeedDetail>('/needs', { method: 'POST', body }),
    onSuccess: remember,
  });
}

export function useUpdateNeed(id: number) {
  const remember = useRemember();
  return useMutation({
    mutationFn: (body: UpdateNeedBody) => api<NeedDetail>(`/needs/${id}`, { method: 'PATCH', body }),
    onSuccess: remember,
  });
}

/** Draft → published. The server checks the fields again (a deadline now past is refused). */
export function usePublishNeed(id: number) {
  const remember = useRemember();
  return useMutation({
    mutationFn: () => api<NeedDetail>(`/needs/${id}/publish`, { method: 'POST' }),
    onSuccess: remember,
  });
}

/** Refetches the need after a change of its files, whatever the server answered for the file itself. */
function useRefreshNeed(id: number) {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: needKey(id) });
}

export function useUploadNeedFile(id: number) {
  const refresh = useRefreshNeed(id);
  return useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return api<unknown>(`/needs/${id}/files`, { method: 'POST', body: form });
    },
    onSuccess: refresh,
  });
}

export function useDeleteNeedFile(id: number) {
  const refresh = useRefreshNeed(id);
  return useMutation({
    mutationFn: (fileId: number) => api<unknown>(`/needs/${id}/files/${fileId}`, { method: 'DELETE' }),
    onSuccess: refresh,
  });
}

/** The lapse period of `region` (the official's own scope when null). */
export function useClaimSettings(region: string | null, enabled = true) {
  return useQuery({
    queryKey: claimSettingsKey(region),
    queryFn: ({ signal }) => api<ClaimSettings>('/claim-settings', { query: { region }, signal }),
    enabled,
    retry: false,
  });
}

export function useUpdateClaimSettings(region: string | null) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateClaimSettingsBody) =>
      api<ClaimSettings>('/claim-settings', { method: 'PUT', query: { region }, body }),
    onSuccess: (settings) => {
      client.setQueryData(claimSettingsKey(region), settings);
      // Regions below may inherit the new value.
      void client.invalidateQueries({
        queryKey: ['claim-settings'],
        predicate: (q) => q.queryKey[1] !== (region ?? ''),
      });
    },
  });
}
