// Writing and reading needs: publishing one (as a draft or at once), editing it, the managers' list and the detail.
// Every rule that needs the database runs inside the transaction that writes, so a refusal changes nothing.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';
import { AppError, fieldError, type FieldError } from '../../errors.ts';
import type { Actor } from '../../platform/access.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { RequestContext } from '../../platform/context.ts';
import { decodeCursor, encodeCursor } from '../../platform/http.ts';
import { textArray } from '../organizations/names.ts';
import { placeOf } from './place.ts';
import * as q from './queries.ts';
import type { CreateNeedBody, ManagedNeedsQuery, NeedDetail, NeedPage, UpdateNeedBody } from './schemas.ts';
import { EDITABLE_STATUSES, needStateError } from './states.ts';
import { insertNeed, keyAreasOf, titleColumns } from './store.ts';
import { checkNeedFields, type NeedFieldsInput } from './validate.ts';
import { toDetail, toSummaries } from './views.ts';

/** The row as the audit log keeps it: the search bigrams are derived from the title and only add noise. */
export function auditable(row: q.NeedRow): Record<string, unknown> {
  const { title_bigrams: _bigrams, ...rest } = row;
  return rest;
}

function invalid(errors: FieldError[]): AppError {
  return new AppError('VALIDATION_FAILED', { fields: errors });
}

export async function createNeed(db: Kysely<DB>, ctx: RequestContext, actor: Actor, body: CreateNeedBody): Promise<NeedDetail> {
  return db.transaction().execute(async (trx) => {
    const place = await placeOf(trx, actor, body);
    const { errors, columns } = await checkNeedFields(trx, body);
    const problems = [...place.errors, ...errors];
    if (problems.length > 0 || !columns || place.regionCode === null) throw invalid(problems);
    const id = await insertNeed(trx, {
      ...columns,
      region_code: place.regionCode,
      household_id: place.householdId,
      status: body.publish ? 'published' : 'draft',
      created_by: actor.accountId,
    });
    const row = await q.needById(trx, id);
    await recordAudit(trx, ctx, { action: 'create', entityType: 'need', entityId: id, regionCode: row.region_code, after: auditable(row) });
    return toDetail(trx, actor, row);
  });
}

export async function getNeed(db: Kysely<DB>, actor: Actor, id: number): Promise<NeedDetail> {
  const row = await q.visibleNeed(db, actor, id);
  if (!row) throw new AppError('NOT_FOUND');
  return toDetail(db, actor, row);
}

export async function listManagedNeeds(db: Kysely<DB>, actor: Actor, query: ManagedNeedsQuery): Promise<NeedPage> {
  const cursor = decodeCursor(query.cursor, ['number']);
  const afterId = cursor?.[0] as number | undefined;
  if (afterId !== undefined && !Number.isSafeInteger(afterId)) throw fieldError('cursor', '翻页游标无效，请从第一页重新加载');
  const limit = query.limit ?? 50;
  const rows = await q.listManaged(db, actor, query, afterId, limit);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { items: await toSummaries(db, page), nextCursor: rows.length > limit && last ? encodeCursor([last.id]) : null };
}

/** The need's fields as the form sends them. */
export function inputOf(row: q.NeedRow): NeedFieldsInput {
  return {
    title: row.title,
    description: row.description,
    keyFieldCode: row.key_field_code,
    keyPopulationCodes: row.key_population_codes,
    kind: row.kind,
    itemName: row.item_name,
    unit: row.unit,
    quantity: row.quantity,
    amountFen: row.amount_fen,
    deadline: row.deadline,
    contactName: row.contact_name,
    contactPhone: row.contact_phone,
  };
}

const LABELS: Record<keyof UpdateNeedBody, string> = {
  title: '标题',
  description: '需求说明',
  keyFieldCode: '重点领域',
  keyPopulationCodes: '重点人群',
  kind: '需求类型',
  itemName: '物资或服务名称',
  unit: '单位',
  quantity: '数量',
  amountFen: '估算金额（分）',
  deadline: '截止日期',
  contactName: '对接联系人',
  contactPhone: '联系电话',
};
/** What a liaison may still change once someone has claimed: nothing that alters what the claimants took on. */
const SAFE_WITH_CLAIMS: ReadonlySet<keyof UpdateNeedBody> = new Set(['description', 'contactName', 'contactPhone', 'deadline']);

