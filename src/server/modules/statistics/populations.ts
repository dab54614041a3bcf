// Key populations in a region: the active households of each (a household belongs to its category, to each of its
// situations and, with a disability, to 'persons_with_disability' — whichever of those codes the key_populations
// table holds), how many received aid in the period (a record naming the household that still stands after
// reversals) and how much. Counts only: no household is named here.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';
import { RECORD_SOURCE } from './figures.ts';
import { recordWhere } from './record-queries.ts';
import type { PopulationCoverage } from './schemas.ts';
import type { StatisticsScope } from './scope.ts';

export async function populationCoverage(db: Kysely<DB>, s: StatisticsScope): Promise<PopulationCoverage> {
  // A record for a household may be placed at the household's township: the household decides the region, so the
  // records are found by household, with every other filter of the scope.
  const aidScope: StatisticsScope = { ...s, area: null };
  const rows = await db
    .with('h', (w) =>
      w
        .selectFrom('households')
        .select(['id', 'category', 'situations', 'has_disability'])
        .where('status', '=', 'active')
        .$if(s.area !== null, (q) => q.where('region_code', 'like', `${s.area}%`)),
    )
    .with('member', (w) =>
      w
        .selectFrom('h')
        .select([
          'h.id',
          sql<string>`unnest(array[h.category]::text[] || h.situations
            || case when h.has_disability then array['persons_with_disability']::text[] else '{}'::text[] end)`.as('code'),
        ]),
    )
    .with('aid', (w) =>
      w
        .selectFrom('aid_records')
        .select([
          'household_id',
          sql<number>`sum(${RECORD_SOURCE.net})`.as('records'),
          sql<number>`sum(amount_fen)::bigint`.as('total_fen'),
        ])
        .where('household_id', 'in', (q) => q.selectFrom('h').select('h.id'))
        .where(recordWhere(aidScope))
        .groupBy('household_id'),
    )
    .selectFrom('key_populations as kp')
    .leftJoin(
      (q) => q.selectFrom('member').select(['member.id', 'member.code']).distinct().as('m'),
      (j) => j.onRef('m.code', '=', 'kp.code'),
    )
    .leftJoin('aid as a', 'a.household_id', 'm.id')
    .select([
      'kp.code',
      'kp.name_zh',
      sql<number>`count(m.id)`.as('households'),
      sql<number>`count(m.id) filter (where a.records > 0)`.as('helped'),
      sql<number>`coalesce(sum(a.total_fen), 0)::bigint`.as('total_fen'),
    ])
    .where('kp.retired_at', 'is', null)
    .groupBy(['kp.code', 'kp.name_zh', 'kp.sort_order'])
    .orderBy('kp.sort_order')
    .orderBy('kp.code')
    .execute();
  return {
    rows: rows.map((r) => ({
      code: r.code,
      label: r.name_zh,
      households: r.households,
      helped: r.helped,
      notHelped: r.households - r.helped,
      totalFen: r.total_fen,
    })),
  };
}
