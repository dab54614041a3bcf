// An organization's profile as the rules see it: normalised from what was sent, merged with what is kept, and
// checked field by field in Chinese (first the rules that need no database, then codes that must exist).
import type { Selectable } from 'kysely';
import { creditCodeProblem } from '../../../common/credit-code.ts';
import type { OrganizationGrade, OrganizationsTable, RegistrationLevel } from '../../db/types.ts';
import type { FieldError } from '../../errors.ts';
import { passwordProblems } from '../../platform/passwords.ts';
import { isPhone } from '../programs/contacts.ts';
import { normaliseCreditCode } from './names.ts';
import { activeFieldCodes, existingRegions, type Executor } from './queries.ts';
import type { Offer, RegisterOrganizationBody, UpdateOrganizationBody } from './schemas.ts';

export interface Profile {
  name: string;
  creditCode: string;
  form: OrganizationsTable['form'];
  isIndustryAssociation: boolean;
  isCharity: boolean;
  hasPublicFundraising: boolean;
  registrationLevel: RegistrationLevel;
  registrationRegionCode: string | null;
  supervisingUnit: string | null;
  grade: OrganizationGrade | null;
  gradeYear: number | null;
  fields: string[];
  serviceRegions: string[];
  offers: Offer[];
  contactName: string | null;
  contactPhone: string | null;
  contactEmail: string | null;
  homepage: string | null;
  description: string | null;
}

export const KEY_DATA = ['name', 'creditCode', 'form'] as const;
export type KeyData = Partial<Pick<Profile, (typeof KEY_DATA)[number]>>;

