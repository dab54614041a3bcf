// Queries on claims and on the quantities they hold of their needs. The quantities change only through the guarded
// updates here, inside the claim's transaction: the row lock on the need serialises concurrent claims, and the guard
// re-evaluated on the locked row keeps claimed_quantity within quantity (the check constraint backs it).
import { sql, type Kysely, type RawBuilder, type Transaction } from 'kysely';
import { LIVE_CLAIM_STATUSES, OPEN_NEED_STATUSES } from '../../../common/needs.ts';
import type { ClaimEventAction, ClaimStatus, DB, NeedStatus } from '../../db/types.ts';
import { regionScopeWhere, type Actor } from '../../platform/access.ts';
import { liaisonsOf, organizationAccounts } from '../notifications/notify.ts';

type Executor = Kysely<DB> | Transaction<DB>;

const NEED_COLUMNS = [
  'id',
  'region_code',
  'household_id',
  'title',
  'kind',
  'item_name',
  'unit',
  'quantity',
  'claimed_quantity',
  'confirmed_quantity',
  'deadline',
  'status',
  'contact_name',
  'contact_phone',
  'created_by',
] as const;

export function findNeed(db: Executor, id: number) {
  return db.selectFrom('needs').select(NEED_COLUMNS).where('id', '=', id).executeTakeFirst();
}
export type NeedRow = NonNullable<Awaited<ReturnType<typeof findNeed>>>;

/**
 * The need's status once its claimed and confirmed quantities become `claimed` and `confirmed` (expressions over the
 * row before the update). Only the statuses of the claiming life move; a closed or withdrawn need keeps its status.
 */
function statusAfter(claimed: RawBuilder<number>, confirmed: RawBuilder<number>): RawBuilder<NeedStatus> {
  return sql<NeedStatus>`case
    when status not in ('published', 'partly_claimed', 'claimed', 'fulfilled') then status
    when ${confirmed} >= quantity then 'fulfilled'
    when ${claimed} >= quantity then 'claimed'
    when ${claimed} > 0 then 'partly_claimed'
    else 'published' end`;
}

/**
 * Takes `quantity` of an open need, or nothing: the one statement that makes over-claiming impossible. Returns the
 * need's new counts, or undefined when the need is no longer open or has less left than asked.
 */
export function takeQuantity(trx: Transaction<DB>, needId: number, quantity: number) {
  const claimed = sql<number>`claimed_quantity + ${quantity}`;
  return trx
    .updateTable('needs')
    .set({
      claimed_quantity: claimed,
      status: statusAfter(claimed, sql<number>`confirmed_quantity`),
      updated_at: sql`now()`,
    })
    .where('id', '=', needId)
    .where('status', 'in', OPEN_NEED_STATUSES)
    .where(sql<boolean>`claimed_quantity + ${quantity} <= quantity`)
    .returning(['claimed_quantity', 'confirmed_quantity', 'status'])
    .executeTakeFirst();
}

/** Moves a claim's quantity: released (negative claimed), confirmed (positive confirmed), or both for a lapse. */
export function moveQuantities(trx: Transaction<DB>, needId: number, delta: { claimed: number; confirmed: number }) {
  const claimed = sql<number>`claimed_quantity + ${delta.claimed}`;
  const confirmed = sql<number>`confirmed_quantity + ${delta.confirmed}`;
  return trx
    .updateTable('needs')
    .set({ claimed_quantity: claimed, confirmed_quantity: confirmed, status: statusAfter(claimed, confirmed), updated_at: sql`now()` })
    .where('id', '=', needId)
    .returning(['claimed_quantity', 'confirmed_quantity', 'status'])
    .executeTakeFirstOrThrow();
}

/** A live claim of this claimant on the need, if any (the partial unique indexes keep it to one). */
export function liveClaimOf(db: Executor, needId: number, claimant: { organizationId: number } | { caring: true }) {
  return db
    .selectFrom('claims')
    .select(['id', 'status'])
    .where('need_id', '=', needId)
    .where('status', 'in', LIVE_CLAIM_STATUSES)
    .$if('organizationId' in claimant, (q) => q.where('organization_id', '=', (claimant as { organizationId: number }).organizationId))
    .$if('caring' in claimant, (q) => q.where('caring_account_id', 'is not', null))
    .executeTakeFirst();
}

export function organizationOf(db: Executor, id: number) {
  return db.selectFrom('organizations').select(['id', 'name', 'status', 'contact_name', 'contact_phone']).where('id', '=', id).executeTakeFirst();
}

export function insertClaim(
  trx: Transaction<DB>,
  values: {
    need_id: number;
    organization_id: number | null;
    caring_account_id: number | null;
    quantity: number;
    note: string;
    planned_date: string | null;
    lapse_at: Date;
    created_by: number;
  },
) {
  return trx.insertInto('claims').values(values).returningAll().executeTakeFirstOrThrow();
}

