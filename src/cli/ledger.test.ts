import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'kysely';
import { useTestApp } from '../../test/support/app.ts';
import { organizationIdOf } from '../server/modules/coverage/fixtures.ts';
import { appendDrafts, CHENGKOU, draft } from '../server/modules/ledger/fixtures.ts';
import { parseArgs } from './args.ts';
import { ledgerCommand, verifyLedger, type VerifyReport } from './ledger.ts';

const t = useTestApp();

const run = (...args: string[]) => ledgerCommand(t().database.db, 'verify', parseArgs(args));

test('ledger verify passes an intact ledger, then finds exactly the row altered and the row removed behind its back', async () => {
  const db = t().database.db;
  const shancheng = await organizationIdOf(db, 'org_admin');
  const shandong = await organizationIdOf(db, 'sd_org');
  const caring = await t().accountId('caring');
  const materials = (org: number) =>
    draft({
      organization_id: org,
      kind: 'materials',
      amount_fen: 80_000,
      material_quantity: 40,
      summary: '捐赠书包',
      items: [
        { name: '书包', quantity: 30, unit: '个', value_fen: 60_000 },
        { name: '文具', quantity: 10, unit: '套', value_fen: 20_000 },
      ],
    });
  const a = await appendDrafts(db, [
    draft({ organization_id: shancheng, amount_fen: 100_000 }),
    materials(shancheng),
    draft({ organization_id: shancheng, region_code: CHENGKOU, occurred_on: '2026-02-01', amount_fen: 30_000 }),
    draft({ organization_id: shandong, counterpart: true, amount_fen: 500_000 }),
    materials(shandong),
    draft({ caring_account_id: caring, amount_fen: 20_000 }),
  ]);
  // A second append: the chains continue across transactions.
  const b = await appendDrafts(db, [
    draft({ organization_id: shandong, counterpart: true, kind: 'service', amount_fen: 10_000, summary: '义诊' }),
    draft({ caring_account_id: caring, amount_fen: 5_000 }),
  ]);
  const total = Number(
    (
      await db
        .selectFrom('aid_records')
        .select(sql<string>`count(*)`.as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
  const chains = Number(
    (
      await db
        .selectFrom('aid_chains')
        .select(sql<string>`count(*)`.as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

  const clean = await run();
  assert.equal(clean.exitCode, 0);
  assert.match(clean.out, new RegExp(`已校验 ${chains} 条链、${total} 条记录`));
  assert.match(clean.out, /台账完好/);
  // Small batches: the keyset walk crosses chain boundaries inside a batch and batch boundaries inside a chain.
  for (const batchSize of [1, 2, 3]) {
    const r = await verifyLedger(db, { batchSize });
    assert.deepEqual([r.ok, r.chains, r.records], [true, chains, total], `batch size ${batchSize}`);
  }

  const altered = a[1]!; // shancheng's materials, seq 2
  const removed = a[4]!; // shandong's materials, seq 2, in the middle of its chain
  assert.equal(altered.chainKey, `org:${shancheng}`);
  assert.equal(removed.chainKey, `org:${shandong}`);
  assert.equal(b[0]!.chainKey, removed.chainKey);
  await sql`alter table aid_records disable trigger aid_records_append_only`.execute(db);
  try {
    await sql`update aid_records set amount_fen = 8000 where id = ${altered.id}`.execute(db);
    await sql`delete from aid_record_items where record_id = ${removed.id}`.execute(db);
    await sql`delete from aid_records where id = ${removed.id}`.execute(db);
  } finally {
    await sql`alter table aid_records enable trigger aid_records_append_only`.execute(db);
  }

  const broken = await run('--json');
  assert.equal(broken.exitCode, 1);
  const report = JSON.parse(broken.out) as VerifyReport;
  assert.equal(report.ok, false);
  assert.equal(report.records, total - 1);
  assert.deepEqual(
    report.problems.map(({ chainKey, seq, toSeq, recordId, kind }) => ({ chainKey, seq, toSeq, recordId, kind })),
    [
      { chainKey: `org:${shancheng}`, seq: altered.seq, toSeq: altered.seq, recordId: altered.id, kind: 'altered' },
      { chainKey: `org:${shandong}`, seq: removed.seq, toSeq: removed.seq, recordId: null, kind: 'removed' },
    ].sort((x, y) => (x.chainKey < y.chainKey ? -1 : 1)),
  );

  const text = await run();
  assert.equal(text.exitCode, 1);
  assert.match(text.out, /发现 2 个问题/);
  assert.match(
    text.out,
    new RegExp(`链 org:${shancheng}\\t序号 ${altered.seq}\\t记录 #${altered.id}\\t被改动（altered）`),
  );
  assert.match(text.out, new RegExp(`链 org:${shandong}\\t序号 ${removed.seq}\\t记录 —\\t被删除（removed）`));

  // One organization's chain alone.
  const one = await run('--organization', String(shancheng), '--json');
  const oneReport = JSON.parse(one.out) as VerifyReport;
  assert.deepEqual([one.exitCode, oneReport.chains, oneReport.records, oneReport.problemCount], [1, 1, 3, 1]);
  const mine = await run('--organization', String(shandong));
  assert.equal(mine.exitCode, 1);
  assert.match(mine.out, /已校验 1 条链、2 条记录/);
  await assert.rejects(run('--organization', 'abc'), /正整数/);
  await assert.rejects(run('--organization', '99999999'), /没有编号为 99999999 的社会组织/);
  await assert.rejects(ledgerCommand(db, 'check', parseArgs([])), /未知命令 ledger check/);
});

test('a chain head ahead of its last record means records removed from the end; one behind it, a head mismatch', async () => {
  const db = t().database.db;
  // 重庆市山水慈善会 (demo): a giver the first test left alone.
  const { id: org } = await db
    .selectFrom('organizations')
    .select('id')
    .where('credit_code', 'like', '51500000MJP100021%')
    .executeTakeFirstOrThrow();
  const before = await verifyLedger(db);
  const [first, last] = await appendDrafts(db, [
    draft({ organization_id: org, occurred_on: '2026-04-01' }),
    draft({ organization_id: org, occurred_on: '2026-04-02', amount_fen: 1 }),
  ]);
  assert.ok(first && last);
  const only = { organizationId: org };
  assert.equal((await verifyLedger(db, only)).ok, true);

  await sql`alter table aid_records disable trigger aid_records_append_only`.execute(db);
  try {
    await sql`delete from aid_records where id = ${last.id}`.execute(db);
  } finally {
    await sql`alter table aid_records enable trigger aid_records_append_only`.execute(db);
  }
  const tail = await verifyLedger(db, only);
  assert.deepEqual(
    tail.problems.map((p) => [p.seq, p.toSeq, p.recordId, p.kind]),
    [[last.seq, last.seq, null, 'removed']],
  );

  // Rolling the head back as well hides the tail's removal from the chain itself; a head behind a row does not.
  await sql`update aid_chains set last_seq = ${first.seq - 1} where chain_key = ${first.chainKey}`.execute(db);
  const behind = await verifyLedger(db, only);
  assert.deepEqual(
    behind.problems.map((p) => [p.seq, p.recordId, p.kind]),
    [[first.seq, null, 'head mismatch']],
  );
  await sql`update aid_chains set last_seq = ${first.seq}, last_hash = ${'f'.repeat(64)} where chain_key = ${first.chainKey}`.execute(
    db,
  );
  const wrongHash = await verifyLedger(db, only);
  assert.deepEqual(
    wrongHash.problems.map((p) => [p.seq, p.kind]),
    [[first.seq, 'head mismatch']],
  );
  // The other chains are untouched by all this.
  const all = await verifyLedger(db);
  assert.equal(all.problemCount, before.problemCount + 1);
});