function optionalText(value: string | null | undefined): string | null | undefined {
  if (value === undefined || value === null) return value;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

/** What was sent, cleaned: trimmed text (blank optional text is none), the credit code upper-cased, lists deduplicated. */
export function normalise(body: UpdateOrganizationBody): Partial<Profile> {
  const out: Partial<Profile> = {};
  const set = <K extends keyof Profile>(key: K, value: Profile[K] | undefined) => {
    if (value !== undefined) out[key] = value;
  };
  set('name', body.name?.trim());
  set('creditCode', body.creditCode === undefined ? undefined : normaliseCreditCode(body.creditCode));
  set('form', body.form);
  set('isIndustryAssociation', body.isIndustryAssociation);
  set('isCharity', body.isCharity);
  set('hasPublicFundraising', body.hasPublicFundraising);
  set('registrationLevel', body.registrationLevel);
  set('registrationRegionCode', body.registrationRegionCode);
  set('supervisingUnit', optionalText(body.supervisingUnit));
  set('grade', body.grade);
  set('gradeYear', body.gradeYear);
  set('fields', body.fields === undefined ? undefined : unique(body.fields));
  set('serviceRegions', body.serviceRegions === undefined ? undefined : unique(body.serviceRegions));
  set('offers', body.offers?.map((o) => ({ kind: o.kind, text: o.text.trim() })));
  set('contactName', body.contactName?.trim());
  set('contactPhone', body.contactPhone?.replace(/\s+/g, ''));
  set('contactEmail', optionalText(body.contactEmail));
  set('homepage', optionalText(body.homepage));
  set('description', optionalText(body.description));
  return out;
}

/** The profile as kept. */
export function profileOf(row: Selectable<OrganizationsTable>, fields: string[], serviceRegions: string[]): Profile {
  return {
    name: row.name,
    creditCode: row.credit_code,
    form: row.form,
    isIndustryAssociation: row.is_industry_association,
    isCharity: row.is_charity,
    hasPublicFundraising: row.has_public_fundraising,
    registrationLevel: row.registration_level,
    registrationRegionCode: row.registration_region_code,
    supervisingUnit: row.supervising_unit,
    grade: row.grade,
    gradeYear: row.grade_year,
    fields: [...fields].sort(),
    serviceRegions: [...serviceRegions].sort(),
    offers: Array.isArray(row.offers) ? (row.offers as Offer[]) : [],
    contactName: row.contact_name,
    contactPhone: row.contact_phone,
    contactEmail: row.contact_email,
    homepage: row.homepage,
    description: row.description,
  };
}

const LEVEL_LENGTH: Record<RegistrationLevel, number | null> = { national: null, provincial: 2, municipal: 4, county: 6 };
const LEVEL_WORDS: Record<RegistrationLevel, string> = {
  national: '民政部登记的组织不填地区',
  provincial: '省级登记管理机关应选择省（2 位代码）',
  municipal: '市级登记管理机关应选择市（4 位代码）',
  county: '县级登记管理机关应选择区县（6 位代码）',
};
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

/** The rules that need no database, on the whole (merged) profile. */
export function profileProblems(p: Profile): FieldError[] {
  const problems: FieldError[] = [];
  const add = (field: string, message: string) => problems.push({ field, message });
  if (p.name === '') add('name', '组织名称：不能为空');
  const codeProblem = creditCodeProblem(p.creditCode);
  if (codeProblem) add('creditCode', `统一社会信用代码：${codeProblem}`);
  const length = LEVEL_LENGTH[p.registrationLevel];
  if (length === null ? p.registrationRegionCode !== null : p.registrationRegionCode === null) {
    add('registrationRegionCode', `登记管理机关所在地区：${length === null ? LEVEL_WORDS.national : `必填，${LEVEL_WORDS[p.registrationLevel]}`}`);
  } else if (length !== null && p.registrationRegionCode!.length !== length) {
    add('registrationRegionCode', `登记管理机关所在地区：${LEVEL_WORDS[p.registrationLevel]}`);
  }
  if (p.hasPublicFundraising && !p.isCharity) add('hasPublicFundraising', '是否具有公开募捐资格：只有慈善组织才能具有公开募捐资格');
  if (p.grade !== null && p.gradeYear === null) add('gradeYear', '评估年份：填写评估等级时须同时填写评估年份');
  if (p.grade === null && p.gradeYear !== null) add('grade', '评估等级：填写评估年份时须同时填写评估等级');
  if (p.gradeYear !== null && p.gradeYear > new Date().getFullYear()) add('gradeYear', '评估年份：不能晚于今年');
  if (p.contactName === '') add('contactName', '联系人：不能为空');
  if (p.contactPhone !== null && !isPhone(p.contactPhone)) {
    add('contactPhone', '联系电话：应为 11 位手机号，或带区号的固定电话（如 023-12345678）');
  }
  if (p.contactEmail !== null && !EMAIL.test(p.contactEmail)) add('contactEmail', '电子邮箱：格式不正确，如 name@example.org');
  if (p.homepage !== null && !isWebAddress(p.homepage)) add('homepage', '网站：应为以 http:// 或 https:// 开头的网址，如 https://www.example.org');
  return problems;
}

const USERNAME = /^[A-Za-z][A-Za-z0-9_.-]{2,31}$/;

/** The administrator's account of a registration: username shape and the password policy. */
export function accountProblems(account: RegisterOrganizationBody['account']): FieldError[] {
  const problems: FieldError[] = [];
  if (!USERNAME.test(account.username)) {
    problems.push({ field: 'account.username', message: '用户名：3–32 位，字母开头，可含字母、数字、_ . -' });
  }
  if (account.displayName.trim() === '') problems.push({ field: 'account.displayName', message: '管理员姓名：不能为空' });
  for (const p of passwordProblems(account.password, account.username, 'account.password')) {
    problems.push({ field: p.field, message: p.message.replace(/^密码/, '密码：') });
  }
  return problems;
}

/** Codes that must exist: the registration region, each service region, each (not retired) key field. */
export async function codeProblems(db: Executor, p: Pick<Profile, 'registrationRegionCode' | 'serviceRegions' | 'fields'>): Promise<FieldError[]> {
  const problems: FieldError[] = [];
  const regions = await existingRegions(db, [...(p.registrationRegionCode ? [p.registrationRegionCode] : []), ...p.serviceRegions]);
  if (p.registrationRegionCode && !regions.has(p.registrationRegionCode)) {
    problems.push({ field: 'registrationRegionCode', message: `登记管理机关所在地区：行政区划代码 ${p.registrationRegionCode} 不存在` });
  }
  p.serviceRegions.forEach((code, i) => {
    if (!regions.has(code)) problems.push({ field: `serviceRegions.${i}`, message: `服务地区：行政区划代码 ${code} 不存在` });
  });
  const fields = await activeFieldCodes(db, p.fields);
  p.fields.forEach((code, i) => {
    if (!fields.has(code)) problems.push({ field: `fields.${i}`, message: `业务领域：${code} 不存在或已停用` });
  });
  return problems;
}
