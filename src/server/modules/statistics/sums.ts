// One door to the sums: the rollups when they hold the slice (the whole country, a province, a city or a county,
// no organization filter, a grouping they keep), the records otherwise. Tests force the records path to prove both
// give the same figures.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';
import { rollupHolds, type Dimension } from './dimensions.ts';
import type { GiverCounts, Sums } from './figures.ts';
import { recordGivers, recordSums } from './record-queries.ts';
import { rollupGivers, rollupSums } from './rollup-queries.ts';
import type { StatisticsScope } from './scope.ts';

export interface SumsOptions {
  /** Read the records even where the rollups would answer (tests comparing the two paths). */
  source?: 'records';
}

export type Source = 'rollup' | 'records';

export function sourceFor(s: StatisticsScope, dim: Dimension, options: SumsOptions = {}): Source {
  const rollup =
    options.source !== 'records' &&
    s.organizationId === null &&
    (s.area === null || s.area.length <= 6) &&
    rollupHolds(dim, s.area);
  return rollup ? 'rollup' : 'records';
}

export function sumsBy(
  db: Kysely<DB>,
  s: StatisticsScope,
  dim: Dimension,
  options: SumsOptions = {},
): Promise<(Sums & { key: string })[]> {
  return sourceFor(s, dim, options) === 'rollup' ? rollupSums(db, s, dim) : recordSums(db, s, dim);
}

export function giversOf(
  db: Kysely<DB>,
  s: StatisticsScope,
  options: SumsOptions = {},
): Promise<{ all: GiverCounts; counterpart: GiverCounts }> {
  return sourceFor(s, 'counterpart', options) === 'rollup' ? rollupGivers(db, s) : recordGivers(db, s);
}
