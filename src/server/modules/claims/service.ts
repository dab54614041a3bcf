// Claims (认领): an approved organization takes part or all of an open need, a caring individual takes a household
// need whole; the need's liaison (or an official in scope) confirms (对接成功) or declines; the claimant withdraws a
// pending claim or reports progress, which keeps it from lapsing. Every change is one transaction with its claim
// event, the notifications it causes and its audit row; outside channels are told after the commit.
import type { Kysely, Transaction } from 'kysely';
import { chinaToday, isIsoDate } from '../../../common/glossary.ts';
import { OPEN_NEED_STATUSES, VISIBLE_NEED_STATUSES } from '../../../common/needs.ts';
import type { Config } from '../../config.ts';
import type { ClaimStatus, DB } from '../../db/types.ts';
import { AppError, fieldError, type FieldError } from '../../errors.ts';
import { requireActor, type Actor } from '../../platform/access.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { RequestContext } from '../../platform/context.ts';
import { encodeCursor } from '../../platform/http.ts';
import { lapseDaysFor } from '../needs/lapse.ts';
import { needStateError } from '../needs/states.ts';
import { sendOutside, type MessageChannel } from '../notifications/channel.ts';
import { notify, type NewNotification } from '../notifications/notify.ts';
import { idCursor } from '../notifications/service.ts';
import * as q from './queries.ts';
import type { Claim, ClaimPage, CreateClaimBody, ListClaimsQuery } from './schemas.ts';
import {
  CARING_PUBLIC_NAME,
  CLAIM_STATUS_LABELS,
  claimView,
  isClaimantSide,
  isManagerOf,
  listItems,
  quantityText,
} from './views.ts';

export interface ClaimEnv {
  db: Kysely<DB>;
  config: Pick<Config, 'claimLapseDays'>;
  /** SMS / WeChat; absent: in-platform notifications only. */
  channel?: MessageChannel | undefined;
  log?: { warn(obj: object, msg: string): void } | undefined;
}

const DAY_MS = 24 * 3600_000;

export function lapseAtAfter(from: Date, days: number): Date {
  return new Date(from.getTime() + days * DAY_MS);
}

function isUniqueViolation(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { code?: unknown }).code === '23505';
}

function needNotFound(): AppError {
  return new AppError('NOT_FOUND', { message: '需求不存在或未公开' });
}

function claimNotFound(): AppError {
  return new AppError('NOT_FOUND', { message: '认领不存在' });
}

function overClaimed(need: q.NeedRow, asked?: number): AppError {
  const left = Math.max(0, need.quantity - need.claimed_quantity);
  const message =
    left === 0
      ? '该需求已被认领满，目前没有可认领的数量'
      : `认领数量超过了尚未认领的数量：目前还可认领 ${quantityText(need, left)}，请按剩余数量认领`;
  return new AppError('NEED_OVER_CLAIMED', {
    message,
    ...(asked !== undefined ? { fields: [{ field: 'quantity', message: `认领数量：${message}` }] } : {}),
  });
}

function claimState(status: ClaimStatus, verb: string): AppError {
  return new AppError('CLAIM_STATE', { message: `该认领当前为“${CLAIM_STATUS_LABELS[status]}”，不能${verb}` });
}

/** Why a visible need cannot be claimed now, in the words of its state. */
function needClosed(need: q.NeedRow, today: string): AppError {
  if (need.status === 'published' || need.status === 'partly_claimed') {
    return new AppError('NEED_STATE', { message: `该需求已于 ${need.deadline} 截止（今天是 ${today}），不能再认领` });
  }
  return needStateError(need.status, '再认领');
}

async function loadNeed(db: Kysely<DB>, needId: number): Promise<q.NeedRow> {
  const need = await q.findNeed(db, needId);
  if (!need || !(VISIBLE_NEED_STATUSES as readonly string[]).includes(need.status)) throw needNotFound();
  return need;
}

// ---- claiming ----

interface Plan {
  quantity: number;
  organizationId: number | null;
  claimantName: string;
}

