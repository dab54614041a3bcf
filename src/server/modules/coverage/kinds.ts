// The order coverage lists designation kinds in (counties before townships before villages, as departments report
// them) and their Chinese names for the export. The names are those of programs/service.ts, which does not export its
// table; keep the two the same.
import type { DesignationKind } from '../../db/types.ts';

export const KIND_ORDER: readonly DesignationKind[] = [
  'key_county_national',
  'key_county_municipal',
  'national_key_support_county',
  'deep_poverty_township',
  'designated_village',
];

export const KIND_LABELS: Record<DesignationKind, string> = {
  key_county_national: '国家级重点县',
  key_county_municipal: '市级重点县',
  deep_poverty_township: '深度贫困乡镇',
  designated_village: '定点村',
  national_key_support_county: '国家乡村振兴重点帮扶县',
};

export function isDesignationKind(value: string): value is DesignationKind {
  return (KIND_ORDER as readonly string[]).includes(value);
}

/** Kinds in report order; a kind the list does not know (none today) goes last rather than vanishing. */
export function byKindOrder(a: string, b: string): number {
  const rank = (k: string) => {
    const i = (KIND_ORDER as readonly string[]).indexOf(k);
    return i === -1 ? KIND_ORDER.length : i;
  };
  return rank(a) - rank(b) || a.localeCompare(b);
}
