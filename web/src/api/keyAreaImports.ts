// Key-area imports: upload a published list (.xlsx / .csv), review how each name resolved, then save or discard.
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CountyDesignationKind,
  Decision,
  ImportEntry,
  ImportKind,
  ImportPage,
  ImportResult,
  KeyAreaImport,
  SaveImportBody,
} from '../../../src/server/modules/key-areas/schemas.ts';
import { ApiError, api } from './client.ts';
import { designationsKey } from './programs.ts';

export type { CountyDesignationKind, Decision, ImportEntry, ImportKind, ImportResult, KeyAreaImport };
export type ImportListItem = ImportPage['items'][number];
export type EntryStatus = ImportEntry['status'];
export type ImportStatus = KeyAreaImport['status'];

export const IMPORT_KINDS = ['county', 'township', 'village'] as const satisfies readonly ImportKind[];
export const COUNTY_KINDS = [
  'key_county_national',
  'key_county_municipal',
  'national_key_support_county',
] as const satisfies readonly CountyDesignationKind[];
export const ENTRY_STATUSES = ['exact', 'variant', 'ambiguous', 'not_found'] as const satisfies readonly EntryStatus[];

const _allImportKinds: Exclude<ImportKind, (typeof IMPORT_KINDS)[number]> extends never ? true : never = true;
const _allCountyKinds: Exclude<CountyDesignationKind, (typeof COUNTY_KINDS)[number]> extends never ? true : never = true;
const _allStatuses: Exclude<EntryStatus, (typeof ENTRY_STATUSES)[number]> extends never ? true : never = true;

/** The code length of the regions a sheet of each kind names. */
export const IMPORT_LEVEL: Record<ImportKind, number> = { county: 6, township: 9, village: 12 };

/** The server's limit on an uploaded file. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

const importKey = (id: number) => ['key-area-imports', 'one', id] as const;
const importsKey = (programId: number) => ['key-area-imports', 'list', programId] as const;

export function useKeyAreaImport(id: number | null) {
  return useQuery({
    queryKey: importKey(id ?? 0),
    queryFn: ({ signal }) => api<KeyAreaImport>(`/key-area-imports/${id ?? 0}`, { signal }),
    enabled: id !== null,
  });
}

export function useKeyAreaImports(programId: number) {
  return useInfiniteQuery({
    queryKey: importsKey(programId),
    queryFn: ({ pageParam, signal }) =>
      api<ImportPage>(`/programs/${programId}/key-area-imports`, { query: { limit: 10, cursor: pageParam }, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export interface UploadRequest {
  kind: ImportKind;
  countyKind?: CountyDesignationKind;
  file: File;
}

/** Stores the import the server answered and refreshes what it changes: its program's imports and key areas. */
function useRemember(programId: number) {
  const client = useQueryClient();
  return (reply: KeyAreaImport) => {
    client.setQueryData(importKey(reply.id), reply);
    void client.invalidateQueries({ queryKey: importsKey(programId) });
    if (reply.status === 'saved') void client.invalidateQueries({ queryKey: designationsKey(programId) });
  };
}

/** 409: the import was saved or discarded meanwhile (another tab): show it as it now is. */
function useRefreshWhenFinished() {
  const client = useQueryClient();
  return (err: unknown, id: number) => {
    if (err instanceof ApiError && err.status === 409) void client.invalidateQueries({ queryKey: importKey(id) });
  };
}

export function useUploadKeyAreaImport(programId: number) {
  const remember = useRemember(programId);
  return useMutation({
    mutationFn: ({ kind, countyKind, file }: UploadRequest) => {
      // The fields go before the file: the server reads them first and streams the file after.
      const form = new FormData();
      form.append('kind', kind);
      if (kind === 'county' && countyKind) form.append('countyKind', countyKind);
      form.append('file', file, file.name);
      return api<KeyAreaImport>(`/programs/${programId}/key-area-imports`, { method: 'POST', body: form });
    },
    onSuccess: remember,
  });
}

export function useSaveKeyAreaImport(programId: number) {
  const remember = useRemember(programId);
  const refresh = useRefreshWhenFinished();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: SaveImportBody }) =>
      api<KeyAreaImport>(`/key-area-imports/${id}/save`, { method: 'POST', body }),
    onSuccess: remember,
    onError: (err, { id }) => refresh(err, id),
  });
}

export function useDiscardKeyAreaImport(programId: number) {
  const remember = useRemember(programId);
  const refresh = useRefreshWhenFinished();
  return useMutation({
    mutationFn: (id: number) => api<KeyAreaImport>(`/key-area-imports/${id}/discard`, { method: 'POST' }),
    onSuccess: remember,
    onError: (err, id) => refresh(err, id),
  });
}