/** Who claims: an approved organization without a live claim on the need, or a caring individual on a free household need. */
async function claimant(db: Kysely<DB>, actor: Actor, need: q.NeedRow): Promise<{ organizationId: number | null; name: string }> {
  if (actor.role === 'caring_individual') {
    if (need.household_id === null) throw new AppError('CARING_HOUSEHOLD_ONLY');
    if (await q.liveClaimOf(db, need.id, { caring: true })) throw new AppError('HOUSEHOLD_NEED_TAKEN');
    return { organizationId: null, name: CARING_PUBLIC_NAME };
  }
  const organization = actor.organizationId === null ? undefined : await q.organizationOf(db, actor.organizationId);
  if (!organization || organization.status !== 'approved') throw new AppError('ORGANIZATION_NOT_APPROVED');
  if (await q.liveClaimOf(db, need.id, { organizationId: organization.id })) throw new AppError('ALREADY_CLAIMING');
  return { organizationId: organization.id, name: organization.name };
}

/** How much: an organization names it (within what is left); a caring individual takes all that is left. */
function quantityOf(need: q.NeedRow, who: { organizationId: number | null }, body: CreateClaimBody): number {
  const left = need.quantity - need.claimed_quantity;
  if (who.organizationId === null) {
    if (left <= 0) throw overClaimed(need);
    if (body.quantity !== undefined && body.quantity !== left) {
      throw fieldError('quantity', `认领数量：爱心人士一对一帮扶认领住户需求的全部剩余数量（${quantityText(need, left)}），不用填写`);
    }
    return left;
  }
  if (body.quantity === undefined) {
    throw fieldError('quantity', `认领数量：请填写要认领的数量（目前还可认领 ${quantityText(need, Math.max(0, left))}）`);
  }
  if (body.quantity > left) throw overClaimed(need, body.quantity);
  return body.quantity;
}

/**
 * Everything checked before the transaction, so bad input changes nothing: who may claim first (the answer does not
 * depend on the need's moment), then whether the need is open, then the quantity.
 */
async function planClaim(db: Kysely<DB>, actor: Actor, need: q.NeedRow, body: CreateClaimBody, today: string): Promise<Plan> {
  const who = await claimant(db, actor, need);
  // A need claimed to the full is a quantity problem to the claimant, whatever the race that got there first.
  if (need.status === 'claimed') throw overClaimed(need, body.quantity);
  if (!(OPEN_NEED_STATUSES as readonly string[]).includes(need.status) || need.deadline < today) throw needClosed(need, today);
  return { quantity: quantityOf(need, who, body), organizationId: who.organizationId, claimantName: who.name };
}

function checkBody(body: CreateClaimBody, today: string): { note: string; plannedDate: string | null } {
  const problems: FieldError[] = [];
  const note = body.note.trim();
  if (note === '') problems.push({ field: 'note', message: '帮扶方式与时间：请写明如何帮、何时到位' });
  const plannedDate = body.plannedDate ?? null;
  if (plannedDate !== null) {
    if (!isIsoDate(plannedDate)) problems.push({ field: 'plannedDate', message: '计划到位日期：不是有效日期，格式为 YYYY-MM-DD' });
    else if (plannedDate < today) problems.push({ field: 'plannedDate', message: `计划到位日期：不能早于今天（${today}）` });
  }
  if (problems.length > 0) throw new AppError('VALIDATION_FAILED', { fields: problems });
  return { note, plannedDate };
}

/** Unique indexes refuse a second live claim that raced past the check: the same answer as the check. */
function duplicateClaim(actor: Actor): AppError {
  return new AppError(actor.role === 'caring_individual' ? 'HOUSEHOLD_NEED_TAKEN' : 'ALREADY_CLAIMING');
}

class NotTaken extends Error {}

