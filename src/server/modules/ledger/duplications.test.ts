import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { useTestApp } from '../../../../test/support/app.ts';
import { accountIdOf } from '../claims/fixtures.ts';
import { organizationIdOf } from '../coverage/fixtures.ts';
import { appendDrafts, draft } from './fixtures.ts';
import type { DuplicationPage } from './schemas.ts';
import type { AidDraft } from './store.ts';
import { testHousehold, XINGHE, type Failure } from './test-helpers.ts';

type Overrides = Omit<Partial<AidDraft>, 'organization_id' | 'caring_account_id'>;

describe('ledger: households helped by several givers for the same field (possible duplication)', () => {
  const t = useTestApp();
  const db = () => t().database.db;
  const homes: Record<string, number> = {};
  const ids: Record<string, number> = {};

  const duplications = (who: string | null, query = '') => t().request(who, { method: 'GET', url: `/api/aid-records/duplications${query}` });

  before(async () => {
    const shancheng = await organizationIdOf(db(), 'org_admin');
    const shandong = await organizationIdOf(db(), 'sd_org');
    const caring = await accountIdOf(db(), 'caring');
    for (const [key, name] of [['wang', '王德富'], ['li', '李桂兰'], ['chen', '陈家明'], ['zhang', '张秀英'], ['liu', '刘成林']] as const) {
      homes[key] = await testHousehold(db(), t().config, name);
    }
    await db().updateTable('households').set({ region_code: XINGHE }).where('id', '=', homes.liu!).execute();
    const sc = (o: Overrides) => draft({ ...o, organization_id: shancheng });
    const sd = (o: Overrides) => draft({ counterpart: true, ...o, organization_id: shandong });
    const rows = await appendDrafts(db(), [
      // 王: education by shancheng and shandong 60 days apart -> shown; medical aid by one giver only -> not.
      sc({ household_id: homes.wang, occurred_on: '2026-03-01', amount_fen: 100_000 }),
      sd({ household_id: homes.wang, occurred_on: '2026-04-30', amount_fen: 300_000, kind: 'materials', material_quantity: 1,
        items: [{ name: '电脑', quantity: 1, unit: '台', value_fen: 300_000 }] }),
      sc({ household_id: homes.wang, occurred_on: '2026-04-01', key_field_code: 'medical_aid' }),
      // 李: the same giver twice -> not a duplication.
      sc({ household_id: homes.li, occurred_on: '2026-03-01' }),
      sc({ household_id: homes.li, occurred_on: '2026-03-20' }),
      // 陈: two givers 120 days apart -> outside the window.
      sc({ household_id: homes.chen, occurred_on: '2026-01-01' }),
      sd({ household_id: homes.chen, occurred_on: '2026-05-01' }),
      // 张: two givers, but one record is reversed -> not standing, not shown.
      sc({ household_id: homes.zhang, occurred_on: '2026-02-01' }),
      sd({ household_id: homes.zhang, occurred_on: '2026-02-10' }),
      // 刘 (兴合村): an organization and a caring individual.
      sc({ household_id: homes.liu, region_code: XINGHE, occurred_on: '2026-06-01' }),
      draft({ caring_account_id: caring, household_id: homes.liu, region_code: XINGHE, occurred_on: '2026-06-15' }),
    ]);
    rows.forEach((r, i) => (ids[`r${i}`] = r.id));
    await appendDrafts(db(), [
      sd({ household_id: homes.zhang, occurred_on: '2026-02-10', amount_fen: -100_000, reverses_id: ids.r8!, reason: '录错', reversed_confirmation: 'unconfirmed' }),
    ]);
  });

  test('401, 403 for givers, 403 for a region outside the scope', async () => {
    assert.equal((await duplications(null)).statusCode, 401);
    for (const who of ['org_admin', 'caring']) {
      const res = await duplications(who);
      assert.equal(res.statusCode, 403);
      assert.equal(res.json<Failure>().code, 'FORBIDDEN');
    }
    const res = await duplications('chengkou_mz', '?region=500238');
    assert.equal(res.statusCode, 403);
    assert.equal(res.json<Failure>().code, 'OUT_OF_SCOPE');
  });

  test('the household helped by shancheng and shandong for education within 90 days is shown, with its records', async () => {
    const res = await duplications('wuxi_xczx');
    assert.equal(res.statusCode, 200, res.body);
    const { items, nextCursor } = res.json<DuplicationPage>();
    assert.equal(nextCursor, null);
    assert.deepEqual(items.map((i) => [i.householdId, i.keyFieldCode]), [
      [homes.wang, 'education'],
      [homes.liu, 'education'],
    ]);
    const wang = items[0]!;
    assert.equal(wang.householdLabel, '王某');
    assert.match(wang.regionName, /中岗村/);
    assert.deepEqual(wang.givers.map((g) => g.name).sort(), ['山东齐鲁乡村振兴公益基金会（演示）', '重庆山城乡村发展基金会（演示）'].sort());
    assert.deepEqual(wang.records.map((r) => [r.id, r.occurredOn, r.amountFen, r.kind]), [
      [ids.r0, '2026-03-01', 100_000, 'funds'],
      [ids.r1, '2026-04-30', 300_000, 'materials'],
    ]);
    const liu = items[1]!;
    assert.deepEqual(liu.givers.map((g) => [g.name, g.organizationId]).sort(), [
      ['林爱华', null],
      ['重庆山城乡村发展基金会（演示）', await organizationIdOf(db(), 'org_admin')],
    ].sort(), 'the official sees the caring individual by name');
  });

  test('each sees its own region, pages by household and field, and may limit the dates', async () => {
    const pairs = async (who: string, query = '') =>
      (await duplications(who, query)).json<DuplicationPage>().items.map((i) => i.householdId);
    assert.deepEqual(await pairs('zhonggang'), [homes.wang], '中岗村 only');
    assert.deepEqual(await pairs('hongchiba'), [homes.wang, homes.liu]);
    assert.deepEqual(await pairs('chengkou_mz'), []);
    assert.deepEqual(await pairs('cq_mz', `?region=${XINGHE}`), [homes.liu]);
    assert.deepEqual(await pairs('cq_mz', '?from=2026-06-01'), [homes.liu]);
    assert.deepEqual(await pairs('cq_mz', '?to=2026-03-31'), [], 'shandong\'s record of 王 lies after the range');
    const liaisonView = (await duplications('hongchiba')).json<DuplicationPage>().items[1]!;
    assert.ok(liaisonView.givers.some((g) => g.name === '林某'), 'a liaison sees the caring individual masked');

    const first = await duplications('cq_mz', '?limit=1');
    const page1 = first.json<DuplicationPage>();
    assert.deepEqual(page1.items.map((i) => i.householdId), [homes.wang]);
    assert.ok(page1.nextCursor);
    const page2 = (await duplications('cq_mz', `?limit=1&cursor=${page1.nextCursor}`)).json<DuplicationPage>();
    assert.deepEqual(page2.items.map((i) => i.householdId), [homes.liu]);
    assert.equal(page2.nextCursor, null);
  });
});
