// The words of the notification centre, Chinese and English side by side (shown with `l()` from useI18n).
import type { Labels } from '../../i18n/index.tsx';

export const W = {
  bell: { zh: '通知', en: 'Notifications' },
  bellUnread: { zh: '{n} 条未读通知', en: '{n} unread' },
  title: { zh: '通知', en: 'Notifications' },
  intro: {
    zh: '认领、确认、婉拒、失效和截止提醒等站内通知。点击一条即标为已读并打开相关页面。',
    en: 'Claims, confirmations, declines, lapses and deadline reminders. Opening one marks it read.',
  },
  all: { zh: '全部', en: 'All' },
  unread: { zh: '未读', en: 'Unread' },
  unreadCount: { zh: '未读 {n}', en: '{n} unread' },
  readAll: { zh: '全部标为已读', en: 'Mark all read' },
  readAllDone: { zh: '已全部标为已读', en: 'All marked read' },
  markRead: { zh: '标为已读', en: 'Mark read' },
  viewAll: { zh: '查看全部', en: 'View all' },
  open: { zh: '打开', en: 'Open' },
  empty: { zh: '暂无通知', en: 'No notifications' },
  emptyUnread: { zh: '没有未读通知', en: 'Nothing unread' },
  newBadge: { zh: '未读', en: 'New' },
} satisfies Record<string, Labels>;

/** Fills {name} placeholders, as `t()` does for the shared messages. */
export function fill(text: string, vars: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}
