// The rules of writing a work plan that need no database: which years may be planned, and the fields as saved.
import { AppError, type FieldError } from '../../errors.ts';
import type { PlanFields } from './queries.ts';
import type { PutWorkPlanBody } from './schemas.ts';

export const YEAR_WINDOW_MESSAGE = '年度：只能编制今年、明年或去年的计划';

/**
 * A plan is written for the coming year, the current one, or (early in a year) the one just ended; anything further
 * is a typo or a record nobody will act on.
 */
export function yearProblem(year: number, today: string): FieldError | undefined {
  const current = Number(today.slice(0, 4));
  if (year < current - 1 || year > current + 1) return { field: 'year', message: YEAR_WINDOW_MESSAGE };
  return undefined;
}

/** The fields to store, trimmed; every problem at once, so the form can show them all. */
export function planFields(year: number, body: PutWorkPlanBody, today: string): PlanFields {
  const problems: FieldError[] = [];
  const year_ = yearProblem(year, today);
  if (year_) problems.push(year_);
  const summary = body.summary.trim();
  if (summary === '') problems.push({ field: 'summary', message: '年度工作计划：不能为空，请写明目标、重点地区和主要举措' });
  if (problems.length > 0) throw new AppError('VALIDATION_FAILED', { fields: problems });
  const materials = body.materials?.trim() ?? '';
  return { summary, people: body.people, amount_fen: body.amountFen, materials: materials === '' ? null : materials };
}
