import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { useTestApp } from '../../../../test/support/app.ts';
import { appendDrafts, draft } from '../ledger/fixtures.ts';
import type { AidRecordPage, AidRecordView } from '../ledger/schemas.ts';
import { expectedChannels, expectedFigures, type Slice, type WrittenRecord } from './expected.ts';
import { CHENGKOU, givers, HONGCHIBA, WUXI, writeLedger, ZHONGGANG, type Givers } from './fixtures.ts';
import type { StatisticsBreakdown, StatisticsSummary, StatisticsTrend, RegionTree } from './schemas.ts';
import type { StatisticsScope } from './scope.ts';
import { breakdownOf, summaryOf, trendOf } from './service.ts';

type Query = Record<string, string | number>;

const H1 = { from: '2024-01', to: '2024-06' };

describe('statistics: every figure equals the sum of the records, from the rollups or the records alike', () => {
  const t = useTestApp();
  const db = () => t().database.db;
  let g: Givers;
  let ledger: WrittenRecord[];

  const call = async (who: string, path: string, query: Query) =>
    t().request(who, {
      method: 'GET',
      url: path,
      query: Object.fromEntries(Object.entries(query).map(([k, v]) => [k, String(v)])),
    });
  const get = async <T>(who: string, path: string, query: Query) => {
    const res = await call(who, path, query);
    assert.equal(res.statusCode, 200, res.body);
    return res.json<T>();
  };
  const summary = (who: string, query: Query) => get<StatisticsSummary>(who, '/api/statistics/summary', query);
  const byChannel = (list: { channel: string; amountFen: number }[]) => [...list].sort((a, b) => a.channel.localeCompare(b.channel));

  /** The summary as `who` sees it with `query`, against the oracle over `slice`. */
  const check = async (who: string, query: Query, slice: Slice, source: 'rollup' | 'records') => {
    const s = await summary(who, query);
    const why = `${who} ${JSON.stringify(query)}`;
    assert.deepEqual(s.figures, expectedFigures(ledger, slice), `figures: ${why}`);
    assert.deepEqual(s.counterpart, expectedFigures(ledger, { ...slice, counterpart: true }), `counterpart: ${why}`);
    assert.deepEqual(byChannel(s.purchaseByChannel), byChannel(expectedChannels(ledger, slice)), `channels: ${why}`);
    assert.equal(s.source, source, `source: ${why}`);
    return s;
  };

  const scope = (o: Partial<StatisticsScope>): StatisticsScope => ({
    area: null,
    areaName: '测试',
    ...H1,
    programId: null,
    keyField: null,
    giverForm: null,
    organizationId: null,
    ...o,
  });

  before(async () => {
    g = await givers(db());
    // Nothing else in 2024: the test's ledger is all there is to count.
    const empty = await summary('admin', { from: '2023-01', to: '2024-12' });
    assert.equal(empty.figures.records, 0);
    ledger = await writeLedger(db(), g);
  });

  test('the oracle is not trivial: the ledger holds every kind, bucket, reversal and giver', () => {
    const f = expectedFigures(ledger, { region: '50', ...H1 });
    assert.ok(f.confirmedFen > 0 && f.unconfirmedFen > 0 && f.disputedFen > 0);
    assert.ok(f.materialRecords === 3 && f.purchaseFen > 0 && f.employed > 0 && f.activities === 2);
    assert.deepEqual([f.organizations, f.caringIndividuals, f.projects], [2, 1, 1]);
    assert.equal(f.records, 13);
  });

  test('province, county, township, village and the whole country: every figure', async () => {
    await check('admin', { region: '50', ...H1 }, { region: '50', ...H1 }, 'rollup');
    await check('cq_mz', H1, { region: '50', ...H1 }, 'rollup');
    await check('admin', H1, H1, 'rollup');
    await check('admin', { region: '5002', ...H1 }, { region: '5002', ...H1 }, 'rollup');
    await check('wuxi_xczx', H1, { region: WUXI, ...H1 }, 'rollup');
    await check('chengkou_mz', H1, { region: CHENGKOU, ...H1 }, 'rollup');
    await check('hongchiba', H1, { region: HONGCHIBA, ...H1 }, 'records');
    const village = await check('zhonggang', H1, { region: ZHONGGANG, ...H1 }, 'records');
    assert.equal(village.region.code, ZHONGGANG);
    assert.match(village.region.name, /巫溪县 \/ 红池坝镇 \/ 中岗村/);
    await check('admin', { region: ZHONGGANG, ...H1 }, { region: ZHONGGANG, ...H1 }, 'records');
  });

  test('months, program, key field, giver form and organization filters', async () => {
    await check('admin', { region: '50', from: '2024-02', to: '2024-03' }, { region: '50', from: '2024-02', to: '2024-03' }, 'rollup');
    await check('admin', { region: '50', from: '2023-12', to: '2024-07' }, { region: '50', from: '2023-12', to: '2024-07' }, 'rollup');
    await check('admin', { region: '50', ...H1, programId: g.program }, { region: '50', ...H1, programId: g.program }, 'rollup');
    await check('wuxi_xczx', { ...H1, keyField: 'education' }, { region: WUXI, ...H1, keyField: 'education' }, 'rollup');
    await check('admin', { ...H1, giverForm: 'individual' }, { ...H1, giverForm: 'individual' }, 'rollup');
    await check('admin', { ...H1, giverForm: 'association' }, { ...H1, giverForm: 'association' }, 'rollup');
    await check('admin', { ...H1, organizationId: g.shancheng }, { ...H1, organizationId: g.shancheng }, 'records');
    await check('wuxi_xczx', { ...H1, organizationId: g.shandong }, { region: WUXI, ...H1, organizationId: g.shandong }, 'records');
    // Organizations see their own records wherever they gave, with or without naming themselves.
    await check('org_admin', H1, { ...H1, organizationId: g.shancheng }, 'records');
    await check('org_member', { ...H1, region: WUXI }, { ...H1, region: WUXI, organizationId: g.shancheng }, 'records');
    await check('org_admin', { ...H1, organizationId: g.shancheng, keyField: 'education' }, { ...H1, organizationId: g.shancheng, keyField: 'education' }, 'records');
  });

  test('the rollups and the records give the same figures, trend and breakdowns for the same filters', async () => {
    const scopes = [
      scope({}),
      scope({ area: '50' }),
      scope({ area: '5002', from: '2023-12', to: '2024-07' }),
      scope({ area: WUXI }),
      scope({ area: WUXI, programId: g.program }),
      scope({ area: WUXI, keyField: 'education', giverForm: 'foundation' }),
      scope({ area: CHENGKOU, from: '2024-03', to: '2024-03' }),
      scope({ area: '50', giverForm: 'association' }),
    ];
    for (const s of scopes) {
      const why = JSON.stringify(s);
      const rollup = await summaryOf(db(), s);
      const records = await summaryOf(db(), s, { source: 'records' });
      assert.equal(rollup.source, 'rollup', why);
      assert.equal(records.source, 'records', why);
      assert.deepEqual({ ...rollup, source: null }, { ...records, source: null }, why);
      assert.deepEqual(await trendOf(db(), s), await trendOf(db(), s, { source: 'records' }), why);
      for (const by of ['field', 'county', 'child', 'kind', 'form'] as const) {
        assert.deepEqual(await breakdownOf(db(), s, by), await breakdownOf(db(), s, by, { source: 'records' }), `${by} ${why}`);
      }
    }
  });

  test('trend: one point per month, empty months as zeros, summing to the summary', async () => {
    const query = { region: '50', from: '2023-11', to: '2024-09' };
    const trend = await get<StatisticsTrend>('cq_mz', '/api/statistics/trend', query);
    assert.deepEqual(
      trend.points.map((p) => p.month),
      ['2023-11', '2023-12', '2024-01', '2024-02', '2024-03', '2024-04', '2024-05', '2024-06', '2024-07', '2024-08', '2024-09'],
    );
    assert.deepEqual(trend.points[0], { month: '2023-11', records: 0, totalFen: 0, fundsFen: 0, materialValueFen: 0, purchaseFen: 0, beneficiaries: 0, participants: 0 });
    const march = expectedFigures(ledger, { region: '50', from: '2024-03', to: '2024-03' });
    assert.deepEqual(trend.points.find((p) => p.month === '2024-03'), {
      month: '2024-03',
      records: march.records,
      totalFen: march.totalFen,
      fundsFen: march.fundsFen,
      materialValueFen: march.materialValueFen,
      purchaseFen: march.purchaseFen,
      beneficiaries: march.beneficiaries,
      participants: march.participants,
    });
    const f = (await summary('cq_mz', query)).figures;
    const total = (k: 'records' | 'totalFen' | 'fundsFen' | 'materialValueFen' | 'purchaseFen' | 'beneficiaries' | 'participants') =>
      trend.points.reduce((n, p) => n + p[k], 0);
    assert.deepEqual(
      [total('records'), total('totalFen'), total('fundsFen'), total('materialValueFen'), total('purchaseFen'), total('beneficiaries'), total('participants')],
      [f.records, f.totalFen, f.fundsFen, f.materialValueFen, f.purchaseFen, f.beneficiaries, f.participants],
    );
    // A village's trend, from the records, agrees with its summary too.
    const village = await get<StatisticsTrend>('zhonggang', '/api/statistics/trend', H1);
    assert.equal(village.points.reduce((n, p) => n + p.totalFen, 0), expectedFigures(ledger, { region: ZHONGGANG, ...H1 }).totalFen);
  });

  test('breakdowns: rows sorted by amount, labelled, summing to the summary', async () => {
    const sumRows = (b: StatisticsBreakdown) => ({
      records: b.rows.reduce((n, r) => n + r.records, 0),
      totalFen: b.rows.reduce((n, r) => n + r.totalFen, 0),
      confirmedFen: b.rows.reduce((n, r) => n + r.confirmedFen, 0),
      beneficiaries: b.rows.reduce((n, r) => n + r.beneficiaries, 0),
      participants: b.rows.reduce((n, r) => n + r.participants, 0),
    });
    const of = (f: ReturnType<typeof expectedFigures>) => ({
      records: f.records,
      totalFen: f.totalFen,
      confirmedFen: f.confirmedFen,
      beneficiaries: f.beneficiaries,
      participants: f.participants,
    });
    const breakdown = (who: string, by: string, query: Query) =>
      get<StatisticsBreakdown>(who, '/api/statistics/breakdown', { by, ...query });
    const province = expectedFigures(ledger, { region: '50', ...H1 });
    for (const by of ['field', 'county', 'child', 'kind', 'form']) {
      const b = await breakdown('cq_mz', by, H1);
      assert.equal(b.by, by);
      assert.deepEqual(sumRows(b), of(province), by);
      const amounts = b.rows.map((r) => r.totalFen);
      assert.deepEqual(amounts, [...amounts].sort((x, y) => y - x), `${by} sorted`);
    }
    const label = (b: StatisticsBreakdown, key: string) => b.rows.find((r) => r.key === key)?.label;
    assert.equal(label(await breakdown('cq_mz', 'field', H1), 'education'), '教育帮扶');
    assert.equal(label(await breakdown('cq_mz', 'county', H1), WUXI), '巫溪县');
    assert.equal(label(await breakdown('cq_mz', 'kind', H1), 'funds'), '捐赠资金');
    assert.equal(label(await breakdown('cq_mz', 'form', H1), 'individual'), '爱心人士');
    const counties = await breakdown('cq_mz', 'county', H1);
    assert.deepEqual(
      counties.rows.map((r) => [r.key, r.totalFen]),
      [WUXI, CHENGKOU]
        .map((c) => [c, expectedFigures(ledger, { region: c, ...H1 }).totalFen] as const)
        .sort((a, b) => b[1] - a[1]),
    );

    // Organizations: the givers that are organizations (caring individuals are not), by name; nothing of the
    // association whose only record was reversed.
    const orgs = await breakdown('cq_mz', 'organization', H1);
    const organizationsOnly = expectedFigures(ledger, { region: '50', ...H1, giverForm: 'foundation' });
    assert.deepEqual(sumRows(orgs), of(organizationsOnly));
    assert.deepEqual(orgs.rows.map((r) => r.key).sort(), [String(g.shancheng), String(g.shandong)].sort());
    assert.ok(orgs.rows.every((r) => r.label.length > 0 && r.label !== r.key));

    // A county's children are its townships, plus what was placed at the county itself (本级).
    const wuxi = await breakdown('wuxi_xczx', 'child', H1);
    assert.deepEqual(sumRows(wuxi), of(expectedFigures(ledger, { region: WUXI, ...H1 })));
    assert.deepEqual(wuxi.rows.map((r) => r.key).sort(), [WUXI, HONGCHIBA]);
    assert.equal(label(wuxi, WUXI), '巫溪县（本级）');
    assert.equal(label(wuxi, HONGCHIBA), '红池坝镇');
    // A village has no children: its own records are its only row.
    const village = await breakdown('zhonggang', 'child', H1);
    assert.deepEqual(sumRows(village), of(expectedFigures(ledger, { region: ZHONGGANG, ...H1 })));
  });

  test('tree: the children of the region with their amounts', async () => {
    const tree = await get<RegionTree>('wuxi_xczx', '/api/statistics/tree', H1);
    assert.equal(tree.region.code, WUXI);
    const townships = await db().selectFrom('regions').select('code').where('parent_code', '=', WUXI).execute();
    assert.equal(tree.children.length, townships.length);
    const hcb = tree.children.find((c) => c.code === HONGCHIBA);
    const expected = expectedFigures(ledger, { region: HONGCHIBA, ...H1 });
    assert.deepEqual(hcb, {
      code: HONGCHIBA,
      name: '红池坝镇',
      level: 4,
      records: expected.records,
      totalFen: expected.totalFen,
      beneficiaries: expected.beneficiaries,
      hasChildren: true,
    });
    assert.ok(tree.children.filter((c) => c.code !== HONGCHIBA).every((c) => c.records === 0 && c.totalFen === 0));

    const national = await get<RegionTree>('admin', '/api/statistics/tree', H1);
    assert.equal(national.region.code, null);
    assert.equal(national.children.find((c) => c.code === '50')?.totalFen, expectedFigures(ledger, { region: '50', ...H1 }).totalFen);
    assert.equal(national.children.find((c) => c.code === '37')?.totalFen, expectedFigures(ledger, { region: '37', ...H1 }).totalFen);

    const village = await get<RegionTree>('zhonggang', '/api/statistics/tree', H1);
    assert.deepEqual(village.children, []);
  });

  test('drill-down: the ledger list with the same filters adds up to each figure', async () => {
    const list = async (who: string, query: Query) => {
      const items: AidRecordView[] = [];
      let cursor: string | null = null;
      do {
        const page: AidRecordPage = await get<AidRecordPage>(who, '/api/aid-records', { ...query, limit: 7, ...(cursor ? { cursor } : {}) });
        items.push(...page.items);
        cursor = page.nextCursor;
      } while (cursor !== null);
      return {
        records: items.reduce((n, r) => n + (r.reversesId === null ? 1 : -1), 0),
        amountFen: items.reduce((n, r) => n + r.amountFen, 0),
        beneficiaries: items.reduce((n, r) => n + r.beneficiaryCount, 0),
        materialQuantity: items.reduce((n, r) => n + r.materialQuantity, 0),
      };
    };
    const days = { from: '2024-01-01', to: '2024-06-30' };
    const drill = async (who: string, query: Query) => {
      const s = await summary(who, { ...H1, ...query });
      const base = { ...days, ...query };
      const all = await list(who, base);
      assert.deepEqual(all, {
        records: s.figures.records,
        amountFen: s.figures.totalFen,
        beneficiaries: s.figures.beneficiaries,
        materialQuantity: s.figures.materialQuantity,
      }, `${who} ${JSON.stringify(query)}`);
      const amount = async (extra: Query) => (await list(who, { ...base, ...extra })).amountFen;
      assert.equal(await amount({ kind: 'funds' }), s.figures.fundsFen);
      assert.equal(await amount({ kind: 'materials' }), s.figures.materialValueFen);
      assert.equal((await list(who, { ...base, kind: 'materials' })).records, s.figures.materialRecords);
      assert.equal(await amount({ kind: 'purchase' }), s.figures.purchaseFen);
      assert.equal((await list(who, { ...base, kind: 'activity' })).records, s.figures.activities);
      assert.equal((await list(who, { ...base, kind: 'employment' })).beneficiaries, s.figures.employed);
      assert.equal(await amount({ kind: 'activity' }) + (await amount({ kind: 'service' })), s.figures.serviceFen);
      assert.equal(await amount({ confirmation: 'confirmed' }), s.figures.confirmedFen);
      assert.equal(await amount({ confirmation: 'unconfirmed' }), s.figures.unconfirmedFen);
      assert.equal(await amount({ confirmation: 'disputed' }), s.figures.disputedFen);
      assert.equal(await amount({ counterpart: 'true' }), s.counterpart.totalFen);
      assert.equal((await list(who, { ...base, counterpart: 'true' })).records, s.counterpart.records);
      for (const c of s.purchaseByChannel) {
        assert.equal(await amount({ kind: 'purchase', purchaseChannel: c.channel }), c.amountFen, c.channel);
      }
      return s;
    };
    const province = await drill('cq_mz', { region: '50' });
    assert.ok(province.figures.confirmedFen > 0 && province.figures.disputedFen > 0 && province.purchaseByChannel.length === 2);
    await drill('cq_mz', { region: WUXI, programId: g.program });
    await drill('cq_mz', { keyField: 'education', giverForm: 'foundation' });
    await drill('admin', { organizationId: g.shandong });
    await drill('zhonggang', {});
    await drill('org_admin', { region: '50' });
  });

  test('a new record shows in the next call, from the rollups and from the records', async () => {
    const before = await summary('wuxi_xczx', H1);
    const beforeVillage = await summary('zhonggang', H1);
    const [added] = await appendDrafts(db(), [
      draft({ organization_id: g.shancheng, occurred_on: '2024-06-20', amount_fen: 12_345, beneficiary_count: 2 }),
    ]);
    assert.ok(added);
    ledger.push({ id: added.id, draft: draft({ organization_id: g.shancheng, occurred_on: '2024-06-20', amount_fen: 12_345, beneficiary_count: 2 }), confirmation: 'unconfirmed', reversed: false });
    const after = await summary('wuxi_xczx', H1);
    const afterVillage = await summary('zhonggang', H1);
    assert.equal(after.figures.totalFen - before.figures.totalFen, 12_345);
    assert.equal(after.figures.records - before.figures.records, 1);
    assert.equal(after.figures.unconfirmedFen - before.figures.unconfirmedFen, 12_345);
    assert.equal(afterVillage.figures.fundsFen - beforeVillage.figures.fundsFen, 12_345);
    assert.equal(afterVillage.figures.beneficiaries - beforeVillage.figures.beneficiaries, 2);
  });

  test('defaults: this year, January to this month', async () => {
    const s = await summary('cq_mz', {});
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
    assert.equal(s.from, `${today.slice(0, 4)}-01`);
    assert.equal(s.to, today.slice(0, 7));
    assert.deepEqual(s.region, { code: '50', name: '重庆市' });
  });

  test('bad filters: the field is named, in Chinese; wider regions and other organizations are refused', async () => {
    const fail = async (who: string, path: string, query: Query, status: number, code: string, field: string) => {
      const res = await call(who, path, query);
      assert.equal(res.statusCode, status, res.body);
      const body = res.json<{ code: string; fields?: { field: string; message: string }[] }>();
      assert.equal(body.code, code);
      const f = body.fields?.find((x) => x.field === field);
      assert.ok(f, `${field} named: ${res.body}`);
      assert.match(f.message, /[\u4e00-\u9fa5]/);
    };
    await fail('cq_mz', '/api/statistics/summary', { from: '2024-05', to: '2024-02' }, 400, 'VALIDATION_FAILED', 'to');
    await fail('cq_mz', '/api/statistics/trend', { from: '2024-13' }, 400, 'VALIDATION_FAILED', 'from');
    await fail('cq_mz', '/api/statistics/summary', { region: '509999' }, 400, 'VALIDATION_FAILED', 'region');
    await fail('cq_mz', '/api/statistics/summary', { keyField: 'no_such_field' }, 400, 'VALIDATION_FAILED', 'keyField');
    await fail('cq_mz', '/api/statistics/summary', { programId: 999_999 }, 400, 'VALIDATION_FAILED', 'programId');
    await fail('cq_mz', '/api/statistics/breakdown', { by: 'township' }, 400, 'VALIDATION_FAILED', 'by');
    await fail('chengkou_mz', '/api/statistics/summary', { region: WUXI }, 403, 'OUT_OF_SCOPE', 'region');
    await fail('wuxi_xczx', '/api/statistics/summary', { region: '50' }, 403, 'OUT_OF_SCOPE', 'region');
    await fail('zhonggang', '/api/statistics/summary', { region: HONGCHIBA }, 403, 'OUT_OF_SCOPE', 'region');
    await fail('org_admin', '/api/statistics/summary', { organizationId: g.shandong }, 403, 'OUT_OF_SCOPE', 'organizationId');
  });
});
