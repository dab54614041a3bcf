import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { useTestApp } from '../../../../test/support/app.ts';
import { insertPairing, programWith } from '../coverage/fixtures.ts';
import { expectedFigures, type WrittenRecord } from './expected.ts';
import { CHENGKOU, givers, HONGCHIBA, WUXI, writeLedger, ZHONGGANG, type Givers } from './fixtures.ts';
import type { AreaCoveragePage } from './schemas.ts';

const H1 = { from: '2024-01', to: '2024-06' };

describe('statistics: a program\'s key areas with their pairings and aid in the period, gaps flagged', () => {
  const t = useTestApp();
  const db = () => t().database.db;
  let g: Givers;
  let ledger: WrittenRecord[];
  let program: number;
  let emptyVillage: string;

  const page = async (who: string, query: Record<string, string | number | boolean>) => {
    const res = await t().request(who, {
      method: 'GET',
      url: '/api/statistics/areas',
      query: Object.fromEntries(Object.entries({ programId: program, ...query }).map(([k, v]) => [k, String(v)])),
    });
    assert.equal(res.statusCode, 200, res.body);
    return res.json<AreaCoveragePage>();
  };

  before(async () => {
    g = await givers(db());
    ledger = await writeLedger(db(), g);
    const villages = await db()
      .selectFrom('regions')
      .select('code')
      .where('code', 'like', `${CHENGKOU}%`)
      .where('level', '=', 5)
      .orderBy('code')
      .limit(2)
      .execute();
    assert.equal(villages[0]?.code, g.chengkouVillage);
    emptyVillage = villages[1]!.code;
    program = await programWith(db(), [
      { region: WUXI, kind: 'key_county_municipal' },
      { region: HONGCHIBA, kind: 'deep_poverty_township' },
      { region: g.chengkouVillage, kind: 'designated_village' },
      { region: emptyVillage, kind: 'designated_village' },
      { region: CHENGKOU, kind: 'key_county_municipal', retired: true },
    ]);
    const during = { startDate: '2023-06-01', endDate: '2025-05-31' };
    // Counts for 巫溪县 (its place) and 红池坝镇 (inside it).
    await insertPairing(db(), { programId: program, organizationId: g.shancheng, places: [WUXI], ...during });
    // Counts for the first 城口 village until it ended on 2024-03-01 (China time).
    const ended = await insertPairing(db(), { programId: program, organizationId: g.shandong, places: [g.chengkouVillage], status: 'ended', ...during });
    await db().updateTable('pairings').set({ ended_at: new Date('2024-02-29T17:00:00Z') }).where('id', '=', ended).execute();
    // None of these counts: pending, over before 2024, another program's.
    await insertPairing(db(), { programId: program, organizationId: g.shandong, places: [emptyVillage], status: 'pending', ...during });
    await insertPairing(db(), { programId: program, organizationId: g.shandong, places: [emptyVillage], startDate: '2022-01-01', endDate: '2023-12-31' });
    await insertPairing(db(), { programId: g.program, organizationId: g.shandong, places: [ZHONGGANG, emptyVillage], ...during });
  });

  test('every current key area in scope, with pairings, aid and gaps; totals over all; keyset pages', async () => {
    const aid = (region: string) => {
      const f = expectedFigures(ledger, { region, ...H1 });
      return { records: f.records, totalFen: f.totalFen, beneficiaries: f.beneficiaries };
    };
    const all = await page('cq_mz', { ...H1, limit: 200 });
    assert.deepEqual(all.totals, { areas: 4, gaps: 1, unpaired: 1 });
    assert.equal(all.nextCursor, null);
    assert.deepEqual(all.items, [
      { regionCode: g.chengkouVillage, regionName: all.items[0]!.regionName, designationKind: 'designated_village', pairings: 1, ...aid(g.chengkouVillage), gap: false },
      { regionCode: emptyVillage, regionName: all.items[1]!.regionName, designationKind: 'designated_village', pairings: 0, records: 0, totalFen: 0, beneficiaries: 0, gap: true },
      { regionCode: WUXI, regionName: '重庆市 / 巫溪县', designationKind: 'key_county_municipal', pairings: 1, ...aid(WUXI), gap: false },
      { regionCode: HONGCHIBA, regionName: '重庆市 / 巫溪县 / 红池坝镇', designationKind: 'deep_poverty_township', pairings: 1, ...aid(HONGCHIBA), gap: false },
    ]);
    assert.match(all.items[1]!.regionName, /^重庆市 \/ 城口县 \/ /);
    assert.ok(aid(g.chengkouVillage).records > 0 && aid(WUXI).totalFen > aid(HONGCHIBA).totalFen);

    // One area a page, in the same order.
    const codes: string[] = [];
    let cursor: string | null = null;
    do {
      const p: AreaCoveragePage = await page('cq_mz', { ...H1, limit: 1, ...(cursor ? { cursor } : {}) });
      assert.deepEqual(p.totals, all.totals);
      codes.push(...p.items.map((i) => i.regionCode));
      cursor = p.nextCursor;
    } while (cursor !== null);
    assert.deepEqual(codes, all.items.map((i) => i.regionCode));

    const gaps = await page('cq_mz', { ...H1, onlyGaps: true });
    assert.deepEqual(gaps.items.map((i) => i.regionCode), [emptyVillage]);
    assert.deepEqual(gaps.totals, all.totals);
  });

  test('the period decides: an ended pairing stops counting, records outside the months do not count', async () => {
    const spring = await page('cq_mz', { from: '2024-04', to: '2024-06' });
    const village = spring.items.find((i) => i.regionCode === g.chengkouVillage);
    assert.equal(village?.pairings, 0);
    assert.equal(village?.records, expectedFigures(ledger, { region: g.chengkouVillage, from: '2024-04', to: '2024-06' }).records);
    const winter = await page('cq_mz', { from: '2023-12', to: '2023-12' });
    assert.deepEqual(
      winter.items.map((i) => [i.regionCode, i.gap]),
      [[g.chengkouVillage, true], [emptyVillage, true], [WUXI, false], [HONGCHIBA, false]],
    );
  });

  test('scope: a county sees its own areas, an organization its own pairings and aid, others are refused', async () => {
    const wuxi = await page('wuxi_xczx', H1);
    assert.deepEqual(wuxi.items.map((i) => i.regionCode), [WUXI, HONGCHIBA]);
    assert.deepEqual(wuxi.totals, { areas: 2, gaps: 0, unpaired: 0 });

    const own = await page('org_admin', H1);
    const mine = (region: string) => expectedFigures(ledger, { region, ...H1, organizationId: g.shancheng });
    assert.deepEqual(
      own.items.map((i) => [i.regionCode, i.pairings, i.records, i.totalFen]),
      [
        [g.chengkouVillage, 0, mine(g.chengkouVillage).records, mine(g.chengkouVillage).totalFen],
        [emptyVillage, 0, 0, 0],
        [WUXI, 1, mine(WUXI).records, mine(WUXI).totalFen],
        [HONGCHIBA, 1, mine(HONGCHIBA).records, mine(HONGCHIBA).totalFen],
      ],
    );

    const other = await programWith(db(), [{ region: WUXI, kind: 'key_county_municipal' }], WUXI);
    const res = await t().request('chengkou_mz', { method: 'GET', url: `/api/statistics/areas?programId=${other}` });
    assert.equal(res.statusCode, 404, res.body);
    const missing = await t().request('cq_mz', { method: 'GET', url: '/api/statistics/areas?programId=999999' });
    assert.equal(missing.statusCode, 404, missing.body);
    const noProgram = await t().request('cq_mz', { method: 'GET', url: '/api/statistics/areas' });
    assert.equal(noProgram.statusCode, 400, noProgram.body);
  });
});
