// The hash chain of each giver's records. A record's content is serialized in one fixed order (the columns a user
// could dispute, and the items of materials); content_hash is its SHA-256 and hash = SHA-256(prev_hash + content_hash),
// so altering a row breaks its own hashes and removing one breaks the next row's prev_hash or the chain head.
import { createHash } from 'node:crypto';
import type { AidConfirmation, AidKind, GiverForm, PurchaseChannel } from '../../../common/ledger.ts';

export { CHAIN_GENESIS } from '../../../common/ledger.ts';

/** The hashed content of one record, as stored (reversals carry negated figures). */
export interface ChainedContent {
  chain_key: string;
  seq: number;
  organization_id: number | null;
  caring_account_id: number | null;
  giver_form: GiverForm;
  counterpart: boolean;
  region_code: string;
  household_id: number | null;
  need_id: number | null;
  pairing_id: number | null;
  project_id: number | null;
  program_id: number | null;
  occurred_on: string;
  period_end: string | null;
  kind: AidKind;
  activity_type: string | null;
  key_field_code: string;
  amount_fen: number;
  material_quantity: number;
  purchase_channel: PurchaseChannel | null;
  staff_count: number;
  volunteer_count: number;
  enterprise_count: number;
  beneficiary_count: number;
  beneficiary_households: number;
  funding_source: string | null;
  summary: string;
  description: string | null;
  external_ref: string | null;
  reverses_id: number | null;
  replaces_id: number | null;
  reason: string | null;
  reversed_confirmation: AidConfirmation | null;
  items: readonly { name: string; quantity: number; unit: string; value_fen: number }[];
}

export function chainKeyOf(giver: { organizationId: number } | { caringAccountId: number }): string {
  return 'organizationId' in giver ? `org:${giver.organizationId}` : `caring:${giver.caringAccountId}`;
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Version 1 of the serialization; a later change of columns would add version 2 beside it, never rewrite this. */
export function serializeContent(c: ChainedContent): string {
  return JSON.stringify([
    1,
    c.chain_key,
    c.seq,
    c.organization_id,
    c.caring_account_id,
    c.giver_form,
    c.counterpart,
    c.region_code,
    c.household_id,
    c.need_id,
    c.pairing_id,
    c.project_id,
    c.program_id,
    c.occurred_on,
    c.period_end,
    c.kind,
    c.activity_type,
    c.key_field_code,
    c.amount_fen,
    c.material_quantity,
    c.purchase_channel,
    c.staff_count,
    c.volunteer_count,
    c.enterprise_count,
    c.beneficiary_count,
    c.beneficiary_households,
    c.funding_source,
    c.summary,
    c.description,
    c.external_ref,
    c.reverses_id,
    c.replaces_id,
    c.reason,
    c.reversed_confirmation,
    c.items.map((i) => [i.name, i.quantity, i.unit, i.value_fen]),
  ]);
}

export function contentHash(c: ChainedContent): string {
  return sha256(serializeContent(c));
}

export function chainHash(prevHash: string, contentHashHex: string): string {
  return sha256(prevHash + contentHashHex);
}
