// The bell in the header: the unread count (asked every minute and when the window regains focus), and a dropdown
// of the latest notifications with "全部标为已读" and "查看全部". Opening one marks it read and goes to its page.
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Alert, App, Badge, Button, Empty, Popover, Spin, Tooltip, Typography } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import { errorText } from '../../api/client.ts';
import { useLatestNotifications, useMarkAllNotificationsRead, useUnreadCount, type Notification } from '../../api/notifications.ts';
import { useI18n } from '../../i18n/index.tsx';
import { NotificationItem } from './NotificationItem.tsx';
import { useOpenNotification } from './useOpenNotification.ts';
import { fill, W } from './words.ts';

const COUNT_STYLE = {
  display: 'inline-block', minWidth: 18, height: 18, padding: '0 5px', borderRadius: 9, background: '#ff4d4f', color: '#fff',
  fontSize: 11, lineHeight: '18px', textAlign: 'center' as const, boxShadow: '0 0 0 1px #0b3b7a', fontWeight: 500,
};

function LatestList({ onOpen }: { onOpen: (n: Notification) => void }) {
  const { l } = useI18n();
  const latest = useLatestNotifications(true);
  if (latest.isError) return <Alert type="error" showIcon title={errorText(latest.error)} style={{ margin: 12 }} />;
  if (!latest.data) return <Spin style={{ display: 'block', padding: 32 }} />;
  if (latest.data.items.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={l(W.empty)} style={{ padding: 16 }} />;
  return (
    <div data-testid="notification-latest" style={{ maxHeight: 420, overflowY: 'auto' }}>
      {latest.data.items.map((n) => (
        <NotificationItem key={n.id} n={n} compact onOpen={onOpen} />
      ))}
    </div>
  );
}

export function NotificationBell() {
  const { l } = useI18n();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const unread = useUnreadCount();
  const readAll = useMarkAllNotificationsRead();
  const openNotification = useOpenNotification();
  const count = unread.data ?? 0;

  const onOpen = (n: Notification) => {
    setOpen(false);
    openNotification(n);
  };
  const onReadAll = () =>
    readAll.mutate(undefined, {
      onSuccess: () => void message.success(l(W.readAllDone)),
      onError: (err) => void message.error(errorText(err)),
    });

  const content = (
    <div style={{ width: 360, maxWidth: 'calc(100vw - 32px)' }}>
      <div style={{ display: 'flex', alignItems: 'center', padding: '8px 12px', borderBottom: '1px solid #f0f0f0' }}>
        <Typography.Text strong style={{ flex: 1 }}>
          {l(W.bell)}
          {count > 0 && (
            <Typography.Text type="secondary" style={{ fontWeight: 400, marginInlineStart: 8 }}>
              {fill(l(W.unreadCount), { n: count })}
            </Typography.Text>
          )}
        </Typography.Text>
        <Button data-testid="notification-read-all" type="link" size="small" disabled={count === 0} loading={readAll.isPending} onClick={onReadAll}>
          {l(W.readAll)}
        </Button>
      </div>
      {open && <LatestList onOpen={onOpen} />}
      <div style={{ textAlign: 'center', padding: 8, borderTop: '1px solid #f0f0f0' }}>
        <Link to="/notifications" data-testid="notification-view-all" onClick={() => setOpen(false)}>
          {l(W.viewAll)}
        </Link>
      </div>
    </div>
  );

  return (
    <Popover
      open={open}
      onOpenChange={setOpen}
      trigger="click"
      placement="bottomRight"
      arrow={false}
      content={content}
      styles={{ container: { padding: 0 } }}
      destroyOnHidden
    >
      <Tooltip title={count > 0 ? fill(l(W.bellUnread), { n: count }) : l(W.bell)} open={open ? false : undefined}>
        <Button
          data-testid="notification-bell"
          type="text"
          size="small"
          aria-label={l(W.bell)}
          style={{ color: 'rgba(255,255,255,0.9)', height: 32, paddingInline: 6 }}
        >
          <Badge
            count={count > 0 ? <span data-testid="notification-count" style={COUNT_STYLE}>{count > 99 ? '99+' : count}</span> : 0}
            offset={[4, -2]}
          >
            <BellOutlined style={{ color: 'rgba(255,255,255,0.9)', fontSize: 18 }} />
          </Badge>
        </Button>
      </Tooltip>
    </Popover>
  );
}
