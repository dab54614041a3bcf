// The Chinese names of the kinds of key area a program designates, as departments write them: in the messages of
// refused designations and in the coverage export.
import type { DesignationKind } from '../../db/types.ts';

export const KIND_LABELS: Record<DesignationKind, string> = {
  key_county_national: '国家级重点县',
  key_county_municipal: '市级重点县',
  deep_poverty_township: '深度贫困乡镇',
  designated_village: '定点村',
  national_key_support_county: '国家乡村振兴重点帮扶县',
};
