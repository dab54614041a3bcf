// The ledger (帮扶台账): the filtered list of aid records, one record with what the caller may do, writing a record,
// its reversal (冲销) and correction (更正), evidence files, the liaison's receipt confirmation or dispute, households
// helped by several givers (疑似重复帮扶), and the Excel export of a filtered list.
import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Static } from 'typebox';
import type {
  AidItem,
  AidReceiptView as AidReceiptViewSchema,
  AidRecordCreated,
  AidRecordDetail,
  AidRecordExportBody,
  AidRecordInput,
  AidRecordListQuery,
  AidRecordPage,
  AidRecordView,
  CorrectBody,
  CorrectionCreated,
  DuplicationPage,
  DuplicationQuery,
  DuplicationRow as DuplicationRowSchema,
  ReceiptBody,
} from '../../../src/server/modules/ledger/schemas.ts';
import type { PairingPage } from '../../../src/server/modules/pairings/schemas.ts';
import type { ProjectPage } from '../../../src/server/modules/projects/schemas.ts';
import { api } from './client.ts';

export type {
  AidItem,
  AidRecordCreated,
  AidRecordDetail,
  AidRecordExportBody,
  AidRecordInput,
  AidRecordView,
  CorrectBody,
  CorrectionCreated,
  ReceiptBody,
};
export type AidReceiptView = Static<typeof AidReceiptViewSchema>;
export type AidRecordFile = AidRecordDetail['files'][number];
export type AidRecordCan = AidRecordDetail['can'];
export type DuplicationRow = Static<typeof DuplicationRowSchema>;
export type LedgerFilters = Omit<AidRecordListQuery, 'cursor' | 'limit'>;
export type DuplicationFilters = Omit<DuplicationQuery, 'cursor' | 'limit'>;

export {
  ACTIVITY_TYPES,
  ACTIVITY_TYPE_LABELS,
  AID_CONFIRMATIONS,
  AID_CONFIRMATION_LABELS,
  AID_KINDS,
  AID_KIND_LABELS,
  AID_RECORD_STANDINGS,
  AID_RECORD_STANDING_LABELS,
  DUPLICATION_WINDOW_DAYS,
  GIVER_FORMS,
  GIVER_FORM_LABELS,
  PURCHASE_CHANNELS,
  PURCHASE_CHANNEL_LABELS,
  type ActivityType,
  type AidConfirmation,
  type AidKind,
  type AidRecordStanding,
  type GiverForm,
  type PurchaseChannel,
} from '../../../src/common/ledger.ts';

/** The server's limit on one evidence file (photo or PDF). */
export const MAX_EVIDENCE_BYTES = 20 * 1024 * 1024;
/** The server's limit on the items of one donation of materials. */
export const MAX_AID_ITEMS = 50;

const PAGE_SIZE = 50;

export const aidRecordKey = (id: number) => ['ledger', 'one', id] as const;

/** Where an evidence file of a record is served. */
export function aidFileUrl(recordId: number, fileId: number): string {
  return `/api/aid-records/${recordId}/files/${fileId}`;
}

export function useAidRecords(filters: LedgerFilters) {
  return useInfiniteQuery({
    queryKey: ['ledger', 'list', filters],
    queryFn: ({ pageParam, signal }) =>
      api<AidRecordPage>('/aid-records', { query: { ...filters, limit: PAGE_SIZE, cursor: pageParam }, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

export function useAidRecord(id: number | null, options: { forForm?: boolean } = {}) {
  return useQuery({
    queryKey: aidRecordKey(id ?? 0),
    queryFn: ({ signal }) => api<AidRecordDetail>(`/aid-records/${id ?? 0}`, { signal }),
    enabled: id !== null,
    retry: false,
    // The correction form holds what the person typed: a refetch on focus must not reset it.
    refetchOnWindowFocus: !options.forForm,
  });
}

/**
 * Everything a new or changed record moves: the ledger's lists and records, the statistics summed from them, and a
 * need's or project's pages that may show the aid given.
 */
function useRefresh() {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: ['ledger'] });
    void client.invalidateQueries({ queryKey: ['statistics'] });
  };
}

export function useCreateAidRecord() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: AidRecordInput) => api<AidRecordCreated>('/aid-records', { method: 'POST', body }),
    onSuccess: () => refresh(),
  });
}

export function useReverseAidRecord(id: number) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (reason: string) => api<unknown>(`/aid-records/${id}/reverse`, { method: 'POST', body: { reason } }),
    onSuccess: () => refresh(),
  });
}

export function useCorrectAidRecord(id: number) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: CorrectBody) => api<CorrectionCreated>(`/aid-records/${id}/correct`, { method: 'POST', body }),
    onSuccess: () => refresh(),
  });
}

/** Confirming or disputing receipt: the record `id`, or whichever record a list row names. */
export function useAidReceipt() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: ReceiptBody }) =>
      api<unknown>(`/aid-records/${id}/receipt`, { method: 'POST', body }),
    onSuccess: () => refresh(),
  });
}

export function useUploadAidFile(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return api<unknown>(`/aid-records/${id}/files`, { method: 'POST', body: form });
    },
    onSuccess: () => client.invalidateQueries({ queryKey: aidRecordKey(id) }),
  });
}

export function useDuplications(filters: DuplicationFilters) {
  return useInfiniteQuery({
    queryKey: ['ledger', 'duplications', filters],
    queryFn: ({ pageParam, signal }) =>
      api<DuplicationPage>('/aid-records/duplications', {
        query: { ...filters, limit: 30, cursor: pageParam },
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

export function useStartLedgerExport() {
  const client = useQueryClient();
  return useMutation({
    // The export holds what the list shows: the same filters, every page.
    mutationFn: (filters: AidRecordExportBody) =>
      api<{ jobId: string }>('/aid-records/export', { method: 'POST', body: filters }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['jobs', 'list'] }),
  });
}

// ---- Choices of the record form ----

/** Choices in a select: the server's largest page, enough for one organization's projects or pairings. */
const CHOICES = 200;

/** The caller organization's projects (the server lists an organization only its own). */
export function useOwnProjectChoices(enabled: boolean) {
  return useQuery({
    queryKey: ['projects', 'list', 'ledger-choices'],
    queryFn: ({ signal }) => api<ProjectPage>('/projects', { query: { limit: CHOICES }, signal }),
    select: (page) => page.items.filter((p) => p.status !== 'cancelled'),
    enabled,
    staleTime: 60_000,
  });
}

/** The caller organization's pairings, led or joined. */
export function useOwnPairingChoices(enabled: boolean) {
  return useQuery({
    queryKey: ['pairings', 'list', 'ledger-choices'],
    queryFn: ({ signal }) => api<PairingPage>('/pairings', { query: { limit: CHOICES }, signal }),
    select: (page) => page.items,
    enabled,
    staleTime: 60_000,
  });
}
