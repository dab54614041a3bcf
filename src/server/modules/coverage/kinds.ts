// The order coverage lists designation kinds in (counties before townships before villages, as departments report
// them). Their Chinese names for the export are the programs' (programs/kinds.ts).
import type { DesignationKind } from '../../db/types.ts';

export const KIND_ORDER: readonly DesignationKind[] = [
  'key_county_national',
  'key_county_municipal',
  'national_key_support_county',
  'deep_poverty_township',
  'designated_village',
];

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
