// The audit log: every write records who, when, from where, the entity and a before/after diff; every read of a
// sensitive field records who read what. Always called inside the transaction of the change it describes.
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../db/types.ts';
import type { RequestContext } from './context.ts';

type Executor = Kysely<DB> | Transaction<DB>;
type Row = Record<string, unknown>;

/** Never copied into the audit log, even as a before/after value. */
const SECRET_COLUMNS = new Set(['password_hash', 'token_hash', 'csrf_token', 'id_number_encrypted', 'id_number_hash']);

function normalise(v: unknown): unknown {
  if (v === undefined) return null;
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'bigint') return v.toString();
  return v;
}

/** The fields whose values differ; a secret column is reported as changed without its values. */
export function diff(before: Row | null, after: Row | null): Record<string, { before?: unknown; after?: unknown }> {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const out: Record<string, { before?: unknown; after?: unknown }> = {};
  for (const key of keys) {
    if (key === 'updated_at') continue;
    const b = normalise(before?.[key]);
    const a = normalise(after?.[key]);
    if (JSON.stringify(b) === JSON.stringify(a)) continue;
    out[key] = SECRET_COLUMNS.has(key) ? { after: '（已修改）' } : { before: b, after: a };
  }
  return out;
}

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: string | number | null;
  regionCode?: string | null;
  organizationId?: number | null;
  before?: Row | null;
  after?: Row | null;
  detail?: Record<string, unknown>;
  /** The acting account when the context has none yet (a login is recorded as done by the account logging in). */
  actor?: { accountId: number; role: string };
}

export async function recordAudit(db: Executor, ctx: RequestContext, entry: AuditEntry): Promise<void> {
  const changes = entry.before !== undefined || entry.after !== undefined ? diff(entry.before ?? null, entry.after ?? null) : null;
  await db
    .insertInto('audit_log')
    .values({
      actor_account_id: entry.actor?.accountId ?? ctx.actor?.accountId ?? null,
      actor_role: entry.actor?.role ?? ctx.actor?.role ?? null,
      actor_ip: ctx.ip,
      request_id: ctx.requestId,
      action: entry.action,
      entity_type: entry.entityType,
      entity_id: entry.entityId === null ? null : String(entry.entityId),
      region_code: entry.regionCode ?? null,
      organization_id: entry.organizationId ?? null,
      changes: changes === null ? null : JSON.stringify(changes),
      detail: entry.detail ? JSON.stringify(entry.detail) : null,
    })
    .execute();
}

/** A read of sensitive fields: which fields of which entity, never their values. */
export function recordSensitiveRead(
  db: Executor,
  ctx: RequestContext,
  read: { entityType: string; entityId: string | number; fields: string[]; regionCode?: string | null; organizationId?: number | null },
): Promise<void> {
  return recordAudit(db, ctx, {
    action: 'read_sensitive',
    entityType: read.entityType,
    entityId: read.entityId,
    regionCode: read.regionCode ?? null,
    organizationId: read.organizationId ?? null,
    detail: { fields: read.fields },
  });
}
