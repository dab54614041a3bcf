// Key fields and key populations: the public reads the active lists; a platform admin adds, edits, retires and
// restores entries. Rows are never deleted and codes never change, because later records reference them.
import type { Kysely, Selectable, Updateable } from 'kysely';
import type { DB, ReferenceTable } from '../../db/types.ts';
import { AppError, type FieldError } from '../../errors.ts';
import { authorize, type Actor } from '../../platform/access.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { RequestContext } from '../../platform/context.ts';
import { iso } from '../../platform/sql.ts';
import * as q from './queries.ts';
import type { CreateReferenceBody, ListReferenceQuery, ReferenceItem, UpdateReferenceBody } from './schemas.ts';

export interface ReferenceKind {
  table: q.ReferenceTableName;
  /** The URL segment: /api/key-fields. */
  path: string;
  /** The audit log's entity type. */
  entityType: string;
  /** What the user calls it, for messages. */
  label: string;
}

export const REFERENCE_KINDS: readonly ReferenceKind[] = [
  { table: 'key_fields', path: 'key-fields', entityType: 'key_field', label: '重点领域' },
  { table: 'key_populations', path: 'key-populations', entityType: 'key_population', label: '重点人群' },
];

type Row = Selectable<ReferenceTable>;

function toItem(r: Row): ReferenceItem {
  return {
    code: r.code,
    nameZh: r.name_zh,
    nameEn: r.name_en,
    description: r.description,
    source: r.source,
    sortOrder: r.sort_order,
    retiredAt: iso(r.retired_at),
    updatedAt: iso(r.updated_at),
  };
}

/** Retired entries stay readable by the admins who may restore them; everyone else sees the active list. */
export async function listReference(
  db: Kysely<DB>,
  actor: Actor | null,
  kind: ReferenceKind,
  query: ListReferenceQuery,
) {
  const includeRetired = query.includeRetired === true;
  if (includeRetired) authorize(actor, 'reference.manage');
  return { items: (await q.listReference(db, kind.table, includeRetired)).map(toItem) };
}

/** Optional text: trimmed, and empty means none. */
function optionalText(value: string | undefined): string | null | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/** Names are trimmed; a name of spaces only is as empty as no name. */
function requiredName(
  value: string | undefined,
  field: string,
  title: string,
  problems: FieldError[],
): string | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (trimmed === '') problems.push({ field, message: `${title}：不能为空` });
  return trimmed;
}

function normalise(body: UpdateReferenceBody): Updateable<ReferenceTable> {
  const problems: FieldError[] = [];
  const set: Updateable<ReferenceTable> = {
    name_zh: requiredName(body.nameZh, 'nameZh', '中文名称', problems),
    name_en: requiredName(body.nameEn, 'nameEn', '英文名称', problems),
    description: optionalText(body.description),
    source: optionalText(body.source),
    sort_order: body.sortOrder,
  };
  if (problems.length > 0) throw new AppError('VALIDATION_FAILED', { fields: problems });
  // Drop the fields not sent, so an update touches only what the admin changed.
  return Object.fromEntries(Object.entries(set).filter(([, v]) => v !== undefined));
}

export async function createReference(
  db: Kysely<DB>,
  ctx: RequestContext,
  kind: ReferenceKind,
  body: CreateReferenceBody,
): Promise<ReferenceItem> {
  const values = normalise(body);
  return db.transaction().execute(async (trx) => {
    const row = await q.insertReference(trx, kind.table, {
      code: body.code,
      name_zh: values.name_zh!,
      name_en: values.name_en!,
      description: values.description ?? null,
      source: values.source ?? null,
      sort_order: values.sort_order ?? (await q.nextSortOrder(trx, kind.table)),
    });
    if (!row) {
      throw new AppError('CODE_TAKEN', {
        message: `${kind.label}代码 ${body.code} 已存在，请换一个代码（已停用的可以恢复使用）`,
        fields: [{ field: 'code', message: `代码：${body.code} 已被使用` }],
      });
    }
    await recordAudit(trx, ctx, { action: 'create', entityType: kind.entityType, entityId: row.code, after: row });
    return toItem(row);
  });
}

/** Applies `change` to the locked row, records before/after, and returns the row; unknown codes are 404. */
async function change(
  db: Kysely<DB>,
  ctx: RequestContext,
  kind: ReferenceKind,
  code: string,
  action: string,
  compute: (before: Row) => Updateable<ReferenceTable>,
): Promise<ReferenceItem> {
  return db.transaction().execute(async (trx) => {
    const before = await q.findReference(trx, kind.table, code, true);
    if (!before) throw new AppError('NOT_FOUND', { message: `${kind.label} ${code} 不存在` });
    const set = compute(before);
    const changed = Object.entries(set).some(([key, value]) => {
      const old = before[key as keyof Row];
      return old instanceof Date || value instanceof Date ? (old === null) !== (value === null) : old !== value;
    });
    // Nothing to change (the same values, or retiring what is retired): no write, no audit row.
    if (!changed) return toItem(before);
    const after = await q.updateReference(trx, kind.table, code, set);
    await recordAudit(trx, ctx, { action, entityType: kind.entityType, entityId: code, before, after });
    return toItem(after);
  });
}

export function updateReference(
  db: Kysely<DB>,
  ctx: RequestContext,
  kind: ReferenceKind,
  code: string,
  body: UpdateReferenceBody,
) {
  const set = normalise(body);
  return change(db, ctx, kind, code, 'update', () => set);
}

export function setRetired(db: Kysely<DB>, ctx: RequestContext, kind: ReferenceKind, code: string, retired: boolean) {
  return change(db, ctx, kind, code, retired ? 'retire' : 'restore', (before) => ({
    retired_at: retired ? (before.retired_at ?? new Date()) : null,
  }));
}
