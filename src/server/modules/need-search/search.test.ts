import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { daysFromToday } from '../../../common/glossary.ts';
import { useTestApp } from '../../../../test/support/app.ts';
import { encodeCursor } from '../../platform/http.ts';
import type { NeedSummary, PublicNeed } from '../needs/schemas.ts';
import {
  CONTACT_PHONE,
  ZHONGGANG,
  makeClaim,
  makeHousehold,
  makeNeed,
  organizationOf,
  villageOf,
} from './fixtures.ts';

interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
interface Failure {
  code: string;
  message: string;
  fields?: { field: string; message: string }[];
}

/** Every title here holds this, so the demo needs never mix into an answer. */
const MARK = '检索测试';
const HEAD_NAME = '欧阳秀梅';
const DAY = 86_400_000;

describe('need search: filters, sorts, keyset pages, the public view', () => {
  const t = useTestApp();
  const id: Record<string, number> = {};
  let village112 = '';

  before(async () => {
    const db = t().database.db;
    village112 = await villageOf(db, '500112');
    const household = await makeHousehold(db, village112, HEAD_NAME);
    const at = (daysAgo: number) => new Date(Date.now() - daysAgo * DAY);
    // Five open needs, each different in one way the filters and sorts can tell apart.
    id.village = await makeNeed(db, {
      title: `${MARK}中岗村小学书包`,
      key_field_code: 'education',
      key_population_codes: ['serious_illness'],
      quantity: 500_000,
      deadline: daysFromToday(10),
      published_at: at(5),
    });
    id.township = await makeNeed(db, {
      title: `${MARK}红池坝镇农机`,
      region_code: '500238118',
      key_field_code: 'industry',
      kind: 'materials',
      item_name: '微耕机',
      unit: '台',
      quantity: 20,
      amount_fen: 2_000_000,
      deadline: daysFromToday(20),
      published_at: at(4),
    });
    id.county = await makeNeed(db, {
      title: `${MARK}城口县支教`,
      region_code: '500229',
      key_field_code: 'education',
      kind: 'service',
      item_name: '支教教师',
      unit: '人',
      quantity: 3,
      deadline: daysFromToday(5),
      published_at: at(3),
    });
    id.household = await makeNeed(db, {
      title: `${MARK}住户大病医疗`,
      region_code: village112,
      household_id: household,
      key_field_code: 'medical_aid',
      quantity: 10_000_000,
      deadline: daysFromToday(40),
      published_at: at(2),
    });
    id.partly = await makeNeed(db, {
      title: `${MARK}中岗村冬鞋`,
      key_field_code: 'culture',
      kind: 'materials',
      item_name: '棉鞋',
      unit: '双',
      quantity: 100,
      deadline: daysFromToday(60),
      status: 'partly_claimed',
      claimed_quantity: 15,
      published_at: at(1),
    });
    // Not open: never found unless their status is asked for (and drafts, withdrawn, taken down never).
    id.draft = await makeNeed(db, { title: `${MARK}草稿`, status: 'draft' });
    id.withdrawn = await makeNeed(db, { title: `${MARK}已撤回`, status: 'withdrawn' });
    id.takenDown = await makeNeed(db, { title: `${MARK}已下架`, status: 'taken_down' });
    id.pastDeadline = await makeNeed(db, { title: `${MARK}已过截止日`, published_at: at(9) });
    await db
      .updateTable('needs')
      .set({ deadline: daysFromToday(-1) })
      .where('id', '=', id.pastDeadline)
      .execute();
    id.claimed = await makeNeed(db, {
      title: `${MARK}已认领满`,
      status: 'claimed',
      quantity: 300,
      claimed_quantity: 300,
    });
    id.expired = await makeNeed(db, { title: `${MARK}已过期`, status: 'expired' });

    const orgId = await organizationOf(db, 'org_admin');
    const orgAdmin = await t().accountId('org_admin');
    const caring = await t().accountId('caring');
    await makeClaim(db, { needId: id.partly, quantity: 10, organizationId: orgId, createdBy: orgAdmin });
    await makeClaim(db, {
      needId: id.partly,
      quantity: 5,
      caringAccountId: caring,
      createdBy: caring,
      status: 'confirmed',
    });
    await makeClaim(db, {
      needId: id.partly,
      quantity: 40,
      organizationId: orgId,
      createdBy: orgAdmin,
      status: 'withdrawn',
    });
  });

  const get = async (who: string | null, url: string) => t().request(who, { method: 'GET', url });
  const page = async (query: string, who: string | null = 'org_member', base = '/api/needs') => {
    const res = await get(who, `${base}?q=${encodeURIComponent(MARK)}&limit=200&${query}`);
    assert.equal(res.statusCode, 200, res.body);
    return res.json<Page<NeedSummary>>();
  };
  const found = async (query: string) => (await page(query)).items.map((i) => i.id);
  const all = async (query: string, limit: number) => {
    const ids: number[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res = await get(
        'org_member',
        `/api/needs?q=${encodeURIComponent(MARK)}&limit=${limit}&${query}${cursor ? `&cursor=${cursor}` : ''}`,
      );
      assert.equal(res.statusCode, 200, res.body);
      const p = res.json<Page<NeedSummary>>();
      ids.push(...p.items.map((i) => i.id));
      cursor = p.nextCursor;
      pages += 1;
    } while (cursor && pages < 20);
    return ids;
  };

  test('open needs by default, soonest deadline first; other visible statuses only when asked for', async () => {
    assert.deepEqual(await found(''), [id.county, id.village, id.township, id.household, id.partly]);
    assert.deepEqual(await found('status=open'), await found(''));
    assert.deepEqual(await found('status=claimed'), [id.claimed]);
    assert.deepEqual(await found('status=expired'), [id.expired]);
    // Published needs whatever their deadline: the one past it too.
    assert.deepEqual(
      (await found('status=published')).sort(),
      [id.pastDeadline, id.county, id.village, id.township, id.household].sort(),
    );
    const refused = await get('org_member', '/api/needs?status=withdrawn');
    assert.equal(refused.statusCode, 400);
    assert.equal(refused.json<Failure>().fields?.[0]?.field, 'status');
    const drafts = await get('org_member', '/api/needs?status=draft');
    assert.equal(drafts.statusCode, 400);
  });

  test('each filter narrows the answer the way its name says', async () => {
    const set = async (query: string) => (await found(query)).sort((a, b) => a - b);
    const ids = (...keys: string[]) => keys.map((k) => id[k]!).sort((a, b) => a - b);
    assert.deepEqual(await set('region=500238'), ids('village', 'township', 'partly'));
    assert.deepEqual(await set('region=500238118'), ids('village', 'township', 'partly'));
    assert.deepEqual(await set(`region=${ZHONGGANG}`), ids('village', 'partly'));
    assert.deepEqual(await set('region=500229'), ids('county'));
    assert.deepEqual(await set('region=5002'), ids('village', 'township', 'county', 'partly'));
    assert.deepEqual(await set('region=50'), ids('village', 'township', 'county', 'household', 'partly'));
    assert.deepEqual(await set('region=510000000000'), []);
    assert.deepEqual(await set('field=education'), ids('village', 'county'));
    assert.deepEqual(await set('population=serious_illness'), ids('village'));
    // Wuxi and Chengkou are key counties of the demo program; 渝北区 is not.
    assert.deepEqual(await set('keyAreasOnly=true'), ids('village', 'township', 'county', 'partly'));
    assert.deepEqual(await set('householdOnly=true'), ids('household'));
    assert.deepEqual(await set('kind=materials'), ids('township', 'partly'));
    assert.deepEqual(await set('kind=service'), ids('county'));
    assert.deepEqual(await set('minAmountFen=1000000'), ids('township', 'household'));
    assert.deepEqual(await set('maxAmountFen=1000000'), ids('village'));
    assert.deepEqual(await set('minAmountFen=1000000&maxAmountFen=5000000'), ids('township'));
    assert.deepEqual(
      await set(`deadlineFrom=${daysFromToday(15)}&deadlineTo=${daysFromToday(45)}`),
      ids('township', 'household'),
    );
    assert.deepEqual(await set('field=education&region=500238'), ids('village'));
    // Words of the title, two characters or one.
    const byWord = async (word: string) =>
      (await get('org_member', `/api/needs?q=${encodeURIComponent(word)}&limit=200`))
        .json<Page<NeedSummary>>()
        .items.map((i) => i.id);
    assert.ok((await byWord(`${MARK}中岗村小学书包`)).includes(id.village!));
    assert.deepEqual(
      (await byWord('小学书包')).filter((n) => Object.values(id).includes(n)),
      [id.village],
    );
    assert.deepEqual(
      (await byWord('鞋')).filter((n) => Object.values(id).includes(n)),
      [id.partly],
    );
    assert.deepEqual(
      (await byWord('书小')).filter((n) => Object.values(id).includes(n)),
      [],
      'characters out of order do not match',
    );
  });

  test('the three sorts, and keyset pages that neither repeat nor skip', async () => {
    const newest = [id.partly, id.household, id.county, id.township, id.village];
    assert.deepEqual(await found('sort=newest'), newest);
    // Largest amount first; needs without an amount last, newest of them first.
    const byAmount = [id.household, id.township, id.village, id.partly, id.county];
    assert.deepEqual(await found('sort=amount'), byAmount);
    for (const [sort, expected] of [
      ['deadline', [id.county, id.village, id.township, id.household, id.partly]],
      ['newest', newest],
      ['amount', byAmount],
    ] as const) {
      for (const limit of [1, 2, 3])
        assert.deepEqual(await all(`sort=${sort}`, limit), expected, `${sort} in pages of ${limit}`);
    }
    const first = await get('org_member', `/api/needs?q=${encodeURIComponent(MARK)}&limit=2`);
    const body = first.json<Page<NeedSummary>>();
    assert.ok(body.nextCursor);
    // A cursor of one sort is meaningless in another, and forged ones are refused before any SQL.
    for (const url of [
      `/api/needs?sort=newest&cursor=${body.nextCursor}`,
      `/api/needs?sort=amount&cursor=${body.nextCursor}`,
      `/api/needs?cursor=${encodeCursor(['2026-02-30', 1])}`,
      `/api/needs?cursor=${encodeCursor(['tomorrow', 1])}`,
      `/api/needs?sort=amount&cursor=${encodeCursor([-2, 1])}`,
      `/api/needs?sort=amount&cursor=${encodeCursor([1.5, 1])}`,
      `/api/needs?sort=newest&cursor=${encodeCursor(["2026-01-01'; drop table needs; --", 1])}`,
      '/api/needs?cursor=not-a-cursor',
    ]) {
      const res = await get('org_member', url);
      assert.equal(res.statusCode, 400, `${url}: ${res.body}`);
      assert.equal(res.json<Failure>().fields?.[0]?.field, 'cursor');
    }
  });

  test('bad filters are refused field by field in Chinese, never with a 5xx', async () => {
    const refused = async (query: string) => {
      const res = await get('org_member', `/api/needs?${query}`);
      assert.equal(res.statusCode, 400, `${query}: ${res.body}`);
      return res.json<Failure>();
    };
    const range = await refused('minAmountFen=500&maxAmountFen=100');
    assert.equal(range.code, 'VALIDATION_FAILED');
    assert.deepEqual(range.fields, [{ field: 'maxAmountFen', message: '最高金额（分）：不能低于最低金额' }]);
    const date = await refused('deadlineFrom=2026-02-30');
    assert.deepEqual(date.fields, [
      { field: 'deadlineFrom', message: '截止日期不早于：不是有效日期，格式为 YYYY-MM-DD' },
    ]);
    const dates = await refused(`deadlineFrom=${daysFromToday(9)}&deadlineTo=${daysFromToday(1)}`);
    assert.equal(dates.fields?.[0]?.field, 'deadlineTo');
    const region = await refused('region=500');
    assert.match(region.fields?.[0]?.message ?? '', /^地区：/);
    for (const query of [
      'limit=201',
      'limit=0',
      'minAmountFen=-1',
      'kind=cash',
      'sort=random',
      'keyAreasOnly=maybe',
      'field=Education',
      'region=50a',
    ]) {
      const res = await refused(query);
      assert.equal(res.code, 'VALIDATION_FAILED', query);
      assert.ok(res.fields?.[0]?.message, query);
    }
    // Nothing of a refused search changed anything: the same search still answers the same.
    assert.equal((await found('')).length, 5);
  });

  test('every signed-in role may look anywhere; without a session it is refused', async () => {
    for (const who of ['zhonggang', 'chengkou_mz', 'caring', 'org_admin', 'admin']) {
      const ids = (await page('region=500229', who)).items.map((i) => i.id);
      assert.deepEqual(ids, [id.county], who);
    }
    assert.equal((await get(null, '/api/needs')).statusCode, 401);
  });

  test('items show the place as a path, the household need as such, and no household or contact', async () => {
    const items = (await page('')).items;
    const village = items.find((i) => i.id === id.village)!;
    assert.equal(village.region.name, '重庆市 / 巫溪县 / 红池坝镇 / 中岗村');
    assert.deepEqual(village.keyPopulationCodes, ['serious_illness']);
    assert.ok(village.keyAreaKinds.includes('key_county'));
    const township = items.find((i) => i.id === id.township)!;
    assert.ok(township.keyAreaKinds.includes('deep_poverty_township') && township.keyAreaKinds.includes('key_county'));
    const household = items.find((i) => i.id === id.household)!;
    assert.equal(household.isHouseholdNeed, true);
    assert.equal(household.region.code, village112);
    const text = JSON.stringify(items);
    assert.ok(!text.includes(HEAD_NAME), 'no household name');
    assert.ok(!text.includes(CONTACT_PHONE), 'no contact phone');
  });

  test('the public sees visible needs with their claimants, and never a household or a contact', async () => {
    const res = await get(null, `/api/public/needs?q=${encodeURIComponent(MARK)}&limit=200`);
    assert.equal(res.statusCode, 200, res.body);
    assert.ok(!res.body.includes(HEAD_NAME), 'the head of household is not named');
    assert.ok(!res.body.includes(CONTACT_PHONE), 'the contact phone is not there');
    assert.ok(!res.body.includes('测试联系人'), 'the contact name is not there');
    const items = res.json<Page<PublicNeed>>().items;
    assert.deepEqual(
      items.map((i) => i.id),
      [id.county, id.village, id.township, id.household, id.partly],
    );
    const household = items.find((i) => i.id === id.household)!;
    assert.equal(household.isHouseholdNeed, true);
    assert.match(household.region.name, /^重庆市 \/ 渝北区 \/ /);
    assert.deepEqual(Object.keys(household).sort(), [
      'claimants',
      'claimedQuantity',
      'confirmedQuantity',
      'deadline',
      'description',
      'id',
      'isHouseholdNeed',
      'itemName',
      'keyAreaKinds',
      'keyFieldCode',
      'kind',
      'publishedAt',
      'quantity',
      'region',
      'status',
      'title',
      'unit',
    ]);
    const partly = items.find((i) => i.id === id.partly)!;
    assert.equal(partly.claimedQuantity, 15);
    assert.deepEqual(partly.claimants, [
      { name: '重庆山城乡村发展基金会（演示）', quantity: 10, status: 'pending' },
      { name: '爱心人士', quantity: 5, status: 'confirmed' },
    ]);
    // The same filters and statuses as signed in.
    const claimed = (await page('status=claimed', null, '/api/public/needs')).items.map((i) => i.id);
    assert.deepEqual(claimed, [id.claimed]);
    const householdOnly = (await page('householdOnly=true', null, '/api/public/needs')).items.map((i) => i.id);
    assert.deepEqual(householdOnly, [id.household]);
    const bad = await get(null, '/api/public/needs?minAmountFen=9&maxAmountFen=1');
    assert.equal(bad.statusCode, 400);
  });

  test('one public need: visible statuses only', async () => {
    const one = await get(null, `/api/public/needs/${id.household}`);
    assert.equal(one.statusCode, 200, one.body);
    assert.ok(!one.body.includes(HEAD_NAME));
    assert.ok(!one.body.includes(CONTACT_PHONE));
    const need = one.json<PublicNeed>();
    assert.equal(need.description, '测试用的需求说明');
    assert.equal(need.isHouseholdNeed, true);
    const partly = (await get(null, `/api/public/needs/${id.partly}`)).json<PublicNeed>();
    assert.equal(partly.claimants.length, 2);
    for (const key of ['claimed', 'expired', 'pastDeadline'])
      assert.equal((await get(null, `/api/public/needs/${id[key]}`)).statusCode, 200, key);
    for (const key of ['draft', 'withdrawn', 'takenDown']) {
      const res = await get('hongchiba', `/api/public/needs/${id[key]}`);
      assert.equal(res.statusCode, 404, key);
      assert.equal(res.json<Failure>().code, 'NOT_FOUND');
    }
    assert.equal((await get(null, '/api/public/needs/99999999')).statusCode, 404);
    assert.equal((await get(null, '/api/public/needs/abc')).statusCode, 400);
    assert.equal((await get(null, '/api/public/needs/1e30')).statusCode, 400);
  });
});

