// One change of a pairing: the row locked, the caller's side found (a pairing none of theirs does not exist: 404), the
// change applied with its event, audit row and notifications in the same transaction, then the fresh detail.
import { commonRegion } from '../../../common/glossary.ts';
import type { Kysely, Transaction } from 'kysely';
import { PAIRING_STATUS_LABELS, type PairingStatus } from '../../../common/projects.ts';
import type { DB } from '../../db/types.ts';
import { AppError } from '../../errors.ts';
import { requireActor, type Actor } from '../../platform/access.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { RequestContext } from '../../platform/context.ts';
import { notify, officialsOf, organizationAccounts, type NewNotification } from '../notifications/notify.ts';
import * as q from './queries.ts';
import type { PairingDetail } from './schemas.ts';
import { sideFor, type PairingSide } from './side.ts';
import { detailFor } from './views.ts';

type Executor = Kysely<DB> | Transaction<DB>;

export function pairingNotFound(): AppError {
  return new AppError('NOT_FOUND', { message: '结对协议不存在' });
}

export function pairingState(status: PairingStatus, verb: string): AppError {
  return new AppError('PAIRING_STATE', {
    message: `该结对协议当前为“${PAIRING_STATUS_LABELS[status].zh}”，不能${verb}`,
  });
}

export function onlyLead(verb: string): AppError {
  return new AppError('FORBIDDEN', { message: `只有牵头组织可以${verb}结对协议` });
}

export interface Locked {
  actor: Actor;
  row: q.PairingRow;
  places: string[];
  memberIds: number[];
  side: PairingSide;
}

/** The pairing (locked with `lock`) and the caller's side; 404 when it does not exist or is none of theirs. */
export async function visiblePairing(db: Executor, actor: Actor, id: number, lock = false): Promise<Locked> {
  const row = await q.findPairing(db, id, lock);
  if (!row) throw pairingNotFound();
  const places = (await q.placesOf(db, [id])).get(id) ?? [];
  const memberIds = ((await q.membersOf(db, [id])).get(id) ?? []).map((m) => m.id);
  const side = sideFor(actor, { organizationId: row.organization_id, memberIds, places });
  if (side === null) throw pairingNotFound();
  return { actor, row, places, memberIds, side };
}

export async function detailOrNotFound(db: Executor, actor: Actor, id: number): Promise<PairingDetail> {
  const detail = await detailFor(db, actor, id);
  if (!detail) throw pairingNotFound();
  return detail;
}

/** Runs `apply` on the locked pairing in one transaction and answers with the pairing as it now is. */
export async function change(
  db: Kysely<DB>,
  ctx: RequestContext,
  id: number,
  apply: (trx: Transaction<DB>, locked: Locked) => Promise<void>,
): Promise<PairingDetail> {
  const actor = requireActor(ctx.actor);
  await db.transaction().execute(async (trx) => apply(trx, await visiblePairing(trx, actor, id, true)));
  return detailOrNotFound(db, actor, id);
}


/** What the audit row keeps of a pairing: its columns, places and members. */
export function auditView(
  row: q.PairingRow,
  places: readonly string[],
  memberIds: readonly number[],
): Record<string, unknown> {
  return { ...row, places: [...places], member_organization_ids: [...memberIds] };
}

export function audit(
  trx: Transaction<DB>,
  ctx: RequestContext,
  action: string,
  after: { row: q.PairingRow; places: readonly string[]; memberIds: readonly number[] },
  before?: { row: q.PairingRow; places: readonly string[]; memberIds: readonly number[] },
  detail?: Record<string, unknown>,
): Promise<void> {
  return recordAudit(trx, ctx, {
    action,
    entityType: 'pairing',
    entityId: after.row.id,
    regionCode: commonRegion(after.places),
    organizationId: after.row.organization_id,
    before: before ? auditView(before.row, before.places, before.memberIds) : null,
    after: auditView(after.row, after.places, after.memberIds),
    ...(detail ? { detail } : {}),
  });
}

/** The department side: the officials of every place (county, city and province), each once. */
export async function officialsOfPlaces(db: Executor, places: readonly string[]): Promise<number[]> {
  const lists = await Promise.all(places.map((p) => officialsOf(db, p)));
  return [...new Set(lists.flat())];
}

/** The organization side: the lead's accounts, and with `members` those of the group's other organizations. */
export async function organizationSide(
  db: Executor,
  row: q.PairingRow,
  memberIds: readonly number[],
  members: boolean,
): Promise<number[]> {
  const ids = members ? [row.organization_id, ...memberIds] : [row.organization_id];
  const lists = await Promise.all(ids.map((id) => organizationAccounts(db, id)));
  return [...new Set(lists.flat())];
}

/** The places' names for messages, e.g. "巫溪县、城口县". */
export async function placeNames(db: Executor, places: readonly string[]): Promise<string> {
  const names = new Map((await q.regionsByCode(db, places)).map((r) => [r.code, r.display_name]));
  return places.map((p) => names.get(p) ?? p).join('、');
}

export function tell(
  trx: Transaction<DB>,
  to: readonly number[],
  pairingId: number,
  notice: Pick<NewNotification, 'kind' | 'title' | 'body'>,
): Promise<void> {
  return notify(trx, to, { ...notice, link: `/pairings/${pairingId}`, entityType: 'pairing', entityId: pairingId });
}
