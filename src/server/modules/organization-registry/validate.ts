// Checking every row of a registry sheet: credit codes (GB 32100 check character, twice in the file, already on the
// platform), forms, the registration authority inside the importer's scope, key fields, service regions, phones.
// Every problem is reported with its row and column in Chinese; the caller saves only when there is none.
import type { Kysely } from 'kysely';
import { creditCodeProblem } from '../../../common/credit-code.ts';
import type { OrganizationForm } from '../../../common/glossary.ts';
import type { DB, OrganizationGrade, RegistrationLevel } from '../../db/types.ts';
import { phoneNumbers } from '../key-areas/spreadsheet.ts';
import { PlaceBook, cleanName } from './places.ts';
import type { RowError } from './schemas.ts';
import { COLUMN_BY_KEY, type ColumnKey, type Sheet, type SheetRow } from './sheet.ts';

export interface RegistryRow {
  row: number;
  name: string;
  creditCode: string;
  form: OrganizationForm;
  registrationLevel: RegistrationLevel;
  registrationRegionCode: string | null;
  supervisingUnit: string | null;
  grade: OrganizationGrade | null;
  gradeYear: number | null;
  fields: string[];
  serviceRegions: string[];
  contactName: string;
  contactPhone: string;
  isCharity: boolean;
  hasPublicFundraising: boolean;
  isIndustryAssociation: boolean;
}

export interface RowProblem extends RowError {
  key: ColumnKey | null;
}

export const FORM_NAMES: Record<OrganizationForm, string> = {
  association: '社会团体',
  foundation: '基金会',
  service_agency: '社会服务机构',
};

const FORM_WORDS: Record<string, OrganizationForm> = {
  社会团体: 'association',
  社团: 'association',
  基金会: 'foundation',
  社会服务机构: 'service_agency',
  民办非企业单位: 'service_agency',
  '社会服务机构（民办非企业单位）': 'service_agency',
  民非: 'service_agency',
};

const YES = new Set(['是', '有', '√', 'Y', 'YES', 'TRUE']);
const NO = new Set(['', '否', '无', '没有', '×', 'N', 'NO', 'FALSE']);
const GRADES: readonly OrganizationGrade[] = ['5A', '4A', '3A', '2A', '1A'];
const LIST_SEPARATORS = /[、，,；;\n]+/;
export const MAX_FIELDS = 20;
export const MAX_SERVICE_REGIONS = 50;

/** 91500000 MA5U 7Y2X 3K and the like -> 91500000MA5U7Y2X3K: spreadsheets add spaces and lower case. */
export function normalizeCreditCode(text: string): string {
  return text.normalize('NFKC').replace(/[\s-]/g, '').toUpperCase();
}

function splitList(text: string): string[] {
  return [...new Set(text.split(LIST_SEPARATORS).map((s) => s.trim()).filter((s) => s !== ''))];
}

function grade(text: string): OrganizationGrade | null | undefined {
  const t = cleanName(text).toUpperCase().replace(/级$/, '');
  if (t === '') return null;
  if (/^A{1,5}$/.test(t)) return `${t.length}A` as OrganizationGrade;
  return GRADES.find((g) => g === t);
}

export interface Lookups {
  /** Key field name (and code) -> code. */
  fields: Map<string, string>;
  fieldNames: string[];
  /** Credit codes of the sheet that the platform already has. */
  existing: Set<string>;
  places: PlaceBook;
}

/** Everything the rows' checks need from the database, read in bulk. */
export async function lookups(db: Kysely<DB>, scope: string | null, rows: SheetRow[]): Promise<Lookups> {
  const keyFields = await db.selectFrom('key_fields').select(['code', 'name_zh']).where('retired_at', 'is', null).execute();
  const fields = new Map<string, string>();
  for (const f of keyFields) {
    fields.set(f.name_zh, f.code);
    fields.set(f.code, f.code);
  }
  const codes = [...new Set(rows.map((r) => normalizeCreditCode(r.values.creditCode)).filter((c) => c !== ''))];
  const existing = new Set<string>();
  for (let i = 0; i < codes.length; i += 1000) {
    const found = await db
      .selectFrom('organizations')
      .select('credit_code')
      .where('credit_code', 'in', codes.slice(i, i + 1000))
      .execute();
    for (const f of found) existing.add(f.credit_code);
  }
  const places = new PlaceBook(db, scope === null ? null : scope.slice(0, 2));
  for (const r of rows) {
    if (r.values.authority !== '') places.addAuthority(r.values.authority);
    for (const s of splitList(r.values.serviceRegions)) places.add(s);
  }
  await places.resolve();
  return { fields, fieldNames: keyFields.map((f) => f.name_zh), existing, places };
}

/**
 * Checks one row against the lookups and the rows before it (`seen`: credit code -> first row). Returns the row ready
 * to save, or its problems.
 */
