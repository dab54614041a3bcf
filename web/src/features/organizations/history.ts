// The review history's changes (field → [before, after]) as words: the field's label and each value as text.
import type { MessageKey } from '../../i18n/messages.ts';

/** The label of each profile field the history may name; unknown fields are shown as the server names them. */
export const FIELD_LABELS: Record<string, MessageKey> = {
  name: 'org.name',
  creditCode: 'org.creditCode',
  form: 'org.form',
  isIndustryAssociation: 'org.industry',
  isCharity: 'org.charity',
  hasPublicFundraising: 'org.fundraising',
  registrationLevel: 'org.regLevel',
  registrationRegionCode: 'org.regRegion',
  registrationRegion: 'org.regRegion',
  supervisingUnit: 'org.supervising',
  grade: 'org.grade',
  gradeYear: 'org.gradeYear',
  fields: 'org.fields',
  serviceRegions: 'org.serviceRegions',
  offers: 'org.offers',
  contactName: 'org.contactName',
  contactPhone: 'org.contactPhone',
  contactEmail: 'org.contactEmail',
  homepage: 'org.homepage',
  description: 'org.description',
  logo: 'org.logo',
  logoUrl: 'org.logo',
  status: 'org.status',
};

export interface ValueWords {
  yes: string;
  no: string;
  none: string;
  /** The word for a code of `field` (a form, a level, a key field, an offer's kind); undefined to show it as it is. */
  term?: (field: string, code: string) => string | undefined;
}

function objectText(field: string, value: object, words: ValueWords): string {
  const v = value as Record<string, unknown>;
  // {code, name} (a region or a key field): its name; an offer {kind, text}: its kind's word and its text.
  if (typeof v.name === 'string') return v.name;
  if (typeof v.kind === 'string') {
    const kind = words.term?.('offerKind', v.kind) ?? v.kind;
    return typeof v.text === 'string' && v.text !== '' ? `${kind}：${v.text}` : kind;
  }
  return JSON.stringify(value) ?? words.none;
}

/** One value of `field` in a change as text: lists joined with 、, yes/no for booleans, a dash for nothing. */
export function changeValueText(field: string, value: unknown, words: ValueWords): string {
  if (value === null || value === undefined || value === '') return words.none;
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return words.term?.(field, value) ?? value;
  if (Array.isArray(value)) {
    return value.length === 0 ? words.none : value.map((v) => changeValueText(field, v, words)).join('、');
  }
  if (typeof value === 'object') return objectText(field, value, words);
  return words.none;
}
