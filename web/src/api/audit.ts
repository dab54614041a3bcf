// The audit log: search in the caller's region, and export a search to Excel as a background job.
import { keepPreviousData, useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import type { AuditEntry, AuditExportBody } from '../../../src/server/modules/audit/schemas.ts';
import { api } from './client.ts';
import type { Page } from './accounts.ts';

export type { AuditEntry };
export type AuditFilters = Pick<AuditExportBody, 'actor' | 'entityType' | 'action' | 'from' | 'to'>;

export function useAudit(filters: AuditFilters) {
  return useInfiniteQuery({
    queryKey: ['audit', 'list', filters],
    queryFn: ({ pageParam, signal }) => api<Page<AuditEntry>>('/audit', { query: { ...filters, limit: 30, cursor: pageParam }, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

export function useStartAuditExport() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (filters: AuditFilters) => api<{ jobId: string }>('/audit/exports', { method: 'POST', body: filters }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['jobs', 'list'] }),
  });
}
