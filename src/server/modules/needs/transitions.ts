// A need's moves between states by its managers: publish a draft, withdraw it, close it when done or expired, and an
// official's take-down, which declines the pending claims and tells their claimants and the need's author why.
import { sql, type Kysely, type UpdateObject } from 'kysely';
import type { DB } from '../../db/types.ts';
import { AppError, fieldError } from '../../errors.ts';
import type { Actor } from '../../platform/access.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { RequestContext } from '../../platform/context.ts';
import { notify, organizationAccounts } from '../notifications/notify.ts';
import { textArray } from '../organizations/names.ts';
import * as q from './queries.ts';
import type { NeedDetail } from './schemas.ts';
import { auditable, inputOf } from './service.ts';
import { CLOSABLE_STATUSES, TAKE_DOWN_STATUSES, WITHDRAWABLE_STATUSES, needStateError } from './states.ts';
import { keyAreasOf } from './store.ts';
import { checkNeedFields } from './validate.ts';
import { toDetail } from './views.ts';

function reasonOf(reason: string): string {
  const trimmed = reason.trim();
  if (trimmed.length === 0) throw fieldError('reason', '原因：不能为空');
  return trimmed;
}

/** Saves the move with its audit row (in the caller's transaction) and answers the need as the caller now sees it. */
async function saveMove(
  trx: q.Executor,
  ctx: RequestContext,
  actor: Actor,
  action: string,
  before: q.NeedRow,
  changes: UpdateObject<DB, 'needs'>,
  detail?: Record<string, unknown>,
): Promise<NeedDetail> {
  const after = await trx
    .updateTable('needs')
    .set(changes)
    .where('id', '=', before.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  await recordAudit(trx, ctx, {
    action,
    entityType: 'need',
    entityId: after.id,
    regionCode: after.region_code,
    before: auditable(before),
    after: auditable(after),
    ...(detail ? { detail } : {}),
  });
  return toDetail(trx, actor, after);
}

export async function publishNeed(db: Kysely<DB>, ctx: RequestContext, actor: Actor, id: number): Promise<NeedDetail> {
  return db.transaction().execute(async (trx) => {
    const row = await q.managedNeed(trx, actor, id, true);
    if (!row) throw new AppError('NOT_FOUND');
    if (row.status !== 'draft') throw needStateError(row.status, '发布', '只有草稿可以发布');
    if (row.household_id !== null) {
      const household = await q.householdById(trx, row.household_id);
      if (household?.status !== 'active') throw new AppError('HOUSEHOLD_ARCHIVED');
    }
    // A draft saved weeks ago may carry a deadline now past or a field since retired.
    const { errors } = await checkNeedFields(trx, inputOf(row));
    if (errors.length > 0) throw new AppError('VALIDATION_FAILED', { fields: errors });
    const areas = await keyAreasOf(trx, row.region_code);
    return saveMove(trx, ctx, actor, 'publish', row, {
      status: 'published',
      published_at: new Date(),
      status_reason: null,
      key_area_kinds: textArray(areas.kinds),
      key_area_rank: areas.rank,
      updated_at: new Date(),
    });
  });
}

export async function withdrawNeed(
  db: Kysely<DB>,
  ctx: RequestContext,
  actor: Actor,
  id: number,
  rawReason: string,
): Promise<NeedDetail> {
  const reason = reasonOf(rawReason);
  return db.transaction().execute(async (trx) => {
    const row = await q.managedNeed(trx, actor, id, true);
    if (!row) throw new AppError('NOT_FOUND');
    if (!WITHDRAWABLE_STATUSES.includes(row.status)) throw needStateError(row.status, '撤回');
    const claims = await q.claimsOf(trx, id);
    const pending = claims.filter((c) => c.status === 'pending').length;
    const confirmed = claims.filter((c) => c.status === 'confirmed').length;
    if (confirmed > 0) {
      throw new AppError('NEED_HAS_CLAIMS', {
        message: `该需求已有 ${confirmed} 项对接成功的认领，不能撤回；如需调整，请与认领方沟通`,
      });
    }
    if (pending > 0) {
      throw new AppError('NEED_HAS_CLAIMS', {
        message: `该需求还有 ${pending} 项待确认的认领，请先在认领列表中逐项婉拒，再撤回需求`,
      });
    }
    return saveMove(trx, ctx, actor, 'withdraw', row, {
      status: 'withdrawn',
      status_reason: reason,
      updated_at: new Date(),
    });
  });
}

export async function closeNeed(db: Kysely<DB>, ctx: RequestContext, actor: Actor, id: number): Promise<NeedDetail> {
  return db.transaction().execute(async (trx) => {
    const row = await q.managedNeed(trx, actor, id, true);
    if (!row) throw new AppError('NOT_FOUND');
    if (!CLOSABLE_STATUSES.includes(row.status))
      throw needStateError(row.status, '关闭', '只有已对接成功或已过期的需求可以关闭');
    return saveMove(trx, ctx, actor, 'close', row, { status: 'closed', updated_at: new Date() });
  });
}

export async function takeDownNeed(
  db: Kysely<DB>,
  ctx: RequestContext,
  actor: Actor,
  id: number,
  rawReason: string,
): Promise<NeedDetail> {
  const reason = reasonOf(rawReason);
  return db.transaction().execute(async (trx) => {
    // Claims first, then the need: the order every claim change and the sweep lock in, so they cannot deadlock.
    await trx
      .selectFrom('claims')
      .select('id')
      .where('need_id', '=', id)
      .where('status', 'in', ['pending', 'confirmed'])
      .orderBy('id')
      .forUpdate()
      .execute();
    const row = await q.managedNeed(trx, actor, id, true);
    if (!row) throw new AppError('NOT_FOUND');
    if (!TAKE_DOWN_STATUSES.includes(row.status))
      throw needStateError(row.status, '下架', '只有已发布、部分认领或已认领满的需求可以下架');
    const claims = await q.claimsOf(trx, id);
    if (claims.some((c) => c.status === 'confirmed')) {
      throw needStateError(row.status, '下架', '已有对接成功的认领，帮扶正在进行，请与联系人和认领方沟通处理');
    }
    const now = new Date();
    const declineReason = `需求已被下架：${reason}`;
    const declined = await trx
      .updateTable('claims')
      .set({
        status: 'declined',
        status_reason: declineReason,
        decided_by: actor.accountId,
        decided_at: now,
        updated_at: now,
      })
      .where('need_id', '=', id)
      .where('status', '=', 'pending')
      .returning(['id', 'organization_id', 'caring_account_id'])
      .execute();
    if (declined.length > 0) {
      await trx
        .insertInto('claim_events')
        .values(
          declined.map((c) => ({
            claim_id: c.id,
            action: 'declined' as const,
            note: declineReason,
            actor_account_id: actor.accountId,
          })),
        )
        .execute();
    }
    for (const c of declined) {
      const accounts =
        c.organization_id !== null ? await organizationAccounts(trx, c.organization_id) : [c.caring_account_id!];
      await notify(trx, accounts, {
        kind: 'need_taken_down',
        title: '您认领的需求已被下架',
        body: `需求“${row.title}”已被主管部门下架，您的认领已自动婉拒。原因：${reason}`,
        link: `/claims/${c.id}`,
        entityType: 'claim',
        entityId: c.id,
      });
    }
    if (row.created_by !== null && row.created_by !== actor.accountId) {
      await notify(trx, [row.created_by], {
        kind: 'need_taken_down',
        title: '您发布的需求已被下架',
        body: `需求“${row.title}”已被下架${declined.length > 0 ? `，${declined.length} 项待确认的认领已自动婉拒` : ''}。原因：${reason}`,
        link: `/needs/${id}`,
        entityType: 'need',
        entityId: id,
      });
    }
    // The pending claims' quantities go back; what is confirmed stays claimed.
    const changes = {
      status: 'taken_down',
      status_reason: reason,
      claimed_quantity: sql<number>`confirmed_quantity`,
      updated_at: now,
    } as const;
    return saveMove(trx, ctx, actor, 'take_down', row, changes, { declinedClaims: declined.map((c) => c.id) });
  });
}
