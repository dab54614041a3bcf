import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { useTestApp } from '../../../../test/support/app.ts';
import { accountIdOf } from '../claims/fixtures.ts';
import { organizationIdOf } from '../coverage/fixtures.ts';
import { testProgram } from '../pairings/fixtures.ts';
import { appendDrafts, draft } from './fixtures.ts';
import type { AidRecordDetail, AidRecordPage, AidRecordView } from './schemas.ts';
import { CHENGKOU, testHousehold, WUXI, XINGHE, ZHONGGANG, type Failure } from './test-helpers.ts';

const JINYAN = '500229212204'; // 城口县鸡鸣乡金岩村

describe('ledger: the list, its scope per role, and the drill-down from statistics', () => {
  const t = useTestApp();
  const db = () => t().database.db;
  const ids: Record<string, number> = {};
  let program = 0;

  const list = (who: string, query = '') => t().request(who, { method: 'GET', url: `/api/aid-records${query}` });
  /** Every row for the filters, page by page (small pages, to walk the keyset). */
  const all = async (who: string, query: Record<string, string> = {}): Promise<AidRecordView[]> => {
    const rows: AidRecordView[] = [];
    let cursor: string | null = null;
    do {
      const qs: string = new URLSearchParams({ ...query, limit: '3', ...(cursor ? { cursor } : {}) }).toString();
      const res = await list(who, `?${qs}`);
      assert.equal(res.statusCode, 200, res.body);
      const page: AidRecordPage = res.json<AidRecordPage>();
      rows.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor !== null);
    return rows;
  };
  const sum = (rows: AidRecordView[]) => rows.reduce((s, r) => s + r.amountFen, 0);

  before(async () => {
    const shancheng = await organizationIdOf(db(), 'org_admin');
    const shandong = await organizationIdOf(db(), 'sd_org');
    const caring = await accountIdOf(db(), 'caring');
    program = await testProgram(db());
    const home = await testHousehold(db(), t().config, '王德富');
    const sc = (o: Parameters<typeof draft>[0]) => draft({ ...o, organization_id: shancheng });
    const sd = (o: Parameters<typeof draft>[0]) => draft({ ...o, organization_id: shandong, counterpart: true });
    const [a, b, c, d, e, f, g, h, i] = await appendDrafts(db(), [
      sc({ organization_id: shancheng, occurred_on: '2026-01-10', amount_fen: 100_000, program_id: program, household_id: home }),
      sc({ organization_id: shancheng, occurred_on: '2026-02-03', region_code: XINGHE, kind: 'purchase', purchase_channel: 'online', amount_fen: 250_000, key_field_code: 'consumption' }),
      sc({ organization_id: shancheng, occurred_on: '2026-03-15', region_code: WUXI, kind: 'activity', activity_type: 'training', amount_fen: 30_000, staff_count: 4 }),
      sc({ organization_id: shancheng, occurred_on: '2026-03-15', region_code: JINYAN, amount_fen: 70_000 }),
      sd({ organization_id: shandong, occurred_on: '2026-02-20', amount_fen: 500_000, program_id: program, household_id: home }),
      sd({ organization_id: shandong, occurred_on: '2026-04-01', region_code: JINYAN, amount_fen: 120_000 }),
      draft({ caring_account_id: caring, occurred_on: '2026-04-02', amount_fen: 20_000, household_id: home }),
      sc({ organization_id: shancheng, occurred_on: '2026-05-05', amount_fen: 40_000, kind: 'materials', material_quantity: 10,
        items: [{ name: '米', quantity: 10, unit: '袋', value_fen: 40_000 }] }),
      sc({ organization_id: shancheng, occurred_on: '2026-05-06', amount_fen: 15_000 }),
    ]);
    Object.assign(ids, { a: a!.id, b: b!.id, c: c!.id, d: d!.id, e: e!.id, f: f!.id, g: g!.id, h: h!.id, i: i!.id });
    // a confirmed, e disputed, h confirmed then reversed (its reversal stays confirmed), i reversed while unconfirmed.
    const receipt = async (who: string, id: number, status: string, reason?: string) => {
      const res = await t().request(who, { method: 'POST', url: `/api/aid-records/${id}/receipt`, payload: { status, ...(reason ? { reason } : {}) } });
      assert.equal(res.statusCode, 200, res.body);
    };
    await receipt('zhonggang', ids.a!, 'confirmed');
    await receipt('hongchiba', ids.e!, 'disputed', '没有收到');
    await receipt('zhonggang', ids.h!, 'confirmed');
    for (const id of [ids.h!, ids.i!]) {
      const res = await t().request('org_admin', { method: 'POST', url: `/api/aid-records/${id}/reverse`, payload: { reason: '录错' } });
      assert.equal(res.statusCode, 201, res.body);
      ids[`rev${id}`] = res.json<AidRecordView>().id;
    }
  });

  test('401 without a session; a region or organization outside the caller\'s scope is refused', async () => {
    assert.equal((await t().request(null, { method: 'GET', url: '/api/aid-records' })).statusCode, 401);
    for (const [who, query] of [
      ['chengkou_mz', '?region=500238'],
      ['zhonggang', '?region=500238118'],
      ['wuxi_xczx', '?region=50'],
      ['org_admin', `?organizationId=${await organizationIdOf(db(), 'sd_org')}`],
    ] as const) {
      const res = await list(who, query);
      assert.equal(res.statusCode, 403, `${who} ${query}: ${res.body}`);
      assert.equal(res.json<Failure>().code, 'OUT_OF_SCOPE');
    }
    const bad = await list('org_admin', '?cursor=bm90LWEtY3Vyc29y');
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json<Failure>().fields?.[0]?.field, 'cursor');
  });

  test('each role sees its own: the giver its records, the liaison its village or township, the official its county', async () => {
    const seen = async (who: string, query: Record<string, string> = {}) => (await all(who, query)).map((r) => r.id).sort((x, y) => x - y);
    const of = (...keys: string[]) => keys.map((k) => ids[k]!).sort((x, y) => x - y);
    const revH = `rev${ids.h}`;
    const revI = `rev${ids.i}`;
    assert.deepEqual(await seen('org_admin'), of('a', 'b', 'c', 'd', 'h', 'i', revH, revI));
    assert.deepEqual(await seen('sd_org'), of('e', 'f'));
    assert.deepEqual(await seen('caring'), of('g'));
    assert.deepEqual(await seen('zhonggang'), of('a', 'e', 'g', 'h', 'i', revH, revI), '中岗村 only');
    assert.deepEqual(await seen('hongchiba'), of('a', 'b', 'e', 'g', 'h', 'i', revH, revI), '红池坝镇 and its villages');
    assert.deepEqual(await seen('wuxi_xczx'), of('a', 'b', 'c', 'e', 'g', 'h', 'i', revH, revI), '巫溪县, not 城口县');
    assert.deepEqual(await seen('chengkou_mz'), of('d', 'f'), '城口县, not 巫溪县');
    assert.deepEqual(await seen('cq_mz', { region: XINGHE }), of('b'));

    // One record: out of scope is not found.
    for (const [who, key] of [['chengkou_mz', 'a'], ['sd_org', 'a'], ['zhonggang', 'b'], ['caring', 'a'], ['org_admin', 'e']] as const) {
      const res = await t().request(who, { method: 'GET', url: `/api/aid-records/${ids[key]}` });
      assert.equal(res.statusCode, 404, `${who} reading ${key}: ${res.body}`);
    }
  });

  test('households are named for the liaison and the official, masked for givers', async () => {
    const label = async (who: string, key: string) =>
      (await t().request(who, { method: 'GET', url: `/api/aid-records/${ids[key]}` })).json<AidRecordDetail>().record.household?.label;
    assert.equal(await label('zhonggang', 'a'), '王德富');
    assert.equal(await label('wuxi_xczx', 'a'), '王德富');
    assert.equal(await label('org_admin', 'a'), '王某');
    assert.equal(await label('sd_org', 'e'), '王某');
  });

  test('the rows come newest first, by date then id, each once across pages', async () => {
    const rows = await all('cq_mz');
    const keys = rows.map((r) => `${r.occurredOn}#${String(r.id).padStart(6, '0')}`);
    assert.deepEqual(keys, [...keys].sort().reverse());
    assert.equal(new Set(rows.map((r) => r.id)).size, rows.length);
    assert.equal(rows.length, 11);
  });

  test('standing, reversal and confirmation are what the statistics count', async () => {
    const pick = async (query: Record<string, string>) => (await all('cq_mz', query)).map((r) => r.id).sort((x, y) => x - y);
    assert.deepEqual(await pick({ standing: 'reversed' }), [ids.h!, ids.i!]);
    assert.deepEqual(await pick({ standing: 'reversal' }), [ids[`rev${ids.h}`]!, ids[`rev${ids.i}`]!]);
    assert.equal((await pick({ standing: 'standing' })).length, 7);
    assert.deepEqual(await pick({ confirmation: 'disputed' }), [ids.e!]);
    assert.deepEqual(await pick({ confirmation: 'confirmed' }), [ids.a!, ids.h!, ids[`rev${ids.h}`]!], 'the reversal of a confirmed record stays confirmed');
    const rows = await all('cq_mz', { standing: 'reversal' });
    assert.deepEqual(rows.map((r) => r.standing), ['reversal', 'reversal']);
    assert.deepEqual(rows.map((r) => r.confirmation).sort(), ['confirmed', 'unconfirmed']);
  });

  test('drill-down: the sum over all pages of a filtered list equals the rollup the statistics read', async () => {
    /** The rollup's sums for a county-level filter: what the statistics answer. */
    const rollup = async (where: { county?: string; province?: string; from: string; to: string; kind?: string; confirmation?: string; counterpart?: boolean; program?: number }) => {
      const row = await db()
        .selectFrom('aid_month_totals')
        .select([sql<number>`coalesce(sum(amount_fen), 0)::bigint`.as('amount'), sql<number>`coalesce(sum(records), 0)::bigint`.as('records')])
        .$if(where.county !== undefined, (q) => q.where('county_code', '=', where.county!))
        .$if(where.province !== undefined, (q) => q.where('province_code', '=', where.province!))
        .where('month', '>=', `${where.from}-01`)
        .where('month', '<=', `${where.to}-01`)
        .$if(where.kind !== undefined, (q) => q.where('kind', '=', where.kind as 'funds'))
        .$if(where.confirmation !== undefined, (q) => q.where('confirmation', '=', where.confirmation as 'confirmed'))
        .$if(where.counterpart !== undefined, (q) => q.where('counterpart', '=', where.counterpart!))
        .$if(where.program !== undefined, (q) => q.where('program_id', '=', where.program!))
        .executeTakeFirstOrThrow();
      return { amount: Number(row.amount), records: Number(row.records) };
    };
    const net = (rows: AidRecordView[]) => rows.filter((r) => r.standing !== 'reversal').length - rows.filter((r) => r.standing === 'reversal').length;
    const cases: [Record<string, string>, Parameters<typeof rollup>[0]][] = [
      [{ region: WUXI, from: '2026-01-01', to: '2026-12-31' }, { county: WUXI, from: '2026-01', to: '2026-12' }],
      [{ region: WUXI, from: '2026-03-01', to: '2026-05-31', kind: 'funds' }, { county: WUXI, from: '2026-03', to: '2026-05', kind: 'funds' }],
      [{ region: '50', from: '2026-01-01', to: '2026-12-31', confirmation: 'confirmed' }, { province: '50', from: '2026-01', to: '2026-12', confirmation: 'confirmed' }],
      [{ region: '50', from: '2026-01-01', to: '2026-12-31', confirmation: 'unconfirmed' }, { province: '50', from: '2026-01', to: '2026-12', confirmation: 'unconfirmed' }],
      [{ region: CHENGKOU, from: '2026-01-01', to: '2026-12-31', counterpart: 'true' }, { county: CHENGKOU, from: '2026-01', to: '2026-12', counterpart: true }],
      [{ region: '50', from: '2026-01-01', to: '2026-12-31', programId: String(program) }, { province: '50', from: '2026-01', to: '2026-12', program }],
    ];
    for (const [query, where] of cases) {
      const rows = await all('cq_mz', query);
      const expected = await rollup(where);
      assert.equal(sum(rows), expected.amount, `amount for ${JSON.stringify(query)}`);
      assert.equal(net(rows), expected.records, `records for ${JSON.stringify(query)}`);
    }
    // And against the records written, independently: 巫溪县 in 2026 holds a, b, c, e, g and the two netted pairs.
    assert.equal(sum(await all('wuxi_xczx', { from: '2026-01-01', to: '2026-12-31' })), 100_000 + 250_000 + 30_000 + 500_000 + 20_000);
    assert.equal(sum(await all('wuxi_xczx', { confirmation: 'confirmed' })), 100_000);
  });

  test('every other filter narrows the list', async () => {
    const pick = async (who: string, query: Record<string, string>) => (await all(who, query)).map((r) => r.id).sort((x, y) => x - y);
    assert.deepEqual(await pick('cq_mz', { kind: 'purchase', purchaseChannel: 'online' }), [ids.b!]);
    assert.deepEqual(await pick('cq_mz', { keyField: 'consumption' }), [ids.b!]);
    assert.deepEqual(await pick('cq_mz', { giverForm: 'individual' }), [ids.g!]);
    assert.deepEqual(await pick('cq_mz', { organizationId: String(await organizationIdOf(db(), 'sd_org')) }), [ids.e!, ids.f!]);
    assert.deepEqual(await pick('cq_mz', { counterpart: 'true' }), [ids.e!, ids.f!]);
    assert.deepEqual(await pick('cq_mz', { householdId: String((await all('cq_mz', { giverForm: 'individual' }))[0]!.household!.id) }), [ids.a!, ids.e!, ids.g!]);
    assert.deepEqual(await pick('cq_mz', { region: ZHONGGANG, from: '2026-04-01', to: '2026-04-30' }), [ids.g!]);
    assert.deepEqual(await pick('org_admin', { region: JINYAN }), [ids.d!], 'a giver filters its own records by place');
  });
});
