// What figures can be grouped by, and whether the monthly rollups hold that grouping. The rollups know the county,
// the month, the field, the kind and the form of every sum, but no township, village or organization: a grouping by
// one of those, or children of a county, is read from the records.
import { REGION_LEVELS } from '../../../common/glossary.ts';

export type Dimension = 'none' | 'counterpart' | 'month' | 'field' | 'county' | 'child' | 'kind' | 'form' | 'organization';

/** The code length one level below `area` (null: provinces); undefined below a village. */
export function childLength(area: string | null): number | undefined {
  if (area === null) return 2;
  const lengths = Object.keys(REGION_LEVELS).map(Number);
  return lengths.find((n) => n > area.length);
}

/** Whether the rollups can answer this grouping for the area. */
export function rollupHolds(dim: Dimension, area: string | null): boolean {
  if (dim === 'organization') return false;
  if (dim === 'child') return (childLength(area) ?? 99) <= 6;
  return true;
}
