// In-platform notifications (站内通知): the unread count of the header's bell, the latest few, the full list, and
// marking them read.
import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Static } from 'typebox';
import type {
  ListNotificationsQuery,
  Notification,
  NotificationKind,
  NotificationPage,
  UnreadCount as UnreadCountSchema,
} from '../../../src/server/modules/notifications/schemas.ts';
import { api } from './client.ts';

export type { Notification, NotificationKind, NotificationPage };
type UnreadCount = Static<typeof UnreadCountSchema>;
export type NotificationFilters = Omit<ListNotificationsQuery, 'cursor' | 'limit'>;

export { NOTIFICATION_KINDS } from '../../../src/common/needs.ts';

const PAGE_SIZE = 30;
/** How many the bell's dropdown shows. */
export const LATEST_COUNT = 8;
/** The bell asks again this often, so a claim made elsewhere shows without reloading the page. */
const UNREAD_POLL_MS = 60_000;

const unreadKey = ['notifications', 'unread'] as const;

export function useUnreadCount(enabled = true) {
  return useQuery({
    queryKey: unreadKey,
    queryFn: ({ signal }) => api<UnreadCount>('/notifications/unread-count', { signal }),
    select: (reply) => reply.unreadCount,
    refetchInterval: UNREAD_POLL_MS,
    refetchOnWindowFocus: true,
    enabled,
  });
}

/** The latest few, for the bell's dropdown; asked only while it is open. */
export function useLatestNotifications(enabled: boolean) {
  return useQuery({
    queryKey: ['notifications', 'latest'],
    queryFn: ({ signal }) => api<NotificationPage>('/notifications', { query: { limit: LATEST_COUNT }, signal }),
    enabled,
    staleTime: 0,
  });
}

export function useNotifications(filters: NotificationFilters) {
  return useInfiniteQuery({
    queryKey: ['notifications', 'list', filters],
    queryFn: ({ pageParam, signal }) =>
      api<NotificationPage>('/notifications', { query: { ...filters, limit: PAGE_SIZE, cursor: pageParam }, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

function useRefresh() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: ['notifications'] });
}

export function useMarkNotificationRead() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (id: number) => api<unknown>(`/notifications/${id}/read`, { method: 'POST' }),
    onSuccess: refresh,
  });
}

export function useMarkAllNotificationsRead() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: () => api<unknown>('/notifications/read-all', { method: 'POST' }),
    onSuccess: refresh,
  });
}