export async function addEvent(
  trx: Transaction<DB>,
  claimId: number,
  action: ClaimEventAction,
  note: string | null,
  actorAccountId: number | null,
): Promise<void> {
  await trx.insertInto('claim_events').values({ claim_id: claimId, action, note, actor_account_id: actorAccountId }).execute();
}

/** The claim, held until the transaction ends so two decisions on it cannot both pass the state check. */
export function lockClaim(trx: Transaction<DB>, id: number) {
  return trx.selectFrom('claims').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export function findClaim(db: Executor, id: number) {
  return db.selectFrom('claims').selectAll().where('id', '=', id).executeTakeFirst();
}
export type ClaimRow = NonNullable<Awaited<ReturnType<typeof findClaim>>>;

export function updateClaim(
  trx: Transaction<DB>,
  id: number,
  set: {
    status?: ClaimStatus;
    status_reason?: string | null;
    decided_by?: number | null;
    decided_at?: Date;
    last_progress_at?: Date;
    lapse_at?: Date;
    deadline_notified_at?: Date;
  },
) {
  return trx
    .updateTable('claims')
    .set({ ...set, updated_at: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function caringProfile(db: Executor, accountId: number) {
  return db.selectFrom('caring_individuals').select(['account_id', 'real_name', 'mobile']).where('account_id', '=', accountId).executeTakeFirst();
}

export function eventsOf(db: Executor, claimId: number) {
  return db
    .selectFrom('claim_events as e')
    .leftJoin('accounts as a', 'a.id', 'e.actor_account_id')
    .select(['e.action', 'e.note', 'e.created_at', 'a.display_name'])
    .where('e.claim_id', '=', claimId)
    .orderBy('e.id')
    .execute();
}

export type ListFilter =
  | { kind: 'organization'; organizationId: number }
  | { kind: 'caring'; accountId: number }
  | { kind: 'scope'; actor: Actor };

/**
 * A page of claims, newest first: the claimant's own (claims_organization_idx / claims_caring_idx), or those on needs
 * in the manager's region (the scope in the WHERE clause); `limit + 1` rows to tell whether a next page exists.
 */
export function listClaims(
  db: Executor,
  filter: ListFilter,
  options: { status?: ClaimStatus | undefined; needId?: number | undefined; beforeId: number | undefined; limit: number },
) {
  return db
    .selectFrom('claims as c')
    .innerJoin('needs as n', 'n.id', 'c.need_id')
    .leftJoin('organizations as o', 'o.id', 'c.organization_id')
    .leftJoin('caring_individuals as ci', 'ci.account_id', 'c.caring_account_id')
    .select([
      'c.id',
      'c.quantity',
      'c.status',
      'c.lapse_at',
      'c.created_at',
      'c.organization_id',
      'c.caring_account_id',
      'n.id as need_id',
      'n.title as need_title',
      'n.region_code as need_region_code',
      'n.kind as need_kind',
      'n.unit as need_unit',
      'n.quantity as need_quantity',
      'o.name as organization_name',
      'ci.real_name as caring_name',
    ])
    .$if(filter.kind === 'organization', (q) =>
      q.where('c.organization_id', '=', (filter as { organizationId: number }).organizationId),
    )
    .$if(filter.kind === 'caring', (q) => q.where('c.caring_account_id', '=', (filter as { accountId: number }).accountId))
    .$if(filter.kind === 'scope', (q) => q.where(regionScopeWhere('n.region_code', (filter as { actor: Actor }).actor)))
    .$if(options.status !== undefined, (q) => q.where('c.status', '=', options.status!))
    .$if(options.needId !== undefined, (q) => q.where('c.need_id', '=', options.needId!))
    .$if(options.beforeId !== undefined, (q) => q.where('c.id', '<', options.beforeId!))
    .orderBy('c.id', 'desc')
    .limit(options.limit + 1)
    .execute();
}

/** Whom to tell on the claimant's side: the organization's active accounts, or the caring individual. */
export async function claimantAccounts(
  db: Executor,
  claim: { organization_id: number | null; caring_account_id: number | null },
): Promise<number[]> {
  if (claim.organization_id !== null) return organizationAccounts(db, claim.organization_id);
  return claim.caring_account_id === null ? [] : [claim.caring_account_id];
}

/**
 * Whom to tell on the need's side: the liaisons of its place and whoever published it (a county-wide need has no
 * liaison, its official does).
 */
export async function needManagers(db: Executor, need: { region_code: string; created_by: number | null }): Promise<number[]> {
  const liaisons = await liaisonsOf(db, need.region_code);
  return [...new Set([...liaisons, ...(need.created_by === null ? [] : [need.created_by])])];
}
