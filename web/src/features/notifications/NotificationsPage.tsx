// 通知: every notification of the signed-in account, newest first (or the unread ones only), each opening its page
// and marking itself read; one or all can be marked read without opening.
import { useState } from 'react';
import { Alert, App, Button, Card, Empty, Segmented, Spin, Tooltip } from 'antd';
import { CheckOutlined } from '@ant-design/icons';
import { errorText } from '../../api/client.ts';
import {
  useMarkAllNotificationsRead,
  useMarkNotificationRead,
  useNotifications,
  type Notification,
} from '../../api/notifications.ts';
import { useI18n } from '../../i18n/index.tsx';
import { LoadMore } from '../../shared/LoadMore.tsx';
import { PageHeader } from '../../shared/PageHeader.tsx';
import { NotificationItem } from './NotificationItem.tsx';
import { useOpenNotification } from './useOpenNotification.ts';
import { fill, W } from './words.ts';

type Filter = 'all' | 'unread';

function MarkReadButton({ n }: { n: Notification }) {
  const { l } = useI18n();
  const { message } = App.useApp();
  const markRead = useMarkNotificationRead();
  if (n.readAt) return null;
  return (
    <Tooltip title={l(W.markRead)}>
      <Button
        data-testid={`notification-read-${n.id}`}
        size="small"
        type="text"
        icon={<CheckOutlined />}
        aria-label={l(W.markRead)}
        loading={markRead.isPending}
        onClick={() => markRead.mutate(n.id, { onError: (err) => void message.error(errorText(err)) })}
      />
    </Tooltip>
  );
}

export function NotificationsPage() {
  const { l } = useI18n();
  const { message } = App.useApp();
  const [filter, setFilter] = useState<Filter>('all');
  const list = useNotifications(filter === 'unread' ? { unread: true } : {});
  const readAll = useMarkAllNotificationsRead();
  const open = useOpenNotification();
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  // The newest page knows the count best: later pages were fetched after earlier reads.
  const unreadCount = list.data?.pages[list.data.pages.length - 1]?.unreadCount ?? 0;

  const onReadAll = () =>
    readAll.mutate(undefined, {
      onSuccess: () => void message.success(l(W.readAllDone)),
      onError: (err) => void message.error(errorText(err)),
    });

  return (
    <>
      <PageHeader
        title={l(W.title)}
        description={l(W.intro)}
        extra={
          <Button data-testid="notifications-read-all" icon={<CheckOutlined />} disabled={unreadCount === 0} loading={readAll.isPending} onClick={onReadAll}>
            {l(W.readAll)}
          </Button>
        }
      />
      <Card>
        <Segmented<Filter>
          data-testid="notifications-filter"
          value={filter}
          onChange={setFilter}
          style={{ marginBottom: 16 }}
          options={[
            { value: 'all', label: <span data-testid="notifications-filter-all">{l(W.all)}</span> },
            {
              value: 'unread',
              label: (
                <span data-testid="notifications-filter-unread">
                  {unreadCount > 0 ? fill(l(W.unreadCount), { n: unreadCount }) : l(W.unread)}
                </span>
              ),
            },
          ]}
        />
        {list.isError && <Alert type="error" showIcon title={errorText(list.error)} style={{ marginBottom: 16 }} />}
        {list.isPending ? (
          <Spin style={{ display: 'block', padding: 48 }} />
        ) : items.length === 0 ? (
          <Empty data-testid="notifications-empty" description={filter === 'unread' ? l(W.emptyUnread) : l(W.empty)} />
        ) : (
          <div data-testid="notifications-list" style={{ border: '1px solid #f0f0f0', borderRadius: 4, overflow: 'hidden' }}>
            {items.map((n) => (
              <NotificationItem key={n.id} n={n} onOpen={open} extra={<MarkReadButton n={n} />} />
            ))}
          </div>
        )}
        <LoadMore
          testId="notifications-load-more"
          shown={items.length}
          hasMore={list.hasNextPage}
          loading={list.isFetchingNextPage}
          onLoad={() => void list.fetchNextPage()}
        />
      </Card>
    </>
  );
}
