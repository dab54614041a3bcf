// The region tree (public reference data): children of a node, and one node with its full path.
import { useQuery } from '@tanstack/react-query';
import { api } from './client.ts';

export interface RegionNode {
  code: string;
  name: string;
  displayName: string;
  level: number;
  isLeaf: boolean;
}

export interface RegionWithPath {
  code: string;
  name: string;
  level: number;
  path: string;
}

export const regionChildrenKey = (parent: string | null) => ['regions', 'children', parent ?? ''] as const;

export async function fetchRegionChildren(parent: string | null): Promise<RegionNode[]> {
  const reply = await api<{ items: RegionNode[] }>('/regions/children', { query: { parent } });
  return reply.items;
}

export function useRegion(code: string | null | undefined) {
  return useQuery({
    queryKey: ['regions', 'one', code ?? ''],
    queryFn: () => api<RegionWithPath>(`/regions/${encodeURIComponent(code ?? '')}`),
    enabled: !!code,
    staleTime: Infinity,
  });
}

export interface RegionFound {
  code: string;
  name: string;
  displayName: string;
  level: number;
  path: string;
}

/** Regions whose name starts with (or, inside a county, contains) `q`, within `within`; with full paths. */
export async function searchRegions(q: string, within: string | null, signal?: AbortSignal): Promise<RegionFound[]> {
  const reply = await api<{ items: RegionFound[] }>('/regions/search', { query: { q, within, limit: 20 }, ...(signal ? { signal } : {}) });
  return reply.items;
}