export async function createClaim(env: ClaimEnv, ctx: RequestContext, needId: number, body: CreateClaimBody): Promise<Claim> {
  const actor = requireActor(ctx.actor);
  const { db } = env;
  const today = chinaToday();
  const { note, plannedDate } = checkBody(body, today);
  const need = await loadNeed(db, needId);
  const plan = await planClaim(db, actor, need, body, today);
  const lapseDays = await lapseDaysFor(db, need.region_code, env.config.claimLapseDays);

  let claim: q.ClaimRow;
  try {
    claim = await db.transaction().execute(async (trx) => {
      const taken = await q.takeQuantity(trx, need.id, plan.quantity);
      if (!taken) throw new NotTaken();
      const row = await q.insertClaim(trx, {
        need_id: need.id,
        organization_id: plan.organizationId,
        caring_account_id: plan.organizationId === null ? actor.accountId : null,
        quantity: plan.quantity,
        note,
        planned_date: plannedDate,
        lapse_at: lapseAtAfter(new Date(), lapseDays),
        created_by: actor.accountId,
      });
      await q.addEvent(trx, row.id, 'claimed', note, actor.accountId);
      await notify(trx, await q.needManagers(trx, need), {
        kind: 'claim_created',
        title: '新的认领待确认',
        body: `${plan.claimantName}认领了“${need.title}”（${quantityText(need, plan.quantity)}），请核实后确认对接或婉拒`,
        link: `/needs/${need.id}`,
        entityType: 'claim',
        entityId: row.id,
      });
      await recordAudit(trx, ctx, {
        action: 'claim.create',
        entityType: 'claim',
        entityId: row.id,
        regionCode: need.region_code,
        organizationId: plan.organizationId,
        after: {
          need_id: need.id,
          quantity: plan.quantity,
          status: row.status,
          lapse_at: row.lapse_at,
          need_claimed_quantity: taken.claimed_quantity,
          need_status: taken.status,
        },
      });
      return row;
    });
  } catch (err) {
    if (err instanceof NotTaken) {
      // Someone else took it meanwhile (or it closed): say how much is left now.
      const now = await q.findNeed(db, need.id);
      if (!now || !['published', 'partly_claimed', 'claimed'].includes(now.status)) throw needClosed(now ?? need, today);
      throw overClaimed(now, body.quantity);
    }
    if (isUniqueViolation(err)) throw duplicateClaim(actor);
    throw err;
  }
  const fresh = await q.findNeed(db, need.id);
  return claimView(db, actor, claim, fresh ?? need);
}

// ---- reading ----

export async function listClaims(db: Kysely<DB>, ctx: RequestContext, query: ListClaimsQuery): Promise<ClaimPage> {
  const actor = requireActor(ctx.actor);
  let filter: q.ListFilter;
  if (actor.role === 'organization_admin' || actor.role === 'organization_member') {
    if (actor.organizationId === null) return { items: [], nextCursor: null };
    filter = { kind: 'organization', organizationId: actor.organizationId };
  } else if (actor.role === 'caring_individual') {
    filter = { kind: 'caring', accountId: actor.accountId };
  } else {
    filter = { kind: 'scope', actor };
  }
  const limit = query.limit ?? 50;
  const rows = await q.listClaims(db, filter, { status: query.status, needId: query.needId, beforeId: idCursor(query.cursor), limit });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { items: await listItems(db, actor, page), nextCursor: rows.length > limit && last ? encodeCursor([last.id]) : null };
}

/** The claim and its need, if the caller is its claimant side or manages its need; otherwise 404. */
async function visibleClaim(db: Kysely<DB>, actor: Actor, id: number): Promise<{ claim: q.ClaimRow; need: q.NeedRow }> {
  const claim = await q.findClaim(db, id);
  if (!claim) throw claimNotFound();
  const need = await q.findNeed(db, claim.need_id);
  if (!need || !(isClaimantSide(actor, claim) || isManagerOf(actor, need))) throw claimNotFound();
  return { claim, need };
}

export async function getClaim(db: Kysely<DB>, ctx: RequestContext, id: number): Promise<Claim> {
  const actor = requireActor(ctx.actor);
  const { claim, need } = await visibleClaim(db, actor, id);
  return claimView(db, actor, claim, need);
}

// ---- changes ----

type Side = 'claimant' | 'manager';

interface Change {
  notices: { to: number[]; notice: NewNotification; outside: boolean }[];
}

