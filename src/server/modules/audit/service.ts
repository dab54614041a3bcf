// Searching the audit log in the caller's region, and exporting a search to Excel as a background job.
import type { Kysely } from 'kysely';
import { ROLE_LABELS, type Role } from '../../../common/glossary.ts';
import type { DB } from '../../db/types.ts';
import { regionScope, type Actor } from '../../platform/access.ts';
import type { RequestContext } from '../../platform/context.ts';
import { beijingTime, EXPORT_PAGE, startExportJob, writeExcelExport, type ExportPayload } from '../../platform/excel-export.ts';
import { decodeCursor, encodeCursor } from '../../platform/http.ts';
import type { JobHandler } from '../../platform/jobs.ts';
import { iso } from '../../platform/sql.ts';
import { regionPaths } from '../regions/queries.ts';
import * as q from './queries.ts';
import type { AuditEntry, AuditExportBody, AuditQuery } from './schemas.ts';

type Row = Awaited<ReturnType<typeof q.searchAudit>>[number];

async function toEntries(db: Kysely<DB>, rows: Row[]): Promise<AuditEntry[]> {
  const paths = await regionPaths(db, rows.flatMap((r) => (r.region_code ? [r.region_code] : [])));
  return rows.map((r) => ({
    id: r.id,
    occurredAt: iso(r.occurred_at),
    actor:
      r.actor_account_id === null
        ? null
        : { id: r.actor_account_id, username: r.actor_username ?? '', displayName: r.actor_name ?? '', role: r.actor_role ?? '' },
    actorIp: r.actor_ip,
    requestId: r.request_id,
    action: r.action,
    entityType: r.entity_type,
    entityId: r.entity_id,
    regionCode: r.region_code,
    regionName: r.region_code ? (paths.get(r.region_code) ?? null) : null,
    changes: r.changes ?? null,
    detail: r.detail ?? null,
  }));
}

export async function searchAudit(db: Kysely<DB>, actor: Actor, query: AuditQuery) {
  const limit = query.limit ?? 50;
  const after = decodeCursor(query.cursor, ['number']);
  const rows = await q.searchAudit(db, { regionCode: regionScope(actor) }, query, limit, after?.[0] as number | undefined);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { items: await toEntries(db, page), nextCursor: rows.length > limit && last ? encodeCursor([last.id]) : null };
}

export const AUDIT_EXPORT_JOB = 'audit.export';

export async function startExport(db: Kysely<DB>, ctx: RequestContext, actor: Actor, filters: AuditExportBody) {
  return startExportJob(db, ctx, actor, { kind: AUDIT_EXPORT_JOB, entityType: 'audit_log', filters });
}

const COLUMNS = [
  { header: '编号', key: 'id', width: 10 },
  { header: '时间（北京时间）', key: 'at', width: 22 },
  { header: '操作人', key: 'actor', width: 18 },
  { header: '角色', key: 'role', width: 16 },
  { header: '来源地址', key: 'ip', width: 16 },
  { header: '操作', key: 'action', width: 14 },
  { header: '对象类型', key: 'entityType', width: 14 },
  { header: '对象编号', key: 'entityId', width: 12 },
  { header: '地区', key: 'region', width: 28 },
  { header: '变更', key: 'changes', width: 60 },
];

async function* exportRows(db: Kysely<DB>, { filters, regionCode }: ExportPayload<AuditExportBody>) {
  let after: number | undefined;
  for (;;) {
    const rows = await q.searchAudit(db, { regionCode }, filters, EXPORT_PAGE, after);
    const page = rows.slice(0, EXPORT_PAGE);
    const entries = await toEntries(db, page);
    yield entries.map((e) => ({
      id: e.id,
      at: beijingTime(new Date(e.occurredAt)),
      actor: e.actor ? `${e.actor.displayName}（${e.actor.username}）` : '系统',
      role: e.actor ? (ROLE_LABELS[e.actor.role as Role]?.zh ?? e.actor.role) : '',
      ip: e.actorIp ?? '',
      action: e.action,
      entityType: e.entityType,
      entityId: e.entityId ?? '',
      region: e.regionName ?? '',
      changes: JSON.stringify(e.changes ?? e.detail ?? ''),
    }));
    if (rows.length <= EXPORT_PAGE) return;
    after = page.at(-1)!.id;
  }
}

export const exportAuditJob: JobHandler = async (job, progress, env) =>
  writeExcelExport(job, progress, env, {
    title: '审计日志',
    columns: COLUMNS,
    pages: exportRows(env.db, job.payload as ExportPayload<AuditExportBody>),
    unit: '条',
  });
