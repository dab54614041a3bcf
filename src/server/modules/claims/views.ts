// What a claim looks like to whoever may read it. The claimant side sees where to deliver once the liaison confirmed
// (the village, the need's contact and the household's masked view, never the full record); managers in scope see
// the claimant's contact; a caring individual's name is shown only to those managers and to the person themselves.
import type { Kysely } from 'kysely';
import type { ClaimStatus, DB } from '../../db/types.ts';
import { isRegionInScope, type Actor } from '../../platform/access.ts';
import { iso } from '../../platform/sql.ts';
import { maskedHousehold } from '../households/views.ts';
import { regionPaths } from '../regions/queries.ts';
import * as q from './queries.ts';
import type { Claim, ClaimListItem } from './schemas.ts';

export const CLAIM_STATUS_LABELS: Record<ClaimStatus, string> = {
  pending: '待确认',
  confirmed: '已确认（对接成功）',
  withdrawn: '已撤回',
  declined: '已婉拒',
  lapsed: '已失效',
  fulfilled: '已完成',
};

/** The name shown for a caring individual to anyone but the managers of the need and the person themselves. */
export const CARING_PUBLIC_NAME = '爱心人士';

/** Integer fen as yuan, exactly (no floating point): 125000 -> "1250", 1250 -> "12.50". */
export function yuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const cents = abs % 100;
  const whole = (abs - cents) / 100;
  return cents === 0 ? `${sign}${whole}` : `${sign}${whole}.${String(cents).padStart(2, '0')}`;
}

/** A quantity as people read it: money in yuan, items and services with their unit. */
export function quantityText(need: { kind: string; unit: string | null }, quantity: number): string {
  if (need.kind === 'money') return `${yuan(quantity)} 元`;
  return `${quantity} ${need.unit ?? ''}`.trim();
}

type Claimant = { organization_id: number | null; caring_account_id: number | null };

export function isClaimantSide(actor: Actor, claim: Claimant): boolean {
  if (claim.organization_id !== null) {
    return (actor.role === 'organization_admin' || actor.role === 'organization_member') && actor.organizationId === claim.organization_id;
  }
  return actor.role === 'caring_individual' && actor.accountId === claim.caring_account_id;
}

/** Liaisons and officials whose region holds the need: they decide its claims. */
export function isManagerOf(actor: Actor, need: { region_code: string }): boolean {
  return isRegionInScope(actor, need.region_code);
}

function caringName(actor: Actor, claim: Claimant, realName: string | null, manager: boolean): string {
  if (realName !== null && (manager || actor.accountId === claim.caring_account_id)) return realName;
  return CARING_PUBLIC_NAME;
}

export async function claimView(db: Kysely<DB>, actor: Actor, claim: q.ClaimRow, need: q.NeedRow): Promise<Claim> {
  const manager = isManagerOf(actor, need);
  const claimant = isClaimantSide(actor, claim);
  const [organization, caring, events, paths] = await Promise.all([
    claim.organization_id === null ? undefined : q.organizationOf(db, claim.organization_id),
    claim.caring_account_id === null ? undefined : q.caringProfile(db, claim.caring_account_id),
    q.eventsOf(db, claim.id),
    regionPaths(db, [need.region_code]),
  ]);
  const region = { code: need.region_code, name: paths.get(need.region_code) ?? need.region_code };

  let contact: Claim['claimant']['contact'] = null;
  if (manager && organization && (organization.contact_name || organization.contact_phone)) {
    contact = { name: organization.contact_name ?? '', phone: organization.contact_phone ?? '' };
  } else if (manager && caring) {
    contact = { name: caring.real_name, phone: caring.mobile };
  }

  const delivered = claim.status === 'confirmed' || claim.status === 'fulfilled';
  const delivery: Claim['delivery'] =
    claimant && delivered
      ? {
          village: region,
          contact: { name: need.contact_name, phone: need.contact_phone },
          household: await maskedHousehold(db, need.household_id),
        }
      : null;

  return {
    id: claim.id,
    need: {
      id: need.id,
      title: need.title,
      region,
      kind: need.kind,
      itemName: need.item_name,
      unit: need.unit,
      quantity: need.quantity,
      status: need.status,
      deadline: need.deadline,
    },
    claimant: {
      type: claim.organization_id !== null ? 'organization' : 'caring_individual',
      organizationId: claim.organization_id,
      name: organization ? organization.name : caringName(actor, claim, caring?.real_name ?? null, manager),
      contact,
    },
    quantity: claim.quantity,
    note: claim.note,
    plannedDate: claim.planned_date,
    status: claim.status,
    statusReason: claim.status_reason,
    lapseAt: iso(claim.lapse_at),
    createdAt: iso(claim.created_at),
    decidedAt: iso(claim.decided_at),
    delivery,
    events: events.map((e) => ({ action: e.action, note: e.note, actorName: e.display_name, at: iso(e.created_at) })),
    actions: {
      withdraw: claimant && claim.status === 'pending',
      confirm: manager && claim.status === 'pending',
      decline: manager && claim.status === 'pending',
      progress: claimant && (claim.status === 'pending' || claim.status === 'confirmed'),
    },
  };
}

export async function listItems(
  db: Kysely<DB>,
  actor: Actor,
  rows: Awaited<ReturnType<typeof q.listClaims>>,
): Promise<ClaimListItem[]> {
  const paths = await regionPaths(db, rows.map((r) => r.need_region_code));
  return rows.map((r) => ({
    id: r.id,
    need: {
      id: r.need_id,
      title: r.need_title,
      region: { code: r.need_region_code, name: paths.get(r.need_region_code) ?? r.need_region_code },
      kind: r.need_kind,
      unit: r.need_unit,
      quantity: r.need_quantity,
    },
    claimantName:
      r.organization_name ?? caringName(actor, r, r.caring_name, isManagerOf(actor, { region_code: r.need_region_code })),
    quantity: r.quantity,
    status: r.status,
    lapseAt: iso(r.lapse_at),
    createdAt: iso(r.created_at),
  }));
}
