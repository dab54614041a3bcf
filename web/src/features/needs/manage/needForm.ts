// The need form's values and what they become for the server. Money is typed in 元 and sent in fen, read digit by
// digit (never through a float); an edit sends only what changed, so a need with claims is not refused for fields
// the person did not touch.
import { renameErrorFields } from '../../../api/forms.ts';
import type { CreateNeedBody, NeedDetail, NeedKind, UpdateNeedBody } from '../../../api/needManagement.ts';
import { MAX_QUANTITY, parseYuan, yuanInput } from '../format.ts';

/** The household a need is published for, as the form shows it (never more than the masked view). */
export interface HouseholdNeedPlace {
  id: number;
  maskedName: string;
  village: { code: string; name: string };
}

export interface NeedFormValues {
  regionCode?: string;
  title?: string;
  description?: string;
  keyFieldCode?: string;
  keyPopulationCodes?: string[];
  kind?: NeedKind;
  /** Money needed, in 元 as typed. */
  moneyYuan?: string;
  /** Materials or services: how many units. */
  quantity?: number | null;
  itemName?: string;
  unit?: string;
  /** Materials or services: their estimated value in 元 as typed (optional). */
  amountYuan?: string;
  /** YYYY-MM-DD. */
  deadline?: string;
  contactName?: string;
  contactPhone?: string;
}

/** The form items the server's field errors may name (after `formFieldOf`). */
export const NEED_FORM_FIELDS = [
  'regionCode',
  'title',
  'description',
  'keyFieldCode',
  'keyPopulationCodes',
  'kind',
  'moneyYuan',
  'quantity',
  'itemName',
  'unit',
  'amountYuan',
  'deadline',
  'contactName',
  'contactPhone',
] as const;

/** With claims, the server lets only these change (and the deadline only to a later day). */
export const FIELDS_EDITABLE_WITH_CLAIMS = ['description', 'contactName', 'contactPhone', 'deadline'] as const;

/** What is wrong with an amount typed in 元, or undefined. */
export function yuanProblem(text: string, allowZero = false): string | undefined {
  const fen = parseYuan(text);
  if (fen === null) return '请填写金额（元），最多两位小数，如 12000 或 3500.50';
  if (fen === 0 && !allowZero) return '金额应大于 0';
  if (fen > MAX_QUANTITY) return `金额不能超过 ${MAX_QUANTITY / 100} 元`;
  return undefined;
}

type NeedFields = Omit<CreateNeedBody, 'publish' | 'regionCode' | 'householdId'>;

const blank = (s: string | undefined) => (s ?? '').trim();

/** The fields of the need the values describe (amounts in fen); the form's rules have checked them already. */
export function toNeedFields(values: NeedFormValues): NeedFields {
  const kind = values.kind ?? 'money';
  const common = {
    title: blank(values.title),
    description: blank(values.description),
    keyFieldCode: values.keyFieldCode ?? '',
    keyPopulationCodes: [...new Set(values.keyPopulationCodes ?? [])],
    deadline: values.deadline ?? '',
    contactName: blank(values.contactName),
    contactPhone: (values.contactPhone ?? '').replace(/\s+/g, ''),
  };
  if (kind === 'money') {
    return {
      ...common,
      kind,
      quantity: parseYuan(values.moneyYuan ?? '') ?? 0,
      itemName: null,
      unit: null,
      amountFen: null,
    };
  }
  const amount = blank(values.amountYuan);
  return {
    ...common,
    kind,
    quantity: values.quantity ?? 0,
    itemName: blank(values.itemName) || null,
    unit: blank(values.unit) || null,
    amountFen: amount ? parseYuan(amount) : null,
  };
}

export function toCreateBody(
  values: NeedFormValues,
  household: HouseholdNeedPlace | null,
  publish: boolean,
): CreateNeedBody {
  const fields = toNeedFields(values);
  const body: CreateNeedBody = { ...fields, publish };
  if (fields.kind === 'money') delete body.amountFen;
  if (household) body.householdId = household.id;
  else body.regionCode = values.regionCode ?? '';
  return body;
}

export function formValuesOf(need: NeedDetail): NeedFormValues {
  return {
    regionCode: need.region.code,
    title: need.title,
    description: need.description,
    keyFieldCode: need.keyFieldCode,
    keyPopulationCodes: need.keyPopulationCodes,
    kind: need.kind,
    moneyYuan: need.kind === 'money' ? yuanInput(need.quantity) : undefined,
    quantity: need.kind === 'money' ? null : need.quantity,
    itemName: need.itemName ?? undefined,
    unit: need.unit ?? undefined,
    amountYuan: need.kind !== 'money' && need.amountFen !== null ? yuanInput(need.amountFen) : undefined,
    deadline: need.deadline,
    contactName: need.contact?.name ?? '',
    contactPhone: need.contact?.phone ?? '',
  };
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const sa = new Set(a);
  return sa.size === new Set(b).size && b.every((x) => sa.has(x));
}

/**
 * Only what changed. What is needed (kind, item, unit, quantity, value) goes as a whole when any of it changed, so
 * that a change of kind also clears what no longer applies.
 */
export function needChanges(need: NeedDetail, values: NeedFormValues): UpdateNeedBody {
  const next = toNeedFields(values);
  const out: UpdateNeedBody = {};
  if (next.title !== need.title) out.title = next.title;
  if (next.description !== need.description) out.description = next.description;
  if (next.keyFieldCode !== need.keyFieldCode) out.keyFieldCode = next.keyFieldCode;
  if (!sameSet(next.keyPopulationCodes, need.keyPopulationCodes)) out.keyPopulationCodes = next.keyPopulationCodes;
  const amountBefore = need.kind === 'money' ? null : need.amountFen;
  if (
    next.kind !== need.kind ||
    next.quantity !== need.quantity ||
    (next.itemName ?? null) !== need.itemName ||
    (next.unit ?? null) !== need.unit ||
    (next.amountFen ?? null) !== amountBefore
  ) {
    Object.assign(out, {
      kind: next.kind,
      quantity: next.quantity,
      itemName: next.itemName ?? null,
      unit: next.unit ?? null,
      amountFen: next.amountFen ?? null,
    });
  }
  if (next.deadline !== need.deadline) out.deadline = next.deadline;
  if (next.contactName !== (need.contact?.name ?? '')) out.contactName = next.contactName;
  if (next.contactPhone !== (need.contact?.phone ?? '')) out.contactPhone = next.contactPhone;
  return out;
}

/** The form item a server field error belongs to: quantities and amounts are typed in different items per kind. */
export function formFieldOf(field: string, kind: NeedKind): string {
  const [head, ...rest] = field.split('.');
  let name = head ?? field;
  if (name === 'quantity' && kind === 'money') name = 'moneyYuan';
  else if (name === 'amountFen') name = kind === 'money' ? 'moneyYuan' : 'amountYuan';
  return [name, ...rest].join('.');
}

/** The same error with its fields renamed to the form's items (for applyServerErrors). */
export function withFormFields(error: unknown, kind: NeedKind): unknown {
  return renameErrorFields(error, (field) => formFieldOf(field, kind));
}
