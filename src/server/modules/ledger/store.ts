// Appending to the ledger: the one path every record takes (the form, a correction, an import, the demo), so the
// chain, the sequence numbers and the items are written the same way. Call inside a transaction: the chain heads
// stay locked until it commits, and a failure anywhere leaves nothing.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB, NewAidRecord } from '../../db/types.ts';
import { CHAIN_GENESIS, chainHash, chainKeyOf, contentHash, type ChainedContent } from './chain.ts';

export interface DraftItem {
  name: string;
  quantity: number;
  unit: string;
  value_fen: number;
}

/** A record to append: everything but the chain columns, which appendRecords assigns. */
export type AidDraft = Omit<ChainedContent, 'chain_key' | 'seq'> & {
  suspected_duplicate_of?: number | null;
  import_job_id?: string | null;
  created_by: number | null;
};

/** A draft with every optional column empty and every figure zero: callers spread their own values over it. */
export function blankDraft(): Omit<AidDraft, 'organization_id' | 'caring_account_id' | 'giver_form' | 'region_code' | 'occurred_on' | 'kind' | 'key_field_code' | 'summary'> {
  return {
    counterpart: false,
    household_id: null,
    need_id: null,
    pairing_id: null,
    project_id: null,
    program_id: null,
    period_end: null,
    activity_type: null,
    amount_fen: 0,
    material_quantity: 0,
    purchase_channel: null,
    staff_count: 0,
    volunteer_count: 0,
    enterprise_count: 0,
    beneficiary_count: 0,
    beneficiary_households: 0,
    funding_source: null,
    description: null,
    external_ref: null,
    reverses_id: null,
    replaces_id: null,
    reason: null,
    reversed_confirmation: null,
    items: [],
    created_by: null,
  };
}

export interface AppendedRecord {
  id: number;
  chainKey: string;
  seq: number;
  hash: string;
}

/** Rows per INSERT: 36 columns x 500 stays well under PostgreSQL's 65,535 parameters. */
const BATCH = 500;

function giverOf(d: AidDraft): { organizationId: number } | { caringAccountId: number } {
  if (d.organization_id !== null) return { organizationId: d.organization_id };
  if (d.caring_account_id !== null) return { caringAccountId: d.caring_account_id };
  throw new Error('an aid record needs a giver');
}

/**
 * Appends the drafts in order (one chain per giver), returning each record's id, chain key, sequence and hash in
 * the drafts' order. Locks each giver's chain head for the rest of the transaction.
 */
export async function appendRecords(trx: Transaction<DB> | Kysely<DB>, drafts: readonly AidDraft[]): Promise<AppendedRecord[]> {
  if (drafts.length === 0) return [];
  const keys = [...new Set(drafts.map((d) => chainKeyOf(giverOf(d))))].sort();
  for (const key of keys) {
    const d = drafts.find((x) => chainKeyOf(giverOf(x)) === key);
    await trx
      .insertInto('aid_chains')
      .values({
        chain_key: key,
        organization_id: d?.organization_id ?? null,
        caring_account_id: d?.caring_account_id ?? null,
        last_hash: CHAIN_GENESIS,
      })
      .onConflict((oc) => oc.column('chain_key').doNothing())
      .execute();
  }
  // Sorted keys, locked in one order: two imports touching the same givers cannot deadlock.
  const heads = await trx
    .selectFrom('aid_chains')
    .select(['chain_key', 'last_seq', 'last_hash'])
    .where('chain_key', 'in', keys)
    .orderBy('chain_key')
    .forUpdate()
    .execute();
  const head = new Map(heads.map((h) => [h.chain_key, { seq: h.last_seq, hash: h.last_hash }]));

  const rows: (NewAidRecord & { items: readonly DraftItem[] })[] = [];
  const appended: Omit<AppendedRecord, 'id'>[] = [];
  for (const d of drafts) {
    const chainKey = chainKeyOf(giverOf(d));
    const h = head.get(chainKey);
    if (!h) throw new Error(`chain ${chainKey} was not created`);
    const seq = h.seq + 1;
    const { items, suspected_duplicate_of, import_job_id, created_by, ...content } = d;
    const c = contentHash({ ...content, items, chain_key: chainKey, seq });
    const hash = chainHash(h.hash, c);
    rows.push({
      ...content,
      chain_key: chainKey,
      seq,
      items,
      suspected_duplicate_of: suspected_duplicate_of ?? null,
      import_job_id: import_job_id ?? null,
      created_by,
      content_hash: c,
      prev_hash: h.hash,
      hash,
    });
    head.set(chainKey, { seq, hash });
    appended.push({ chainKey, seq, hash });
  }

  const idOf = new Map<string, number>();
  for (let i = 0; i < rows.length; i += BATCH) {
    const batch = rows.slice(i, i + BATCH);
    const inserted = await trx
      .insertInto('aid_records')
      .values(batch.map(({ items: _items, ...r }) => r))
      .returning(['id', 'chain_key', 'seq'])
      .execute();
    // Matched by (chain, seq) rather than trusting RETURNING to keep the VALUES order.
    for (const r of inserted) idOf.set(`${r.chain_key}#${r.seq}`, r.id);
    const items = batch.flatMap((r) =>
      r.items.map((it, position) => ({ record_id: idOf.get(`${r.chain_key}#${r.seq}`)!, position, ...it })),
    );
    for (let k = 0; k < items.length; k += BATCH * 4) {
      await trx.insertInto('aid_record_items').values(items.slice(k, k + BATCH * 4)).execute();
    }
  }

  for (const [chainKey, h] of head) {
    await trx
      .updateTable('aid_chains')
      .set({ last_seq: h.seq, last_hash: h.hash, updated_at: sql`now()` })
      .where('chain_key', '=', chainKey)
      .execute();
  }
  return appended.map((a) => ({ ...a, id: idOf.get(`${a.chainKey}#${a.seq}`)! }));
}
