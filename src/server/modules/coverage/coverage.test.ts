import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { daysFromToday } from '../../../common/glossary.ts';
import { useTestApp } from '../../../../test/support/app.ts';
import { approvedOrganization } from '../claims/fixtures.ts';
import {
  CHENGKOU,
  firstChildOf,
  insertPairing,
  organizationIdOf,
  PENGSHUI,
  programIdOf,
  programWith,
  WUXI,
  YOUYANG,
} from './fixtures.ts';
import type { CoverageArea, CoverageAreaPage, CoverageCounties, CoverageSummary } from './schemas.ts';

interface Failure {
  code: string;
  fields?: { field: string; message: string }[];
}

const PATHS: Record<string, string> = {
  [WUXI]: '重庆市 / 巫溪县',
  [CHENGKOU]: '重庆市 / 城口县',
  [YOUYANG]: '重庆市 / 酉阳土家族苗族自治县',
  [PENGSHUI]: '重庆市 / 彭水苗族土家族自治县',
};

describe('coverage: which key areas confirmed, current pairings cover', () => {
  const t = useTestApp();
  const db = () => t().database.db;
  let program: number;
  let shancheng: number;
  let second: { id: number; name: string };
  let third: { id: number; name: string };
  let pengshuiTownship: string;

  const get = async <T>(who: string, path: string, query: Record<string, string | number>) => {
    const res = await t().request(who, {
      method: 'GET',
      url: path,
      query: Object.fromEntries(Object.entries(query).map(([k, v]) => [k, String(v)])),
    });
    assert.equal(res.statusCode, 200, res.body);
    return res.json<T>();
  };
  const summary = (who: string, query: Record<string, string | number> = {}) =>
    get<CoverageSummary>(who, '/api/coverage', { programId: program, ...query });
  const allAreas = async (who: string, query: Record<string, string | number> = {}) => {
    const items: CoverageArea[] = [];
    let cursor: string | null = null;
    do {
      const page: CoverageAreaPage = await get<CoverageAreaPage>(who, '/api/coverage/areas', {
        programId: program,
        ...query,
        ...(cursor ? { cursor } : {}),
      });
      items.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor !== null);
    return items;
  };
  const states = async (who: string, query: Record<string, string | number> = {}) =>
    Object.fromEntries((await allAreas(who, query)).map((a) => [a.region.code, a.state]));
  const failure = async (who: string, path: string, query: Record<string, string | number>) => {
    const res = await t().request(who, {
      method: 'GET',
      url: path,
      query: Object.fromEntries(Object.entries(query).map(([k, v]) => [k, String(v)])),
    });
    return { status: res.statusCode, body: res.json<Failure>() };
  };

  before(async () => {
    program = await programIdOf(db(), 'cq-2021-revitalization');
    shancheng = await organizationIdOf(db(), 'org_admin');
    second = await approvedOrganization(db(), { name: '山东对口支援测试基金会' });
    third = await approvedOrganization(db(), { name: '覆盖测试联合结对协会' });
    pengshuiTownship = await firstChildOf(db(), PENGSHUI);
  });

  test('two confirmed current pairings of two counties: 2 of 4 paired, the two others named as unpaired', async () => {
    await insertPairing(db(), {
      programId: program,
      organizationId: shancheng,
      places: [WUXI],
      title: '山城基金会结对巫溪县',
    });
    await insertPairing(db(), {
      programId: program,
      organizationId: second.id,
      places: [CHENGKOU],
      isCounterpart: true,
      members: [third.id],
      endDate: daysFromToday(1000),
      title: '山东基金会结对城口县',
    });
    // None of these counts for 酉阳: ended, pending, returned, withdrawn, past its end, not yet begun, another program.
    const other = await programIdOf(db(), 'cq-2020-poverty');
    for (const status of ['ended', 'pending', 'returned', 'withdrawn'] as const) {
      await insertPairing(db(), { programId: program, organizationId: shancheng, places: [YOUYANG], status });
    }
    await insertPairing(db(), {
      programId: program,
      organizationId: shancheng,
      places: [YOUYANG],
      startDate: daysFromToday(-400),
      endDate: daysFromToday(-1),
    });
    await insertPairing(db(), {
      programId: program,
      organizationId: shancheng,
      places: [YOUYANG],
      startDate: daysFromToday(10),
      endDate: daysFromToday(1000),
    });
    await insertPairing(db(), { programId: other, organizationId: shancheng, places: [YOUYANG] });

    const s = await summary('cq_mz');
    assert.equal(s.program.id, program);
    assert.deepEqual(s.kinds, [
      { kind: 'national_key_support_county', total: 4, paired: 2, partial: 0, unpaired: 2, counterpart: 1 },
    ]);
    assert.equal(s.pairings, 2);
    assert.equal(s.counterpartPairings, 1);
    assert.equal(s.organizations, 3, 'the lead organizations and the group member');

    const unpaired = await allAreas('cq_mz', { state: 'unpaired' });
    assert.deepEqual(
      unpaired.map((a) => a.region.name),
      [PATHS[YOUYANG], PATHS[PENGSHUI]],
    );
    assert.deepEqual(
      unpaired.map((a) => a.pairings.length),
      [0, 0],
    );

    const [wuxi] = await allAreas('cq_mz', { county: WUXI });
    assert.equal(wuxi?.state, 'paired');
    assert.deepEqual(
      wuxi?.pairings.map((p) => [p.title, p.organization.name, p.place.name]),
      [['山城基金会结对巫溪县', '重庆山城乡村发展基金会（演示）', PATHS[WUXI]]],
    );
  });

  test('a pairing of a township inside a third county makes that county partial', async () => {
    await insertPairing(db(), {
      programId: program,
      organizationId: third.id,
      places: [pengshuiTownship],
      startDate: daysFromToday(-10),
      endDate: daysFromToday(1000),
      title: '联合协会结对彭水一个镇',
    });
    const s = await summary('cq_mz');
    assert.deepEqual(s.kinds, [
      { kind: 'national_key_support_county', total: 4, paired: 2, partial: 1, unpaired: 1, counterpart: 1 },
    ]);
    assert.equal(s.pairings, 3);
    assert.equal(s.organizations, 3, 'the third organization was already in as a member');

    const [pengshui] = await allAreas('cq_mz', { state: 'partial' });
    assert.equal(pengshui?.region.code, PENGSHUI);
    assert.deepEqual(
      pengshui?.pairings.map((p) => [p.title, p.place.code]),
      [['联合协会结对彭水一个镇', pengshuiTownship]],
    );
    assert.match(pengshui?.pairings[0]?.place.name ?? '', /^重庆市 \/ 彭水苗族土家族自治县 \/ /);
  });

  test('the day counts: a past day sees the pairing that has since ended, a later one those not yet begun', async () => {
    assert.deepEqual(await states('cq_mz'), {
      [CHENGKOU]: 'paired',
      [WUXI]: 'paired',
      [YOUYANG]: 'unpaired',
      [PENGSHUI]: 'partial',
    });
    // 20 days ago: the 酉阳 pairing that ended yesterday was running; the 彭水 township's had not begun.
    assert.deepEqual(await states('cq_mz', { asOf: daysFromToday(-20) }), {
      [CHENGKOU]: 'paired',
      [WUXI]: 'paired',
      [YOUYANG]: 'paired',
      [PENGSHUI]: 'unpaired',
    });
    // In 400 days: 巫溪's pairing has ended, 酉阳's future one runs.
    assert.deepEqual(await states('cq_mz', { asOf: daysFromToday(400) }), {
      [CHENGKOU]: 'paired',
      [WUXI]: 'unpaired',
      [YOUYANG]: 'paired',
      [PENGSHUI]: 'partial',
    });
    const later = await summary('cq_mz', { asOf: daysFromToday(400) });
    assert.equal(later.asOf, daysFromToday(400));
    assert.equal(later.pairings, 3, '城口, 彭水 township and 酉阳 (not yet begun today)');
  });

  test('counterpart pairings are counted apart and marked on their areas', async () => {
    const areas = await allAreas('cq_mz');
    const byCode = Object.fromEntries(areas.map((a) => [a.region.code, a]));
    assert.equal(byCode[CHENGKOU]?.isCounterpart, true);
    assert.equal(byCode[CHENGKOU]?.pairings[0]?.isCounterpart, true);
    assert.equal(byCode[CHENGKOU]?.pairings[0]?.organization.name, '山东对口支援测试基金会');
    assert.equal(byCode[WUXI]?.isCounterpart, false);
    assert.equal(byCode[PENGSHUI]?.isCounterpart, false);
    const counties = await get<CoverageCounties>('cq_mz', '/api/coverage/counties', { programId: program });
    assert.deepEqual(
      counties.items.map((c) => [
        c.county.code,
        c.county.name,
        c.total,
        c.paired,
        c.partial,
        c.unpaired,
        c.counterpart,
      ]),
      [
        [CHENGKOU, PATHS[CHENGKOU], 1, 1, 0, 0, 1],
        [WUXI, PATHS[WUXI], 1, 1, 0, 0, 0],
        [YOUYANG, PATHS[YOUYANG], 1, 0, 0, 1, 0],
        [PENGSHUI, PATHS[PENGSHUI], 1, 0, 1, 0, 0],
      ],
    );
  });

  test('a county official sees only the key areas and pairings of the county', async () => {
    const s = await summary('wuxi_xczx');
    assert.deepEqual(s.kinds, [
      { kind: 'national_key_support_county', total: 1, paired: 1, partial: 0, unpaired: 0, counterpart: 0 },
    ]);
    assert.equal(s.pairings, 1);
    assert.equal(s.counterpartPairings, 0);
    assert.equal(s.organizations, 1);
    assert.deepEqual(Object.keys(await states('wuxi_xczx')), [WUXI]);
    const counties = await get<CoverageCounties>('wuxi_xczx', '/api/coverage/counties', { programId: program });
    assert.deepEqual(
      counties.items.map((c) => c.county.code),
      [WUXI],
    );
    // The whole of Chongqing as a filter narrows nothing beyond the scope; another county is refused.
    assert.deepEqual(Object.keys(await states('wuxi_xczx', { region: '50' })), [WUXI]);
    const elsewhere = await failure('wuxi_xczx', '/api/coverage', { programId: program, region: CHENGKOU });
    assert.equal(elsewhere.status, 403);
    assert.match(elsewhere.body.fields?.[0]?.message ?? '', /^地区：/);
    // A municipal official narrows to one county with `region`.
    const city = await summary('cq_mz', { region: CHENGKOU });
    assert.deepEqual(
      city.kinds.map((k) => [k.total, k.paired, k.counterpart]),
      [[1, 1, 1]],
    );
    assert.equal(city.counterpartPairings, 1);

    // A program of 城口 is not there for 巫溪's official; it is for the municipality's.
    const chengkouProgram = await programWith(db(), [{ region: CHENGKOU, kind: 'key_county_municipal' }], CHENGKOU);
    assert.equal((await failure('wuxi_xczx', '/api/coverage', { programId: chengkouProgram })).status, 404);
    assert.equal((await summary('cq_mz', { programId: chengkouProgram })).kinds[0]?.total, 1);
  });

  test('rows page by region code: with one a page, every key area comes once', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: CoverageAreaPage = await get<CoverageAreaPage>('cq_mz', '/api/coverage/areas', {
        programId: program,
        limit: 1,
        ...(cursor ? { cursor } : {}),
      });
      assert.ok(page.items.length <= 1);
      seen.push(...page.items.map((a) => a.region.code));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor !== null && pages < 10);
    assert.deepEqual(seen, [CHENGKOU, WUXI, YOUYANG, PENGSHUI]);
    const bad = await failure('cq_mz', '/api/coverage/areas', { programId: program, cursor: 'not-a-cursor' });
    assert.equal(bad.status, 400);
    assert.equal(bad.body.fields?.[0]?.field, 'cursor');
  });

  test('a county, its township and a village: containment decides, kinds come counties first, retired ones are left out', async () => {
    const township = '500238118'; // 红池坝镇
    const village = '500238118201'; // 中岗村
    const chengkouVillage = await firstChildOf(db(), await firstChildOf(db(), CHENGKOU));
    const other = await programWith(db(), [
      { region: chengkouVillage, kind: 'designated_village' },
      { region: village, kind: 'designated_village' },
      { region: township, kind: 'deep_poverty_township' },
      { region: WUXI, kind: 'key_county_national' },
      { region: YOUYANG, kind: 'key_county_national', retired: true },
    ]);
    await insertPairing(db(), { programId: other, organizationId: shancheng, places: [township] });
    const s = await summary('cq_mz', { programId: other });
    assert.deepEqual(
      s.kinds.map((k) => [k.kind, k.total, k.paired, k.partial, k.unpaired]),
      [
        ['key_county_national', 1, 0, 1, 0],
        ['deep_poverty_township', 1, 1, 0, 0],
        ['designated_village', 2, 1, 0, 1],
      ],
    );
    const rows = await allAreas('cq_mz', { programId: other });
    assert.deepEqual(
      rows.map((a) => [a.region.code, a.state]),
      [
        [chengkouVillage, 'unpaired'],
        [WUXI, 'partial'],
        [township, 'paired'],
        [village, 'paired'],
      ],
    );
    assert.equal(rows[3]?.pairings[0]?.place.code, township, 'the village is covered by its township');
    const villages = await allAreas('cq_mz', { programId: other, kind: 'designated_village', state: 'paired' });
    assert.deepEqual(
      villages.map((a) => a.region.code),
      [village],
    );
  });

  test('bad input is refused field by field in Chinese; an unknown program is 404', async () => {
    const badDay = await failure('cq_mz', '/api/coverage', { programId: program, asOf: '2026-02-30' });
    assert.equal(badDay.status, 400);
    assert.deepEqual(
      badDay.body.fields?.map((f) => f.field),
      ['asOf'],
    );
    assert.match(badDay.body.fields?.[0]?.message ?? '', /^统计日期：/);
    const shape = await failure('cq_mz', '/api/coverage', { programId: program, asOf: '1/5/2026' });
    assert.equal(shape.status, 400);
    assert.equal(shape.body.fields?.[0]?.field, 'asOf');
    const region = await failure('cq_mz', '/api/coverage/counties', { programId: program, region: '99' });
    assert.equal(region.status, 400);
    assert.match(region.body.fields?.[0]?.message ?? '', /^地区：/);
    const kind = await failure('cq_mz', '/api/coverage/areas', { programId: program, kind: 'key_city' });
    assert.equal(kind.status, 400);
    assert.match(kind.body.fields?.[0]?.message ?? '', /^重点地区类别：/);
    const state = await failure('cq_mz', '/api/coverage/areas', { programId: program, state: 'done' });
    assert.equal(state.status, 400);
    assert.equal((await failure('cq_mz', '/api/coverage', { programId: 99_999_999 })).status, 404);
    assert.equal((await failure('cq_mz', '/api/coverage', {})).status, 400);
  });

  test('the export writes the summary and the rows to Excel as a job', async () => {
    const jobsBefore = await db().selectFrom('jobs').select('id').where('kind', '=', 'coverage.export').execute();
    const bad = await t().request('cq_mz', {
      method: 'POST',
      url: '/api/coverage/export',
      payload: { programId: program, asOf: '2026-13-01' },
    });
    assert.equal(bad.statusCode, 400, bad.body);
    const jobsAfter = await db().selectFrom('jobs').select('id').where('kind', '=', 'coverage.export').execute();
    assert.equal(jobsAfter.length, jobsBefore.length, 'a refused export queues nothing');

    const started = await t().request('cq_mz', {
      method: 'POST',
      url: '/api/coverage/export',
      payload: { programId: program },
    });
    assert.equal(started.statusCode, 202, started.body);
    const { jobId } = started.json<{ jobId: string }>();
    await t().app.jobs.drain();
    const done = (await t().request('cq_mz', { method: 'GET', url: `/api/jobs/${jobId}` })).json<{
      status: string;
      progress: number;
      error: unknown;
    }>();
    assert.equal(done.status, 'succeeded', JSON.stringify(done.error));
    assert.equal(done.progress, 4);
    const file = await t().request('cq_mz', { method: 'GET', url: `/api/jobs/${jobId}/download` });
    assert.equal(file.statusCode, 200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.rawPayload as unknown as ArrayBuffer);

    const lines: string[] = [];
    workbook.getWorksheet('汇总')?.eachRow((row) => lines.push(row.getCell(1).text));
    assert.match(lines[0] ?? '', /^帮扶计划：重庆市社会组织助力乡村振兴/);
    assert.ok(
      lines.includes('国家乡村振兴重点帮扶县：4 个，已结对 2 个，部分结对 1 个，未结对 1 个；其中有对口支援的 1 个'),
      lines.join('\n'),
    );
    assert.ok(
      lines.some((l) => l.startsWith('有效结对协议：3 份（其中对口支援 1 份），参与组织 3 个')),
      lines.join('\n'),
    );

    const { display_name: townshipName } = await db()
      .selectFrom('regions')
      .select('display_name')
      .where('code', '=', pengshuiTownship)
      .executeTakeFirstOrThrow();
    const rows: string[][] = [];
    workbook.getWorksheet('明细')?.eachRow((row) => rows.push([1, 2, 3, 4, 5].map((i) => row.getCell(i).text)));
    assert.deepEqual(rows, [
      ['类别', '地区', '覆盖情况', '结对组织', '对口支援'],
      ['国家乡村振兴重点帮扶县', PATHS[CHENGKOU], '已结对', '山东对口支援测试基金会', '是'],
      ['国家乡村振兴重点帮扶县', PATHS[WUXI], '已结对', '重庆山城乡村发展基金会（演示）', '否'],
      ['国家乡村振兴重点帮扶县', PATHS[YOUYANG], '未结对', '', '否'],
      // A partial pairing names the township it pairs with.
      ['国家乡村振兴重点帮扶县', PATHS[PENGSHUI], '部分结对', `覆盖测试联合结对协会（${townshipName}）`, '否'],
    ]);

    // The county official's export holds the county only.
    const wuxi = await t().request('wuxi_xczx', {
      method: 'POST',
      url: '/api/coverage/export',
      payload: { programId: program, state: 'paired' },
    });
    assert.equal(wuxi.statusCode, 202, wuxi.body);
    await t().app.jobs.drain();
    const wuxiFile = await t().request('wuxi_xczx', {
      method: 'GET',
      url: `/api/jobs/${wuxi.json<{ jobId: string }>().jobId}/download`,
    });
    const wuxiBook = new ExcelJS.Workbook();
    await wuxiBook.xlsx.load(wuxiFile.rawPayload as unknown as ArrayBuffer);
    const wuxiRows: string[] = [];
    wuxiBook.getWorksheet('明细')?.eachRow((row) => wuxiRows.push(row.getCell(2).text));
    assert.deepEqual(wuxiRows, ['地区', PATHS[WUXI]]);
  });
});
