import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sql } from 'kysely';
import { useTestApp } from '../../../../test/support/app.ts';
import { organizationIdOf } from '../coverage/fixtures.ts';
import { CHAIN_GENESIS, chainHash } from './chain.ts';
import { appendDrafts, draft, ZHONGGANG } from './fixtures.ts';

describe('ledger store: append-only records, chained hashes, rollups kept in step', () => {
  const t = useTestApp();
  const db = () => t().database.db;

  test('records chain per giver, rollups sum them, reversals net out, edits are refused', async () => {
    const org = await organizationIdOf(db(), 'org_admin');
    const [a, b] = await appendDrafts(db(), [
      draft({ organization_id: org, amount_fen: 100_000, beneficiary_count: 3 }),
      draft({ organization_id: org, kind: 'materials', amount_fen: 50_000, material_quantity: 20,
        items: [{ name: '书包', quantity: 20, unit: '个', value_fen: 50_000 }] }),
    ]);
    assert.ok(a && b);
    assert.equal(b.seq, a.seq + 1);
    const rows = await db().selectFrom('aid_records').selectAll().orderBy('seq').execute();
    assert.equal(rows[0]!.prev_hash, CHAIN_GENESIS);
    assert.equal(rows[1]!.prev_hash, rows[0]!.hash);
    assert.equal(rows[1]!.hash, chainHash(rows[0]!.hash, rows[1]!.content_hash));
    assert.equal(rows[0]!.county_code, ZHONGGANG.slice(0, 6));
    assert.equal(rows[0]!.month, '2026-03-01');

    const totals = async () =>
      db()
        .selectFrom('aid_month_totals')
        .select([sql<number>`sum(records)::int`.as('records'), sql<number>`sum(amount_fen)::bigint`.as('amount'), 'confirmation'])
        .groupBy('confirmation')
        .orderBy('confirmation')
        .execute();
    assert.deepEqual(await totals(), [{ records: 2, amount: 150_000, confirmation: 'unconfirmed' }]);

    // A receipt moves the figures to the confirmed bucket; a reversal of it nets out there.
    const receipt = await db().insertInto('aid_receipts').values({ record_id: a.id, status: 'confirmed' }).returning('id').executeTakeFirstOrThrow();
    await db().insertInto('aid_record_states').values({ record_id: a.id, confirmation: 'confirmed', receipt_id: receipt.id }).execute();
    assert.deepEqual(await totals(), [
      { records: 1, amount: 100_000, confirmation: 'confirmed' },
      { records: 1, amount: 50_000, confirmation: 'unconfirmed' },
    ]);
    await appendDrafts(db(), [
      draft({ organization_id: org, amount_fen: -100_000, beneficiary_count: -3, reverses_id: a.id,
        reason: '金额录错', reversed_confirmation: 'confirmed' }),
    ]);
    assert.deepEqual(await totals(), [
      { records: 0, amount: 0, confirmation: 'confirmed' },
      { records: 1, amount: 50_000, confirmation: 'unconfirmed' },
    ]);
    const givers = await db().selectFrom('aid_month_givers').select(['kind', 'records']).orderBy('kind').execute();
    assert.deepEqual(givers, [{ kind: 'funds', records: 0 }, { kind: 'materials', records: 1 }]);

    await assert.rejects(sql`update aid_records set amount_fen = 1 where id = ${b.id}`.execute(db()), /append-only/);
    await assert.rejects(sql`delete from aid_records where id = ${b.id}`.execute(db()), /append-only/);
    const head = await db().selectFrom('aid_chains').selectAll().executeTakeFirstOrThrow();
    assert.equal(head.last_seq, 3);
  });
});
