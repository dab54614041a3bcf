// Key fields and key populations: the active lists every form uses, and the admin's edits.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CreateReferenceBody,
  ReferenceItem,
  ReferenceList,
  UpdateReferenceBody,
} from '../../../src/server/modules/reference/schemas.ts';
import { api } from './client.ts';

export type { CreateReferenceBody, ReferenceItem, UpdateReferenceBody };

/** The URL segment of each list: /api/key-fields, /api/key-populations. */
export type ReferenceKind = 'key-fields' | 'key-populations';

const referenceKey = (kind: ReferenceKind) => ['reference', kind] as const;

/** The list; `includeRetired` (admins only) also returns retired entries, for the admin page. */
export function useReferenceList(kind: ReferenceKind, includeRetired = false) {
  return useQuery({
    queryKey: [...referenceKey(kind), { includeRetired }],
    queryFn: ({ signal }) =>
      api<ReferenceList>(`/${kind}`, { query: { includeRetired: includeRetired || undefined }, signal }),
    select: (list) => list.items,
    // Reference data changes rarely: forms can share one copy for a while.
    staleTime: 5 * 60_000,
  });
}

function useInvalidate(kind: ReferenceKind) {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: referenceKey(kind) });
}

export function useCreateReference(kind: ReferenceKind) {
  const invalidate = useInvalidate(kind);
  return useMutation({
    mutationFn: (body: CreateReferenceBody) => api<ReferenceItem>(`/${kind}`, { method: 'POST', body }),
    onSuccess: invalidate,
  });
}

export function useUpdateReference(kind: ReferenceKind) {
  const invalidate = useInvalidate(kind);
  return useMutation({
    mutationFn: ({ code, body }: { code: string; body: UpdateReferenceBody }) =>
      api<ReferenceItem>(`/${kind}/${encodeURIComponent(code)}`, { method: 'PATCH', body }),
    onSuccess: invalidate,
  });
}

export function useSetReferenceRetired(kind: ReferenceKind) {
  const invalidate = useInvalidate(kind);
  return useMutation({
    mutationFn: ({ code, retired }: { code: string; retired: boolean }) =>
      api<ReferenceItem>(`/${kind}/${encodeURIComponent(code)}/${retired ? 'retire' : 'restore'}`, { method: 'POST' }),
    onSuccess: invalidate,
  });
}
