// Creating, editing, closing and cancelling fairs, and reading them. Every rule that needs the database runs inside
// the transaction that writes, so a refusal changes nothing; each change writes its audit row (and, for a
// cancellation, the sign-ups' notifications) in that same transaction.
import { isIsoDate } from '../../../common/glossary.ts';
import type { Kysely, Transaction } from 'kysely';
import { FAIR_STATUS_LABELS, type FairStatus } from '../../../common/projects.ts';
import type { DB } from '../../db/types.ts';
import { AppError, fieldError, type FieldError } from '../../errors.ts';
import type { Actor } from '../../platform/access.ts';
import { diff, recordAudit } from '../../platform/audit.ts';
import type { RequestContext } from '../../platform/context.ts';
import { decodeCursor, encodeCursor } from '../../platform/http.ts';
import { notify, organizationAccounts } from '../notifications/notify.ts';
import { regionPath } from '../regions/queries.ts';
import * as q from './queries.ts';
import type { CreateFairBody, FairDetail, FairPage, ListFairsQuery, UpdateFairBody } from './schemas.ts';
import { managesFair } from './scope.ts';
import { checkFair, commonOrganizer, type Bounds, type FairInput } from './validate.ts';
import { toDetail, toSummaries } from './views.ts';

const DEFAULT_LIMIT = 50;

function invalid(errors: FieldError[]): AppError {
  return new AppError('VALIDATION_FAILED', { fields: errors });
}

export function fairNotFound(): AppError {
  return new AppError('NOT_FOUND', { message: '活动不存在或不在您可查看的范围内' });
}

/** 409 FAIR_STATE naming the state the fair is in: “该活动已取消，不能修改”. */
export function fairStateError(status: FairStatus, doing: string): AppError {
  return new AppError('FAIR_STATE', { message: `该活动${FAIR_STATUS_LABELS[status].zh}，不能${doing}` });
}

/** The fair as the audit log keeps it: the row and its regions. */
async function snapshot(db: q.Executor, row: q.FairRow): Promise<Record<string, unknown>> {
  return { ...row, regions: (await q.regionsOf(db, [row.id])).get(row.id) ?? [] };
}

async function detailOf(db: q.Executor, actor: Actor, id: number): Promise<FairDetail> {
  const row = await q.visibleFair(db, actor, id);
  if (!row) throw fairNotFound();
  return toDetail(db, actor, row);
}

/**
 * The fair the caller manages, locked for the change: 404 when they cannot see it, 403 when they see it but its
 * organizer region is not in their scope (a county official sees the city's fair for its county but does not run it).
 */
export async function managedFair(trx: Transaction<DB>, actor: Actor, id: number): Promise<q.FairRow> {
  const visible = await q.visibleFair(trx, actor, id);
  if (!visible) throw fairNotFound();
  if (!managesFair(actor, visible.region_code)) {
    throw new AppError('OUT_OF_SCOPE', { message: '该活动由上级或其他地区的部门主办，只有主办地区的部门可以修改' });
  }
  const row = await q.lockFair(trx, id);
  if (!row) throw fairNotFound();
  return row;
}

function inputOf(body: CreateFairBody): FairInput {
  return {
    kind: body.kind,
    name: body.name,
    year: body.year,
    theme: body.theme ?? null,
    description: body.description ?? null,
    regions: body.regions,
    programId: body.programId ?? null,
    startDate: body.startDate,
    endDate: body.endDate,
    signupDeadline: body.signupDeadline ?? null,
  };
}