describe('need search: title words found beyond the rows read first in order', () => {
  const t = useTestApp();
  const id: Record<string, number> = {};

  before(async () => {
    const db = t().database.db;
    // More open needs due tomorrow than the search reads in order before turning to the title index.
    await sql`
      insert into needs (region_code, title, title_bigrams, description, key_field_code, kind, quantity, amount_fen, deadline,
        status, contact_name, contact_phone, published_at)
      select ${ZHONGGANG}, '填充需求', array['填充', '充需', '需求'], '填充', 'education', 'money', 100, 100, ${daysFromToday(1)}::date,
        'published', '测试联系人', ${CONTACT_PHONE}, now() - interval '1 day'
      from generate_series(1, 2100)`.execute(db);
    id.first = await makeNeed(db, { title: '罕见葡萄干', deadline: daysFromToday(2), quantity: 300 });
    id.second = await makeNeed(db, {
      title: '罕见核桃',
      deadline: daysFromToday(3),
      kind: 'materials',
      amount_fen: null,
    });
  });

  const ids = async (query: string) => {
    const res = await t().request('org_admin', { method: 'GET', url: `/api/needs?${query}` });
    assert.equal(res.statusCode, 200, res.body);
    return res.json<Page<NeedSummary>>();
  };

  test('a rare word past the first rows, in every sort and across pages; a common one from the first rows', async () => {
    const q = `q=${encodeURIComponent('罕见')}`;
    assert.deepEqual(
      (await ids(q)).items.map((i) => i.id),
      [id.first, id.second],
    );
    assert.deepEqual(
      (await ids(`${q}&sort=newest`)).items.map((i) => i.id),
      [id.second, id.first],
    );
    assert.deepEqual(
      (await ids(`${q}&sort=amount`)).items.map((i) => i.id),
      [id.first, id.second],
    );
    assert.deepEqual(
      (await ids(`q=${encodeURIComponent('见')}`)).items.map((i) => i.id),
      [id.first, id.second],
      'one character',
    );
    const page1 = await ids(`${q}&limit=1`);
    assert.deepEqual(
      page1.items.map((i) => i.id),
      [id.first],
    );
    const page2 = await ids(`${q}&limit=1&cursor=${page1.nextCursor}`);
    assert.deepEqual(
      page2.items.map((i) => i.id),
      [id.second],
    );
    assert.equal(page2.nextCursor, null);
    const common = await ids(`q=${encodeURIComponent('填充需求')}&limit=5`);
    assert.equal(common.items.length, 5);
    assert.ok(common.items.every((i) => i.title === '填充需求'));
    assert.ok(common.nextCursor);
    assert.deepEqual((await ids(`q=${encodeURIComponent('填充葡萄')}`)).items, []);
  });
});
