import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sql } from 'kysely';
import { daysFromToday } from '../../../common/glossary.ts';
import { useTestApp } from '../../../../test/support/app.ts';
import { approvedOrganization, PASSWORD } from '../claims/fixtures.ts';
import { organizationIdOf } from '../coverage/fixtures.ts';
import { insertPairing } from '../coverage/fixtures.ts';
import { testProgram } from '../pairings/fixtures.ts';
import { insertProject } from '../projects/fixtures.ts';
import type { AidRecordCreated, AidRecordPage } from './schemas.ts';
import { caringClaim, recordBody, rollupByConfirmation, testHousehold, WUXI, XINGHE, ZHONGGANG, type Failure } from './test-helpers.ts';

describe('ledger: writing an aid record', () => {
  const t = useTestApp();
  const db = () => t().database.db;
  const create = (who: string | null, payload: object) => t().request(who, { method: 'POST', url: '/api/aid-records', payload });
  const fieldsOf = (res: { json: <T>() => T }) => Object.fromEntries((res.json<Failure>().fields ?? []).map((f) => [f.field, f.message]));

  test('401 without a session, 403 for roles that do not give aid', async () => {
    const anonymous = await create(null, recordBody());
    assert.equal(anonymous.statusCode, 401);
    for (const who of ['zhonggang', 'wuxi_xczx', 'admin']) {
      const res = await create(who, recordBody());
      assert.equal(res.statusCode, 403, `${who}: ${res.body}`);
      assert.equal(res.json<Failure>().code, 'FORBIDDEN');
    }
  });

  test('every problem is reported at once, field by field, in Chinese', async () => {
    const schema = await create('org_admin', recordBody({ amountFen: -5, kind: 'gift' as never }));
    assert.equal(schema.statusCode, 400, schema.body);
    assert.deepEqual(Object.keys(fieldsOf(schema)).sort(), ['amountFen', 'kind']);

    const other = await testHousehold(db(), t().config, '李桂兰');
    await db().updateTable('households').set({ region_code: XINGHE }).where('id', '=', other).execute();
    const res = await create(
      'org_admin',
      recordBody({
        regionCode: '500238118299',
        occurredOn: daysFromToday(2),
        kind: 'materials',
        keyFieldCode: 'astrology',
        householdId: other,
        purchaseChannel: 'online',
      }),
    );
    assert.equal(res.statusCode, 400, res.body);
    assert.equal(res.json<Failure>().code, 'VALIDATION_FAILED');
    const fields = fieldsOf(res);
    assert.match(fields.occurredOn!, /帮扶日期不能晚于今天/);
    assert.match(fields.items!, /逐项填写物资名称/);
    assert.match(fields.purchaseChannel!, /只有“消费帮扶”填写渠道/);
    assert.match(fields.regionCode!, /没有这个区县、乡镇或村/);
    assert.match(fields.keyFieldCode!, /没有这个领域/);

    const place = await create('org_admin', recordBody({ regionCode: ZHONGGANG, householdId: other }));
    assert.deepEqual(fieldsOf(place), { householdId: '受助住户：该住户不在所选的帮扶地区内' });
    const level = await create('org_admin', recordBody({ regionCode: '5002381182' }));
    assert.match(fieldsOf(level).regionCode!, /请选到区县、乡镇（街道）或村（社区）/);
    assert.equal(await db().selectFrom('aid_records').select('id').executeTakeFirst(), undefined, 'nothing was written');
  });

  test('a record is appended, counted in the rollup at once, and the liaisons of the place are told', async () => {
    const before = await rollupByConfirmation(db(), WUXI);
    const res = await create(
      'org_member',
      recordBody({
        kind: 'materials',
        amountFen: 360_000,
        items: [
          { name: '书包', quantity: 30, unit: '个', valueFen: 240_000 },
          { name: '文具盒', quantity: 30, unit: '个', valueFen: 120_000 },
        ],
        beneficiaryCount: 30,
        beneficiaryHouseholds: 28,
        summary: '为中岗村小学捐赠书包和文具',
      }),
    );
    assert.equal(res.statusCode, 201, res.body);
    const { record, possibleDuplications } = res.json<AidRecordCreated>();
    assert.deepEqual(possibleDuplications, []);
    assert.equal(record.giver.name, '重庆山城乡村发展基金会（演示）');
    assert.equal(record.giver.form, 'foundation');
    assert.equal(record.counterpart, false, 'shancheng is registered in Chongqing');
    assert.equal(record.materialQuantity, 60);
    assert.equal(record.standing, 'standing');
    assert.equal(record.confirmation, 'unconfirmed');
    assert.match(record.regionName, /巫溪县.*红池坝镇.*中岗村/);

    const after = await rollupByConfirmation(db(), WUXI);
    assert.equal(after.unconfirmed!.amount - (before.unconfirmed?.amount ?? 0), 360_000);
    assert.equal(after.unconfirmed!.records - (before.unconfirmed?.records ?? 0), 1);

    const notified = await db()
      .selectFrom('notifications as n')
      .innerJoin('accounts as a', 'a.id', 'n.account_id')
      .select(['a.username', 'n.link'])
      .where('n.kind', '=', 'aid_recorded')
      .where('n.entity_id', '=', String(record.id))
      .orderBy('a.username')
      .execute();
    assert.deepEqual(notified, [
      { username: 'hongchiba', link: `/ledger/${record.id}` },
      { username: 'zhonggang', link: `/ledger/${record.id}` },
    ]);
    const audit = await db().selectFrom('audit_log').select('action').where('entity_type', '=', 'aid_record').where('entity_id', '=', String(record.id)).execute();
    assert.deepEqual(audit, [{ action: 'create' }]);
    const items = await db().selectFrom('aid_record_items').select(['name', 'quantity', 'value_fen']).where('record_id', '=', record.id).orderBy('position').execute();
    assert.deepEqual(items, [
      { name: '书包', quantity: 30, value_fen: 240_000 },
      { name: '文具盒', quantity: 30, value_fen: 120_000 },
    ]);
  });

  test('an organization of another province helping in Chongqing gives counterpart support', async () => {
    const res = await create('sd_org', recordBody({ kind: 'purchase', purchaseChannel: 'paired_sale', amountFen: 880_000, keyFieldCode: 'consumption' }));
    assert.equal(res.statusCode, 201, res.body);
    const { record } = res.json<AidRecordCreated>();
    assert.equal(record.counterpart, true);
    assert.equal(record.giver.name, '山东齐鲁乡村振兴公益基金会（演示）');
  });

  test('the same external reference is refused; the same content within a day is refused, then kept flagged', async () => {
    const first = await create('org_admin', recordBody({ externalRef: 'SC-2026-001' }));
    assert.equal(first.statusCode, 201, first.body);
    const id = first.json<AidRecordCreated>().record.id;
    const again = await create('org_admin', recordBody({ externalRef: 'SC-2026-001' }));
    assert.equal(again.statusCode, 409, again.body);
    assert.equal(again.json<Failure>().code, 'AID_DUPLICATE');
    assert.match(fieldsOf(again).externalRef!, new RegExp(`已用于第 ${id} 号记录`));
    const otherGiver = await create('sd_org', recordBody({ externalRef: 'SC-2026-001' }));
    assert.equal(otherGiver.statusCode, 201, 'another giver may use the same reference');

    const body = recordBody({ amountFen: 50_000, summary: '慰问金' });
    const original = await create('org_admin', body);
    assert.equal(original.statusCode, 201, original.body);
    const originalId = original.json<AidRecordCreated>().record.id;
    const twice = await create('org_member', { ...body, summary: '慰问金（再录一次）' });
    assert.equal(twice.statusCode, 409, twice.body);
    assert.equal(twice.json<Failure>().code, 'AID_DUPLICATE');
    assert.match(twice.json<Failure>().message, new RegExp(`第 ${originalId} 号记录`));
    assert.match(fieldsOf(twice).confirmDuplicate!, /确认不是重复录入/);
    const kept = await create('org_member', { ...body, confirmDuplicate: true });
    assert.equal(kept.statusCode, 201, kept.body);
    assert.equal(kept.json<AidRecordCreated>().record.suspectedDuplicateOf, originalId);
    const flagged = await t().request('org_admin', { method: 'GET', url: '/api/aid-records?duplicateOnly=true' });
    assert.deepEqual(flagged.json<AidRecordPage>().items.map((r) => r.id), [kept.json<AidRecordCreated>().record.id]);
  });

  test('projects and pairings must be the giver\'s, past signing or confirmed, and hold the place; the program follows them', async () => {
    const shancheng = await organizationIdOf(db(), 'org_admin');
    const program = await testProgram(db());
    const planned = await insertProject(db(), { organizationId: shancheng, status: 'planned' });
    const signed = await insertProject(db(), { organizationId: shancheng, status: 'landed', programId: program });
    const elsewhere = await insertProject(db(), { organizationId: shancheng, status: 'signed', places: [XINGHE] });
    const sdProject = await insertProject(db(), { organizationId: await organizationIdOf(db(), 'sd_org'), status: 'signed' });
    const pending = await insertPairing(db(), { programId: program, organizationId: shancheng, places: [WUXI], status: 'pending' });
    const pairing = await insertPairing(db(), { programId: program, organizationId: shancheng, places: [WUXI] });

    const bad = await create('org_admin', recordBody({ projectId: planned, pairingId: pending }));
    assert.equal(bad.statusCode, 400);
    assert.match(fieldsOf(bad).projectId!, /项目签约后才能记录帮扶/);
    assert.match(fieldsOf(bad).pairingId!, /只有已确认的结对协议/);
    assert.match(fieldsOf(await create('org_admin', recordBody({ projectId: elsewhere }))).projectId!, /不在该项目的实施地区内/);
    assert.match(fieldsOf(await create('org_admin', recordBody({ projectId: sdProject }))).projectId!, /没有本组织的这个项目/);
    assert.match(fieldsOf(await create('org_admin', recordBody({ programId: 999_999 }))).programId!, /没有这个计划/);

    const withProject = await create('org_admin', recordBody({ projectId: signed }));
    assert.equal(withProject.statusCode, 201, withProject.body);
    assert.equal(withProject.json<AidRecordCreated>().record.programId, program, 'the program is taken from the project');
    assert.match(withProject.json<AidRecordCreated>().record.projectName ?? '', /落地测试项目/);
    const withPairing = await create('org_admin', recordBody({ pairingId: pairing }));
    assert.equal(withPairing.statusCode, 201, withPairing.body);
    assert.equal(withPairing.json<AidRecordCreated>().record.programId, program, 'the program is taken from the pairing');
  });

  test('an organization awaiting review cannot record aid', async () => {
    await approvedOrganization(db(), { username: 'ledger_pending', status: 'pending' });
    const session = await t().login('ledger_pending', PASSWORD);
    const res = await t().request(session, { method: 'POST', url: '/api/aid-records', payload: recordBody() });
    assert.equal(res.statusCode, 403, res.body);
    assert.equal(res.json<Failure>().code, 'ORGANIZATION_NOT_APPROVED');
  });

  test('a caring individual records help only to a household whose need they claimed and had confirmed', async () => {
    const home = await testHousehold(db(), t().config, '陈家明');
    const none = await create('caring', recordBody({ householdId: home }));
    assert.equal(none.statusCode, 400, none.body);
    assert.match(fieldsOf(none).householdId!, /爱心人士只能为自己认领并经确认的住户需求记录帮扶/);
    assert.match(fieldsOf(await create('caring', recordBody())).householdId!, /请填写所帮扶的住户/);

    await caringClaim(db(), home);
    const res = await create('caring', recordBody({ householdId: home, beneficiaryHouseholds: 1 }));
    assert.equal(res.statusCode, 201, res.body);
    const { record } = res.json<AidRecordCreated>();
    assert.equal(record.giver.kind, 'caring');
    assert.equal(record.giver.form, 'individual');
    assert.equal(record.giver.name, '林爱华', 'the person sees their own name');
    assert.equal(record.household?.label, '陈某', 'a caring individual sees the household masked');

    const asLiaison = await t().request('zhonggang', { method: 'GET', url: `/api/aid-records/${record.id}` });
    assert.equal(asLiaison.json<{ record: { giver: { name: string }; household: { label: string } } }>().record.giver.name, '林某');
    assert.equal(asLiaison.json<{ record: { household: { label: string } } }>().record.household.label, '陈家明');
    const asOfficial = await t().request('wuxi_xczx', { method: 'GET', url: `/api/aid-records/${record.id}` });
    assert.equal(asOfficial.json<{ record: { giver: { name: string } } }>().record.giver.name, '林爱华');
  });

  test('another giver\'s record for the same household and field within 90 days is pointed out, not refused', async () => {
    const home = await testHousehold(db(), t().config, '刘成林');
    const first = await create('org_admin', recordBody({ householdId: home, occurredOn: daysFromToday(-60) }));
    assert.equal(first.statusCode, 201, first.body);
    const own = await create('org_admin', recordBody({ householdId: home }));
    assert.deepEqual(own.json<AidRecordCreated>().possibleDuplications, [], 'the same giver twice is not a duplication');
    const second = await create('sd_org', recordBody({ householdId: home }));
    assert.equal(second.statusCode, 201, second.body);
    assert.deepEqual(
      second.json<AidRecordCreated>().possibleDuplications.sort((a, b) => a - b),
      [first.json<AidRecordCreated>().record.id, own.json<AidRecordCreated>().record.id].sort((a, b) => a - b),
    );
    const otherField = await create('sd_org', recordBody({ householdId: home, keyFieldCode: 'medical_aid' }));
    assert.deepEqual(otherField.json<AidRecordCreated>().possibleDuplications, []);
  });

  test('every chain stays whole: sequence numbers without gaps and hashes linked', async () => {
    const broken = await sql<{ n: number }>`
      select count(*)::int as n from aid_records r
      join aid_records p on p.chain_key = r.chain_key and p.seq = r.seq - 1
      where r.prev_hash <> p.hash`.execute(db());
    assert.equal(broken.rows[0]!.n, 0);
  });
});