export async function createFair(db: Kysely<DB>, ctx: RequestContext, actor: Actor, body: CreateFairBody): Promise<FairDetail> {
  return db.transaction().execute(async (trx) => {
    const scope = actor.scopeRegionCode;
    const bounds: Bounds = { code: scope, outside: (code) => `活动地区：${code} 不在您的管辖范围内` };
    const { errors, values } = await checkFair(trx, inputOf(body), bounds);
    let organizer = scope;
    if (organizer === null && !errors.some((e) => e.field.startsWith('regions'))) {
      organizer = await commonOrganizer(trx, values.regions);
      if (organizer === null) {
        errors.push({ field: 'regions', message: '活动地区：请选择同一省（自治区、直辖市）内的地区，活动由该省的部门主办' });
      }
    }
    if (errors.length > 0 || organizer === null) throw invalid(errors);
    const row = await trx
      .insertInto('fairs')
      .values({
        kind: values.kind,
        name: values.name,
        year: values.year,
        theme: values.theme,
        description: values.description,
        region_code: organizer,
        program_id: values.programId,
        start_date: values.startDate,
        end_date: values.endDate,
        signup_deadline: values.signupDeadline,
        created_by: actor.accountId,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await q.replaceRegions(trx, row.id, values.regions);
    await recordAudit(trx, ctx, {
      action: 'fair.create',
      entityType: 'fair',
      entityId: row.id,
      regionCode: row.region_code,
      after: await snapshot(trx, row),
    });
    return detailOf(trx, actor, row.id);
  });
}

/** The fair's fields with the body's changes over them (null clears an optional field, absence keeps it). */
function merged(row: q.FairRow, regions: string[], body: UpdateFairBody): FairInput {
  return {
    kind: body.kind ?? row.kind,
    name: body.name ?? row.name,
    year: body.year ?? row.year,
    theme: body.theme !== undefined ? body.theme : row.theme,
    description: body.description !== undefined ? body.description : row.description,
    regions: body.regions ?? regions,
    programId: body.programId !== undefined ? body.programId : row.program_id,
    startDate: body.startDate ?? row.start_date,
    endDate: body.endDate ?? row.end_date,
    signupDeadline: body.signupDeadline !== undefined ? body.signupDeadline : row.signup_deadline,
  };
}

export async function updateFair(
  db: Kysely<DB>,
  ctx: RequestContext,
  actor: Actor,
  id: number,
  body: UpdateFairBody,
): Promise<FairDetail> {
  return db.transaction().execute(async (trx) => {
    const row = await managedFair(trx, actor, id);
    if (row.status !== 'open') throw fairStateError(row.status, '修改');
    const before = await snapshot(trx, row);
    const organizerName = (await regionPath(trx, row.region_code)) ?? row.region_code;
    // The organizer stays: the regions stay within it, so the same departments keep running the fair.
    const bounds: Bounds = { code: row.region_code, outside: (code) => `活动地区：${code} 不在本活动主办地区（${organizerName}）范围内` };
    const { errors, values } = await checkFair(trx, merged(row, before.regions as string[], body), bounds);
    if (errors.length > 0) throw invalid(errors);
    const after = await trx
      .updateTable('fairs')
      .set({
        kind: values.kind,
        name: values.name,
        year: values.year,
        theme: values.theme,
        description: values.description,
        program_id: values.programId,
        start_date: values.startDate,
        end_date: values.endDate,
        signup_deadline: values.signupDeadline,
        updated_at: new Date(),
      })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    if (body.regions !== undefined) await q.replaceRegions(trx, id, values.regions);
    const now = await snapshot(trx, after);
    // Saving the form unchanged leaves no trace in the audit log.
    if (Object.keys(diff(before, now)).length > 0) {
      await recordAudit(trx, ctx, { action: 'fair.update', entityType: 'fair', entityId: id, regionCode: row.region_code, before, after: now });
    }
    return detailOf(trx, actor, id);
  });
}

export async function closeFair(db: Kysely<DB>, ctx: RequestContext, actor: Actor, id: number): Promise<FairDetail> {
  return db.transaction().execute(async (trx) => {
    const row = await managedFair(trx, actor, id);
    if (row.status !== 'open') throw fairStateError(row.status, '再结束');
    const after = await trx
      .updateTable('fairs')
      .set({ status: 'closed', updated_at: new Date() })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, ctx, { action: 'fair.close', entityType: 'fair', entityId: id, regionCode: row.region_code, before: row, after });
    return detailOf(trx, actor, id);
  });
}

/** Cancels an open fair; every organization signed up to it is told, with the reason when one is given. */
export async function cancelFair(
  db: Kysely<DB>,
  ctx: RequestContext,
  actor: Actor,
  id: number,
  reason: string | undefined,
): Promise<FairDetail> {
  return db.transaction().execute(async (trx) => {
    const row = await managedFair(trx, actor, id);
    if (row.status !== 'open') throw fairStateError(row.status, '取消');
    const why = reason?.trim() || null;
    const after = await trx
      .updateTable('fairs')
      .set({ status: 'cancelled', status_reason: why, updated_at: new Date() })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    const recipients: number[] = [];
    for (const organizationId of await q.signedUpOrganizations(trx, id)) {
      recipients.push(...(await organizationAccounts(trx, organizationId)));
    }
    await notify(trx, recipients, {
      kind: 'fair_signup',
      title: '活动已取消',
      body: `您报名的“${row.name}”（${row.start_date} 至 ${row.end_date}）已取消${why ? `：${why}` : ''}`,
      link: `/fairs/${id}`,
      entityType: 'fair',
      entityId: id,
    });
    await recordAudit(trx, ctx, {
      action: 'fair.cancel',
      entityType: 'fair',
      entityId: id,
      regionCode: row.region_code,
      before: row,
      after,
      detail: { notifiedOrganizations: recipients.length },
    });
    return detailOf(trx, actor, id);
  });
}

export async function getFair(db: Kysely<DB>, actor: Actor, id: number): Promise<FairDetail> {
  return detailOf(db, actor, id);
}

function listCursor(cursor: string | undefined): { startDate: string; id: number } | undefined {
  const values = decodeCursor(cursor, ['string', 'number']);
  if (!values) return undefined;
  const [startDate, id] = values as [string, number];
  if (!isIsoDate(startDate) || !Number.isSafeInteger(id)) throw fieldError('cursor', '翻页游标无效，请从第一页重新加载');
  return { startDate, id };
}

export async function listFairs(db: Kysely<DB>, actor: Actor, query: ListFairsQuery): Promise<FairPage> {
  const limit = query.limit ?? DEFAULT_LIMIT;
  const rows = await q.listFairs(db, actor, query, listCursor(query.cursor), limit);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: await toSummaries(db, page),
    nextCursor: rows.length > limit && last ? encodeCursor([last.start_date, last.id]) : null,
  };
}
