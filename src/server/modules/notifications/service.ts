// The notification centre: each signed-in account reads and marks its own notifications. Marking read changes only the
// reader's own inbox, not anything others rely on, so it writes no audit row (the notification's cause has one).
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';
import { AppError, fieldError } from '../../errors.ts';
import { requireActor } from '../../platform/access.ts';
import type { RequestContext } from '../../platform/context.ts';
import { decodeCursor, encodeCursor } from '../../platform/http.ts';
import { iso } from '../../platform/sql.ts';
import * as q from './queries.ts';
import type { ListNotificationsQuery, Notification, NotificationKind, NotificationPage } from './schemas.ts';

type Row = Awaited<ReturnType<typeof q.listNotifications>>[number];

function toNotification(row: Row): Notification {
  return {
    id: row.id,
    kind: row.kind as NotificationKind,
    title: row.title,
    body: row.body,
    link: row.link,
    createdAt: iso(row.created_at),
    readAt: iso(row.read_at),
  };
}

/** An id cursor that is a positive safe integer, so nothing odd reaches SQL. */
export function idCursor(cursor: string | undefined): number | undefined {
  const decoded = decodeCursor(cursor, ['number']);
  if (decoded === undefined) return undefined;
  const id = decoded[0] as number;
  if (!Number.isSafeInteger(id) || id < 1) throw fieldError('cursor', '翻页游标无效，请从第一页重新加载');
  return id;
}

export async function listNotifications(db: Kysely<DB>, ctx: RequestContext, query: ListNotificationsQuery): Promise<NotificationPage> {
  const actor = requireActor(ctx.actor);
  const limit = query.limit ?? 50;
  const rows = await q.listNotifications(db, actor.accountId, { unread: query.unread === true, beforeId: idCursor(query.cursor), limit });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map(toNotification),
    nextCursor: rows.length > limit && last ? encodeCursor([last.id]) : null,
    unreadCount: await q.unreadCount(db, actor.accountId),
  };
}

export async function unreadCount(db: Kysely<DB>, ctx: RequestContext): Promise<{ unreadCount: number }> {
  const actor = requireActor(ctx.actor);
  return { unreadCount: await q.unreadCount(db, actor.accountId) };
}

export async function markRead(db: Kysely<DB>, ctx: RequestContext, id: number): Promise<Notification> {
  const actor = requireActor(ctx.actor);
  const row = await q.markRead(db, actor.accountId, id, new Date());
  // Someone else's notification answers as one that does not exist.
  if (!row) throw new AppError('NOT_FOUND', { message: '通知不存在' });
  return toNotification(row);
}

export async function markAllRead(db: Kysely<DB>, ctx: RequestContext): Promise<{ unreadCount: number }> {
  const actor = requireActor(ctx.actor);
  await q.markAllRead(db, actor.accountId, new Date());
  return { unreadCount: await q.unreadCount(db, actor.accountId) };
}
