// The aid record form's values and what they become for the server. Money is typed in 元 and sent in fen, read digit
// by digit (never through a float); a donation of materials is worth the sum of its items' valuations, which the form
// shows as they are typed. The kind decides which fields are sent: items only for materials, a channel only for a
// purchase, an activity type only for an activity or a service.
import { renameErrorFields } from '../../api/forms.ts';
import {
  ACTIVITY_TYPES,
  ACTIVITY_TYPE_LABELS,
  type AidKind,
  type AidRecordDetail,
  type AidRecordInput,
  type PurchaseChannel,
} from '../../api/ledger.ts';
import type { NeedDetail } from '../../api/needs.ts';
import type { FundingSource } from '../../api/projects.ts';
import { parseYuan, yuanInput } from '../needs/format.ts';

export interface AidItemValues {
  name?: string;
  quantity?: number | null;
  unit?: string;
  /** As typed, in 元. */
  valueYuan?: string;
}

export interface AidRecordFormValues {
  regionCode?: string | null;
  householdId?: number | null;
  needId?: number | null;
  pairingId?: number | null;
  projectId?: number | null;
  programId?: number | null;
  /** YYYY-MM-DD. */
  occurredOn?: string;
  periodEnd?: string | null;
  kind?: AidKind;
  /** As typed: a listed type's name (义诊) or the giver's own words. */
  activityType?: string;
  keyFieldCode?: string | null;
  /** As typed, in 元 (materials: the items' sum, not typed). */
  amountYuan?: string;
  items?: AidItemValues[];
  purchaseChannel?: PurchaseChannel | null;
  staffCount?: number | null;
  volunteerCount?: number | null;
  enterpriseCount?: number | null;
  beneficiaryCount?: number | null;
  beneficiaryHouseholds?: number | null;
  fundingSource?: FundingSource | null;
  summary?: string;
  description?: string;
  externalRef?: string;
  /** Correction only: why the record is corrected. */
  reason?: string;
}

/** The form items the server's field errors may name (after `formFieldOf`). */
export const AID_FORM_FIELDS = [
  'regionCode',
  'householdId',
  'needId',
  'pairingId',
  'projectId',
  'programId',
  'occurredOn',
  'periodEnd',
  'kind',
  'activityType',
  'keyFieldCode',
  'amountYuan',
  'items',
  'purchaseChannel',
  'staffCount',
  'volunteerCount',
  'enterpriseCount',
  'beneficiaryCount',
  'beneficiaryHouseholds',
  'fundingSource',
  'summary',
  'description',
  'externalRef',
  'reason',
] as const satisfies readonly (keyof AidRecordFormValues)[];

/** Kinds whose record carries an amount that must be more than 0 (the others may record a cost, or nothing). */
export const AMOUNT_REQUIRED: ReadonlySet<AidKind> = new Set(['funds', 'materials', 'purchase']);
/** Kinds that name what was done (义诊, 技能培训…). */
export const HAS_ACTIVITY_TYPE: ReadonlySet<AidKind> = new Set(['activity', 'service']);

const blank = (s: string | null | undefined) => (s ?? '').trim();

function count(n: number | null | undefined): number {
  return typeof n === 'number' && Number.isFinite(n) ? Math.max(0, Math.trunc(n)) : 0;
}

export interface ItemsTotal {
  /** The sum of the valuations that can be read, in fen. */
  fen: number;
  quantity: number;
  /** Items with a valuation that is not an amount. */
  unreadable: number;
}

/** The running total of the materials, as the form shows it while the items are typed. */
export function itemsTotal(items: readonly (AidItemValues | undefined)[] | undefined): ItemsTotal {
  let fen = 0;
  let quantity = 0;
  let unreadable = 0;
  for (const item of items ?? []) {
    quantity += count(item?.quantity);
    const text = blank(item?.valueYuan);
    if (text === '') continue;
    const value = parseYuan(text);
    if (value === null) unreadable += 1;
    else fen += value;
  }
  return { fen, quantity, unreadable };
}

/** The code of a listed activity type when `text` is its name in either language, else the words as typed. */
export function activityTypeOf(text: string | undefined): string | null {
  const typed = blank(text);
  if (typed === '') return null;
  const listed = ACTIVITY_TYPES.find((code) => {
    const label = ACTIVITY_TYPE_LABELS[code];
    return code === typed || label.zh === typed || label.en.toLowerCase() === typed.toLowerCase();
  });
  return listed ?? typed;
}

/** A stored activity type as people read it: a listed code's name, or the giver's own words. */
export function activityTypeName(stored: string | null | undefined, lang: 'zh' | 'en'): string {
  if (!stored) return '';
  const listed = (ACTIVITY_TYPES as readonly string[]).includes(stored)
    ? ACTIVITY_TYPE_LABELS[stored as (typeof ACTIVITY_TYPES)[number]]
    : null;
  return listed ? listed[lang] : stored;
}

/** What the record says when `amountYuan` cannot be read: zero (the form's rules stop that before it is sent). */
function fenOf(text: string | undefined): number {
  return parseYuan(blank(text)) ?? 0;
}

