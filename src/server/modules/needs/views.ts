// Rows to the API's views: the list item and the whole need as one caller may see it. The household is always the
// masked view (the liaison opens the household's own page for the full record), and the contact only reaches those
// who manage the need or whose claim on it has been confirmed.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';
import type { Actor } from '../../platform/access.ts';
import { iso } from '../../platform/sql.ts';
import { maskedHousehold } from '../households/views.ts';
import { regionPaths } from '../regions/queries.ts';
import * as q from './queries.ts';
import { KEY_AREA_KINDS, type KeyAreaKind, type NeedDetail, type NeedSummary } from './schemas.ts';
import { isManager, isOfficial, manages } from './scope.ts';
import {
  CLAIMABLE_STATUSES,
  CLOSABLE_STATUSES,
  EDITABLE_STATUSES,
  TAKE_DOWN_STATUSES,
  WITHDRAWABLE_STATUSES,
} from './states.ts';

const KNOWN_KINDS: ReadonlySet<string> = new Set(KEY_AREA_KINDS);
const ORGANIZATION_ROLES = new Set(['organization_admin', 'organization_member']);

export function needFileUrl(needId: number, fileId: number): string {
  return `/api/needs/${needId}/files/${fileId}`;
}

type SummaryFields = Pick<
  q.NeedRow,
  | 'id'
  | 'title'
  | 'region_code'
  | 'household_id'
  | 'key_field_code'
  | 'key_population_codes'
  | 'kind'
  | 'item_name'
  | 'unit'
  | 'quantity'
  | 'claimed_quantity'
  | 'confirmed_quantity'
  | 'amount_fen'
  | 'deadline'
  | 'status'
  | 'key_area_kinds'
>;

/** A need's list item, whichever query read it (a whole row here, the search's narrower row in need-search). */
export function needSummary(row: SummaryFields, regionName: string, publishedAt: string | null): NeedSummary {
  return {
    id: row.id,
    title: row.title,
    region: { code: row.region_code, name: regionName },
    isHouseholdNeed: row.household_id !== null,
    keyFieldCode: row.key_field_code,
    keyPopulationCodes: row.key_population_codes,
    kind: row.kind,
    itemName: row.item_name,
    unit: row.unit,
    quantity: row.quantity,
    claimedQuantity: row.claimed_quantity,
    confirmedQuantity: row.confirmed_quantity,
    amountFen: row.amount_fen,
    deadline: row.deadline,
    status: row.status,
    keyAreaKinds: row.key_area_kinds.filter((k): k is KeyAreaKind => KNOWN_KINDS.has(k)),
    publishedAt,
  };
}

function summaryOf(row: q.NeedRow, paths: Map<string, string>): NeedSummary {
  return needSummary(row, paths.get(row.region_code) ?? row.region_code, iso(row.published_at));
}

export async function toSummaries(db: Kysely<DB>, rows: q.NeedRow[]): Promise<NeedSummary[]> {
  const paths = await regionPaths(
    db,
    rows.map((r) => r.region_code),
  );
  return rows.map((r) => summaryOf(r, paths));
}

type ClaimRow = Awaited<ReturnType<typeof q.claimsOf>>[number];

function isMine(actor: Actor, c: ClaimRow): boolean {
  if (actor.role === 'caring_individual') return c.caring_account_id === actor.accountId;
  return (
    ORGANIZATION_ROLES.has(actor.role) && actor.organizationId !== null && c.organization_id === actor.organizationId
  );
}

async function mayClaim(db: Kysely<DB>, actor: Actor, row: q.NeedRow, claims: ClaimRow[]): Promise<boolean> {
  if (!CLAIMABLE_STATUSES.includes(row.status)) return false;
  const live = claims.filter((c) => c.status === 'pending' || c.status === 'confirmed');
  if (live.some((c) => isMine(actor, c))) return false;
  if (actor.role === 'caring_individual') {
    // Point to point: household needs only, one caring helper at a time.
    return row.household_id !== null && !live.some((c) => c.caring_account_id !== null);
  }
  return ORGANIZATION_ROLES.has(actor.role) && (await q.organizationApproved(db, actor.organizationId));
}

export async function toDetail(db: Kysely<DB>, actor: Actor, row: q.NeedRow): Promise<NeedDetail> {
  // One query after another: inside a transaction they share one connection.
  const paths = await regionPaths(db, [row.region_code]);
  const files = await q.filesOf(db, row.id);
  const household = await maskedHousehold(db, row.household_id);
  const claims = await q.claimsOf(db, row.id);
  const manager = manages(actor, row.region_code);
  const confirmedClaimant = claims.some(
    (c) => (c.status === 'confirmed' || c.status === 'fulfilled') && isMine(actor, c),
  );
  const hasLive = claims.some((c) => c.status === 'pending' || c.status === 'confirmed');
  const hasConfirmed = claims.some((c) => c.status === 'confirmed');
  return {
    ...summaryOf(row, paths),
    description: row.description,
    files: files.map((f) => ({
      id: f.id,
      kind: f.kind,
      name: f.original_name,
      mime: f.mime,
      sizeBytes: f.size_bytes,
      url: needFileUrl(row.id, f.id),
    })),
    household,
    contact: manager || confirmedClaimant ? { name: row.contact_name, phone: row.contact_phone } : null,
    statusReason: row.status_reason,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
    actions: {
      edit: manager && EDITABLE_STATUSES.includes(row.status),
      publish: manager && row.status === 'draft',
      withdraw: manager && WITHDRAWABLE_STATUSES.includes(row.status) && !hasLive,
      close: manager && CLOSABLE_STATUSES.includes(row.status),
      takeDown: manager && isOfficial(actor) && TAKE_DOWN_STATUSES.includes(row.status) && !hasConfirmed,
      claim: !isManager(actor) && (await mayClaim(db, actor, row, claims)),
    },
  };
}
