// A fair's fields checked beyond their schema, every problem at once and field by field: real dates in order, the
// year of the start date, regions that exist inside the area the fair may cover, an active program. Also where a
// national administrator's fair is organized (it has no scope of its own to lend the fair).
import { REGION_LEVELS, isIsoDate } from '../../../common/glossary.ts';
import type { FairKind } from '../../../common/projects.ts';
import type { FieldError } from '../../errors.ts';
import * as q from './queries.ts';

export interface FairInput {
  kind: FairKind;
  name: string;
  year: number;
  theme: string | null;
  description: string | null;
  regions: string[];
  programId: number | null;
  startDate: string;
  endDate: string;
  signupDeadline: string | null;
}

/** The area the fair's regions must lie in, and how a region outside it is told (null area: the whole country). */
export interface Bounds {
  code: string | null;
  outside: (region: string) => string;
}

export interface CheckedFair {
  errors: FieldError[];
  values: FairInput;
}

const VALID_LENGTHS = Object.keys(REGION_LEVELS).map(Number);

function blankToNull(value: string | null): string | null {
  const v = value?.trim() ?? '';
  return v === '' ? null : v;
}

function checkDates(input: FairInput, errors: FieldError[]): void {
  const labels = { startDate: '开始日期', endDate: '结束日期', signupDeadline: '报名截止日期' } as const;
  const real = (field: keyof typeof labels, value: string | null): boolean => {
    if (value === null || isIsoDate(value)) return value !== null;
    errors.push({ field, message: `${labels[field]}：不是有效日期，格式为 YYYY-MM-DD` });
    return false;
  };
  const start = real('startDate', input.startDate);
  const end = real('endDate', input.endDate);
  const deadline = real('signupDeadline', input.signupDeadline);
  if (start && end && input.endDate < input.startDate) {
    errors.push({ field: 'endDate', message: '结束日期：不能早于开始日期' });
  }
  if (deadline && end && input.signupDeadline! > input.endDate) {
    errors.push({ field: 'signupDeadline', message: '报名截止日期：不能晚于结束日期' });
  }
  if (start && Number(input.startDate.slice(0, 4)) !== input.year) {
    errors.push({ field: 'year', message: '年度：应与开始日期同年' });
  }
}

async function checkRegions(db: q.Executor, regions: string[], bounds: Bounds, errors: FieldError[]): Promise<void> {
  const existing = await q.existingRegions(db, regions);
  regions.forEach((code, i) => {
    const field = `regions.${i}`;
    if (!VALID_LENGTHS.includes(code.length)) {
      errors.push({ field, message: `活动地区：${code} 不是有效的区划代码（2、4、6、9 或 12 位）` });
    } else if (!existing.has(code)) {
      errors.push({ field, message: `活动地区：区划代码 ${code} 不存在` });
    } else if (bounds.code !== null && !code.startsWith(bounds.code)) {
      errors.push({ field, message: bounds.outside(code) });
    }
  });
}

async function checkProgram(db: q.Executor, programId: number | null, errors: FieldError[]): Promise<void> {
  if (programId === null) return;
  const program = await q.programOf(db, programId);
  if (!program || program.status !== 'active') {
    errors.push({ field: 'programId', message: '帮扶计划：不存在或已停用，请选择在用的帮扶计划' });
  }
}

/** Every problem of the fields, and the values as they will be saved (trimmed, blanks as null). */
export async function checkFair(db: q.Executor, input: FairInput, bounds: Bounds): Promise<CheckedFair> {
  const errors: FieldError[] = [];
  const values: FairInput = {
    ...input,
    name: input.name.trim(),
    theme: blankToNull(input.theme),
    description: blankToNull(input.description),
  };
  if (values.name === '') errors.push({ field: 'name', message: '活动名称：不能为空' });
  checkDates(values, errors);
  // One query after another: inside a transaction they share one connection.
  await checkRegions(db, values.regions, bounds, errors);
  await checkProgram(db, values.programId, errors);
  return { errors, values };
}

/**
 * Where a national administrator's fair is organized: the deepest real region (not a municipality's placeholder
 * "县" or "市辖区", which no department runs) whose code all its regions share: two counties of Chongqing give 50,
 * two townships of 巫溪县 give 500238. Null when the regions lie in different provinces: a fair belongs to one
 * province's departments.
 */
export async function commonOrganizer(db: q.Executor, regions: readonly string[]): Promise<string | null> {
  const first = regions[0];
  if (first === undefined) return null;
  let shared = first.length;
  for (const code of regions) {
    let n = 0;
    while (n < Math.min(shared, code.length) && code[n] === first[n]) n += 1;
    shared = n;
  }
  const candidates = VALID_LENGTHS.filter((n) => n <= shared).map((n) => first.slice(0, n));
  const real = await q.realRegions(db, candidates);
  return candidates.reverse().find((c) => real.has(c)) ?? null;
}
