import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { useTestApp } from '../../../../test/support/app.ts';
import { seedDemoPrograms } from '../../demo/programs.ts';
import type { Designation, DesignationPage, Program, ProgramPage } from './schemas.ts';

interface Failure {
  code: string;
  message: string;
  fields?: { field: string; message: string }[];
}

const NEW_PROGRAM = {
  slug: 'cq-test-program',
  name: '测试帮扶计划',
  kind: 'rural_revitalization',
  regionCode: '50',
  departmentName: '重庆市社会组织管理局',
  startYear: 2021,
};

describe('programs and designations', () => {
  const t = useTestApp();
  // The audit log counts only programs and designations: a first login writes its own row.
  const count = async (table: 'programs' | 'designations' | 'designation_contacts' | 'audit_log') => {
    const db = t().database.db;
    const row =
      table === 'audit_log'
        ? await db
            .selectFrom('audit_log')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where('entity_type', 'in', ['program', 'designation'])
            .executeTakeFirstOrThrow()
        : await db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow();
    return Number(row.n);
  };
  const fieldsOf = (body: string) =>
    Object.fromEntries((JSON.parse(body) as Failure).fields?.map((f) => [f.field, f.message]) ?? []);
  const createProgram = async (payload: Record<string, unknown> = {}) => {
    const res = await t().request('cq_mz', {
      method: 'POST',
      url: '/api/programs',
      payload: { ...NEW_PROGRAM, ...payload },
    });
    assert.equal(res.statusCode, 200, res.body);
    return res.json<Program>();
  };

  test('writes need a session: 401 without one, and nothing changes', async () => {
    const before = await count('programs');
    const res = await t().request(null, { method: 'POST', url: '/api/programs', payload: NEW_PROGRAM });
    assert.equal(res.statusCode, 401);
    assert.equal(res.json<Failure>().code, 'UNAUTHENTICATED');
    assert.equal(await count('programs'), before);
  });

  test('bad program input is refused field by field in Chinese and changes nothing', async () => {
    const [programs, audit] = [await count('programs'), await count('audit_log')];
    const bad = await t().request('cq_mz', {
      method: 'POST',
      url: '/api/programs',
      payload: { ...NEW_PROGRAM, slug: 'Bad Slug!', kind: 'charity', startYear: 1800, colour: 'red' },
    });
    assert.equal(bad.statusCode, 400);
    const fields = fieldsOf(bad.body);
    assert.match(fields.slug ?? '', /^计划标识：/);
    assert.match(fields.kind ?? '', /^计划类别：/);
    assert.match(fields.startYear ?? '', /^起始年份：/);
    assert.equal(fields.colour, '不是可以提交的字段，请删除');

    const years = await t().request('cq_mz', {
      method: 'POST',
      url: '/api/programs',
      payload: { ...NEW_PROGRAM, startYear: 2021, endYear: 2020, name: '  ' },
    });
    assert.equal(years.statusCode, 400);
    assert.deepEqual(fieldsOf(years.body), { name: '计划名称：不能为空', endYear: '结束年份：不能早于起始年份' });

    const region = await t().request('cq_mz', {
      method: 'POST',
      url: '/api/programs',
      payload: { ...NEW_PROGRAM, regionCode: '509999' },
    });
    assert.equal(region.statusCode, 400);
    assert.equal(region.json<Failure>().code, 'REGION_NOT_FOUND');
    assert.equal(fieldsOf(region.body).regionCode, '行政区划代码：509999 不存在');

    await createProgram({ slug: 'cq-taken' });
    const taken = await t().request('cq_mz', {
      method: 'POST',
      url: '/api/programs',
      payload: { ...NEW_PROGRAM, slug: 'cq-taken' },
    });
    assert.equal(taken.statusCode, 409);
    assert.deepEqual(taken.json<Failure>().fields, [{ field: 'slug', message: '计划标识：cq-taken 已被使用' }]);
    assert.equal(await count('programs'), programs + 1);
    assert.equal(await count('audit_log'), audit + 1);
  });

  test('roles without the permission get 403: liaisons, organizations, caring individuals', async () => {
    for (const who of ['hongchiba', 'org_admin', 'caring']) {
      const res = await t().request(who, {
        method: 'POST',
        url: '/api/programs',
        payload: { ...NEW_PROGRAM, slug: `cq-${who.replace('_', '-')}` },
      });
      assert.equal(res.statusCode, 403, who);
      assert.equal(res.json<Failure>().code, 'FORBIDDEN');
    }
  });

  test('a county official cannot create or edit a program of the municipality; the municipal official can', async () => {
    const create = await t().request('wuxi_xczx', {
      method: 'POST',
      url: '/api/programs',
      payload: { ...NEW_PROGRAM, slug: 'cq-wuxi-attempt' },
    });
    assert.equal(create.statusCode, 403);
    assert.equal(create.json<Failure>().code, 'OUT_OF_SCOPE');

    const program = await createProgram({ slug: 'cq-scope-test' });
    const edit = await t().request('wuxi_xczx', {
      method: 'PATCH',
      url: `/api/programs/${program.id}`,
      payload: { name: '巫溪改名' },
    });
    assert.equal(edit.statusCode, 403);
    assert.equal(edit.json<Failure>().code, 'OUT_OF_SCOPE');
    const missing = await t().request('cq_mz', {
      method: 'PATCH',
      url: '/api/programs/999999',
      payload: { name: '无' },
    });
    assert.equal(missing.statusCode, 404);

    const own = await t().request('wuxi_xczx', {
      method: 'POST',
      url: '/api/programs',
      payload: { ...NEW_PROGRAM, slug: 'wuxi-own', regionCode: '500238', departmentName: '巫溪县乡村振兴局' },
    });
    assert.equal(own.statusCode, 200, 'inside its own county it may');

    const ok = await t().request('cq_mz', {
      method: 'PATCH',
      url: `/api/programs/${program.id}`,
      payload: { name: '重庆市测试计划', endYear: 2025 },
    });
    assert.equal(ok.statusCode, 200, ok.body);
    const row = await t()
      .database.db.selectFrom('programs')
      .selectAll()
      .where('id', '=', program.id)
      .executeTakeFirstOrThrow();
    assert.equal(row.name, '重庆市测试计划');
    assert.equal(row.end_year, 2025);
    assert.equal(row.slug, 'cq-scope-test', 'the slug never changes');

    const badYears = await t().request('cq_mz', {
      method: 'PATCH',
      url: `/api/programs/${program.id}`,
      payload: { startYear: 2026 },
    });
    assert.equal(badYears.statusCode, 400, 'checked against the stored end year');
    assert.deepEqual(fieldsOf(badYears.body), { endYear: '结束年份：不能早于起始年份' });

    const retired = await t().request('cq_mz', { method: 'POST', url: `/api/programs/${program.id}/retire` });
    assert.equal(retired.json<Program>().status, 'retired');
    await t().request('cq_mz', { method: 'POST', url: `/api/programs/${program.id}/retire` });
    const audit = await t()
      .database.db.selectFrom('audit_log')
      .select(['action', 'region_code', 'changes', 'actor_account_id'])
      .where('entity_type', '=', 'program')
      .where('entity_id', '=', String(program.id))
      .orderBy('id')
      .execute();
    assert.deepEqual(
      audit.map((a) => a.action),
      ['create', 'update', 'retire'],
      'the second retire wrote nothing',
    );
    assert.ok(audit.every((a) => a.region_code === '50'));
    assert.deepEqual((audit[1]?.changes as Record<string, unknown>).name, {
      before: '测试帮扶计划',
      after: '重庆市测试计划',
    });
    assert.equal(audit[1]?.actor_account_id, await t().accountId('cq_mz'));
  });

  test('"限定在服务地区内": off unless asked, set on creation, switched by an edit with its audit row', async () => {
    const plain = await createProgram({ slug: 'cq-restrict-off' });
    assert.equal(plain.restrictPlaces, false);

    const strict = await createProgram({ slug: 'cq-restrict-on', restrictPlaces: true });
    assert.equal(strict.restrictPlaces, true);
    const read = await t().request(null, { method: 'GET', url: `/api/programs/${strict.id}` });
    assert.equal(read.json<Program>().restrictPlaces, true, 'the public sees the rule too');

    const bad = await t().request('cq_mz', { method: 'PATCH', url: `/api/programs/${strict.id}`, payload: { restrictPlaces: 'yes' } });
    assert.equal(bad.statusCode, 400);
    assert.match(fieldsOf(bad.body).restrictPlaces ?? '', /^限定在服务地区内：/);

    const off = await t().request('cq_mz', { method: 'PATCH', url: `/api/programs/${strict.id}`, payload: { restrictPlaces: false } });
    assert.equal(off.statusCode, 200, off.body);
    assert.equal(off.json<Program>().restrictPlaces, false);
    const row = await t().database.db.selectFrom('programs').select('restrict_places').where('id', '=', strict.id).executeTakeFirstOrThrow();
    assert.equal(row.restrict_places, false);
    const audit = await t()
      .database.db.selectFrom('audit_log')
      .select(['action', 'changes'])
      .where('entity_type', '=', 'program')
      .where('entity_id', '=', String(strict.id))
      .orderBy('id')
      .execute();
    assert.deepEqual(audit.map((a) => a.action), ['create', 'update']);
    assert.deepEqual((audit[1]?.changes as Record<string, unknown>).restrict_places, { before: true, after: false });

    // A county official may not loosen the municipality's rule.
    const county = await t().request('wuxi_xczx', { method: 'PATCH', url: `/api/programs/${strict.id}`, payload: { restrictPlaces: true } });
    assert.equal(county.statusCode, 403);
  });

  test('anyone lists programs newest first, page by page, filtered by region, kind and status', async () => {
    await createProgram({ slug: 'cq-list-a', kind: 'poverty_alleviation', startYear: 2020, endYear: 2020 });
    await createProgram({ slug: 'cq-list-b' });
    const seen: Program[] = [];
    let cursor: string | null = null;
    do {
      const url: string = `/api/programs?limit=2${cursor ? `&cursor=${cursor}` : ''}`;
      const page: ProgramPage = (await t().request(null, { method: 'GET', url })).json<ProgramPage>();
      seen.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    const ids = seen.map((p) => p.id);
    assert.deepEqual(
      ids,
      [...ids].sort((a, b) => b - a),
    );
    assert.equal(new Set(ids).size, ids.length);
    assert.ok(seen.some((p) => p.slug === 'cq-list-a'));

    const poverty = (
      await t().request(null, { method: 'GET', url: '/api/programs?kind=poverty_alleviation' })
    ).json<ProgramPage>();
    assert.ok(poverty.items.length > 0 && poverty.items.every((p) => p.kind === 'poverty_alleviation'));
    const wuxi = (await t().request(null, { method: 'GET', url: '/api/programs?region=500238' })).json<ProgramPage>();
    assert.ok(wuxi.items.every((p) => p.regionCode.startsWith('500238')));
    const active = (await t().request(null, { method: 'GET', url: '/api/programs?status=active' })).json<ProgramPage>();
    assert.ok(active.items.every((p) => p.status === 'active'));

    const one = await t().request(null, { method: 'GET', url: `/api/programs/${seen[0]!.id}` });
    assert.equal(one.statusCode, 200);
    assert.equal(one.json<Program>().regionName, '重庆市');
    assert.equal((await t().request(null, { method: 'GET', url: '/api/programs/999999' })).statusCode, 404);
    const bad = await t().request(null, { method: 'GET', url: '/api/programs?cursor=garbage' });
    assert.equal(bad.statusCode, 400);
  });

  test('designations: input checked field by field, inside the program region, in scope; contacts masked for the public', async () => {
    const program = await createProgram({ slug: 'cq-designations' });
    const url = `/api/programs/${program.id}/designations`;
    const [designations, contacts] = [await count('designations'), await count('designation_contacts')];

    const anonymous = await t().request(null, {
      method: 'POST',
      url,
      payload: { regionCode: '500238', kind: 'key_county_national' },
    });
    assert.equal(anonymous.statusCode, 401);

    const bad = await t().request('cq_mz', {
      method: 'POST',
      url,
      payload: {
        regionCode: '500238',
        kind: 'key_county_national',
        contacts: [
          { kind: 'office', officePhone: '58569600' },
          { kind: 'person', post: '党委书记', mobile: '12345678901' },
        ],
      },
    });
    assert.equal(bad.statusCode, 400);
    assert.deepEqual(fieldsOf(bad.body), {
      'contacts.0.officePhone': '办公电话：格式不正确，应为带区号的座机（如 023-58569600）或手机号',
      'contacts.1.mobile': '手机号码：格式不正确，应为 11 位手机号',
      'contacts.1.name': '姓名：联系人姓名必填',
    });
    const kind = await t().request('cq_mz', {
      method: 'POST',
      url,
      payload: { regionCode: '500238', kind: 'capital' },
    });
    assert.match(fieldsOf(kind.body).kind ?? '', /^重点地区类别：/);

    const outside = await t().request('cq_mz', {
      method: 'POST',
      url,
      payload: { regionCode: '510104', kind: 'key_county_national' },
    });
    assert.equal(outside.statusCode, 400, 'a region outside the program region is refused');
    assert.deepEqual(fieldsOf(outside.body), { regionCode: '行政区划代码：510104 不在本计划的地区（重庆市）之内' });

    const forbidden = await t().request('org_admin', {
      method: 'POST',
      url,
      payload: { regionCode: '500238', kind: 'key_county_national' },
    });
    assert.equal(forbidden.statusCode, 403);
    assert.equal(forbidden.json<Failure>().code, 'FORBIDDEN');
    const county = await t().request('wuxi_xczx', {
      method: 'POST',
      url,
      payload: { regionCode: '500238', kind: 'key_county_national' },
    });
    assert.equal(
      county.statusCode,
      403,
      'a county official cannot designate in a municipal program, even its own county',
    );
    assert.equal(county.json<Failure>().code, 'OUT_OF_SCOPE');
    assert.equal(await count('designations'), designations);
    assert.equal(await count('designation_contacts'), contacts);

    const created = await t().request('cq_mz', {
      method: 'POST',
      url,
      payload: {
        regionCode: '500238',
        kind: 'key_county_national',
        note: ' 国家级贫困县 ',
        contacts: [
          { kind: 'office', officePhone: '023-51522548' },
          { kind: 'person', name: '张三', post: '副镇长', mobile: '13512340668' },
        ],
      },
    });
    assert.equal(created.statusCode, 200, created.body);
    const designation = created.json<Designation>();
    assert.equal(designation.regionPath, '重庆市 / 巫溪县');
    assert.equal(designation.note, '国家级贫困县');
    assert.equal(designation.contacts[1]?.mobile, '13512340668', 'the official who entered it sees it in full');
    const again = await t().request('cq_mz', {
      method: 'POST',
      url,
      payload: { regionCode: '500238', kind: 'key_county_national' },
    });
    assert.equal(again.statusCode, 409);

    const publicView = (await t().request(null, { method: 'GET', url })).json<DesignationPage>();
    const orgView = (await t().request('org_admin', { method: 'GET', url })).json<DesignationPage>();
    const caringView = (await t().request('caring', { method: 'GET', url })).json<DesignationPage>();
    assert.deepEqual(publicView.items[0]?.contacts, [
      { kind: 'office', name: null, post: null, officePhone: '023-51522548', mobile: null },
      { kind: 'person', name: '张三', post: '副镇长', officePhone: null, mobile: '135****0668' },
    ]);
    assert.equal(caringView.items[0]?.contacts[1]?.mobile, '135****0668');
    assert.equal(orgView.items[0]?.contacts[1]?.mobile, '13512340668');
    assert.equal(orgView.items[0]?.contacts[0]?.officePhone, '023-51522548');

    const edit = await t().request('wuxi_xczx', {
      method: 'PATCH',
      url: `/api/designations/${designation.id}`,
      payload: { note: '改' },
    });
    assert.equal(edit.statusCode, 403);
    const edited = await t().request('cq_mz', {
      method: 'PATCH',
      url: `/api/designations/${designation.id}`,
      payload: { contacts: [{ kind: 'person', name: '李四', post: '乡村振兴办主任', mobile: '139 0000 1111' }] },
    });
    assert.equal(edited.statusCode, 200, edited.body);
    const stored = await t()
      .database.db.selectFrom('designation_contacts')
      .selectAll()
      .where('designation_id', '=', designation.id)
      .execute();
    assert.deepEqual(
      stored.map((c) => [c.kind, c.name, c.mobile]),
      [['person', '李四', '13900001111']],
      'contacts are replaced as a whole',
    );
    assert.equal(edited.json<Designation>().note, '国家级贫困县', 'the note not sent stays');

    const retired = await t().request('cq_mz', { method: 'POST', url: `/api/designations/${designation.id}/retire` });
    assert.ok(retired.json<Designation>().retiredAt);
    assert.equal((await t().request(null, { method: 'GET', url })).json<DesignationPage>().items.length, 0);
    const withRetired = (
      await t().request(null, { method: 'GET', url: `${url}?includeRetired=true` })
    ).json<DesignationPage>();
    assert.equal(withRetired.items.length, 1);

    const audit = await t()
      .database.db.selectFrom('audit_log')
      .select(['action', 'region_code', 'changes'])
      .where('entity_type', '=', 'designation')
      .where('entity_id', '=', String(designation.id))
      .orderBy('id')
      .execute();
    assert.deepEqual(
      audit.map((a) => a.action),
      ['create', 'update', 'retire'],
    );
    assert.ok(audit.every((a) => a.region_code === '500238'));
    assert.ok((audit[1]?.changes as Record<string, unknown>).contacts, 'the contacts change is recorded');
  });

  test('designations page by id and filter by kind', async () => {
    const program = await createProgram({ slug: 'cq-designation-pages' });
    const url = `/api/programs/${program.id}/designations`;
    for (const [regionCode, kind] of [
      ['500238', 'key_county_national'],
      ['500229', 'key_county_national'],
      ['500238118', 'deep_poverty_township'],
    ]) {
      const res = await t().request('cq_admin', { method: 'POST', url, payload: { regionCode, kind } });
      assert.equal(res.statusCode, 200, res.body);
    }
    const first = (await t().request(null, { method: 'GET', url: `${url}?limit=2` })).json<DesignationPage>();
    assert.equal(first.items.length, 2);
    assert.ok(first.nextCursor);
    const second = (
      await t().request(null, { method: 'GET', url: `${url}?limit=2&cursor=${first.nextCursor}` })
    ).json<DesignationPage>();
    assert.equal(second.items.length, 1);
    assert.equal(second.nextCursor, null);
    assert.ok(first.items[0]!.id < first.items[1]!.id && first.items[1]!.id < second.items[0]!.id);
    const townships = (
      await t().request(null, { method: 'GET', url: `${url}?kind=deep_poverty_township` })
    ).json<DesignationPage>();
    assert.deepEqual(
      townships.items.map((d) => d.regionPath),
      ['重庆市 / 巫溪县 / 红池坝镇'],
    );
    assert.equal(
      (await t().request(null, { method: 'GET', url: '/api/programs/999999/designations' })).statusCode,
      404,
    );
  });

  test('the demo programs: two Chongqing programs and the four national key support counties, idempotently', async () => {
    const db = t().database.db;
    await seedDemoPrograms(db);
    const [programs, designations, audit] = [
      await count('programs'),
      await count('designations'),
      await count('audit_log'),
    ];
    await seedDemoPrograms(db);
    assert.deepEqual(
      [await count('programs'), await count('designations'), await count('audit_log')],
      [programs, designations, audit],
      'running it again changes nothing',
    );
    const rows = await db
      .selectFrom('programs')
      .selectAll()
      .where('slug', 'in', ['cq-2020-poverty', 'cq-2021-revitalization'])
      .orderBy('slug')
      .execute();
    assert.deepEqual(
      rows.map((p) => [p.slug, p.kind, p.region_code, p.start_year, p.end_year]),
      [
        ['cq-2020-poverty', 'poverty_alleviation', '50', 2020, 2020],
        ['cq-2021-revitalization', 'rural_revitalization', '50', 2021, null],
      ],
    );
    const res = await t().request(null, { method: 'GET', url: `/api/programs/${rows[1]!.id}/designations` });
    const page = res.json<DesignationPage>();
    assert.deepEqual(page.items.map((d) => [d.regionCode, d.kind]).sort(), [
      ['500229', 'national_key_support_county'],
      ['500238', 'national_key_support_county'],
      ['500242', 'national_key_support_county'],
      ['500243', 'national_key_support_county'],
    ]);
    assert.ok(page.items.some((d) => d.regionPath === '重庆市 / 彭水苗族土家族自治县'));
  });
});
