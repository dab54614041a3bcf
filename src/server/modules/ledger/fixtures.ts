// Test data for the ledger: drafts with overrides, appended through the same appendRecords every path uses.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';
import { appendRecords, blankDraft, type AidDraft, type AppendedRecord } from './store.ts';

export const ZHONGGANG = '500238118201'; // 巫溪县红池坝镇中岗村
export const HONGCHIBA = '500238118'; // 巫溪县红池坝镇
export const WUXI = '500238';
export const CHENGKOU = '500229';

/** A standing funds record of an organization in 中岗村 on 2026-03-15, 1,000.00 yuan; override anything. */
export function draft(overrides: Partial<AidDraft> & ({ organization_id: number } | { caring_account_id: number })): AidDraft {
  const org = 'organization_id' in overrides && overrides.organization_id != null;
  return {
    ...blankDraft(),
    organization_id: null,
    caring_account_id: null,
    giver_form: org ? 'foundation' : 'individual',
    region_code: ZHONGGANG,
    occurred_on: '2026-03-15',
    kind: 'funds',
    key_field_code: 'education',
    amount_fen: 100_000,
    summary: '助学金',
    ...overrides,
  };
}

/** Appends drafts in one transaction. */
export async function appendDrafts(db: Kysely<DB>, drafts: AidDraft[]): Promise<AppendedRecord[]> {
  return db.transaction().execute((trx) => appendRecords(trx, drafts));
}