export function checkRow(
  r: SheetRow,
  header: Sheet['header'],
  positions: Sheet['positions'],
  scope: { code: string | null; name: string },
  look: Lookups,
  seen: Map<string, number>,
): { ok: RegistryRow } | { problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const columnName = (key: ColumnKey) => {
    const at = positions[key];
    return at >= 0 && header[at] ? header[at] : COLUMN_BY_KEY[key].header;
  };
  const add = (key: ColumnKey, message: string) =>
    problems.push({ row: r.row, column: columnName(key), key, message: `${columnName(key)}：${message}` });
  const v = r.values;
  const required = (key: ColumnKey, max: number): string => {
    const value = v[key].replace(/\s+/g, ' ');
    if (value === '') add(key, '必填');
    else if ([...value].length > max) add(key, `最多 ${max} 个字，现在 ${[...value].length} 个`);
    return value;
  };

  const name = required('name', 100);

  const creditCode = normalizeCreditCode(v.creditCode);
  if (creditCode === '') add('creditCode', '必填');
  else {
    const problem = creditCodeProblem(creditCode);
    if (problem) add('creditCode', problem);
    else if (seen.has(creditCode)) add('creditCode', `与第 ${seen.get(creditCode)} 行重复`);
    else if (look.existing.has(creditCode)) add('creditCode', `${creditCode} 已在平台登记，不能重复导入`);
    if (!seen.has(creditCode)) seen.set(creditCode, r.row);
  }

  const formText = cleanName(v.form).replace(/\(/g, '（').replace(/\)/g, '）');
  const form = FORM_WORDS[formText];
  if (formText === '') add('form', '必填');
  else if (!form) add('form', `「${v.form}」不是组织形式，应为 社会团体、基金会 或 社会服务机构`);

  let registrationLevel: RegistrationLevel = 'provincial';
  let registrationRegionCode: string | null = null;
  if (v.authority === '') add('authority', '必填');
  else {
    const a = look.places.authority(v.authority);
    if ('problem' in a) add('authority', a.problem);
    else if (scope.code !== null && (a.code === null || !a.code.startsWith(scope.code))) {
      add('authority', `「${v.authority}」（${a.path}）不在您的管辖范围（${scope.name}）内，不能导入`);
    } else {
      registrationLevel = a.level;
      registrationRegionCode = a.code;
    }
  }

  const supervisingUnit = v.supervisingUnit.replace(/\s+/g, ' ');
  if ([...supervisingUnit].length > 100) add('supervisingUnit', '最多 100 个字');

  const g = grade(v.grade);
  if (g === undefined) add('grade', `「${v.grade}」不是评估等级，应为 5A、4A、3A、2A 或 1A`);
  let gradeYear: number | null = null;
  const yearText = cleanName(v.gradeYear).replace(/年$/, '');
  if (yearText !== '') {
    const y = Number(yearText);
    if (!/^\d{4}$/.test(yearText) || y < 1990 || y > 2100) add('gradeYear', `「${v.gradeYear}」不是 1990 至 2100 之间的年份`);
    else if (!g) add('gradeYear', '填写了评估年份，但没有评估等级');
    else gradeYear = y;
  }

  const fields: string[] = [];
  const fieldItems = splitList(v.fields);
  if (fieldItems.length === 0) add('fields', '必填，至少一个重点领域');
  for (const item of fieldItems) {
    const code = look.fields.get(cleanName(item));
    if (code) {
      if (!fields.includes(code)) fields.push(code);
      continue;
    }
    const near = look.fieldNames.filter((n) => n.includes(cleanName(item)) || cleanName(item).includes(n));
    add(
      'fields',
      near.length === 1 ? `「${item}」不是重点领域名称，是否为「${near[0]}」？` : `「${item}」不是重点领域名称（见模板“填写说明”）`,
    );
  }
  if (fields.length > MAX_FIELDS) add('fields', `最多 ${MAX_FIELDS} 个`);

  const serviceRegions: string[] = [];
  const regionItems = splitList(v.serviceRegions);
  if (regionItems.length === 0) add('serviceRegions', '必填，至少一个地区');
  for (const item of regionItems) {
    const p = look.places.place(item);
    if ('problem' in p) add('serviceRegions', p.problem);
    else if (!serviceRegions.includes(p.code)) serviceRegions.push(p.code);
  }
  if (serviceRegions.length > MAX_SERVICE_REGIONS) add('serviceRegions', `最多 ${MAX_SERVICE_REGIONS} 个`);

  const contactName = required('contactName', 50);
  let contactPhone = '';
  if (v.contactPhone === '') add('contactPhone', '必填');
  else {
    // 139-0000-1001 and 139 0000 1001 are mobiles too.
    const compact = v.contactPhone.normalize('NFKC').replace(/[\s\u3000\-－—–]/g, '');
    const { numbers, bad } = phoneNumbers(/^(\+?86)?1\d{10}$/.test(compact) ? compact : v.contactPhone);
    if (bad.length > 0 || numbers.length === 0) {
      add('contactPhone', `「${v.contactPhone}」不是有效的电话号码（固定电话须带区号，如 023-51522562；手机如 13800000000）`);
    } else if (numbers.length > 1) add('contactPhone', '只填一个号码（认领账号时用它核对）');
    else contactPhone = numbers[0]!;
  }

  const yesNo = (key: ColumnKey): boolean => {
    const t = cleanName(v[key]).toUpperCase();
    if (YES.has(t)) return true;
    if (!NO.has(t)) add(key, `「${v[key]}」应为“是”或“否”`);
    return false;
  };
  const isCharity = yesNo('isCharity');
  const hasPublicFundraising = yesNo('hasPublicFundraising');
  const isIndustryAssociation = yesNo('isIndustryAssociation');
  if (hasPublicFundraising && !isCharity) add('hasPublicFundraising', '只有慈善组织才能具有公开募捐资格');
  if (isIndustryAssociation && form && form !== 'association') add('isIndustryAssociation', '行业协会商会应为社会团体');

  if (problems.length > 0 || !form) return { problems };
  return {
    ok: {
      row: r.row,
      name,
      creditCode,
      form,
      registrationLevel,
      registrationRegionCode,
      supervisingUnit: supervisingUnit === '' ? null : supervisingUnit,
      grade: g ?? null,
      gradeYear,
      fields,
      serviceRegions,
      contactName,
      contactPhone,
      isCharity,
      hasPublicFundraising,
      isIndustryAssociation,
    },
  };
}
