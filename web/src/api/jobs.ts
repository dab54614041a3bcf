// Background jobs (exports, imports): progress while they run, and their file when they have one.
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api } from './client.ts';
import type { Page } from './accounts.ts';

export type JobStatus = 'queued' | 'running' | 'succeeded' | 'failed';

export interface Job {
  id: string;
  kind: string;
  status: JobStatus;
  progress: number;
  total: number | null;
  message: string | null;
  result: unknown;
  error: unknown;
  hasFile: boolean;
  createdAt: string;
  finishedAt: string | null;
}

export function isFinished(status: JobStatus): boolean {
  return status === 'succeeded' || status === 'failed';
}

export function downloadUrl(id: string): string {
  return `/api/jobs/${encodeURIComponent(id)}/download`;
}

/** One job, polled every second until it has finished. */
export function useJob(id: string | null) {
  return useQuery({
    queryKey: ['jobs', 'one', id],
    queryFn: ({ signal }) => api<Job>(`/jobs/${encodeURIComponent(id ?? '')}`, { signal }),
    enabled: id !== null,
    refetchInterval: (query) => (query.state.data && isFinished(query.state.data.status) ? false : 1000),
  });
}

export function useJobs() {
  return useInfiniteQuery({
    queryKey: ['jobs', 'list'],
    queryFn: ({ pageParam, signal }) => api<Page<Job>>('/jobs', { query: { limit: 20, cursor: pageParam }, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    // Keep following while something is still running.
    refetchInterval: (query) => (query.state.data?.pages.some((p) => p.items.some((j) => !isFinished(j.status))) ? 2000 : false),
  });
}
