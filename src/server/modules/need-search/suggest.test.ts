import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { daysFromToday } from '../../../common/glossary.ts';
import { useTestApp } from '../../../../test/support/app.ts';
import type { SuggestedNeeds } from '../needs/schemas.ts';
import { makeClaim, makeNeed, organizationOf, villageOf } from './fixtures.ts';

interface Failure {
  code: string;
  message: string;
}

// The demo foundation is told to work in ecology (生态环保), to serve 万州区 and to offer money: away from the demo
// needs (巫溪县, 城口县), so only this file's needs can fit it.
const WANZHOU = '500101';
const YUBEI = '500112';

describe('suggested needs: ranked for the organization, with the reasons', () => {
  const t = useTestApp();
  const id: Record<string, number> = {};
  let orgId = 0;

  before(async () => {
    const db = t().database.db;
    orgId = await organizationOf(db, 'org_admin');
    await db.deleteFrom('organization_fields').where('organization_id', '=', orgId).execute();
    await db.insertInto('organization_fields').values({ organization_id: orgId, key_field_code: 'ecology' }).execute();
    await db.deleteFrom('organization_service_regions').where('organization_id', '=', orgId).execute();
    await db
      .insertInto('organization_service_regions')
      .values({ organization_id: orgId, region_code: WANZHOU })
      .execute();
    await db
      .updateTable('organizations')
      .set({ offers: JSON.stringify([{ kind: 'money', text: '生态项目资助' }]) })
      .where('id', '=', orgId)
      .execute();

    // A designated village of 万州区 (the demo program names several).
    const designated = await db
      .selectFrom('designations')
      .select('region_code')
      .where('kind', '=', 'designated_village')
      .where('region_code', 'like', `${WANZHOU}%`)
      .where('retired_at', 'is', null)
      .orderBy('region_code')
      .executeTakeFirstOrThrow();
    const yubei = await villageOf(db, YUBEI);
    const wanzhouTownship = designated.region_code.slice(0, 9);

    // Fits everything: field, region, money, a designated village, five days left.
    id.best = await makeNeed(db, {
      title: '万州区村道垃圾分类设施',
      region_code: designated.region_code,
      key_field_code: 'ecology',
      deadline: daysFromToday(5),
    });
    // Its field, elsewhere, materials (not offered).
    id.fieldOnly = await makeNeed(db, {
      title: '渝北区河道清漂工具',
      region_code: yubei,
      key_field_code: 'ecology',
      kind: 'materials',
      deadline: daysFromToday(100),
    });
    // In its region, another field, a service.
    id.regionOnly = await makeNeed(db, {
      title: '万州区乡村文化活动志愿者',
      region_code: wanzhouTownship,
      key_field_code: 'culture',
      kind: 'service',
      item_name: '志愿者',
      unit: '人',
      quantity: 5,
      deadline: daysFromToday(200),
    });
    // Its field elsewhere too, but three days left: urgency lifts it above the other.
    id.urgentField = await makeNeed(db, {
      title: '渝北区垃圾清运车',
      region_code: yubei,
      key_field_code: 'ecology',
      kind: 'materials',
      deadline: daysFromToday(3),
    });
    // Fits nothing (another field, outside its regions, not a key area): however urgent, not suggested.
    id.unrelated = await makeNeed(db, {
      title: '渝北区文化站图书',
      region_code: yubei,
      key_field_code: 'culture',
      kind: 'materials',
      deadline: daysFromToday(2),
    });
    // Would fit, but can no longer be claimed, was never published, or is already the organization's.
    id.past = await makeNeed(db, {
      title: '万州区过期生态需求',
      region_code: designated.region_code,
      key_field_code: 'ecology',
      deadline: daysFromToday(1),
    });
    await db
      .updateTable('needs')
      .set({ deadline: daysFromToday(-1) })
      .where('id', '=', id.past)
      .execute();
    id.draft = await makeNeed(db, {
      title: '万州区生态草稿',
      region_code: designated.region_code,
      key_field_code: 'ecology',
      status: 'draft',
    });
    id.claimed = await makeNeed(db, {
      title: '万州区已认领满的生态需求',
      region_code: designated.region_code,
      key_field_code: 'ecology',
      status: 'claimed',
    });
    id.mine = await makeNeed(db, {
      title: '万州区已认领的生态需求',
      region_code: designated.region_code,
      key_field_code: 'ecology',
      status: 'partly_claimed',
    });
    await makeClaim(db, {
      needId: id.mine,
      quantity: 10,
      organizationId: orgId,
      createdBy: await t().accountId('org_admin'),
    });
  });

  const suggested = async (who = 'org_member') => {
    const res = await t().request(who, { method: 'GET', url: '/api/needs/suggested' });
    assert.equal(res.statusCode, 200, res.body);
    return res.json<SuggestedNeeds>().items;
  };

  test('the need in its field and service region comes first, with every reason shown', async () => {
    const items = await suggested();
    assert.ok(items.length <= 20);
    const best = items[0]!;
    assert.equal(best.id, id.best);
    assert.deepEqual(best.reasons, [
      '领域相符：生态环保',
      '在服务地区内：万州区',
      '可提供：资金',
      '定点攻坚村',
      '还有 5 天截止',
    ]);
    assert.ok(best.score > items[1]!.score);
    assert.match(best.region.name, /^重庆市 \/ 万州区 \/ /);
  });

  test('the rest in order of fit, each with its own reasons; closed, draft and own needs left out', async () => {
    const items = await suggested('org_admin');
    const mine = items.filter((i) => Object.values(id).includes(i.id));
    assert.deepEqual(
      mine.map((i) => i.id),
      [id.best, id.urgentField, id.fieldOnly, id.regionOnly],
    );
    const reasons = new Map(mine.map((i) => [i.id, i.reasons]));
    assert.deepEqual(reasons.get(id.fieldOnly!), ['领域相符：生态环保']);
    // 万州区 is a key county of the demo program.
    assert.deepEqual(reasons.get(id.regionOnly!), ['在服务地区内：万州区', '重点区县']);
    assert.deepEqual(reasons.get(id.urgentField!), ['领域相符：生态环保', '还有 3 天截止']);
    for (const key of ['unrelated', 'past', 'draft', 'claimed', 'mine'])
      assert.ok(!items.some((i) => i.id === id[key]), key);
  });

  test('what it offers decides the “can provide” reason', async () => {
    const db = t().database.db;
    await db
      .updateTable('organizations')
      .set({
        offers: JSON.stringify([
          { kind: 'people', text: '志愿者' },
          { kind: 'materials', text: '工具' },
        ]),
      })
      .where('id', '=', orgId)
      .execute();
    const items = await suggested();
    const reasons = new Map(items.map((i) => [i.id, i.reasons]));
    assert.ok(!reasons.get(id.best!)?.includes('可提供：资金'));
    assert.ok(reasons.get(id.fieldOnly!)?.includes('可提供：物资'));
    assert.ok(reasons.get(id.regionOnly!)?.includes('可提供：人员'));
  });

  test('an organization not yet approved is told so', async () => {
    await t().database.db.updateTable('organizations').set({ status: 'pending' }).where('id', '=', orgId).execute();
    const res = await t().request('org_member', { method: 'GET', url: '/api/needs/suggested' });
    assert.equal(res.statusCode, 403);
    const body = res.json<Failure>();
    assert.equal(body.code, 'ORGANIZATION_NOT_APPROVED');
    assert.match(body.message, /审核/);
    await t().database.db.updateTable('organizations').set({ status: 'approved' }).where('id', '=', orgId).execute();
  });

  test('only organizations are suggested needs', async () => {
    for (const who of ['caring', 'hongchiba', 'wuxi_xczx']) {
      const res = await t().request(who, { method: 'GET', url: '/api/needs/suggested' });
      assert.equal(res.statusCode, 403, who);
      assert.equal(res.json<Failure>().code, 'FORBIDDEN');
    }
  });
});
