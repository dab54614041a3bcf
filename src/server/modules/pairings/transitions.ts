// The steps of a pairing after it is proposed: the lead withdraws it; the department whose scope holds every place
// confirms it (once the signed agreement is uploaded) or returns it with a reason; either side ends a confirmed one
// with a reason, and the other side is told.
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/types.ts';
import { AppError, fieldError } from '../../errors.ts';
import type { RequestContext } from '../../platform/context.ts';
import {
  audit,
  change,
  officialsOfPlaces,
  onlyLead,
  organizationSide,
  pairingState,
  placeNames,
  tell,
  type Locked,
} from './change.ts';
import * as q from './queries.ts';
import type { PairingDetail } from './schemas.ts';
import { decidesAll, isOfficial } from './side.ts';

function requiredReason(reason: string, what: string): string {
  const trimmed = reason.trim();
  if (trimmed === '') throw fieldError('reason', `原因：请写明${what}的原因`);
  return trimmed;
}

/** Only a department whose scope holds every place decides: a pairing across counties goes to their common superior. */
async function assertDecides(trx: Transaction<DB>, locked: Locked): Promise<void> {
  if (decidesAll(locked.actor, locked.places)) return;
  throw new AppError('OUT_OF_SCOPE', {
    message: `该结对协议的地区（${await placeNames(trx, locked.places)}）超出您的管辖范围，须由管辖全部结对地区的上级部门确认或退回`,
  });
}

export function withdrawPairing(
  db: Kysely<DB>,
  ctx: RequestContext,
  id: number,
  body: { reason?: string | undefined },
): Promise<PairingDetail> {
  const reason = body.reason?.trim() || null;
  return change(db, ctx, id, async (trx, { actor, row, places, memberIds, side }) => {
    if (side !== 'lead') throw onlyLead('撤回');
    if (row.status !== 'pending' && row.status !== 'returned') throw pairingState(row.status, '撤回');
    const after = await q.updatePairing(trx, row.id, { status: 'withdrawn', status_reason: reason });
    await q.addEvent(trx, row.id, 'withdrawn', reason, actor.accountId);
    await audit(trx, ctx, 'pairing.withdraw', { row: after, places, memberIds }, { row, places, memberIds });
  });
}

export function confirmPairing(db: Kysely<DB>, ctx: RequestContext, id: number): Promise<PairingDetail> {
  return change(db, ctx, id, async (trx, locked) => {
    const { actor, row, places, memberIds } = locked;
    await assertDecides(trx, locked);
    if (row.status !== 'pending') throw pairingState(row.status, '确认');
    if (row.agreement_file_id === null) throw fieldError('agreement', '协议文件：请先由社会组织上传签署的结对协议');
    const after = await q.updatePairing(trx, row.id, {
      status: 'confirmed',
      status_reason: null,
      confirmed_by: actor.accountId,
      confirmed_at: new Date(),
    });
    await q.addEvent(trx, row.id, 'confirmed', null, actor.accountId);
    await tell(trx, await organizationSide(trx, row, memberIds, true), row.id, {
      kind: 'pairing_confirmed',
      title: '结对协议已确认',
      body: `结对协议“${row.title}”（${await placeNames(trx, places)}）已由${actor.displayName}确认，请按协议开展帮扶`,
    });
    await audit(trx, ctx, 'pairing.confirm', { row: after, places, memberIds }, { row, places, memberIds });
  });
}

export function returnPairing(
  db: Kysely<DB>,
  ctx: RequestContext,
  id: number,
  body: { reason: string },
): Promise<PairingDetail> {
  const reason = requiredReason(body.reason, '退回');
  return change(db, ctx, id, async (trx, locked) => {
    const { actor, row, places, memberIds } = locked;
    await assertDecides(trx, locked);
    if (row.status !== 'pending') throw pairingState(row.status, '退回');
    const after = await q.updatePairing(trx, row.id, { status: 'returned', status_reason: reason });
    await q.addEvent(trx, row.id, 'returned', reason, actor.accountId);
    // The lead is the one who can fix it.
    await tell(trx, await organizationSide(trx, row, memberIds, false), row.id, {
      kind: 'pairing_returned',
      title: '结对协议被退回',
      body: `结对协议“${row.title}”被${actor.displayName}退回，请修改后重新提交。原因：${reason}`,
    });
    await audit(trx, ctx, 'pairing.return', { row: after, places, memberIds }, { row, places, memberIds }, { reason });
  });
}

/**
 * Either side ends a confirmed pairing: the lead's people, or an official with one of its places in scope. Member
 * organizations and liaisons see it but do not end it.
 */
export function endPairing(
  db: Kysely<DB>,
  ctx: RequestContext,
  id: number,
  body: { reason: string },
): Promise<PairingDetail> {
  const reason = requiredReason(body.reason, '终止');
  return change(db, ctx, id, async (trx, { actor, row, places, memberIds, side }) => {
    const bySide = side === 'lead' ? 'organization' : side === 'area' && isOfficial(actor) ? 'department' : null;
    if (bySide === null)
      throw new AppError('FORBIDDEN', { message: '只有牵头组织或结对地区所在的部门可以终止结对协议' });
    if (row.status !== 'confirmed') throw pairingState(row.status, '终止');
    const after = await q.updatePairing(trx, row.id, {
      status: 'ended',
      status_reason: reason,
      ended_by_side: bySide,
      ended_at: new Date(),
    });
    await q.addEvent(trx, row.id, 'ended', reason, actor.accountId);
    const names = await placeNames(trx, places);
    if (bySide === 'organization') {
      const lead = await q.findOrganization(trx, row.organization_id);
      await tell(trx, await officialsOfPlaces(trx, places), row.id, {
        kind: 'pairing_ended',
        title: '结对协议已由组织终止',
        body: `${lead?.name ?? '牵头组织'}终止了结对协议“${row.title}”（${names}）。原因：${reason}`,
      });
    } else {
      await tell(trx, await organizationSide(trx, row, memberIds, true), row.id, {
        kind: 'pairing_ended',
        title: '结对协议已由部门终止',
        body: `${actor.displayName}终止了结对协议“${row.title}”（${names}）。原因：${reason}`,
      });
    }
    await audit(
      trx,
      ctx,
      'pairing.end',
      { row: after, places, memberIds },
      { row, places, memberIds },
      { reason, side: bySide },
    );
  });
}
