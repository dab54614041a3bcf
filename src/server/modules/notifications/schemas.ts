// In-platform notifications (站内通知): claims, confirmations, declines, lapses and approaching deadlines.
import { Type, type Static } from 'typebox';
import { NOTIFICATION_KINDS } from '../../../common/needs.ts';
import { PageQuery } from '../../platform/http.ts';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

// The codes live in src/common (the web app reads them too); they are exported again here for the server's modules.
export { NOTIFICATION_KINDS };
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const Notification = Type.Object({
  id: Type.Integer(),
  kind: Type.Enum(NOTIFICATION_KINDS),
  title: Type.String(),
  body: Type.String(),
  link: Nullable(Type.String({ description: '站内页面路径，如 /claims/12' })),
  createdAt: Type.String({ format: 'date-time' }),
  readAt: Nullable(Type.String({ format: 'date-time' })),
});
export type Notification = Static<typeof Notification>;

export const ListNotificationsQuery = Type.Object(
  { unread: Type.Optional(Type.Boolean({ title: '只看未读' })), ...PageQuery },
  { additionalProperties: false },
);
export type ListNotificationsQuery = Static<typeof ListNotificationsQuery>;
export const NotificationPage = Type.Object({ items: Type.Array(Notification), nextCursor: Nullable(Type.String()), unreadCount: Type.Integer() });
export type NotificationPage = Static<typeof NotificationPage>;
export const UnreadCount = Type.Object({ unreadCount: Type.Integer() });
export const NotificationIdParams = Type.Object({ id: Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER, title: '通知编号' }) });
