import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { describe, test } from 'node:test';
import { TEST_DATA_KEY, useTestApp } from '../../../../test/support/app.ts';
import { idNumberCheckChar, maskIdNumber } from '../../../common/id-number.ts';
import { sensitiveFor } from '../../platform/sensitive.ts';
import type { CreateHouseholdBody, Household, HouseholdPage } from './schemas.ts';

interface Failure {
  code: string;
  message: string;
  fields?: { field: string; message: string }[];
}

const URL = '/api/households';
const ZHONGGANG = '500238118201'; // 中岗村, the demo village liaison's
const XINGHE = '500238118202'; // 兴合村, another village of 红池坝镇
const CHENGKOU_VILLAGE = '500229001001';

const used = new Set<string>();
/** A fictional, valid ID number of 巫溪县 (birth dates 1960–2005), never the same twice in this file. */
function newIdNumber(birth?: string): string {
  for (;;) {
    const date = birth ?? `${crypto.randomInt(1960, 2006)}${String(crypto.randomInt(1, 13)).padStart(2, '0')}${String(crypto.randomInt(1, 29)).padStart(2, '0')}`;
    const first17 = `500238${date}${String(crypto.randomInt(0, 1000)).padStart(3, '0')}`;
    const id = first17 + idNumberCheckChar(first17);
    if (!used.has(id)) {
      used.add(id);
      return id;
    }
  }
}

function newBody(overrides: Partial<CreateHouseholdBody> = {}): CreateHouseholdBody {
  return {
    regionCode: ZHONGGANG,
    headName: '张德福',
    idNumber: newIdNumber(),
    membersCount: 4,
    category: 'edge',
    situations: ['serious_illness', 'unstable_income'],
    hasDisability: true,
    minorsCount: 1,
    ...overrides,
  };
}

const sensitive = sensitiveFor({ dataKey: TEST_DATA_KEY, dataDir: '/nonexistent' });

