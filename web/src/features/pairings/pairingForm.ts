// The pairing form's values and what they become for the server. The commitment in money is typed in 元 and sent in
// fen, read digit by digit (never through a float); an edit sends only what changed; the server's field errors on
// list items ("places.2") land on the list's form item.
import { renameErrorFields } from '../../api/forms.ts';
import type { CreatePairingBody, PairingDetail, UpdatePairingBody } from '../../api/pairings.ts';
import { parseYuan, yuanInput } from '../needs/format.ts';

export interface PairingFormValues {
  programId?: number;
  title?: string;
  places?: string[];
  memberOrganizationIds?: number[];
  /** YYYY-MM-DD. */
  startDate?: string;
  endDate?: string;
  fieldCodes?: string[];
  /** Funds committed, in 元 as typed. */
  amountYuan?: string;
  people?: number | null;
  commitments?: string;
  fairId?: number | null;
}

/** The form items the server's field errors may name (after `formFieldOf`). */
export const PAIRING_FORM_FIELDS = [
  'programId',
  'title',
  'places',
  'memberOrganizationIds',
  'startDate',
  'endDate',
  'fieldCodes',
  'amountYuan',
  'people',
  'commitments',
  'fairId',
] as const;

/** The code lengths a pairing's place may have: county, township, village. */
export const PLACE_LENGTHS = [6, 9, 12] as const;
export const MAX_PLACES = 50;

export function isPlaceCode(code: string): boolean {
  return /^[0-9]+$/.test(code) && (PLACE_LENGTHS as readonly number[]).includes(code.length);
}

const blank = (s: string | undefined) => (s ?? '').trim();
const unique = <T>(items: readonly T[] | undefined): T[] => [...new Set(items ?? [])];

export function toCreateBody(values: PairingFormValues): CreatePairingBody {
  return {
    programId: values.programId ?? 0,
    title: blank(values.title),
    places: unique(values.places),
    memberOrganizationIds: unique(values.memberOrganizationIds),
    startDate: values.startDate ?? '',
    endDate: values.endDate ?? '',
    fieldCodes: unique(values.fieldCodes),
    amountFen: parseYuan(values.amountYuan ?? '') ?? 0,
    people: values.people ?? 0,
    commitments: blank(values.commitments),
    fairId: values.fairId ?? null,
  };
}

export function formValuesOf(pairing: PairingDetail): PairingFormValues {
  return {
    programId: pairing.program.id,
    title: pairing.title,
    places: pairing.places.map((p) => p.code),
    memberOrganizationIds: pairing.members.map((m) => m.id),
    startDate: pairing.startDate,
    endDate: pairing.endDate,
    fieldCodes: pairing.fieldCodes,
    amountYuan: yuanInput(pairing.amountFen),
    people: pairing.people,
    commitments: pairing.commitments,
    fairId: pairing.fair?.id ?? null,
  };
}

function sameSet<T>(a: readonly T[], b: readonly T[]): boolean {
  const sa = new Set(a);
  return sa.size === new Set(b).size && b.every((x) => sa.has(x));
}

/** Only what changed (the program never changes once proposed). */
export function pairingChanges(pairing: PairingDetail, values: PairingFormValues): UpdatePairingBody {
  const next = toCreateBody(values);
  const before = formValuesOf(pairing);
  const out: UpdatePairingBody = {};
  if (next.title !== pairing.title) out.title = next.title;
  if (!sameSet(next.places, before.places ?? [])) out.places = next.places;
  if (!sameSet(next.memberOrganizationIds, before.memberOrganizationIds ?? [])) out.memberOrganizationIds = next.memberOrganizationIds;
  if (next.startDate !== pairing.startDate) out.startDate = next.startDate;
  if (next.endDate !== pairing.endDate) out.endDate = next.endDate;
  if (!sameSet(next.fieldCodes, pairing.fieldCodes)) out.fieldCodes = next.fieldCodes;
  if (next.amountFen !== pairing.amountFen) out.amountFen = next.amountFen;
  if (next.people !== pairing.people) out.people = next.people;
  if (next.commitments !== pairing.commitments) out.commitments = next.commitments;
  if ((next.fairId ?? null) !== (pairing.fair?.id ?? null)) out.fairId = next.fairId ?? null;
  return out;
}

/** "结束日期：不能早于开始日期" when the end is before the start (ISO dates compare as text). */
export function periodProblem(startDate: string | undefined, endDate: string | undefined): string | undefined {
  if (startDate && endDate && endDate < startDate) return '结束日期：不能早于开始日期';
  return undefined;
}

/** The form item a server field error belongs to: list items go to their list, the fen amount to the 元 box. */
export function formFieldOf(field: string): string {
  const head = field.split('.')[0] ?? field;
  if (head === 'amountFen') return 'amountYuan';
  if (head === 'places' || head === 'memberOrganizationIds' || head === 'fieldCodes') return head;
  return field;
}

/** The same error with its fields renamed to the form's items (for applyServerErrors). */
export function withFormFields(error: unknown): unknown {
  return renameErrorFields(error, formFieldOf);
}
