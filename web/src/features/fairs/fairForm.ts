// The fair form's values and what goes to the server: trimmed texts with blanks as null, dates as YYYY-MM-DD, and on
// an edit only what changed. Also the checks a person should see before sending (the server checks them again), the
// renaming of the server's per-region errors ("regions.3") to the one regions field, and the quick pick of a
// program's national key support counties.
import { renameErrorFields } from '../../api/forms.ts';
import type { CreateFairBody, FairDetail, FairKind, UpdateFairBody } from '../../api/fairs.ts';
import type { Labels } from '../../i18n/index.tsx';
import { W } from './words.ts';

/** The server's limit on a fair's regions. */
export const MAX_REGIONS = 100;

export interface FairFormValues {
  kind: FairKind;
  name?: string;
  year?: number | null;
  theme?: string | null;
  description?: string | null;
  regions: string[];
  programId?: number | null;
  startDate?: string | null;
  endDate?: string | null;
  signupDeadline?: string | null;
}

/** The form items, by the server's field names, so that its field errors land on them. */
export const FAIR_FORM_FIELDS = [
  'kind',
  'name',
  'year',
  'theme',
  'description',
  'regions',
  'programId',
  'startDate',
  'endDate',
  'signupDeadline',
] as const;

const blankToNull = (text: string | null | undefined): string | null => {
  const v = text?.trim() ?? '';
  return v === '' ? null : v;
};

export function formValuesOf(fair: FairDetail): FairFormValues {
  return {
    kind: fair.kind,
    name: fair.name,
    year: fair.year,
    theme: fair.theme,
    description: fair.description,
    regions: fair.regions.map((r) => r.code),
    programId: fair.program?.id ?? null,
    startDate: fair.startDate,
    endDate: fair.endDate,
    signupDeadline: fair.signupDeadline,
  };
}

/** The body of a new fair; the form's rules have made sure the required values are there. */
export function toCreateBody(values: FairFormValues): CreateFairBody {
  return {
    kind: values.kind,
    name: (values.name ?? '').trim(),
    year: values.year ?? 0,
    theme: blankToNull(values.theme),
    description: blankToNull(values.description),
    regions: values.regions,
    programId: values.programId ?? null,
    startDate: values.startDate ?? '',
    endDate: values.endDate ?? '',
    signupDeadline: values.signupDeadline ?? null,
  };
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** Only what differs from the saved fair (an empty object: nothing to save). */
export function fairChanges(fair: FairDetail, values: FairFormValues): UpdateFairBody {
  const next = toCreateBody(values);
  const before = formValuesOf(fair);
  const changes: UpdateFairBody = {};
  if (next.kind !== before.kind) changes.kind = next.kind;
  if (next.name !== before.name) changes.name = next.name;
  if (next.year !== before.year) changes.year = next.year;
  if (next.theme !== (before.theme ?? null)) changes.theme = next.theme ?? null;
  if (next.description !== (before.description ?? null)) changes.description = next.description ?? null;
  if (!sameList(next.regions, before.regions)) changes.regions = next.regions;
  if ((next.programId ?? null) !== (before.programId ?? null)) changes.programId = next.programId ?? null;
  if (next.startDate !== before.startDate) changes.startDate = next.startDate;
  if (next.endDate !== before.endDate) changes.endDate = next.endDate;
  if ((next.signupDeadline ?? null) !== (before.signupDeadline ?? null)) changes.signupDeadline = next.signupDeadline ?? null;
  return changes;
}

export type DateField = 'endDate' | 'signupDeadline' | 'year';

/** What is wrong with the dates and the year as they stand, by field (ISO dates compare as text). */
export function dateProblems(values: Pick<FairFormValues, 'startDate' | 'endDate' | 'signupDeadline' | 'year'>): Partial<Record<DateField, Labels>> {
  const problems: Partial<Record<DateField, Labels>> = {};
  const { startDate, endDate, signupDeadline, year } = values;
  if (startDate && endDate && endDate < startDate) problems.endDate = W.endBeforeStart;
  if (signupDeadline && endDate && signupDeadline > endDate) problems.signupDeadline = W.deadlineAfterEnd;
  if (startDate && year && Number(startDate.slice(0, 4)) !== year) problems.year = W.yearMismatch;
  return problems;
}

/** The form item a server field belongs to: every "regions.N" is the one regions picker. */
export function formFieldOf(field: string): string {
  return field.startsWith('regions.') ? 'regions' : field;
}

/** The same error with its fields renamed to the form's items (for applyServerErrors). */
export function withFormFields(error: unknown): unknown {
  return renameErrorFields(error, formFieldOf);
}

/** Adds codes to the chosen regions, keeping their order, skipping those already there, up to the limit. */
export function addRegions(current: readonly string[], added: readonly string[]): string[] {
  const out = [...current];
  for (const code of added) {
    if (out.length >= MAX_REGIONS) break;
    if (!out.includes(code)) out.push(code);
  }
  return out;
}

export interface DesignationLike {
  regionCode: string;
  kind: string;
  retiredAt: string | null;
}

/**
 * The program's national key support counties (current designations) the caller may hold a fair for: inside its
 * scope (null: the whole country), and how many others were left out.
 */
export function keySupportCounties(designations: readonly DesignationLike[], scope: string | null): { codes: string[]; outside: number } {
  const counties = [
    ...new Set(
      designations.filter((d) => d.kind === 'national_key_support_county' && d.retiredAt === null).map((d) => d.regionCode),
    ),
  ].sort();
  const codes = counties.filter((code) => scope === null || code.startsWith(scope));
  return { codes, outside: counties.length - codes.length };
}
