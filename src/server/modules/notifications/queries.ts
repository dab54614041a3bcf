// Queries on one account's notifications: every query is bound to the account, so no one reads another's inbox.
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/types.ts';

type Executor = Kysely<DB> | Transaction<DB>;

const COLUMNS = ['id', 'kind', 'title', 'body', 'link', 'created_at', 'read_at'] as const;

/** Newest first (notifications_account_idx), `limit + 1` rows so the caller knows whether a next page exists. */
export function listNotifications(
  db: Executor,
  accountId: number,
  options: { unread: boolean; beforeId: number | undefined; limit: number },
) {
  return db
    .selectFrom('notifications')
    .select(COLUMNS)
    .where('account_id', '=', accountId)
    .$if(options.unread, (q) => q.where('read_at', 'is', null))
    .$if(options.beforeId !== undefined, (q) => q.where('id', '<', options.beforeId!))
    .orderBy('id', 'desc')
    .limit(options.limit + 1)
    .execute();
}

export async function unreadCount(db: Executor, accountId: number): Promise<number> {
  const row = await db
    .selectFrom('notifications')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('account_id', '=', accountId)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Marks the account's notification read (keeping the first reading time); undefined when it is not theirs. */
export async function markRead(db: Executor, accountId: number, id: number, now: Date) {
  await db
    .updateTable('notifications')
    .set({ read_at: now })
    .where('id', '=', id)
    .where('account_id', '=', accountId)
    .where('read_at', 'is', null)
    .execute();
  return db.selectFrom('notifications').select(COLUMNS).where('id', '=', id).where('account_id', '=', accountId).executeTakeFirst();
}

export async function markAllRead(db: Executor, accountId: number, now: Date): Promise<number> {
  const result = await db
    .updateTable('notifications')
    .set({ read_at: now })
    .where('account_id', '=', accountId)
    .where('read_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
