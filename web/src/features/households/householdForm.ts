// The household form's values and what they become for the server: a registration, or only what an edit changed
// (an unchanged ID number is not sent again, so the server does not re-check and re-hash it for nothing).
import { normaliseIdNumber } from '../../../../src/common/id-number.ts';
import type {
  CreateHouseholdBody,
  Household,
  HouseholdCategory,
  HouseholdSituation,
  UpdateHouseholdBody,
} from '../../api/households.ts';

export interface HouseholdFormValues {
  regionCode?: string;
  headName: string;
  idNumber: string;
  membersCount: number;
  category: HouseholdCategory;
  situations?: HouseholdSituation[];
  hasDisability?: boolean;
  minorsCount?: number;
}

/** The form items the server's field errors may name. */
export const HOUSEHOLD_FIELDS = [
  'regionCode',
  'headName',
  'idNumber',
  'membersCount',
  'category',
  'situations',
  'hasDisability',
  'minorsCount',
  'status',
] as const;

export function toCreateBody(values: HouseholdFormValues): CreateHouseholdBody {
  return {
    regionCode: values.regionCode ?? '',
    headName: values.headName.trim(),
    idNumber: normaliseIdNumber(values.idNumber),
    membersCount: values.membersCount,
    category: values.category,
    situations: [...new Set(values.situations ?? [])],
    hasDisability: values.hasDisability ?? false,
    minorsCount: values.minorsCount ?? 0,
  };
}

export function formValuesOf(h: Household): HouseholdFormValues {
  return {
    regionCode: h.region.code,
    headName: h.headName,
    idNumber: h.idNumber,
    membersCount: h.membersCount,
    category: h.category,
    situations: h.situations as HouseholdSituation[],
    hasDisability: h.hasDisability,
    minorsCount: h.minorsCount,
  };
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const sa = new Set(a);
  return sa.size === new Set(b).size && b.every((x) => sa.has(x));
}

/** Only the fields the person changed (empty when nothing did). */
export function householdChanges(h: Household, values: HouseholdFormValues): UpdateHouseholdBody {
  const next = toCreateBody({ ...values, regionCode: h.region.code });
  const out: UpdateHouseholdBody = {};
  if (next.headName !== h.headName) out.headName = next.headName;
  if (next.idNumber !== normaliseIdNumber(h.idNumber)) out.idNumber = next.idNumber;
  if (next.membersCount !== h.membersCount) out.membersCount = next.membersCount;
  if (next.category !== h.category) out.category = next.category;
  if (!sameSet(next.situations, h.situations)) out.situations = next.situations;
  if (next.hasDisability !== h.hasDisability) out.hasDisability = next.hasDisability;
  if (next.minorsCount !== h.minorsCount) out.minorsCount = next.minorsCount;
  return out;
}
