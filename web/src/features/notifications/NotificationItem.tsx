// One notification as a row: its kind's icon, title (bold while unread), text and time; the whole row opens it.
import type { KeyboardEvent, ReactNode } from 'react';
import { Badge, Typography } from 'antd';
import type { Notification } from '../../api/notifications.ts';
import { useI18n } from '../../i18n/index.tsx';
import { NotificationKindIcon } from './NotificationKindIcon.tsx';

export function NotificationItem({
  n, onOpen, compact = false, extra,
}: { n: Notification; onOpen: (n: Notification) => void; compact?: boolean; extra?: ReactNode }) {
  const { dateTime } = useI18n();
  const unread = !n.readAt;
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onOpen(n);
    }
  };
  return (
    <div
      role="button"
      tabIndex={0}
      data-testid={`notification-${n.id}`}
      data-unread={unread ? 'true' : 'false'}
      onClick={() => onOpen(n)}
      onKeyDown={onKey}
      style={{
        display: 'flex', gap: 12, alignItems: 'flex-start', padding: compact ? '10px 12px' : '14px 16px', cursor: 'pointer',
        background: unread ? '#f0f6ff' : undefined, borderBottom: '1px solid #f0f0f0',
      }}
    >
      <div style={{ paddingTop: 2 }}>
        <Badge dot={unread} offset={[-2, 2]}>
          <NotificationKindIcon kind={n.kind} />
        </Badge>
      </div>
      <div style={{ flex: 1, minWidth: 0 }}>
        <Typography.Text strong={unread} style={{ display: 'block' }} ellipsis={compact ? { tooltip: n.title } : false}>
          {n.title}
        </Typography.Text>
        <Typography.Paragraph
          type="secondary"
          style={{ margin: '2px 0 0', fontSize: 13, whiteSpace: compact ? undefined : 'pre-wrap' }}
          ellipsis={compact ? { rows: 2 } : false}
        >
          {n.body}
        </Typography.Paragraph>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {dateTime(n.createdAt)}
        </Typography.Text>
      </div>
      {extra && (
        // Buttons of the row act on their own, without opening the notification.
        <div onClick={(e) => e.stopPropagation()} onKeyDown={(e) => e.stopPropagation()}>
          {extra}
        </div>
      )}
    </div>
  );
}
