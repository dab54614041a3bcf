// Test data for the ledger: drafts with overrides, appended through the same appendRecords every path uses.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';
import { appendRecords, type AidDraft, type AppendedRecord } from './store.ts';

export const ZHONGGANG = '500238118201'; // 巫溪县红池坝镇中岗村
export const HONGCHIBA = '500238118'; // 巫溪县红池坝镇
export const WUXI = '500238';
export const CHENGKOU = '500229';

/** A standing funds record of an organization in 中岗村 on 2026-03-15, 1,000.00 yuan; override anything. */
export function draft(overrides: Partial<AidDraft> & ({ organization_id: number } | { caring_account_id: number })): AidDraft {
  const org = 'organization_id' in overrides && overrides.organization_id != null;
  return {
    organization_id: null,
    caring_account_id: null,
    giver_form: org ? 'foundation' : 'individual',
    counterpart: false,
    region_code: ZHONGGANG,
    household_id: null,
    need_id: null,
    pairing_id: null,
    project_id: null,
    program_id: null,
    occurred_on: '2026-03-15',
    period_end: null,
    kind: 'funds',
    activity_type: null,
    key_field_code: 'education',
    amount_fen: 100_000,
    material_quantity: 0,
    purchase_channel: null,
    staff_count: 0,
    volunteer_count: 0,
    enterprise_count: 0,
    beneficiary_count: 0,
    beneficiary_households: 0,
    funding_source: null,
    summary: '助学金',
    description: null,
    external_ref: null,
    reverses_id: null,
    replaces_id: null,
    reason: null,
    reversed_confirmation: null,
    items: [],
    created_by: null,
    ...overrides,
  };
}

/** Appends drafts in one transaction. */
export async function appendDrafts(db: Kysely<DB>, drafts: AidDraft[]): Promise<AppendedRecord[]> {
  return db.transaction().execute((trx) => appendRecords(trx, drafts));
}