/**
 * Runs one change of a claim: the claim locked, the caller's side checked (404 otherwise), then `apply` in the same
 * transaction; notifications commit with it; outside channels hear after the commit.
 */
async function change(
  env: ClaimEnv,
  ctx: RequestContext,
  id: number,
  side: Side,
  apply: (trx: Transaction<DB>, actor: Actor, claim: q.ClaimRow, need: q.NeedRow) => Promise<Change>,
): Promise<Claim> {
  const actor = requireActor(ctx.actor);
  const { db } = env;
  const done = await db.transaction().execute(async (trx) => {
    const claim = await q.lockClaim(trx, id);
    if (!claim) throw claimNotFound();
    const need = await q.findNeed(trx, claim.need_id);
    if (!need) throw claimNotFound();
    // The route's permission already admits only one side's roles; within it, a claim not theirs does not exist.
    const allowed = side === 'claimant' ? isClaimantSide(actor, claim) : isManagerOf(actor, need);
    if (!allowed) throw claimNotFound();
    const result = await apply(trx, actor, claim, need);
    for (const n of result.notices) await notify(trx, n.to, n.notice);
    return result;
  });
  for (const n of done.notices) {
    if (n.outside) await sendOutside(env.channel, n.to, { kind: n.notice.kind, title: n.notice.title, body: n.notice.body }, env.log);
  }
  return getClaim(db, ctx, id);
}

function auditChange(
  trx: Transaction<DB>,
  ctx: RequestContext,
  action: string,
  claim: q.ClaimRow,
  need: q.NeedRow,
  after: q.ClaimRow,
  extra: Record<string, unknown> = {},
) {
  return recordAudit(trx, ctx, {
    action,
    entityType: 'claim',
    entityId: claim.id,
    regionCode: need.region_code,
    organizationId: claim.organization_id,
    before: { status: claim.status, lapse_at: claim.lapse_at },
    after: { status: after.status, lapse_at: after.lapse_at, ...extra },
  });
}

/**
 * A step's one notice about `claim`: to its claimant, who also hears through the outside channel, or to the managers
 * of its need, who see it in the platform.
 */
async function tell(
  trx: Transaction<DB>,
  whom: Side,
  claim: q.ClaimRow,
  need: q.NeedRow,
  notice: Pick<NewNotification, 'kind' | 'title' | 'body' | 'link'>,
): Promise<Change> {
  const toClaimant = whom === 'claimant';
  return {
    notices: [
      {
        to: toClaimant ? await q.claimantAccounts(trx, claim) : await q.needManagers(trx, need),
        outside: toClaimant,
        notice: { ...notice, entityType: 'claim', entityId: claim.id },
      },
    ],
  };
}

function claimantLabel(claim: q.ClaimRow, organizationName: string | undefined): string {
  return claim.organization_id !== null ? (organizationName ?? '认领组织') : CARING_PUBLIC_NAME;
}

export function withdrawClaim(env: ClaimEnv, ctx: RequestContext, id: number, body: { reason?: string | undefined }): Promise<Claim> {
  return change(env, ctx, id, 'claimant', async (trx, actor, claim, need) => {
    if (claim.status === 'confirmed') {
      throw new AppError('CLAIM_STATE', { message: '已确认对接，不能撤回；如有变化请联系需求联系人' });
    }
    if (claim.status !== 'pending') throw claimState(claim.status, '撤回');
    const reason = body.reason?.trim() || null;
    const after = await q.updateClaim(trx, claim.id, { status: 'withdrawn', status_reason: reason });
    const moved = await q.moveQuantities(trx, need.id, { claimed: -claim.quantity, confirmed: 0 });
    await q.addEvent(trx, claim.id, 'withdrawn', reason, actor.accountId);
    await auditChange(trx, ctx, 'claim.withdraw', claim, need, after, { need_claimed_quantity: moved.claimed_quantity, need_status: moved.status });
    const org = claim.organization_id === null ? undefined : await q.organizationOf(trx, claim.organization_id);
    return tell(trx, 'manager', claim, need, {
      kind: 'claim_withdrawn',
      title: '认领已撤回',
      body: `${claimantLabel(claim, org?.name)}撤回了对“${need.title}”的认领（${quantityText(need, claim.quantity)}），数量已退回需求${reason ? `。原因：${reason}` : ''}`,
      link: `/needs/${need.id}`,
    });
  });
}