describe('households: registration, scope, the ID number', () => {
  const t = useTestApp();
  const db = () => t().database.db;
  // Audit rows other than sign-ins (each account's first request in this file signs in).
  const count = async (table: 'households' | 'audit_log') => {
    const row = await db()
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<string | number>().as('n'))
      .$if(table === 'audit_log', (q) => q.where('action', '<>', 'login'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  };
  const register = async (who: string, body: CreateHouseholdBody) => {
    const res = await t().request(who, { method: 'POST', url: URL, payload: body });
    assert.equal(res.statusCode, 200, res.body);
    return res.json<Household>();
  };
  const fieldsOf = (body: string) => (JSON.parse(body) as Failure).fields ?? [];

  test('401 without a session, on every route', async () => {
    for (const [method, url] of [['GET', URL], ['POST', URL], ['GET', `${URL}/1`], ['PATCH', `${URL}/1`]] as const) {
      const res = await t().request(null, { method, url, ...(method === 'POST' ? { payload: newBody() } : method === 'PATCH' ? { payload: { membersCount: 3 } } : {}) });
      assert.equal(res.statusCode, 401, `${method} ${url}`);
      assert.equal(res.json<Failure>().code, 'UNAUTHENTICATED');
    }
  });

  test('400 for each bad field, with its Chinese message, all at once, never echoing the number, writing nothing', async () => {
    const before = [await count('households'), await count('audit_log')];
    const valid = newIdNumber();
    const wrongCheck = valid.slice(0, 17) + (valid[17] === '0' ? '1' : '0');
    const res = await t().request('zhonggang', {
      method: 'POST',
      url: URL,
      payload: newBody({ idNumber: wrongCheck, headName: '张3', regionCode: '500238118999', membersCount: 2, minorsCount: 2 }),
    });
    assert.equal(res.statusCode, 400, res.body);
    assert.equal(res.json<Failure>().code, 'VALIDATION_FAILED');
    assert.deepEqual(
      fieldsOf(res.body).sort((a, b) => a.field.localeCompare(b.field)),
      [
        { field: 'headName', message: '户主姓名：只能是汉字或字母（少数民族姓名可用间隔号“·”）' },
        { field: 'idNumber', message: '户主身份证号：最后一位校验码不正确，请核对号码是否抄错' },
        { field: 'minorsCount', message: '未成年人数：应少于家庭人口数（2 人），户主应已成年' },
        { field: 'regionCode', message: '所在村（社区）：没有这个村（社区），请从列表中选择' },
      ],
    );
    assert.ok(!res.body.includes(wrongCheck.slice(0, 17)), 'the number is not repeated');

    const cases: [Partial<CreateHouseholdBody>, string, string][] = [
      [{ idNumber: newIdNumber('19750230') }, 'idNumber', '户主身份证号：第 7–14 位的出生日期不是有效日期'],
      [{ idNumber: newIdNumber('20991231') }, 'idNumber', '户主身份证号：第 7–14 位的出生日期不在合理范围内'],
      [{ idNumber: '50023819750314' }, 'idNumber', '户主身份证号：应为 18 位，现在是 14 位'],
      [{ idNumber: '   ' }, 'idNumber', '户主身份证号：必填'],
      [{ headName: '张' }, 'headName', '户主姓名：应为 2–30 个字'],
      // A township is not a village: the schema refuses a code of the wrong length.
      [{ regionCode: '500238118' }, 'regionCode', '所在村（社区）：格式不正确'],
      [{ minorsCount: 4, membersCount: 4 }, 'minorsCount', '未成年人数：应少于家庭人口数（4 人），户主应已成年'],
      [{ membersCount: 0 }, 'membersCount', '家庭人口数：不能小于 1'],
      [{ situations: ['serious_illness', 'rich'] as never }, 'situations.1', '家庭情况：必须是以下之一：serious_illness、gaokao_family、stagnant_income、unstable_income、unsafe_housing、disaster_or_accident'],
    ];
    for (const [override, field, message] of cases) {
      const body = newBody(override);
      const bad = await t().request('zhonggang', { method: 'POST', url: URL, payload: body });
      assert.equal(bad.statusCode, 400, `${JSON.stringify(override)}: ${bad.body}`);
      assert.deepEqual(fieldsOf(bad.body), [{ field, message }], JSON.stringify(override));
      if (override.idNumber && override.idNumber.trim().length > 10) assert.ok(!bad.body.includes(override.idNumber.slice(6, 14)));
    }
    const extra = await t().request('zhonggang', { method: 'POST', url: URL, payload: { ...newBody(), minorNames: ['小明'] } });
    assert.equal(extra.statusCode, 400);
    assert.deepEqual(fieldsOf(extra.body), [{ field: 'minorNames', message: '不是可以提交的字段，请删除' }]);

    assert.deepEqual([await count('households'), await count('audit_log')], before);
  });

  test('403 for roles without the permission: officials read but do not register; organizations and caring individuals neither', async () => {
    for (const who of ['wuxi_xczx', 'cq_mz', 'admin', 'org_admin', 'org_member', 'caring']) {
      const res = await t().request(who, { method: 'POST', url: URL, payload: newBody() });
      assert.equal(res.statusCode, 403, `${who}: ${res.body}`);
      assert.equal(res.json<Failure>().code, 'FORBIDDEN');
    }
    for (const who of ['org_admin', 'org_member', 'caring']) {
      const res = await t().request(who, { method: 'GET', url: URL });
      assert.equal(res.statusCode, 403, who);
      assert.equal(res.json<Failure>().code, 'FORBIDDEN');
    }
  });

  test('a liaison registers only in their villages; others in scope read it, the rest get 404', async () => {
    const before = await count('households');
    const outside = await t().request('zhonggang', { method: 'POST', url: URL, payload: newBody({ regionCode: XINGHE }) });
    assert.equal(outside.statusCode, 403, outside.body);
    assert.equal(outside.json<Failure>().code, 'OUT_OF_SCOPE');
    const otherCounty = await t().request('hongchiba', { method: 'POST', url: URL, payload: newBody({ regionCode: CHENGKOU_VILLAGE }) });
    assert.equal(otherCounty.statusCode, 403, otherCounty.body);
    assert.equal(await count('households'), before);

    // The township liaison registers for any of its villages.
    const h = await register('hongchiba', newBody({ regionCode: XINGHE, headName: '李秀英' }));
    assert.equal(h.region.code, XINGHE);
    assert.match(h.region.name, /红池坝镇 \/ 兴合村/);

    for (const who of ['zhonggang', 'chengkou_mz']) {
      const res = await t().request(who, { method: 'GET', url: `${URL}/${h.id}` });
      assert.equal(res.statusCode, 404, `${who}: ${res.body}`);
      assert.ok(!res.body.includes('李秀英'));
      const list = await t().request(who, { method: 'GET', url: `${URL}?limit=200` });
      assert.equal(list.statusCode, 200);
      assert.ok(!list.json<HouseholdPage>().items.some((i) => i.id === h.id), `${who} does not list it`);
    }
    const patch = await t().request('zhonggang', { method: 'PATCH', url: `${URL}/${h.id}`, payload: { membersCount: 6 } });
    assert.equal(patch.statusCode, 404);
    const unknown = await t().request('hongchiba', { method: 'GET', url: `${URL}/999999999` });
    assert.equal(unknown.statusCode, 404);

    for (const who of ['wuxi_xczx', 'cq_mz', 'admin', 'hongchiba']) {
      const res = await t().request(who, { method: 'GET', url: `${URL}/${h.id}` });
      assert.equal(res.statusCode, 200, `${who}: ${res.body}`);
    }

    // Naming a region outside one's scope is refused, not narrowed.
    const foreign = await t().request('chengkou_mz', { method: 'GET', url: `${URL}?region=500238` });
    assert.equal(foreign.statusCode, 403);
    assert.equal(foreign.json<Failure>().code, 'OUT_OF_SCOPE');
    const wider = await t().request('zhonggang', { method: 'GET', url: `${URL}?region=500238118` });
    assert.equal(wider.statusCode, 403);
  });

  test('registration stores the number encrypted with its keyed hash; the list masks it; the record shows it and logs the read', async () => {
    const body = newBody({ headName: '王 建国', situations: ['gaokao_family'] });
    const idNumber = body.idNumber;
    const h = await register('zhonggang', body);
    assert.equal(h.headName, '王建国', 'spaces between Han characters dropped');
    assert.equal(h.idNumber, idNumber);
    assert.deepEqual(
      { members: h.membersCount, category: h.category, situations: h.situations, disability: h.hasDisability, minors: h.minorsCount, status: h.status, needs: h.needsCount },
      { members: 4, category: 'edge', situations: ['gaokao_family'], disability: true, minors: 1, status: 'active', needs: 0 },
    );

    const row = await db().selectFrom('households').selectAll().where('id', '=', h.id).executeTakeFirstOrThrow();
    assert.match(row.id_number_encrypted, /^v1:/);
    assert.ok(!row.id_number_encrypted.includes(idNumber) && !row.id_number_encrypted.includes(idNumber.slice(6, 14)));
    assert.equal(sensitive.decryptIdNumber(row.id_number_encrypted), idNumber);
    assert.equal(row.id_number_hash, sensitive.hashIdNumber(idNumber));
    assert.equal(row.region_code, ZHONGGANG);
    assert.equal(row.created_by, await t().accountId('zhonggang'));

    // The audit row of the registration says the number was set, never what it is.
    const created = await db()
      .selectFrom('audit_log')
      .selectAll()
      .where('entity_type', '=', 'household')
      .where('entity_id', '=', String(h.id))
      .where('action', '=', 'create')
      .executeTakeFirstOrThrow();
    assert.equal(created.region_code, ZHONGGANG);
    const changes = JSON.stringify(created.changes);
    for (const secret of [idNumber, idNumber.slice(6, 14), row.id_number_encrypted, row.id_number_hash]) {
      assert.ok(!changes.includes(secret), 'the audit diff holds no form of the number');
    }
    assert.match(changes, /id_number_encrypted/);
    assert.match(changes, /王建国/);

    // Lists show the number masked, and reading a list is not a sensitive read.
    const readsBefore = await sensitiveReads(h.id);
    const list = await t().request('wuxi_xczx', { method: 'GET', url: `${URL}?region=${ZHONGGANG}&limit=200` });
    assert.equal(list.statusCode, 200, list.body);
    const item = list.json<HouseholdPage>().items.find((i) => i.id === h.id);
    assert.ok(item);
    assert.equal(item.idNumberMasked, maskIdNumber(idNumber));
    assert.match(item.idNumberMasked, /^500238\*{8}\d{3}[\dX]$/);
    assert.ok(!list.body.includes(idNumber));
    assert.equal(await sensitiveReads(h.id), readsBefore);

    // The record shows the number whole, and each read writes an access-log row naming the fields, not their values.
    const read = await t().request('wuxi_xczx', { method: 'GET', url: `${URL}/${h.id}` });
    assert.equal(read.statusCode, 200, read.body);
    assert.equal(read.json<Household>().idNumber, idNumber);
    await t().request('wuxi_xczx', { method: 'GET', url: `${URL}/${h.id}` });
    assert.equal(await sensitiveReads(h.id), readsBefore + 2);
    const log = await db()
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'read_sensitive')
      .where('entity_type', '=', 'household')
      .where('entity_id', '=', String(h.id))
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    assert.equal(log.actor_account_id, await t().accountId('wuxi_xczx'));
    assert.equal(log.region_code, ZHONGGANG);
    assert.deepEqual(log.detail, { fields: ['id_number', 'situations', 'has_disability', 'minors_count'] });
    assert.equal(log.changes, null);
    const logged = JSON.stringify(log);
    for (const value of [idNumber, idNumber.slice(6, 14), 'gaokao_family', '王建国']) assert.ok(!logged.includes(value));
  });

  async function sensitiveReads(id: number): Promise<number> {
    const row = await db()
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<string | number>().as('n'))
      .where('action', '=', 'read_sensitive')
      .where('entity_type', '=', 'household')
      .where('entity_id', '=', String(id))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  test('the same ID number cannot be registered twice, however it is typed, nor given to another household', async () => {
    const base = '50023819880808002';
    const idNumber = base + idNumberCheckChar(base);
    used.add(idNumber);
    const first = await register('zhonggang', newBody({ idNumber }));
    const before = [await count('households'), await count('audit_log')];
    const typed = `${idNumber.slice(0, 6)} ${idNumber.slice(6, 14)} ${idNumber.slice(14).toLowerCase()}`;
    for (const [who, number, region] of [['zhonggang', idNumber, ZHONGGANG], ['hongchiba', typed, XINGHE]] as const) {
      const res = await t().request(who, { method: 'POST', url: URL, payload: newBody({ idNumber: number, regionCode: region, headName: '另一人' }) });
      assert.equal(res.statusCode, 409, res.body);
      const failure = res.json<Failure>();
      assert.equal(failure.code, 'HOUSEHOLD_EXISTS');
      assert.equal(failure.message, '该身份证号的住户已经登记，请在住户列表中查找');
      assert.deepEqual(failure.fields?.map((f) => f.field), ['idNumber']);
      assert.ok(!res.body.includes(idNumber.slice(6, 14)) && !res.body.includes('张德福'), 'nothing of the registered household');
      assert.equal(failure.fields?.[0]?.message.includes(String(first.id)), false);
    }
    assert.deepEqual([await count('households'), await count('audit_log')], before);

    const second = await register('zhonggang', newBody());
    const taken = await t().request('zhonggang', { method: 'PATCH', url: `${URL}/${second.id}`, payload: { idNumber: typed } });
    assert.equal(taken.statusCode, 409, taken.body);
    assert.equal(taken.json<Failure>().code, 'HOUSEHOLD_EXISTS');
    const row = await db().selectFrom('households').select('id_number_hash').where('id', '=', second.id).executeTakeFirstOrThrow();
    assert.equal(row.id_number_hash, sensitive.hashIdNumber(second.idNumber), 'unchanged');
  });

  test('editing: a new number is re-hashed and re-encrypted, the counts checked together, the diff audited; archiving', async () => {
    const h = await register('hongchiba', newBody({ regionCode: XINGHE, membersCount: 3, minorsCount: 0 }));

    const bad = await t().request('hongchiba', { method: 'PATCH', url: `${URL}/${h.id}`, payload: { minorsCount: 3 } });
    assert.equal(bad.statusCode, 400);
    assert.deepEqual(fieldsOf(bad.body), [{ field: 'minorsCount', message: '未成年人数：应少于家庭人口数（3 人），户主应已成年' }]);
    const badId = await t().request('hongchiba', { method: 'PATCH', url: `${URL}/${h.id}`, payload: { idNumber: newIdNumber('19990229') } });
    assert.equal(badId.statusCode, 400);
    assert.deepEqual(fieldsOf(badId.body), [{ field: 'idNumber', message: '户主身份证号：第 7–14 位的出生日期不是有效日期' }]);

    const idNumber = newIdNumber();
    const res = await t().request('hongchiba', {
      method: 'PATCH',
      url: `${URL}/${h.id}`,
      payload: { idNumber, membersCount: 5, minorsCount: 2, category: 'monitored', situations: ['unsafe_housing'] },
    });
    assert.equal(res.statusCode, 200, res.body);
    const edited = res.json<Household>();
    assert.deepEqual(
      [edited.idNumber, edited.membersCount, edited.minorsCount, edited.category, edited.situations],
      [idNumber, 5, 2, 'monitored', ['unsafe_housing']],
    );
    const row = await db().selectFrom('households').selectAll().where('id', '=', h.id).executeTakeFirstOrThrow();
    assert.equal(row.id_number_hash, sensitive.hashIdNumber(idNumber));
    assert.equal(sensitive.decryptIdNumber(row.id_number_encrypted), idNumber);

    const audit = await db()
      .selectFrom('audit_log')
      .select(['changes', 'region_code'])
      .where('entity_type', '=', 'household')
      .where('entity_id', '=', String(h.id))
      .where('action', '=', 'update')
      .executeTakeFirstOrThrow();
    const changes = audit.changes as Record<string, { before?: unknown; after?: unknown }>;
    assert.deepEqual(Object.keys(changes).sort(), ['category', 'id_number_encrypted', 'id_number_hash', 'members_count', 'minors_count', 'situations']);
    assert.deepEqual(changes.members_count, { before: 3, after: 5 });
    assert.deepEqual(changes.id_number_encrypted, { after: '（已修改）' });
    assert.ok(!JSON.stringify(changes).includes(idNumber.slice(6, 14)) && !JSON.stringify(changes).includes(h.idNumber.slice(6, 14)));

    // The old number is free again.
    const reuse = await t().request('hongchiba', { method: 'POST', url: URL, payload: newBody({ idNumber: h.idNumber, regionCode: XINGHE }) });
    assert.equal(reuse.statusCode, 200, reuse.body);

    const archived = await t().request('hongchiba', { method: 'PATCH', url: `${URL}/${h.id}`, payload: { status: 'archived' } });
    assert.equal(archived.statusCode, 200, archived.body);
    assert.equal(archived.json<Household>().status, 'archived');
    const active = await t().request('hongchiba', { method: 'GET', url: `${URL}?limit=200` });
    assert.ok(!active.json<HouseholdPage>().items.some((i) => i.id === h.id), 'the default list is of active households');
    const inArchive = await t().request('hongchiba', { method: 'GET', url: `${URL}?status=archived&limit=200` });
    assert.ok(inArchive.json<HouseholdPage>().items.some((i) => i.id === h.id));

    // Officials read but do not edit.
    const official = await t().request('wuxi_xczx', { method: 'PATCH', url: `${URL}/${h.id}`, payload: { status: 'active' } });
    assert.equal(official.statusCode, 403);
  });

  test('the list filters by region, category and situation, pages by keyset, and refuses a bad cursor', async () => {
    const a = await register('hongchiba', newBody({ regionCode: XINGHE, category: 'dibao', situations: ['disaster_or_accident'] }));
    const b = await register('hongchiba', newBody({ regionCode: XINGHE, category: 'dibao', situations: ['disaster_or_accident', 'serious_illness'] }));
    const c = await register('hongchiba', newBody({ regionCode: XINGHE, category: 'tekun', situations: ['disaster_or_accident'] }));
    const ids = async (query: string) => {
      const res = await t().request('wuxi_xczx', { method: 'GET', url: `${URL}?${query}` });
      assert.equal(res.statusCode, 200, res.body);
      return res.json<HouseholdPage>().items.map((i) => i.id);
    };
    assert.deepEqual(await ids('situation=disaster_or_accident&limit=200'), [c.id, b.id, a.id]);
    assert.deepEqual(await ids('situation=disaster_or_accident&category=dibao'), [b.id, a.id]);
    assert.deepEqual(await ids('situation=serious_illness&category=dibao'), [b.id]);
    assert.ok(!(await ids(`region=${ZHONGGANG}&limit=200`)).includes(a.id));

    const first = await t().request('wuxi_xczx', { method: 'GET', url: `${URL}?situation=disaster_or_accident&limit=2` });
    const page = first.json<HouseholdPage>();
    assert.deepEqual(page.items.map((i) => i.id), [c.id, b.id]);
    assert.ok(page.nextCursor);
    const next = await t().request('wuxi_xczx', { method: 'GET', url: `${URL}?situation=disaster_or_accident&limit=2&cursor=${page.nextCursor}` });
    assert.deepEqual(next.json<HouseholdPage>().items.map((i) => i.id), [a.id]);
    assert.equal(next.json<HouseholdPage>().nextCursor, null);

    for (const cursor of ['nonsense', Buffer.from('["x"]').toString('base64url'), Buffer.from('[1e300]').toString('base64url')]) {
      const res = await t().request('wuxi_xczx', { method: 'GET', url: `${URL}?cursor=${cursor}` });
      assert.equal(res.statusCode, 400, cursor);
      assert.deepEqual(fieldsOf(res.body), [{ field: 'cursor', message: '翻页游标无效，请从第一页重新加载' }]);
    }
    const tooMany = await t().request('wuxi_xczx', { method: 'GET', url: `${URL}?limit=201` });
    assert.equal(tooMany.statusCode, 400);
  });

  test('needsCount counts the household needs that are not withdrawn', async () => {
    const h = await register('zhonggang', newBody());
    const need = (status: 'published' | 'withdrawn' | 'draft') => ({
      region_code: ZHONGGANG,
      household_id: h.id,
      title: '助学金',
      description: '测试',
      key_field_code: 'education',
      kind: 'money' as const,
      quantity: 100000,
      amount_fen: 100000,
      deadline: '2099-12-31',
      status,
      contact_name: '中岗村联系人',
      contact_phone: '13800000000',
    });
    await db().insertInto('needs').values([need('published'), need('withdrawn'), need('draft')]).execute();
    const res = await t().request('zhonggang', { method: 'GET', url: `${URL}/${h.id}` });
    assert.equal(res.json<Household>().needsCount, 2);
  });
});

describe('households: nothing personal in the logs', () => {
  const lines: string[] = [];
  const t = useTestApp({ logStream: { write: (line: string) => lines.push(line) } });

  test('registering, failing and reading leave no ID number or name in the logs', async () => {
    const body = newBody({ headName: '赵铁柱' });
    const wrong = body.idNumber.slice(0, 17) + (body.idNumber[17] === '0' ? '1' : '0');
    await t().request('zhonggang', { method: 'POST', url: URL, payload: { ...body, idNumber: wrong } });
    const ok = await t().request('zhonggang', { method: 'POST', url: URL, payload: body });
    assert.equal(ok.statusCode, 200, ok.body);
    await t().request('zhonggang', { method: 'POST', url: URL, payload: body });
    await t().request('zhonggang', { method: 'GET', url: `${URL}/${ok.json<Household>().id}` });
    const text = lines.join('');
    assert.ok(lines.length > 0);
    for (const secret of [body.idNumber, wrong, body.idNumber.slice(6, 14), '赵铁柱']) assert.ok(!text.includes(secret), 'a log line holds personal data');
  });
});
