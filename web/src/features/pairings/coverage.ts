// How a county stands as a whole, and the figures the coverage cards show, from the server's counts.
import type { CoverageState } from '../../api/coverage.ts';

export interface CoverageCounts {
  total: number;
  paired: number;
  partial: number;
  unpaired: number;
}

/**
 * A county is paired when every key area in it is; unpaired when none is paired even in part; partial otherwise
 * (the colour of its line in the tree).
 */
export function countyState(c: CoverageCounts): CoverageState {
  if (c.total > 0 && c.paired >= c.total) return 'paired';
  if (c.paired + c.partial === 0) return 'unpaired';
  return 'partial';
}

/** The share paired, in whole percent rounded down, so that 99.6 % never reads as complete. */
export function pairedPercent(c: Pick<CoverageCounts, 'total' | 'paired'>): number {
  if (c.total <= 0) return 0;
  return Math.min(100, Math.floor((Math.max(0, c.paired) * 100) / c.total));
}

/** The share paired in part, on top of the paired one (for a two-colour progress bar). */
export function partialPercent(c: CoverageCounts): number {
  if (c.total <= 0) return 0;
  return Math.min(100 - pairedPercent(c), Math.floor((Math.max(0, c.partial) * 100) / c.total));
}
