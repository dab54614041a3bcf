// The organization's profile between the form and the API: the registration body from the form's values, the
// form's values from an organization, and the edit that sends only what changed.
import type {
  Grade,
  OfferKind,
  Organization,
  OrganizationForm,
  RegisterOrganizationBody,
  RegistrationLevel,
  UpdateOrganizationBody,
} from '../../api/organizations.ts';

export interface OfferDraft {
  kind?: OfferKind;
  text?: string;
}

/** What the profile sections of the form hold (registration and edit alike). */
export interface ProfileFormValues {
  name: string;
  creditCode: string;
  form: OrganizationForm;
  isIndustryAssociation: boolean;
  isCharity: boolean;
  hasPublicFundraising: boolean;
  registrationLevel: RegistrationLevel;
  registrationRegionCode?: string | null;
  supervisingUnit?: string | null;
  grade?: Grade | null;
  gradeYear?: number | null;
  fields: string[];
  serviceRegions: (string | null | undefined)[];
  offers?: OfferDraft[];
  contactName: string;
  contactPhone: string;
  contactEmail?: string | null;
  homepage?: string | null;
  description?: string | null;
}

export interface RegisterFormValues extends ProfileFormValues {
  account: { username: string; displayName: string; password: string; password2?: string };
}

export type ProfileBody = Omit<RegisterOrganizationBody, 'account'>;

/** The names of the form's items, for placing the server's field errors. */
export const PROFILE_FIELDS = [
  'name', 'creditCode', 'form', 'isIndustryAssociation', 'isCharity', 'hasPublicFundraising', 'registrationLevel',
  'registrationRegionCode', 'supervisingUnit', 'grade', 'gradeYear', 'fields', 'serviceRegions', 'offers', 'contactName',
  'contactPhone', 'contactEmail', 'homepage', 'description',
] as const satisfies readonly (keyof ProfileBody)[];

export const REGISTER_FIELDS = [...PROFILE_FIELDS, 'account'] as const;

/** Name, credit code and form: changed after approval, they wait for the registration authority's review. */
export const KEY_FIELDS = ['name', 'creditCode', 'form'] as const satisfies readonly (keyof ProfileBody)[];

/** The code length of the registration authority's region at each level; national (民政部) has none. */
export const LEVEL_CODE_LENGTH: Record<RegistrationLevel, number | null> = {
  national: null,
  provincial: 2,
  municipal: 4,
  county: 6,
};

/** What a credit code looks like as typed: upper case, without spaces. */
export function normalizeCreditCode(value: string | undefined): string {
  return (value ?? '').toUpperCase().replace(/\s+/g, '');
}

function text(value: string | null | undefined): string {
  return (value ?? '').trim();
}

function textOrNull(value: string | null | undefined): string | null {
  const v = text(value);
  return v === '' ? null : v;
}

export function toProfileBody(values: ProfileFormValues): ProfileBody {
  const regions = values.serviceRegions.filter((c): c is string => typeof c === 'string' && c !== '');
  const grade = values.grade ?? null;
  return {
    name: text(values.name),
    creditCode: normalizeCreditCode(values.creditCode),
    form: values.form,
    isIndustryAssociation: !!values.isIndustryAssociation,
    isCharity: !!values.isCharity,
    // Public fundraising is a qualification of charities only.
    hasPublicFundraising: !!values.isCharity && !!values.hasPublicFundraising,
    registrationLevel: values.registrationLevel,
    registrationRegionCode: values.registrationLevel === 'national' ? null : (values.registrationRegionCode ?? null),
    supervisingUnit: textOrNull(values.supervisingUnit),
    grade,
    gradeYear: grade ? (values.gradeYear ?? null) : null,
    fields: [...values.fields],
    serviceRegions: [...new Set(regions)],
    offers: (values.offers ?? [])
      .filter((o): o is OfferDraft & { kind: OfferKind } => !!o.kind)
      .map((o) => ({ kind: o.kind, text: text(o.text) })),
    contactName: text(values.contactName),
    contactPhone: text(values.contactPhone),
    contactEmail: textOrNull(values.contactEmail),
    homepage: textOrNull(values.homepage),
    description: textOrNull(values.description),
  };
}

export function toRegisterBody(values: RegisterFormValues): RegisterOrganizationBody {
  return {
    ...toProfileBody(values),
    account: {
      username: text(values.account.username),
      displayName: text(values.account.displayName),
      password: values.account.password,
    },
  };
}

/** The profile of an organization as the server holds it (the approved values, not a pending change). */
export function profileOf(org: Organization): ProfileBody {
  return {
    name: org.name,
    creditCode: org.creditCode,
    form: org.form,
    isIndustryAssociation: org.isIndustryAssociation,
    isCharity: org.isCharity,
    hasPublicFundraising: org.hasPublicFundraising,
    registrationLevel: org.registrationLevel,
    registrationRegionCode: org.registrationRegion?.code ?? null,
    supervisingUnit: org.supervisingUnit,
    grade: org.grade,
    gradeYear: org.gradeYear,
    fields: org.fields.map((f) => f.code),
    serviceRegions: org.serviceRegions.map((r) => r.code),
    offers: org.offers.map((o) => ({ kind: o.kind, text: o.text })),
    contactName: org.contactName ?? '',
    contactPhone: org.contactPhone ?? '',
    contactEmail: org.contactEmail,
    homepage: org.homepage,
    description: org.description,
  };
}

/** The form's starting values for editing `org`. */
export function formValuesOf(org: Organization): ProfileFormValues {
  const p = profileOf(org);
  return { ...p, offers: p.offers.map((o) => ({ ...o })) };
}

/** Equal as the server keeps them: lists of codes are sets (the server answers them in its own order). */
function same(a: unknown, b: unknown): boolean {
  const key = (v: unknown) => JSON.stringify(Array.isArray(v) && v.every((x) => typeof x === 'string') ? [...v].sort() : (v ?? null));
  return key(a) === key(b);
}

/** The edit to send: only the fields that differ from `before`, so unchanged key data never goes to review. */
export function profileChanges(before: ProfileBody, after: ProfileBody): UpdateOrganizationBody {
  const changes: Record<string, unknown> = {};
  for (const key of PROFILE_FIELDS) {
    if (!same(before[key], after[key])) changes[key] = after[key];
  }
  return changes;
}

/** Whether an edit of an organization with `status` changes key data that goes to review. */
export function changesKeyData(status: Organization['status'], changes: UpdateOrganizationBody): boolean {
  return status === 'approved' && KEY_FIELDS.some((k) => k in changes);
}
