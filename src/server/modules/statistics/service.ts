// Statistics of the ledger for a resolved scope (scope.ts): the cards (summary), the trend by month, breakdowns and
// the region tree. Reading only. The export job calls the same functions with the scope it was queued with.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';
import { childrenOf } from '../regions/queries.ts';
import { addSums, channelsOf, figuresOf, zeroSums, type Sums } from './figures.ts';
import { labelsOf } from './labels.ts';
import { monthsBetween } from './months.ts';
import type { BreakdownQuery, StatisticsBreakdown, StatisticsSummary, StatisticsTrend } from './schemas.ts';
import type { StatisticsScope } from './scope.ts';
import { giversOf, sourceFor, sumsBy, type SumsOptions } from './sums.ts';

/** Organizations listed in a breakdown by organization, the largest first. */
export const TOP_ORGANIZATIONS = 50;

export async function summaryOf(db: Kysely<DB>, s: StatisticsScope, options: SumsOptions = {}): Promise<StatisticsSummary> {
  const [rows, givers] = await Promise.all([sumsBy(db, s, 'counterpart', options), giversOf(db, s, options)]);
  const all = addSums(rows);
  return {
    region: { code: s.area, name: s.areaName },
    from: s.from,
    to: s.to,
    figures: figuresOf(all, givers.all),
    counterpart: figuresOf(addSums(rows.filter((r) => r.key === 'true')), givers.counterpart),
    purchaseByChannel: channelsOf(all),
    source: sourceFor(s, 'counterpart', options),
  };
}

function point(s: Sums) {
  return {
    records: s.records,
    totalFen: s.total_fen,
    fundsFen: s.funds_fen,
    materialValueFen: s.material_value_fen,
    purchaseFen: s.purchase_fen,
    beneficiaries: s.beneficiaries,
    participants: s.staff + s.volunteers + s.enterprises,
  };
}

/** Every month of the range, those without records as zeros. */
export async function trendOf(db: Kysely<DB>, s: StatisticsScope, options: SumsOptions = {}): Promise<StatisticsTrend> {
  const rows = new Map((await sumsBy(db, s, 'month', options)).map((r) => [r.key, r]));
  return { points: monthsBetween(s.from, s.to).map((month) => ({ month, ...point(rows.get(month) ?? zeroSums()) })) };
}

export async function breakdownOf(
  db: Kysely<DB>,
  s: StatisticsScope,
  by: BreakdownQuery['by'],
  options: SumsOptions = {},
): Promise<StatisticsBreakdown> {
  const sums = (await sumsBy(db, s, by, options))
    .sort((a, b) => b.total_fen - a.total_fen || a.key.localeCompare(b.key))
    .slice(0, by === 'organization' ? TOP_ORGANIZATIONS : undefined);
  const labels = await labelsOf(
    db,
    by,
    sums.map((r) => r.key),
    s.area,
  );
  return {
    by,
    rows: sums.map((r) => ({
      key: r.key,
      label: labels.get(r.key) ?? r.key,
      ...point(r),
      confirmedFen: r.confirmed_fen,
    })),
  };
}

/** The area's children (the provinces for the whole country) with their amounts; none below a village. */
export async function treeOf(db: Kysely<DB>, s: StatisticsScope, options: SumsOptions = {}) {
  const children = s.area !== null && s.area.length >= 12 ? [] : await childrenOf(db, s.area);
  const sums = children.length === 0 ? [] : await sumsBy(db, s, 'child', options);
  const byCode = new Map(sums.map((r) => [r.key, r]));
  return {
    region: { code: s.area, name: s.areaName },
    children: children.map((c) => {
      const r = byCode.get(c.code);
      return {
        code: c.code,
        name: c.display_name,
        level: c.level,
        records: r?.records ?? 0,
        totalFen: r?.total_fen ?? 0,
        beneficiaries: r?.beneficiaries ?? 0,
        hasChildren: Boolean(c.has_children),
      };
    }),
  };
}
