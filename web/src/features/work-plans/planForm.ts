// The work plan form's values and what they become for the server, and which years may be planned. Money is typed
// in 元 and sent in fen, read digit by digit (never through a float).
import { renameErrorFields } from '../../api/forms.ts';
import type { PutWorkPlanBody, WorkPlanDetail } from '../../api/workPlans.ts';
import type { Labels } from '../../i18n/index.tsx';
import { parseYuan, yuanInput } from '../needs/format.ts';

/** The server's ceiling on the planned funds (fen). */
export const MAX_AMOUNT_FEN = 100_000_000_000;
export const MAX_PEOPLE = 1_000_000;

export interface PlanFormValues {
  summary?: string;
  people?: number | null;
  /** Planned funds in 元, as typed. */
  amountYuan?: string;
  materials?: string;
}

/** The form items the server's field errors may name (after `formFieldOf`). */
export const PLAN_FORM_FIELDS = ['summary', 'people', 'amountYuan', 'materials'] as const;

/** The year in a route parameter ("2027"), or null. */
export function yearParam(value: string | undefined): number | null {
  return value && /^\d{4}$/.test(value) ? Number(value) : null;
}

/** The years an organization may plan (the server's rule): last year, this year and next year. */
export function plannableYears(today: string): number[] {
  const current = Number(today.slice(0, 4));
  return [current - 1, current, current + 1];
}

/** The years offered as new plans on the list page: this year and next. */
export function offeredYears(today: string): number[] {
  return plannableYears(today).slice(1);
}

/** What is wrong with an amount typed in 元 (zero is allowed: a plan may bring only people), or undefined. */
export function amountProblem(text: string | undefined): Labels | undefined {
  const fen = parseYuan(text ?? '');
  if (fen === null) {
    return { zh: '请填写金额（元），最多两位小数，如 500000 或 3500.50', en: 'Enter an amount in yuan with at most two decimals, e.g. 500000 or 3500.50' };
  }
  if (fen > MAX_AMOUNT_FEN) return { zh: `金额不能超过 ${MAX_AMOUNT_FEN / 100} 元`, en: `At most ${MAX_AMOUNT_FEN / 100} yuan` };
  return undefined;
}

/** The body the values describe; the form's rules have checked them already. */
export function toPlanBody(values: PlanFormValues): PutWorkPlanBody {
  const materials = (values.materials ?? '').trim();
  return {
    summary: (values.summary ?? '').trim(),
    people: values.people ?? 0,
    amountFen: parseYuan(values.amountYuan ?? '') ?? 0,
    materials: materials === '' ? null : materials,
  };
}

export function formValuesOf(plan: WorkPlanDetail | null): PlanFormValues {
  if (!plan) return { summary: '', people: null, amountYuan: '', materials: '' };
  return { summary: plan.summary, people: plan.people, amountYuan: yuanInput(plan.amountFen), materials: plan.materials ?? '' };
}

/** The form item a server field error belongs to: the funds are typed in 元 under another name. */
export function formFieldOf(field: string): string {
  return field === 'amountFen' ? 'amountYuan' : field;
}

/** The same error with its fields renamed to the form's items (for applyServerErrors). */
export function withFormFields(error: unknown): unknown {
  return renameErrorFields(error, formFieldOf);
}
