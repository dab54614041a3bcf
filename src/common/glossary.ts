// The users' words and the code's names (../shared/GLOSSARY.md), shared by server and web.

export const ROLES = [
  'platform_admin',
  'department_official',
  'liaison',
  'organization_admin',
  'organization_member',
  'caring_individual',
] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, { zh: string; en: string }> = {
  platform_admin: { zh: '平台管理员', en: 'Platform administrator' },
  department_official: { zh: '部门工作人员', en: 'Department official' },
  liaison: { zh: '乡镇 / 村联系人', en: 'Liaison' },
  organization_admin: { zh: '社会组织管理员', en: 'Organization administrator' },
  organization_member: { zh: '社会组织成员', en: 'Organization member' },
  caring_individual: { zh: '爱心人士', en: 'Caring individual' },
};

export const DEPARTMENT_KINDS = ['civil_affairs', 'rural_revitalization'] as const;
export type DepartmentKind = (typeof DEPARTMENT_KINDS)[number];

export const DEPARTMENT_KIND_LABELS: Record<DepartmentKind, { zh: string; en: string }> = {
  civil_affairs: { zh: '民政部门', en: 'Civil-affairs bureau' },
  rural_revitalization: { zh: '乡村振兴（扶贫）部门', en: 'Rural-revitalization office' },
};

export const ORGANIZATION_FORMS = ['association', 'foundation', 'service_agency'] as const;
export type OrganizationForm = (typeof ORGANIZATION_FORMS)[number];

/** Region levels by code length (GB/T 2260 and the statistical division codes). */
export const REGION_LEVELS = { 2: 1, 4: 2, 6: 3, 9: 4, 12: 5 } as const;
export type RegionLevel = 1 | 2 | 3 | 4 | 5;
export const REGION_LEVEL_LABELS: Record<RegionLevel, { zh: string; en: string }> = {
  1: { zh: '省级', en: 'province' },
  2: { zh: '市级', en: 'city' },
  3: { zh: '区县', en: 'county' },
  4: { zh: '乡镇（街道）', en: 'township' },
  5: { zh: '村（社区）', en: 'village' },
};

export function regionLevelOf(code: string): RegionLevel | undefined {
  return /^\d+$/.test(code) ? (REGION_LEVELS as Record<number, RegionLevel>)[code.length] : undefined;
}

/** Which code lengths each role's region scope may have. */
export const SCOPE_LENGTHS: Partial<Record<Role, readonly number[]>> = {
  platform_admin: [2],
  department_official: [2, 4, 6],
  liaison: [9, 12],
};

/** Does region `code` lie inside scope `scope` (null = national)? Mirrors the SQL `like scope || '%'`. */
export function regionWithin(code: string, scope: string | null): boolean {
  return scope === null || code.startsWith(scope);
}

/** Municipalities list their districts under placeholder "cities" that are not places anyone names. */
export const PLACEHOLDER_REGION_NAMES: ReadonlySet<string> = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

/** The codes on the path from the province down to `code` ("500238" -> ["50", "5002", "500238"]). */
export function regionPrefixes(code: string): string[] {
  return Object.keys(REGION_LEVELS)
    .map(Number)
    .filter((n) => n <= code.length)
    .map((n) => code.slice(0, n));
}

// Built once: constructing a DateTimeFormat takes tens of microseconds, and every search and claim asks for today.
const CHINA_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today's date in China (YYYY-MM-DD): deadlines and due dates are days in Asia/Shanghai, whatever the server's zone. */
export function chinaToday(now: Date = new Date()): string {
  return CHINA_DATE.format(now);
}

/** `date` (YYYY-MM-DD) plus `days` (negative: before it). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The day `days` after today in China (negative: before it), for deadlines and due dates in tests and the demo. */
export function daysFromToday(days: number, today: string = chinaToday()): string {
  return addDays(today, days);
}

/** Whether `value` (YYYY-MM-DD, as the schemas' pattern admits) is a day of the calendar: 2026-02-30 is not. */
export function isIsoDate(value: string): boolean {
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** The smallest region (at a level of the tree) holding every one of `codes`; null for none or none in common. */
export function commonRegion(codes: readonly string[]): string | null {
  const [first, ...rest] = codes;
  if (first === undefined) return null;
  let prefix = first;
  for (const c of rest) while (!c.startsWith(prefix)) prefix = prefix.slice(0, -1);
  const level = [12, 9, 6, 4, 2].find((n) => n <= prefix.length);
  return level === undefined ? null : prefix.slice(0, level);
}
