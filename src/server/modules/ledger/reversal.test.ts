import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { useTestApp } from '../../../../test/support/app.ts';
import type { AidRecordCreated, AidRecordDetail, AidRecordView, CorrectionCreated } from './schemas.ts';
import { recordBody, rollupByConfirmation, type Failure } from './test-helpers.ts';

/** A county of its own for this file's records (城口县), so its rollup sums start at zero. */
const CHENGKOU_VILLAGE = '500229212204'; // 城口县鸡鸣乡金岩村
const CHENGKOU = '500229';

describe('ledger: reversals, corrections and receipts', () => {
  const t = useTestApp();
  const db = () => t().database.db;
  const create = async (who: string, overrides: Parameters<typeof recordBody>[0] = {}) => {
    const res = await t().request(who, { method: 'POST', url: '/api/aid-records', payload: recordBody({ regionCode: CHENGKOU_VILLAGE, ...overrides }) });
    assert.equal(res.statusCode, 201, res.body);
    return res.json<AidRecordCreated>().record;
  };
  const reverse = (who: string | null, id: number, reason: unknown = '金额录错') =>
    t().request(who, { method: 'POST', url: `/api/aid-records/${id}/reverse`, payload: { reason } });
  const correct = (who: string, id: number, record: object, reason = '更正金额') =>
    t().request(who, { method: 'POST', url: `/api/aid-records/${id}/correct`, payload: { reason, record } });
  const receipt = (who: string | null, id: number, payload: object) =>
    t().request(who, { method: 'POST', url: `/api/aid-records/${id}/receipt`, payload });
  const detail = async (who: string, id: number) => {
    const res = await t().request(who, { method: 'GET', url: `/api/aid-records/${id}` });
    assert.equal(res.statusCode, 200, res.body);
    return res.json<AidRecordDetail>();
  };

  test('a reversal copies the record with negated figures, nets the rollup to zero, and is final', async () => {
    const record = await create('org_admin', {
      kind: 'materials',
      amountFen: 90_000,
      items: [{ name: '棉被', quantity: 30, unit: '床', valueFen: 90_000 }],
      staffCount: 3,
      beneficiaryCount: 30,
      beneficiaryHouseholds: 12,
    });
    assert.deepEqual(await rollupByConfirmation(db(), CHENGKOU), { unconfirmed: { records: 1, amount: 90_000 } });

    assert.equal((await reverse(null, record.id)).statusCode, 401);
    assert.equal((await reverse('zhonggang', record.id)).statusCode, 403);
    assert.equal((await reverse('sd_org', record.id)).statusCode, 404, 'another organization\'s record does not exist for it');
    assert.equal((await reverse('caring', record.id)).statusCode, 404);
    const blank = await reverse('org_admin', record.id, '');
    assert.equal(blank.statusCode, 400);
    assert.equal(blank.json<Failure>().fields?.[0]?.field, 'reason');

    const res = await reverse('org_member', record.id);
    assert.equal(res.statusCode, 201, res.body);
    const reversal = res.json<AidRecordView>();
    assert.equal(reversal.standing, 'reversal');
    assert.equal(reversal.reversesId, record.id);
    assert.equal(reversal.amountFen, -90_000);
    assert.equal(reversal.materialQuantity, -30);
    assert.equal(reversal.staffCount, -3);
    assert.equal(reversal.beneficiaryHouseholds, -12);
    assert.equal(reversal.occurredOn, record.occurredOn);
    assert.equal(reversal.regionCode, record.regionCode);
    assert.equal(reversal.confirmation, 'unconfirmed');
    const items = await db().selectFrom('aid_record_items').select(['quantity', 'value_fen']).where('record_id', '=', reversal.id).execute();
    assert.deepEqual(items, [{ quantity: -30, value_fen: -90_000 }]);

    assert.deepEqual(await rollupByConfirmation(db(), CHENGKOU), { unconfirmed: { records: 0, amount: 0 } });
    const original = await detail('org_admin', record.id);
    assert.equal(original.record.standing, 'reversed');
    assert.equal(original.record.reversedById, reversal.id);
    assert.deepEqual(original.can, { reverse: false, correct: false, confirm: false, addFiles: true });
    assert.equal((await detail('org_admin', reversal.id)).reason, '金额录错');

    const twice = await reverse('org_admin', record.id);
    assert.equal(twice.statusCode, 409, twice.body);
    assert.equal(twice.json<Failure>().code, 'AID_RECORD_STATE');
    assert.match(twice.json<Failure>().message, new RegExp(`已被第 ${reversal.id} 号记录冲销`));
    const ofReversal = await reverse('org_admin', reversal.id);
    assert.equal(ofReversal.statusCode, 409);
    assert.match(ofReversal.json<Failure>().message, /这是一条冲销记录/);
    const audit = await db().selectFrom('audit_log').select('action').where('entity_type', '=', 'aid_record').where('entity_id', '=', String(record.id)).orderBy('id').execute();
    assert.deepEqual(audit.map((a) => a.action), ['create', 'reverse']);
  });

  test('a correction is a reversal and a replacement in one transaction; a bad replacement leaves nothing', async () => {
    const record = await create('org_admin', { amountFen: 200_000, externalRef: 'CK-001', summary: '助学金' });
    const count = async () => Number((await db().selectFrom('aid_records').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    const before = await count();
    const bad = await correct('org_admin', record.id, recordBody({ regionCode: CHENGKOU_VILLAGE, kind: 'purchase' }));
    assert.equal(bad.statusCode, 400, bad.body);
    assert.match(bad.json<Failure>().fields?.[0]?.message ?? '', /消费帮扶请选择渠道/);
    assert.equal(await count(), before, 'no reversal without its replacement');

    // The replacement keeps the receipt number and may repeat the content of the record it stands in for.
    const same = await correct('org_admin', record.id, {
      regionCode: CHENGKOU_VILLAGE,
      occurredOn: record.occurredOn,
      kind: 'funds',
      keyFieldCode: 'education',
      amountFen: 180_000,
      externalRef: 'CK-001',
      summary: '助学金（更正金额）',
    });
    assert.equal(same.statusCode, 201, same.body);
    const { reversal, replacement } = same.json<CorrectionCreated>();
    assert.equal(reversal.reversesId, record.id);
    assert.equal(reversal.amountFen, -200_000);
    assert.equal(replacement.replacesId, record.id);
    assert.equal(replacement.amountFen, 180_000);
    assert.equal(replacement.standing, 'standing');
    assert.equal(replacement.seq, reversal.seq + 1);
    assert.equal((await detail('org_admin', record.id)).replacedById, replacement.id);
    const sum = await db()
      .selectFrom('aid_records')
      .select((eb) => eb.fn.sum<number>('amount_fen').as('s'))
      .where('id', 'in', [record.id, reversal.id, replacement.id])
      .executeTakeFirstOrThrow();
    assert.equal(Number(sum.s), 180_000);
    const again = await correct('org_admin', record.id, recordBody({ regionCode: CHENGKOU_VILLAGE }));
    assert.equal(again.statusCode, 409);
    assert.equal(again.json<Failure>().code, 'AID_RECORD_STATE');
  });

  test('receipts move a record between confirmed and disputed; a reversal keeps its bucket; a reversed record is past confirming', async () => {
    // 红池坝镇's liaison confirms records of its villages; the village's liaison only its own village.
    const hongchiba = '500238118202'; // 兴合村 (in 红池坝镇, not 中岗村)
    const record = await create('org_admin', { regionCode: hongchiba, amountFen: 70_000 });
    const wuxi = async () => rollupByConfirmation(db(), '500238');
    const start = await wuxi();
    const bucket = (r: Awaited<ReturnType<typeof wuxi>>, c: string) => r[c]?.amount ?? 0;

    assert.equal((await receipt(null, record.id, { status: 'confirmed' })).statusCode, 401);
    assert.equal((await receipt('org_admin', record.id, { status: 'confirmed' })).statusCode, 403);
    assert.equal((await receipt('wuxi_xczx', record.id, { status: 'confirmed' })).statusCode, 403, 'officials do not confirm receipt');
    assert.equal((await receipt('zhonggang', record.id, { status: 'confirmed' })).statusCode, 404, '中岗村 does not hold 兴合村');
    const noReason = await receipt('hongchiba', record.id, { status: 'disputed' });
    assert.equal(noReason.statusCode, 400);
    assert.deepEqual(noReason.json<Failure>().fields, [{ field: 'reason', message: '请说明异议' }]);

    const confirmed = await receipt('hongchiba', record.id, { status: 'confirmed', byHousehold: true });
    assert.equal(confirmed.statusCode, 200, confirmed.body);
    assert.equal(confirmed.json<AidRecordDetail>().record.confirmation, 'confirmed');
    let now = await wuxi();
    assert.equal(bucket(now, 'confirmed') - bucket(start, 'confirmed'), 70_000);
    assert.equal(bucket(now, 'unconfirmed') - bucket(start, 'unconfirmed'), -70_000);

    const disputed = await receipt('hongchiba', record.id, { status: 'disputed', reason: '村里只收到 500 元' });
    assert.equal(disputed.statusCode, 200, disputed.body);
    const d = disputed.json<AidRecordDetail>();
    assert.equal(d.record.confirmation, 'disputed');
    assert.deepEqual(d.receipts.map((r) => [r.status, r.byHousehold, r.reason]), [
      ['confirmed', true, null],
      ['disputed', false, '村里只收到 500 元'],
    ]);
    assert.equal(d.receipts[0]!.by, '红池坝镇联系人（演示）');
    now = await wuxi();
    assert.equal(bucket(now, 'confirmed') - bucket(start, 'confirmed'), 0);
    assert.equal(bucket(now, 'disputed') - bucket(start, 'disputed'), 70_000);
    const told = await db()
      .selectFrom('notifications as n')
      .innerJoin('accounts as a', 'a.id', 'n.account_id')
      .select(['a.username', 'n.body'])
      .where('n.kind', '=', 'aid_disputed')
      .where('n.entity_id', '=', String(record.id))
      .orderBy('a.username')
      .execute();
    assert.deepEqual(told.map((n) => n.username), ['org_admin', 'org_member']);
    assert.match(told[0]!.body, /村里只收到 500 元/);

    // Back to confirmed, then reversed: the reversal lands in the confirmed bucket and nets it out.
    assert.equal((await receipt('hongchiba', record.id, { status: 'confirmed' })).statusCode, 200);
    const rev = await reverse('org_admin', record.id, '重复录入');
    assert.equal(rev.statusCode, 201, rev.body);
    assert.equal(rev.json<AidRecordView>().confirmation, 'confirmed');
    now = await wuxi();
    // The record was unconfirmed when the sums were first read: it left that bucket, and confirmed nets to nothing.
    for (const c of ['confirmed', 'unconfirmed', 'disputed']) assert.equal(bucket(now, c), bucket(start, c) + (c === 'unconfirmed' ? -70_000 : 0), c);
    const late = await receipt('hongchiba', record.id, { status: 'disputed', reason: '并未收到' });
    assert.equal(late.statusCode, 409, late.body);
    assert.equal(late.json<Failure>().code, 'AID_RECORD_STATE');
    const onReversal = await receipt('hongchiba', rev.json<AidRecordView>().id, { status: 'confirmed' });
    assert.equal(onReversal.statusCode, 409);
    assert.equal((await detail('hongchiba', record.id)).can.confirm, false);
  });
});