function normalised(value: unknown): string {
  if (Array.isArray(value)) return JSON.stringify([...(value as string[])].sort());
  if (typeof value === 'string') return value.trim();
  return JSON.stringify(value ?? null);
}

/** The fields of the body whose value differs from the need's (a form sends every field, changed or not). */
function changedFields(current: NeedFieldsInput, body: UpdateNeedBody): (keyof UpdateNeedBody)[] {
  return (Object.keys(body) as (keyof UpdateNeedBody)[]).filter((key) => {
    const sent = body[key];
    if (sent === undefined) return false;
    const now = current[key];
    // An empty item name or unit is the same as none.
    if ((key === 'itemName' || key === 'unit') && !sent && !now) return false;
    return normalised(sent) !== normalised(now);
  });
}

/** With claims, only the description, the contact and a later deadline change. */
function claimProblems(row: q.NeedRow, changed: (keyof UpdateNeedBody)[], body: UpdateNeedBody): FieldError[] {
  const problems: FieldError[] = changed
    .filter((key) => !SAFE_WITH_CLAIMS.has(key))
    .map((key) => ({ field: key, message: `${LABELS[key]}：已有认领，不能再修改` }));
  if (body.deadline !== undefined && body.deadline < row.deadline) {
    problems.push({ field: 'deadline', message: `截止日期：已有认领，只能推后，不能早于原来的 ${row.deadline}` });
  }
  return problems;
}

function merged(row: q.NeedRow, body: UpdateNeedBody): NeedFieldsInput {
  const current = inputOf(row);
  const kind = body.kind ?? current.kind;
  // A money need's amount is its quantity; a need whose kind changes starts without the old kind's estimate.
  const amountFen = body.amountFen !== undefined ? body.amountFen : kind === 'money' || kind !== current.kind ? null : current.amountFen;
  return {
    title: body.title ?? current.title,
    description: body.description ?? current.description,
    keyFieldCode: body.keyFieldCode ?? current.keyFieldCode,
    keyPopulationCodes: body.keyPopulationCodes ?? current.keyPopulationCodes,
    kind,
    itemName: body.itemName !== undefined ? body.itemName : current.itemName,
    unit: body.unit !== undefined ? body.unit : current.unit,
    quantity: body.quantity ?? current.quantity,
    amountFen,
    deadline: body.deadline ?? current.deadline,
    contactName: body.contactName ?? current.contactName,
    contactPhone: body.contactPhone ?? current.contactPhone,
  };
}

export async function updateNeed(
  db: Kysely<DB>,
  ctx: RequestContext,
  actor: Actor,
  id: number,
  body: UpdateNeedBody,
): Promise<NeedDetail> {
  return db.transaction().execute(async (trx) => {
    const row = await q.managedNeed(trx, actor, id, true);
    if (!row) throw new AppError('NOT_FOUND');
    if (!EDITABLE_STATUSES.includes(row.status)) throw needStateError(row.status, '修改');
    if (row.claimed_quantity > 0) {
      const problems = claimProblems(row, changedFields(inputOf(row), body), body);
      if (problems.length > 0) throw new AppError('NEED_HAS_CLAIMS', { fields: problems });
    }
    const { errors, columns } = await checkNeedFields(trx, merged(row, body));
    if (errors.length > 0 || !columns) throw invalid(errors);
    const areas = await keyAreasOf(trx, row.region_code);
    const after = await trx
      .updateTable('needs')
      .set({
        ...columns,
        ...titleColumns(columns.title),
        key_population_codes: textArray(columns.key_population_codes) as unknown as string[],
        key_area_kinds: textArray(areas.kinds) as unknown as string[],
        key_area_rank: areas.rank,
        updated_at: new Date(),
      })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    const before = auditable(row);
    const now = auditable(after);
    // Saving the form unchanged leaves no trace in the audit log.
    if (Object.keys(before).some((k) => k !== 'updated_at' && JSON.stringify(before[k]) !== JSON.stringify(now[k]))) {
      await recordAudit(trx, ctx, { action: 'update', entityType: 'need', entityId: id, regionCode: row.region_code, before, after: now });
    }
    return toDetail(trx, actor, after);
  });
}
