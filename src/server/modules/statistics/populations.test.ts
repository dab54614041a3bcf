import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import type { Kysely } from 'kysely';
import { idNumberCheckChar } from '../../../common/id-number.ts';
import { useTestApp } from '../../../../test/support/app.ts';
import type { DB, HouseholdCategory } from '../../db/types.ts';
import { sensitiveFor } from '../../platform/sensitive.ts';
import { organizationIdOf } from '../coverage/fixtures.ts';
import { appendDrafts, draft } from '../ledger/fixtures.ts';
import { textArray } from '../organizations/names.ts';
import { HONGCHIBA, reversalOf, ZHONGGANG, type Overrides } from './fixtures.ts';
import type { PopulationCoverage } from './schemas.ts';

const H1 = { from: '2024-01', to: '2024-06' };
let serial = 0;

describe('statistics: key populations, households helped and not helped', () => {
  const t = useTestApp();
  const db = () => t().database.db;
  let chengkouVillage: string;

  async function household(
    d: Kysely<DB>,
    o: { region?: string; category: HouseholdCategory; situations?: string[]; disability?: boolean; archived?: boolean },
  ): Promise<number> {
    serial += 1;
    const first17 = `50023819700101${String(500 + serial)}`;
    const idNumber = `${first17}${idNumberCheckChar(first17)}`;
    const sensitive = sensitiveFor(t().config);
    const row = await d
      .insertInto('households')
      .values({
        region_code: o.region ?? ZHONGGANG,
        head_name: `统计测试户${serial}`,
        id_number_encrypted: sensitive.encryptIdNumber(idNumber),
        id_number_hash: sensitive.hashIdNumber(idNumber),
        members_count: 3,
        category: o.category,
        situations: textArray(o.situations ?? []) as unknown as string[],
        has_disability: o.disability ?? false,
        status: o.archived ? 'archived' : 'active',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  const coverage = async (who: string, query: Record<string, string | number>) => {
    const res = await t().request(who, {
      method: 'GET',
      url: '/api/statistics/populations',
      query: Object.fromEntries(Object.entries(query).map(([k, v]) => [k, String(v)])),
    });
    assert.equal(res.statusCode, 200, res.body);
    return res.json<PopulationCoverage>();
  };
  /** The rows with any household, as [code, households, helped, notHelped, totalFen]. */
  const nonEmpty = (c: PopulationCoverage) =>
    c.rows.filter((r) => r.households > 0).map((r) => [r.code, r.households, r.helped, r.notHelped, r.totalFen]);

  before(async () => {
    const shancheng = await organizationIdOf(db(), 'org_admin');
    const shandong = await organizationIdOf(db(), 'sd_org');
    chengkouVillage = (
      await db().selectFrom('regions').select('code').where('code', 'like', '500229%').where('level', '=', 5).orderBy('code').executeTakeFirstOrThrow()
    ).code;
    const a = await household(db(), { category: 'edge', situations: ['serious_illness'], disability: true });
    const b = await household(db(), { category: 'dibao' });
    // 'other' and an unknown situation are not key populations: only the left-behind children count.
    const c = await household(db(), { category: 'other', situations: ['left_behind_children', 'not_a_population'] });
    await household(db(), { category: 'edge', archived: true });
    const e = await household(db(), { region: chengkouVillage, category: 'registered_poor' });

    const sc = (o: Overrides) => draft({ organization_id: shancheng, ...o });
    const [, , toReverse] = await appendDrafts(db(), [
      sc({ household_id: a, occurred_on: '2024-02-10', amount_fen: 10_000 }),
      // Placed at the household's township: the household still decides where it counts.
      sc({ household_id: a, region_code: HONGCHIBA, occurred_on: '2024-03-10', amount_fen: 3_000 }),
      sc({ household_id: b, occurred_on: '2024-03-12', amount_fen: 20_000 }),
      sc({ household_id: c, occurred_on: '2023-05-01', amount_fen: 5_000 }),
      draft({ organization_id: shandong, counterpart: true, household_id: e, region_code: chengkouVillage, occurred_on: '2024-04-01', amount_fen: 7_000 }),
    ]);
    const reversed = sc({ household_id: b, occurred_on: '2024-03-12', amount_fen: 20_000 });
    await appendDrafts(db(), [reversalOf(reversed, toReverse!.id, 'unconfirmed')]);
  });

  test('each key population of the table, with households, helped, not helped and amount', async () => {
    const village = await coverage('zhonggang', H1);
    const codes = await db().selectFrom('key_populations').select('code').where('retired_at', 'is', null).orderBy('sort_order').execute();
    assert.deepEqual(village.rows.map((r) => r.code), codes.map((c) => c.code));
    assert.equal(village.rows.find((r) => r.code === 'edge')?.label, '边缘户');
    assert.deepEqual(nonEmpty(village).sort(), [
      ['dibao', 1, 0, 1, 0],
      ['edge', 1, 1, 0, 13_000],
      ['left_behind_children', 1, 0, 1, 0],
      ['persons_with_disability', 1, 1, 0, 13_000],
      ['serious_illness', 1, 1, 0, 13_000],
    ]);
  });

  test('the region, the months and the filters decide', async () => {
    const province = await coverage('cq_mz', H1);
    assert.deepEqual(province.rows.find((r) => r.code === 'registered_poor'), {
      code: 'registered_poor',
      label: province.rows.find((r) => r.code === 'registered_poor')!.label,
      households: 1,
      helped: 1,
      notHelped: 0,
      totalFen: 7_000,
    });
    // 2023: only the left-behind household's record.
    const earlier = await coverage('cq_mz', { from: '2023-01', to: '2023-12' });
    assert.deepEqual(
      earlier.rows.filter((r) => r.helped > 0).map((r) => [r.code, r.helped, r.totalFen]),
      [['left_behind_children', 1, 5_000]],
    );
    // The organization sees what it gave: not the Shandong foundation's help to the registered-poor household.
    const own = await coverage('org_admin', H1);
    assert.equal(own.rows.find((r) => r.code === 'registered_poor')?.helped, 0);
    assert.equal(own.rows.find((r) => r.code === 'edge')?.helped, 1);
    const medical = await coverage('cq_mz', { ...H1, keyField: 'medical_aid' });
    assert.ok(medical.rows.every((r) => r.helped === 0 && r.totalFen === 0));
    assert.equal(medical.rows.find((r) => r.code === 'edge')?.households, 1);
  });
});
