// Sending a notification: a row per recipient in the same transaction as the change it reports, so a rolled-back
// claim notifies nobody. Outside channels (SMS, WeChat) go through `channel.ts` after the commit.
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/types.ts';
import type { NotificationKind } from './schemas.ts';

type Executor = Kysely<DB> | Transaction<DB>;

export interface NewNotification {
  kind: NotificationKind;
  title: string;
  body: string;
  /** A path inside the web app, e.g. /claims/12. */
  link?: string | null;
  entityType?: string | null;
  entityId?: string | number | null;
}

export async function notify(db: Executor, accountIds: readonly number[], n: NewNotification): Promise<void> {
  const unique = [...new Set(accountIds)];
  if (unique.length === 0) return;
  await db
    .insertInto('notifications')
    .values(
      unique.map((accountId) => ({
        account_id: accountId,
        kind: n.kind,
        title: n.title,
        body: n.body,
        link: n.link ?? null,
        entity_type: n.entityType ?? null,
        entity_id: n.entityId === undefined || n.entityId === null ? null : String(n.entityId),
      })),
    )
    .execute();
}

/** The active accounts of an organization (administrator and members). */
export async function organizationAccounts(db: Executor, organizationId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('accounts')
    .select('id')
    .where('organization_id', '=', organizationId)
    .where('status', '=', 'active')
    .execute();
  return rows.map((r) => r.id);
}

/**
 * The active liaisons responsible for a place: those whose scope is the place or contains it (the village's liaison
 * and its township's), e.g. for 500238118201: scopes 500238118 and 500238118201.
 */
export async function liaisonsOf(db: Executor, regionCode: string): Promise<number[]> {
  const scopes = [regionCode.slice(0, 9), regionCode.slice(0, 12)].filter((c) => c.length === 9 || c.length === 12);
  if (scopes.length === 0) return [];
  const rows = await db
    .selectFrom('accounts')
    .select('id')
    .where('role', '=', 'liaison')
    .where('status', '=', 'active')
    .where('scope_region_code', 'in', [...new Set(scopes)])
    .execute();
  return rows.map((r) => r.id);
}

/**
 * The active department officials responsible for a place: those whose scope contains it (province, city, county),
 * e.g. for 500238118201: scopes 50, 5002 and 500238. National administrators are not told about every village.
 */
export async function officialsOf(db: Executor, regionCode: string): Promise<number[]> {
  const scopes = [2, 4, 6].filter((n) => regionCode.length >= n).map((n) => regionCode.slice(0, n));
  if (scopes.length === 0) return [];
  const rows = await db
    .selectFrom('accounts')
    .select('id')
    .where('role', '=', 'department_official')
    .where('status', '=', 'active')
    .where('scope_region_code', 'in', scopes)
    .execute();
  return rows.map((r) => r.id);
}
