import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { daysFromToday } from '../../../common/glossary.ts';
import { useTestApp, type DemoUsername } from '../../../../test/support/app.ts';
import { textArray } from '../organizations/names.ts';
import { needBody } from './fixtures.ts';
import type { NeedDetail, NeedPage } from './schemas.ts';

interface Failure {
  code: string;
  message: string;
  fields?: { field: string; message: string }[];
}

const ZHONGGANG = '500238118201';
const HONGCHIBA = '500238118';

describe('needs: publishing, reading, editing and their states', () => {
  const t = useTestApp();
  const db = () => t().database.db;
  const fieldsOf = (body: string) => Object.fromEntries((JSON.parse(body) as Failure).fields?.map((f) => [f.field, f.message]) ?? []);
  const create = (who: DemoUsername, overrides: Record<string, unknown> = {}) =>
    t().request(who, { method: 'POST', url: '/api/needs', payload: needBody(overrides) });
  const created = async (overrides: Record<string, unknown> = {}, who: DemoUsername = 'hongchiba') => {
    const res = await create(who, overrides);
    assert.equal(res.statusCode, 200, res.body);
    return res.json<NeedDetail>();
  };
  const get = (who: DemoUsername, id: number) => t().request(who, { method: 'GET', url: `/api/needs/${id}` });
  const patch = (who: DemoUsername, id: number, payload: object) => t().request(who, { method: 'PATCH', url: `/api/needs/${id}`, payload });
  const post = (who: DemoUsername, id: number, action: string, payload?: object) =>
    t().request(who, { method: 'POST', url: `/api/needs/${id}/${action}`, ...(payload ? { payload } : {}) });
  const needCount = async () => Number((await db().selectFrom('needs').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  const otherVillage = async () =>
    (
      await db()
        .selectFrom('regions')
        .select('code')
        .where('parent_code', '=', HONGCHIBA)
        .where('code', '<>', ZHONGGANG)
        .orderBy('code')
        .executeTakeFirstOrThrow()
    ).code;
  const organizationId = async () =>
    (await db().selectFrom('accounts').select('organization_id').where('username_key', '=', 'org_admin').executeTakeFirstOrThrow()).organization_id!;
  const addClaim = async (needId: number, status: 'pending' | 'confirmed', quantity: number) => {
    const claim = await db()
      .insertInto('claims')
      .values({
        need_id: needId,
        organization_id: await organizationId(),
        quantity,
        note: '测试认领',
        status,
        lapse_at: new Date(Date.now() + 30 * 86_400_000),
        created_by: await t().accountId('org_admin'),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db()
      .updateTable('needs')
      .set((eb) => ({
        claimed_quantity: eb('claimed_quantity', '+', quantity),
        ...(status === 'confirmed' ? { confirmed_quantity: eb('confirmed_quantity', '+', quantity) } : {}),
        status: 'partly_claimed',
      }))
      .where('id', '=', needId)
      .execute();
    return claim.id;
  };

  test('a township liaison publishes a village need and a township need, with the key areas of their place', async () => {
    const village = await created();
    assert.equal(village.status, 'draft');
    assert.equal(village.publishedAt, null);
    assert.equal(village.region.code, ZHONGGANG);
    assert.match(village.region.name, /^重庆市 \/ 巫溪县 \/ 红池坝镇 \/ 中岗村/);
    assert.equal(village.amountFen, 5_000_000, 'a money need is worth its quantity');
    assert.deepEqual(village.contact, { name: '李联络', phone: '023-51234567' });
    assert.deepEqual(
      { edit: village.actions.edit, publish: village.actions.publish, withdraw: village.actions.withdraw, claim: village.actions.claim },
      { edit: true, publish: true, withdraw: true, claim: false },
    );
    // 红池坝镇 is a deep-poverty township of the 2020 program, in 巫溪县, a key county.
    assert.ok(village.keyAreaKinds.includes('deep_poverty_township'), village.keyAreaKinds.join());
    assert.ok(village.keyAreaKinds.includes('key_county'), village.keyAreaKinds.join());
    const row = await db().selectFrom('needs').selectAll().where('id', '=', village.id).executeTakeFirstOrThrow();
    assert.ok(row.key_area_rank >= 2);
    assert.ok(row.title_bigrams.includes('硬化'));
    assert.equal(row.created_by, await t().accountId('hongchiba'));
    const audit = await db().selectFrom('audit_log').selectAll().where('entity_type', '=', 'need').where('entity_id', '=', String(village.id)).execute();
    assert.deepEqual(audit.map((a) => [a.action, a.region_code]), [['create', ZHONGGANG]]);

    const township = await created({ regionCode: HONGCHIBA, title: '红池坝镇留守儿童暑期托管志愿者', kind: 'service', itemName: '托管志愿者', unit: '人', quantity: 6, keyFieldCode: 'education', keyPopulationCodes: ['left_behind_children'], publish: true });
    assert.equal(township.status, 'published');
    assert.ok(township.publishedAt);
    assert.equal(township.region.code, HONGCHIBA);
    assert.equal(township.amountFen, null);
    assert.deepEqual(township.keyPopulationCodes, ['left_behind_children']);
    assert.ok(township.keyAreaKinds.includes('deep_poverty_township'));
  });

  test('a village liaison publishes only for their village, and sees nothing of the neighbours’ drafts', async () => {
    const neighbour = await otherVillage();
    const before = await needCount();
    const other = await create('zhonggang', { regionCode: neighbour });
    assert.equal(other.statusCode, 403, other.body);
    assert.equal(other.json<Failure>().code, 'OUT_OF_SCOPE');
    const township = await create('zhonggang', { regionCode: HONGCHIBA });
    assert.equal(township.statusCode, 403, 'a village liaison publishes no township-wide need');
    assert.equal(await needCount(), before);

    const own = await created({}, 'zhonggang');
    assert.equal(own.region.code, ZHONGGANG);
    const draft = await created({ regionCode: neighbour });
    const seen = await get('zhonggang', draft.id);
    assert.equal(seen.statusCode, 404, seen.body);
    const list = await t().request('zhonggang', { method: 'GET', url: '/api/needs/managed?limit=200' });
    const ids = list.json<NeedPage>().items.map((n) => n.id);
    assert.ok(ids.includes(own.id));
    assert.ok(!ids.includes(draft.id), 'the neighbouring village’s need is not in the village liaison’s list');
    assert.ok(list.json<NeedPage>().items.every((n) => n.region.code === ZHONGGANG));
  });

  test('an official of another county sees nothing of 巫溪’s drafts and manages none of its needs', async () => {
    const draft = await created();
    const published = await created({ publish: true });
    const list = await t().request('chengkou_mz', { method: 'GET', url: '/api/needs/managed?limit=200' });
    assert.equal(list.statusCode, 200);
    assert.ok(list.json<NeedPage>().items.every((n) => n.region.code.startsWith('500229')));
    assert.equal((await get('chengkou_mz', draft.id)).statusCode, 404);
    const detail = await get('chengkou_mz', published.id);
    assert.equal(detail.statusCode, 200, 'a published need is visible to everyone signed in');
    assert.equal(detail.json<NeedDetail>().contact, null);
    assert.equal(detail.json<NeedDetail>().actions.edit, false);
    assert.equal((await patch('chengkou_mz', published.id, { description: '越权' })).statusCode, 404);
    assert.equal((await post('chengkou_mz', published.id, 'take-down', { reason: '越权' })).statusCode, 404);
    const created2 = await create('chengkou_mz');
    assert.equal(created2.statusCode, 403);
  });

  test('an organization sees published needs but not drafts, and the contact only after a confirmed claim', async () => {
    const draft = await created();
    const published = await created({ publish: true, quantity: 1_000_000 });
    assert.equal((await get('org_admin', draft.id)).statusCode, 404);
    assert.equal((await get('caring', draft.id)).statusCode, 404);
    const seen = await get('org_admin', published.id);
    assert.equal(seen.statusCode, 200, seen.body);
    const detail = seen.json<NeedDetail>();
    assert.equal(detail.contact, null);
    assert.ok(!seen.body.includes('023-51234567'), 'the phone appears nowhere in the answer');
    assert.equal(detail.actions.claim, true, 'an approved organization may claim an open need');
    assert.equal(detail.actions.edit, false);
    assert.equal(detail.household, null);
    assert.equal((await get('caring', published.id)).json<NeedDetail>().actions.claim, false, 'caring individuals claim household needs only');

    await addClaim(published.id, 'pending', 300_000);
    const pending = (await get('org_member', published.id)).json<NeedDetail>();
    assert.equal(pending.contact, null, 'a pending claim does not reveal the contact');
    assert.equal(pending.actions.claim, false, 'the organization already holds a live claim');

    await db().updateTable('claims').set({ status: 'confirmed' }).where('need_id', '=', published.id).execute();
    const confirmed = (await get('org_member', published.id)).json<NeedDetail>();
    assert.deepEqual(confirmed.contact, { name: '李联络', phone: '023-51234567' });
    assert.equal((await get('caring', published.id)).json<NeedDetail>().contact, null, 'another claimant’s confirmation reveals nothing to others');
  });

  test('field errors come all at once, in Chinese, and nothing is saved', async () => {
    const before = await needCount();
    const res = await create('hongchiba', {
      kind: 'materials',
      itemName: '书包',
      unit: null,
      deadline: daysFromToday(-1),
      keyFieldCode: 'no_such_field',
      contactPhone: '12345',
    });
    assert.equal(res.statusCode, 400, res.body);
    assert.equal(res.json<Failure>().code, 'VALIDATION_FAILED');
    const fields = fieldsOf(res.body);
    assert.match(fields.unit ?? '', /^单位：请填写单位/);
    assert.match(fields.deadline ?? '', /^截止日期：不能早于今天/);
    assert.match(fields.keyFieldCode ?? '', /^重点领域：“no_such_field”不是现行的重点领域/);
    assert.match(fields.contactPhone ?? '', /^联系电话：应为 11 位手机号/);
    assert.equal(await needCount(), before);

    const city = await create('hongchiba', { regionCode: '5002' });
    assert.equal(city.statusCode, 400);
    assert.ok(fieldsOf(city.body).regionCode);
    const noLevel = await create('cq_mz', { regionCode: '5002381' });
    assert.equal(noLevel.statusCode, 400);
    assert.match(fieldsOf(noLevel.body).regionCode ?? '', /不是区县（6 位）、乡镇（9 位）或村（12 位）的代码/);
    const missing = await create('cq_mz', { regionCode: '500238999999' });
    assert.equal(missing.statusCode, 400);
    assert.match(fieldsOf(missing.body).regionCode ?? '', /不存在/);
    const noPlace = await create('hongchiba', { regionCode: undefined });
    assert.match(fieldsOf(noPlace.body).regionCode ?? '', /请选择区县、乡镇或村/);
    const unknownField = await create('hongchiba', { colour: 'red' });
    assert.equal(unknownField.statusCode, 400);
    assert.equal(await needCount(), before);
  });

  test('officials publish county-wide needs in scope', async () => {
    const county = await created({ regionCode: '500238', publish: true }, 'wuxi_xczx');
    assert.equal(county.region.code, '500238');
    assert.ok(county.keyAreaKinds.includes('key_county'));
    assert.ok(!county.keyAreaKinds.includes('deep_poverty_township'), 'a county need carries only the county’s designations');
    assert.equal((await create('hongchiba', { regionCode: '500238' })).statusCode, 403, 'a township liaison does not publish for the county');
  });

  test('a household need takes its household’s village and shows only the masked household', async () => {
    const household = await db()
      .insertInto('households')
      .values({
        region_code: ZHONGGANG,
        head_name: '张德福',
        id_number_encrypted: 'v1:test',
        id_number_hash: 'needs-test-household-1',
        members_count: 4,
        category: 'monitored',
        situations: textArray(['serious_illness']) as unknown as string[],
        has_disability: true,
        minors_count: 1,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const need = await created({ regionCode: undefined, householdId: household.id, title: '张家大病医疗费用缺口', publish: true });
    assert.equal(need.region.code, ZHONGGANG);
    assert.equal(need.isHouseholdNeed, true);
    assert.equal(need.household?.maskedName, '张某');
    const asCaring = await get('caring', need.id);
    assert.equal(asCaring.json<NeedDetail>().actions.claim, true, 'a caring individual may take a household need');
    for (const who of ['caring', 'org_admin', 'hongchiba'] as const) {
      const body = (await get(who, need.id)).body;
      assert.ok(!body.includes('张德福'), `${who} never sees the head’s full name here`);
      assert.ok(!body.includes('hasDisability') && !body.includes('minors'), `${who} sees nothing about disability or minors`);
    }
    const mismatch = await create('hongchiba', { regionCode: await otherVillage(), householdId: household.id });
    assert.equal(mismatch.statusCode, 400);
    assert.match(fieldsOf(mismatch.body).regionCode ?? '', /住户所在的村/);
    const elsewhere = await create('chengkou_mz', { regionCode: undefined, householdId: household.id });
    assert.equal(elsewhere.statusCode, 404, 'another county’s household is not theirs to know about');
    await db().updateTable('households').set({ status: 'archived' }).where('id', '=', household.id).execute();
    const archived = await create('hongchiba', { regionCode: undefined, householdId: household.id });
    assert.equal(archived.statusCode, 409);
    assert.equal(archived.json<Failure>().code, 'HOUSEHOLD_ARCHIVED');
  });

  test('edits: anything while nothing is claimed; with claims only the description, the contact and a later deadline', async () => {
    const need = await created({ publish: true });
    const edited = await patch('hongchiba', need.id, { title: '中岗村产业路硬化（第二段）', kind: 'materials', itemName: '水泥', unit: '吨', quantity: 80, amountFen: 4_000_000 });
    assert.equal(edited.statusCode, 200, edited.body);
    const after = edited.json<NeedDetail>();
    assert.equal(after.kind, 'materials');
    assert.equal(after.amountFen, 4_000_000);
    const row = await db().selectFrom('needs').selectAll().where('id', '=', need.id).executeTakeFirstOrThrow();
    assert.ok(row.title_bigrams.includes('二段'), 'the search bigrams follow the new title');
    assert.ok(!row.title_bigrams.includes('缺口'));
    const audit = await db().selectFrom('audit_log').select('action').where('entity_type', '=', 'need').where('entity_id', '=', String(need.id)).orderBy('id').execute();
    assert.deepEqual(audit.map((a) => a.action), ['create', 'update']);

    const badMoney = await patch('hongchiba', need.id, { kind: 'money', quantity: 100, amountFen: 50 });
    assert.equal(badMoney.statusCode, 400);
    assert.match(fieldsOf(badMoney.body).amountFen ?? '', /资金需求的金额就是数量/);

    // Someone has claimed 30 of the 80 tonnes.
    await db().updateTable('needs').set({ claimed_quantity: 30, status: 'partly_claimed' }).where('id', '=', need.id).execute();
    const quantity = await patch('hongchiba', need.id, { quantity: 100, unit: '吨' });
    assert.equal(quantity.statusCode, 409, quantity.body);
    assert.equal(quantity.json<Failure>().code, 'NEED_HAS_CLAIMS');
    assert.deepEqual(Object.keys(fieldsOf(quantity.body)), ['quantity'], 'the unchanged unit is no problem');
    assert.match(fieldsOf(quantity.body).quantity ?? '', /数量：已有认领，不能再修改/);
    const earlier = await patch('hongchiba', need.id, { deadline: daysFromToday(5) });
    assert.equal(earlier.statusCode, 409);
    assert.match(fieldsOf(earlier.body).deadline ?? '', /只能推后/);
    const allowed = await patch('hongchiba', need.id, { description: '第二段 1.2 公里', contactPhone: '13800138000', deadline: daysFromToday(60) });
    assert.equal(allowed.statusCode, 200, allowed.body);
    assert.equal(allowed.json<NeedDetail>().deadline, daysFromToday(60));
    const stored = await db().selectFrom('needs').selectAll().where('id', '=', need.id).executeTakeFirstOrThrow();
    assert.equal(stored.quantity, 80);
    assert.equal(stored.contact_phone, '13800138000');

    await db().updateTable('needs').set({ status: 'closed' }).where('id', '=', need.id).execute();
    const closed = await patch('hongchiba', need.id, { description: '再改' });
    assert.equal(closed.statusCode, 409);
    assert.equal(closed.json<Failure>().code, 'NEED_STATE');
    assert.match(closed.json<Failure>().message, /“已关闭”/);
  });

  test('publishing a draft checks its fields again', async () => {
    const draft = await created();
    await db().updateTable('needs').set({ deadline: daysFromToday(-2) }).where('id', '=', draft.id).execute();
    const stale = await post('hongchiba', draft.id, 'publish');
    assert.equal(stale.statusCode, 400, stale.body);
    assert.match(fieldsOf(stale.body).deadline ?? '', /不能早于今天/);
    assert.equal((await db().selectFrom('needs').select('status').where('id', '=', draft.id).executeTakeFirstOrThrow()).status, 'draft');
    await patch('hongchiba', draft.id, { deadline: daysFromToday(10) });
    const published = await post('hongchiba', draft.id, 'publish');
    assert.equal(published.statusCode, 200, published.body);
    assert.equal(published.json<NeedDetail>().status, 'published');
    assert.ok(published.json<NeedDetail>().publishedAt);
    const again = await post('hongchiba', draft.id, 'publish');
    assert.equal(again.statusCode, 409);
    assert.match(again.json<Failure>().message, /当前为“已发布”，不能发布/);
  });

  test('withdrawing waits until pending claims are declined, and a withdrawn need leaves the organizations’ view', async () => {
    const need = await created({ publish: true });
    const claim = await addClaim(need.id, 'pending', 100_000);
    const refused = await post('hongchiba', need.id, 'withdraw', { reason: '村里已自筹解决' });
    assert.equal(refused.statusCode, 409);
    assert.equal(refused.json<Failure>().code, 'NEED_HAS_CLAIMS');
    assert.match(refused.json<Failure>().message, /1 项待确认的认领，请先.*婉拒/);
    await db().updateTable('claims').set({ status: 'declined' }).where('id', '=', claim).execute();
    await db().updateTable('needs').set({ claimed_quantity: 0, status: 'published' }).where('id', '=', need.id).execute();
    const blank = await post('hongchiba', need.id, 'withdraw', { reason: '   ' });
    assert.equal(blank.statusCode, 400);
    const done = await post('hongchiba', need.id, 'withdraw', { reason: '村里已自筹解决' });
    assert.equal(done.statusCode, 200, done.body);
    assert.equal(done.json<NeedDetail>().status, 'withdrawn');
    assert.equal(done.json<NeedDetail>().statusReason, '村里已自筹解决');
    assert.equal((await get('org_admin', need.id)).statusCode, 404);
    assert.equal((await get('hongchiba', need.id)).statusCode, 200, 'its liaison still finds it');
    const again = await post('hongchiba', need.id, 'withdraw', { reason: '再撤' });
    assert.match(again.json<Failure>().message, /“已撤回”/);
  });

  test('closing: only a fulfilled or expired need', async () => {
    const need = await created({ publish: true });
    const open = await post('hongchiba', need.id, 'close');
    assert.equal(open.statusCode, 409);
    assert.match(open.json<Failure>().message, /当前为“已发布”，不能关闭/);
    await db().updateTable('needs').set({ status: 'expired' }).where('id', '=', need.id).execute();
    const closed = await post('zhonggang', need.id, 'close');
    assert.equal(closed.statusCode, 200, closed.body);
    assert.equal(closed.json<NeedDetail>().status, 'closed');
  });

  test('an official takes a need down: pending claims are declined and everyone concerned is told', async () => {
    const need = await created({ publish: true });
    const claim = await addClaim(need.id, 'pending', 200_000);
    const liaison = await post('hongchiba', need.id, 'take-down', { reason: '信息不实' });
    assert.equal(liaison.statusCode, 403, 'liaisons do not take needs down');
    const res = await post('wuxi_xczx', need.id, 'take-down', { reason: '信息不实' });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json<NeedDetail>().status, 'taken_down');
    assert.equal(res.json<NeedDetail>().statusReason, '信息不实');
    const row = await db().selectFrom('needs').selectAll().where('id', '=', need.id).executeTakeFirstOrThrow();
    assert.equal(row.claimed_quantity, 0, 'the declined quantity no longer counts');
    const declined = await db().selectFrom('claims').selectAll().where('id', '=', claim).executeTakeFirstOrThrow();
    assert.equal(declined.status, 'declined');
    assert.equal(declined.status_reason, '需求已被下架：信息不实');
    const events = await db().selectFrom('claim_events').selectAll().where('claim_id', '=', claim).execute();
    assert.deepEqual(events.map((e) => e.action), ['declined']);
    const notified = await db()
      .selectFrom('notifications')
      .innerJoin('accounts', 'accounts.id', 'notifications.account_id')
      .select(['accounts.username', 'notifications.kind', 'notifications.body', 'notifications.link'])
      .where('notifications.kind', '=', 'need_taken_down')
      .where('notifications.entity_id', 'in', [String(claim), String(need.id)])
      .execute();
    assert.deepEqual(notified.map((n) => n.username).sort(), ['hongchiba', 'org_admin', 'org_member']);
    assert.ok(notified.every((n) => n.body.includes('信息不实')));
    assert.equal(notified.find((n) => n.username === 'org_admin')?.link, `/claims/${claim}`);
    assert.equal((await get('org_admin', need.id)).statusCode, 404, 'a taken-down need leaves the organizations’ view');

    const confirmedNeed = await created({ publish: true });
    await addClaim(confirmedNeed.id, 'confirmed', 100_000);
    const refused = await post('wuxi_xczx', confirmedNeed.id, 'take-down', { reason: '信息不实' });
    assert.equal(refused.statusCode, 409);
    assert.equal(refused.json<Failure>().code, 'NEED_STATE');
    assert.match(refused.json<Failure>().message, /“部分认领”.*对接成功/);
  });

  test('the managers’ list pages by keyset and filters by status, place, field, household and title', async () => {
    const a = await created({ title: '蜂蜜产业冷库建设', keyFieldCode: 'industry', publish: true });
    const b = await created({ title: '村小学图书角', keyFieldCode: 'education' });
    const c = await created({ title: '蜂蜜包装设计志愿者', kind: 'service', itemName: '设计师', unit: '人', quantity: 2, keyFieldCode: 'industry' });
    const list = async (query: string) => {
      const res = await t().request('hongchiba', { method: 'GET', url: `/api/needs/managed?${query}` });
      assert.equal(res.statusCode, 200, res.body);
      return res.json<NeedPage>();
    };
    const first = await list('limit=2');
    assert.deepEqual(first.items.map((n) => n.id), [c.id, b.id], 'newest first');
    assert.ok(first.nextCursor);
    const second = await list(`limit=2&cursor=${first.nextCursor}`);
    assert.equal(second.items[0]?.id, a.id, 'the next page continues without repeating');
    assert.deepEqual((await list('q=蜂蜜&limit=200')).items.map((n) => n.id), [c.id, a.id]);
    assert.deepEqual((await list('q=冷库&limit=200')).items.map((n) => n.id), [a.id]);
    assert.deepEqual((await list('q=蜜&limit=200')).items.map((n) => n.id).slice(0, 2), [c.id, a.id]);
    assert.ok((await list('status=draft&limit=200')).items.every((n) => n.status === 'draft'));
    assert.ok((await list('field=education&limit=200')).items.some((n) => n.id === b.id));
    assert.ok((await list('field=education&limit=200')).items.every((n) => n.keyFieldCode === 'education'));
    assert.ok((await list(`region=${ZHONGGANG}&limit=200`)).items.every((n) => n.region.code === ZHONGGANG));
    assert.deepEqual((await list('householdId=999999')).items, []);
    const bad = await t().request('hongchiba', { method: 'GET', url: '/api/needs/managed?cursor=bm9wZQ' });
    assert.equal(bad.statusCode, 400);
    assert.ok(fieldsOf(bad.body).cursor);
    assert.equal((await t().request('hongchiba', { method: 'GET', url: '/api/needs/managed?limit=201' })).statusCode, 400);
  });

  test('bad ids answer 4xx', async () => {
    assert.equal((await t().request('hongchiba', { method: 'GET', url: '/api/needs/abc' })).statusCode, 400);
    assert.equal((await t().request('hongchiba', { method: 'GET', url: '/api/needs/0' })).statusCode, 400);
    assert.equal((await t().request('hongchiba', { method: 'GET', url: '/api/needs/99999999999999999999' })).statusCode, 400);
    assert.equal((await get('hongchiba', 987654321)).statusCode, 404);
    assert.equal((await post('hongchiba', 987654321, 'publish')).statusCode, 404);
  });
});