/** The record the values describe; the form's rules have checked them already. */
export function toAidRecordInput(
  values: AidRecordFormValues,
  options: { confirmDuplicate?: boolean } = {},
): AidRecordInput {
  const kind: AidKind = values.kind ?? 'activity';
  const items =
    kind === 'materials'
      ? (values.items ?? [])
          .filter((i) => blank(i.name) || blank(i.unit) || blank(i.valueYuan) || count(i.quantity) > 0)
          .map((i) => ({
            name: blank(i.name),
            quantity: count(i.quantity),
            unit: blank(i.unit),
            valueFen: fenOf(i.valueYuan),
          }))
      : [];
  const description = blank(values.description);
  const externalRef = blank(values.externalRef);
  return {
    regionCode: values.regionCode ?? '',
    householdId: values.householdId ?? null,
    needId: values.needId ?? null,
    pairingId: values.pairingId ?? null,
    projectId: values.projectId ?? null,
    programId: values.programId ?? null,
    occurredOn: values.occurredOn ?? '',
    periodEnd: values.periodEnd || null,
    kind,
    activityType: HAS_ACTIVITY_TYPE.has(kind) ? activityTypeOf(values.activityType) : null,
    keyFieldCode: values.keyFieldCode ?? '',
    amountFen: kind === 'materials' ? items.reduce((sum, i) => sum + i.valueFen, 0) : fenOf(values.amountYuan),
    items,
    purchaseChannel: kind === 'purchase' ? (values.purchaseChannel ?? null) : null,
    staffCount: count(values.staffCount),
    volunteerCount: count(values.volunteerCount),
    enterpriseCount: count(values.enterpriseCount),
    beneficiaryCount: count(values.beneficiaryCount),
    beneficiaryHouseholds: count(values.beneficiaryHouseholds),
    fundingSource: values.fundingSource ?? null,
    summary: blank(values.summary),
    description: description === '' ? null : description,
    externalRef: externalRef === '' ? null : externalRef,
    ...(options.confirmDuplicate ? { confirmDuplicate: true } : {}),
  };
}

/** A record as the form shows it, for its correction (amounts back in 元, listed activity types by name). */
export function formValuesOf(detail: AidRecordDetail, lang: 'zh' | 'en' = 'zh'): AidRecordFormValues {
  const r = detail.record;
  return {
    regionCode: r.regionCode,
    householdId: r.household?.id ?? null,
    needId: r.needId,
    pairingId: r.pairingId,
    projectId: r.projectId,
    programId: r.programId,
    occurredOn: r.occurredOn,
    periodEnd: r.periodEnd,
    kind: r.kind,
    activityType: activityTypeName(r.activityType, lang),
    keyFieldCode: r.keyFieldCode,
    amountYuan: r.kind === 'materials' ? '' : yuanInput(r.amountFen),
    items: detail.items.map((i) => ({
      name: i.name,
      quantity: i.quantity,
      unit: i.unit,
      valueYuan: yuanInput(i.valueFen),
    })),
    purchaseChannel: r.purchaseChannel,
    staffCount: r.staffCount,
    volunteerCount: r.volunteerCount,
    enterpriseCount: r.enterpriseCount,
    beneficiaryCount: r.beneficiaryCount,
    beneficiaryHouseholds: r.beneficiaryHouseholds,
    fundingSource: (r.fundingSource as FundingSource | null) ?? null,
    summary: r.summary,
    description: detail.description ?? '',
    externalRef: r.externalRef ?? '',
  };
}

const KIND_OF_NEED: Record<NeedDetail['kind'], AidKind> = {
  money: 'funds',
  materials: 'materials',
  service: 'service',
};

/** A record of help given for a claimed need: its place, household, field and what it asked for. */
export function valuesFromNeed(need: NeedDetail): AidRecordFormValues {
  const kind = KIND_OF_NEED[need.kind];
  return {
    regionCode: need.household?.village.code ?? need.region.code,
    householdId: need.household?.id ?? null,
    needId: need.id,
    keyFieldCode: need.keyFieldCode,
    kind,
    summary: need.title.slice(0, 200),
    beneficiaryHouseholds: need.household ? 1 : 0,
    ...(kind === 'materials' ? { items: [{ name: need.itemName ?? '', unit: need.unit ?? '' }] } : {}),
  };
}

/**
 * The form item a server field error belongs to: amounts are typed in 元 ("amountFen" -> "amountYuan",
 * "items.2.valueFen" -> "items.2.valueYuan"), and a correction's fields come as "record.<name>".
 */
export function formFieldOf(field: string): string {
  const own = field.startsWith('record.') ? field.slice('record.'.length) : field;
  if (own === 'amountFen') return 'amountYuan';
  const item = /^items\.(\d+)\.valueFen$/.exec(own);
  if (item) return `items.${item[1]}.valueYuan`;
  return own;
}

export function withFormFields(error: unknown): unknown {
  return renameErrorFields(error, formFieldOf);
}
