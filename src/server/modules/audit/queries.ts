import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';
import type { AuditExportBody } from './schemas.ts';

export interface AuditScope {
  /** null: the whole country (a national admin). */
  regionCode: string | null;
}

/** Audit rows in a region scope, newest first, after the keyset cursor `afterId`. */
export function searchAudit(db: Kysely<DB>, scope: AuditScope, filters: AuditExportBody, limit: number, afterId: number | undefined) {
  return db
    .selectFrom('audit_log as l')
    .leftJoin('accounts as a', 'a.id', 'l.actor_account_id')
    .select([
      'l.id', 'l.occurred_at', 'l.actor_account_id', 'a.username as actor_username', 'a.display_name as actor_name',
      'l.actor_role', 'l.actor_ip', 'l.request_id', 'l.action', 'l.entity_type', 'l.entity_id', 'l.region_code',
      'l.changes', 'l.detail',
    ])
    .$if(scope.regionCode !== null, (q) => q.where('l.region_code', 'like', `${scope.regionCode}%`))
    .$if(filters.actorId !== undefined, (q) => q.where('l.actor_account_id', '=', filters.actorId!))
    .$if(filters.actor !== undefined, (q) => q.where('a.username_key', '=', filters.actor!.trim().toLowerCase()))
    .$if(filters.entityType !== undefined, (q) => q.where('l.entity_type', '=', filters.entityType!))
    .$if(filters.entityId !== undefined, (q) => q.where('l.entity_id', '=', filters.entityId!))
    .$if(filters.action !== undefined, (q) => q.where('l.action', '=', filters.action!))
    .$if(filters.from !== undefined, (q) => q.where('l.occurred_at', '>=', new Date(filters.from!)))
    .$if(filters.to !== undefined, (q) => q.where('l.occurred_at', '<', new Date(filters.to!)))
    .$if(afterId !== undefined, (q) => q.where('l.id', '<', afterId!))
    .orderBy('l.id', 'desc')
    .limit(limit + 1)
    .execute();
}
