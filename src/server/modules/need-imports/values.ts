// Cell text -> values, the way townships write them: amounts in 元 (to integer fen by string arithmetic: a float
// would turn 0.29 元 into 28.999… fen), whole numbers, dates typed as text, the need's kind, lists separated by 、.
import type { NeedKind } from '../needs/schemas.ts';

export type Parsed<T> = { value: T } | { problem: string };

/** The schema's ceiling for a quantity and an amount (100,000,000,000 fen: one billion 元). */
export const MAX_QUANTITY = 100_000_000_000;

function compact(text: string): string {
  return text.normalize('NFKC').replace(/[\s\u3000]/g, '');
}

/** Thousands separators only where they separate thousands: 1,200.5 yes, 1,2 no. */
function withoutGrouping(text: string): string | undefined {
  if (!text.includes(',')) return text;
  return /^\d{1,3}(,\d{3})+(\.\d*)?$/.test(text) ? text.replace(/,/g, '') : undefined;
}

/** 12.5 / ¥1,200.00 / 300元 -> fen; at most two decimals (1.230 is 1.23, 1.234 is refused). */
export function yuanToFen(text: string): Parsed<number> {
  const plain = withoutGrouping(compact(text).replace(/^[¥￥]/, '').replace(/元$/, ''));
  const m = plain === undefined ? null : /^(\d+)(?:\.(\d*))?$/.exec(plain);
  if (!m) return { problem: `「${text}」不是金额，请填写元数，如 12.5` };
  const written = m[2] ?? '';
  // Zeros past the fen change nothing: 1.230 is 1.23.
  const fraction = written.length > 2 ? written.slice(0, 2) + written.slice(2).replace(/0+$/, '') : written;
  if (fraction.length > 2) return { problem: `「${text}」最多保留两位小数（到分）` };
  const fen = BigInt(m[1]!) * 100n + BigInt(fraction.padEnd(2, '0'));
  if (fen === 0n) return { problem: '应大于 0' };
  if (fen > BigInt(MAX_QUANTITY)) return { problem: `不能超过 ${MAX_QUANTITY / 100} 元` };
  return { value: Number(fen) };
}

/** 20 / 1,200 / 20.0 -> a positive whole number. */
export function wholeNumber(text: string): Parsed<number> {
  const plain = withoutGrouping(compact(text));
  const m = plain === undefined ? null : /^(\d+)(?:\.0*)?$/.exec(plain);
  if (!m) return { problem: `「${text}」应为整数，如 20` };
  const n = BigInt(m[1]!);
  if (n === 0n) return { problem: '应大于 0' };
  if (n > BigInt(MAX_QUANTITY)) return { problem: `不能超过 ${MAX_QUANTITY}` };
  return { value: Number(n) };
}

/**
 * 2026/7/1, 2026.07.01, 2026年7月1日 (a time after it ignored) -> 2026-07-01; anything else is returned as written
 * for the shared check to refuse in its own words.
 */
export function dateText(text: string): string {
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:\d{1,2}:\d{2}(?::\d{2})?)?$/.exec(compact(text));
  return m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : text;
}

export const KIND_NAMES: Record<NeedKind, string> = { money: '资金', materials: '物资', service: '服务' };

const KIND_WORDS: Record<string, NeedKind> = {
  资金: 'money',
  资金需求: 'money',
  money: 'money',
  物资: 'materials',
  物资需求: 'materials',
  materials: 'materials',
  服务: 'service',
  服务需求: 'service',
  服务或人员: 'service',
  人员: 'service',
  service: 'service',
};

export function needKind(text: string): Parsed<NeedKind> {
  const kind = KIND_WORDS[compact(text).toLowerCase()];
  if (kind) return { value: kind };
  if (text === '') return { problem: '请选择 资金、物资 或 服务' };
  return { problem: `「${text}」不是需求类型，请填 资金、物资 或 服务` };
}

/** 留守儿童、留守老人 (also commas, semicolons and line breaks), without repeats. */
export function splitList(text: string): string[] {
  return [...new Set(text.split(/[、，,；;\n]+/).map((s) => s.trim()).filter((s) => s !== ''))];
}