export function confirmClaim(env: ClaimEnv, ctx: RequestContext, id: number): Promise<Claim> {
  return change(env, ctx, id, 'manager', async (trx, actor, claim, need) => {
    if (claim.status !== 'pending') throw claimState(claim.status, '确认');
    const now = new Date();
    const days = await lapseDaysFor(trx, need.region_code, env.config.claimLapseDays);
    const after = await q.updateClaim(trx, claim.id, {
      status: 'confirmed',
      decided_by: actor.accountId,
      decided_at: now,
      last_progress_at: now,
      lapse_at: lapseAtAfter(now, days),
    });
    const moved = await q.moveQuantities(trx, need.id, { claimed: 0, confirmed: claim.quantity });
    await q.addEvent(trx, claim.id, 'confirmed', null, actor.accountId);
    await auditChange(trx, ctx, 'claim.confirm', claim, need, after, {
      need_confirmed_quantity: moved.confirmed_quantity,
      need_status: moved.status,
    });
    return tell(trx, 'claimant', claim, need, {
      kind: 'claim_confirmed',
      title: '认领已确认（对接成功）',
      body: `您对“${need.title}”的认领（${quantityText(need, claim.quantity)}）已确认，请查看对接信息并按计划落实`,
      link: `/claims/${claim.id}`,
    });
  });
}

export function declineClaim(env: ClaimEnv, ctx: RequestContext, id: number, body: { reason: string }): Promise<Claim> {
  const reason = body.reason.trim();
  if (reason === '') return Promise.reject(fieldError('reason', '原因：请写明婉拒的原因'));
  return change(env, ctx, id, 'manager', async (trx, actor, claim, need) => {
    if (claim.status !== 'pending') throw claimState(claim.status, '婉拒');
    const after = await q.updateClaim(trx, claim.id, {
      status: 'declined',
      status_reason: reason,
      decided_by: actor.accountId,
      decided_at: new Date(),
    });
    const moved = await q.moveQuantities(trx, need.id, { claimed: -claim.quantity, confirmed: 0 });
    await q.addEvent(trx, claim.id, 'declined', reason, actor.accountId);
    await auditChange(trx, ctx, 'claim.decline', claim, need, after, { reason, need_claimed_quantity: moved.claimed_quantity, need_status: moved.status });
    return tell(trx, 'claimant', claim, need, {
      kind: 'claim_declined',
      title: '认领被婉拒',
      body: `您对“${need.title}”的认领被婉拒。原因：${reason}`,
      link: `/claims/${claim.id}`,
    });
  });
}

export function reportProgress(env: ClaimEnv, ctx: RequestContext, id: number, body: { note: string }): Promise<Claim> {
  const note = body.note.trim();
  if (note === '') return Promise.reject(fieldError('note', '进展说明：请填写'));
  return change(env, ctx, id, 'claimant', async (trx, actor, claim, need) => {
    if (claim.status !== 'pending' && claim.status !== 'confirmed') throw claimState(claim.status, '报告进展');
    const now = new Date();
    const days = await lapseDaysFor(trx, need.region_code, env.config.claimLapseDays);
    const after = await q.updateClaim(trx, claim.id, { last_progress_at: now, lapse_at: lapseAtAfter(now, days) });
    await q.addEvent(trx, claim.id, 'progress', note, actor.accountId);
    await auditChange(trx, ctx, 'claim.progress', claim, need, after);
    const org = claim.organization_id === null ? undefined : await q.organizationOf(trx, claim.organization_id);
    return tell(trx, 'manager', claim, need, {
      kind: 'claim_progress',
      title: '认领有新进展',
      body: `${claimantLabel(claim, org?.name)}报告了“${need.title}”的进展：${note}`,
      link: `/claims/${claim.id}`,
    });
  });
}
