// Cell values -> text -> values, the way givers fill sheets: numbers Excel stored as 1234.5000000001, dates as date
// cells, day numbers or text (2026/3/15, 2026年3月15日), amounts in 元 turned into integer fen by string arithmetic
// (a float would make 0.29 元 28.999… fen), and the code lists written by their Chinese labels.
import {
  ACTIVITY_TYPE_LABELS,
  ACTIVITY_TYPES,
  AID_KIND_LABELS,
  AID_KINDS,
  PURCHASE_CHANNEL_LABELS,
  PURCHASE_CHANNELS,
  type AidKind,
  type PurchaseChannel,
} from '../../../common/ledger.ts';
import { FUNDING_SOURCE_LABELS, FUNDING_SOURCES, type FundingSource } from '../../../common/projects.ts';

export type Parsed<T> = { value: T } | { problem: string };

/** The schema's ceilings (ledger/schemas.ts): fen of one record, counts of people, one item's quantity. */
export const MAX_FEN = 100_000_000_000;
export const MAX_COUNT = 10_000_000;
export const MAX_QUANTITY = 100_000_000;

/** Excel keeps 12.3 as 12.300000000000001 when it computed it: two decimals are what a sheet of money means. */
function numberText(n: number): string {
  if (Number.isInteger(n)) return String(n);
  const rounded = Math.round(n * 100) / 100;
  return Math.abs(rounded - n) < 1e-9 * Math.max(1, Math.abs(n)) ? String(rounded) : String(n);
}

/** A date cell: ExcelJS gives the day at midnight UTC, whatever the server's zone. */
function dateCellText(d: Date): string {
  return Number.isNaN(d.getTime()) ? '' : d.toISOString().slice(0, 10);
}

/** Any cell value ExcelJS reads (text, number, date, rich text, formula, hyperlink, error) as trimmed text. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (value instanceof Date) return dateCellText(value);
  if (typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText)) {
      return (value.richText as { text?: unknown }[])
        .map((r) => (typeof r.text === 'string' ? r.text : ''))
        .join('')
        .trim();
    }
    if ('result' in value) return cellText(value.result);
    if ('formula' in value || 'sharedFormula' in value) return '';
    if ('text' in value) return cellText(value.text);
    if ('error' in value && typeof value.error === 'string') return value.error;
  }
  return '';
}

/**
 * A copy of `text` that does not keep the sheet's XML alive. The reader's strings are slices of the decoded chunk
 * they came from (about 60,000 characters), and a key built from one keeps that whole chunk; kept for every row,
 * they would hold the whole sheet in memory.
 */
export function own(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8');
}

/** Width and spacing do not tell values apart: ２０２６ is 2026, （ is (. */
export function compact(text: string): string {
  return text.normalize('NFKC').replace(/[\s\u3000]/g, '');
}

/** Thousands separators only where they separate thousands: 1,200.5 yes, 1,2 no. */
function withoutGrouping(text: string): string | undefined {
  if (!text.includes(',')) return text;
  return /^\d{1,3}(,\d{3})+(\.\d*)?$/.test(text) ? text.replace(/,/g, '') : undefined;
}

/** 12.5 / ¥1,200.00 / 300元 -> fen; blank is 0; at most two decimals (1.230 is 1.23, 1.234 is refused). */
export function yuanToFen(text: string): Parsed<number> {
  if (text === '') return { value: 0 };
  const written = compact(text)
    .replace(/^[¥￥]/, '')
    .replace(/元$/, '');
  if (written.startsWith('-')) return { problem: `「${text}」不能为负数；冲销请在台账中对原记录操作` };
  const plain = withoutGrouping(written);
  const m = plain === undefined ? null : /^(\d+)(?:\.(\d*))?$/.exec(plain);
  if (!m) return { problem: `「${text}」不是金额，请填写元数，如 1200.5` };
  const decimals = m[2] ?? '';
  const fraction = decimals.length > 2 ? decimals.slice(0, 2) + decimals.slice(2).replace(/0+$/, '') : decimals;
  if (fraction.length > 2) return { problem: `「${text}」最多保留两位小数（到分）` };
  const fen = BigInt(m[1]!) * 100n + BigInt(fraction.padEnd(2, '0'));
  if (fen > BigInt(MAX_FEN)) return { problem: `不能超过 ${MAX_FEN / 100} 元` };
  return { value: Number(fen) };
}

/** 20 / 1,200 / 20.0 -> a whole number from `min` to `max`; blank is `blank`. */
export function wholeNumber(text: string, min: number, max: number, blank: number | null): Parsed<number | null> {
  if (text === '') return { value: blank };
  const plain = withoutGrouping(compact(text));
  const m = plain === undefined ? null : /^(\d+)(?:\.0*)?$/.exec(plain);
  if (!m) return { problem: `「${text}」应为${min > 0 ? '正' : ''}整数，如 20` };
  const n = BigInt(m[1]!);
  if (n < BigInt(min)) return { problem: `应不小于 ${min}` };
  if (n > BigInt(max)) return { problem: `不能超过 ${max}` };
  return { value: Number(n) };
}

/** Excel's day 1 is 1900-01-01 counted with its 1900 leap-year bug: day 25569 is 1970-01-01. */
const EXCEL_EPOCH_DAYS = 25569;

/**
 * 2026-03-15, 2026/3/15, 2026.3.15, 2026年3月15日 (a time after it ignored), or a day number a text-formatted date
 * cell shows (46096) -> YYYY-MM-DD. Anything else comes back as written, for the shared rules to refuse in their words.
 */
export function dateText(text: string): string {
  const c = compact(text);
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:\d{1,2}:\d{2}(?::\d{2})?)?$/.exec(c);
  if (m) return `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  if (/^\d{5}$/.test(c)) return new Date((Number(c) - EXCEL_EPOCH_DAYS) * 86_400_000).toISOString().slice(0, 10);
  return text;
}

const YES = new Set(['是', 'y', 'yes', 'true', '1', '确认']);
const NO = new Set(['', '否', 'n', 'no', 'false', '0']);

export function yesNo(text: string): Parsed<boolean> {
  const c = compact(text).toLowerCase();
  if (YES.has(c)) return { value: true };
  if (NO.has(c)) return { value: false };
  return { problem: `「${text}」请填“是”或“否”` };
}

/** Label -> code, accepting the code itself, the label and each part of a label written "a / b". */
function codeBook<C extends string>(
  codes: readonly C[],
  labels: Record<C, { zh: string }>,
  extra: Record<string, C> = {},
): Map<string, C> {
  const book = new Map<string, C>();
  const add = (word: string, code: C) => book.set(compact(word).toLowerCase(), code);
  for (const code of codes) {
    add(code, code);
    add(labels[code].zh, code);
    for (const part of labels[code].zh.split('/')) add(part.replace(/（.*）$/, ''), code);
  }
  for (const [word, code] of Object.entries(extra)) add(word, code);
  return book;
}

const KINDS = codeBook(AID_KINDS, AID_KIND_LABELS, {
  活动: 'activity',
  资金: 'funds',
  捐款: 'funds',
  物资: 'materials',
  消费帮扶: 'purchase',
  采购: 'purchase',
  服务: 'service',
  志愿服务: 'service',
  专业服务: 'service',
  就业: 'employment',
});
const CHANNELS = codeBook(PURCHASE_CHANNELS, PURCHASE_CHANNEL_LABELS, {
  电商: 'online',
  网购: 'online',
  展销会: 'fair',
  集市: 'fair',
});
const SOURCES = codeBook(FUNDING_SOURCES, FUNDING_SOURCE_LABELS, {
  网络众筹: 'public_fundraising',
  公开募捐: 'public_fundraising',
});
const ACTIVITIES = codeBook(ACTIVITY_TYPES, ACTIVITY_TYPE_LABELS);

export const KIND_CHOICES = AID_KINDS.map((k) => AID_KIND_LABELS[k].zh);
export const CHANNEL_CHOICES = PURCHASE_CHANNELS.map((c) => PURCHASE_CHANNEL_LABELS[c].zh);
export const SOURCE_CHOICES = FUNDING_SOURCES.map((s) => FUNDING_SOURCE_LABELS[s].zh);
export const ACTIVITY_CHOICES = ACTIVITY_TYPES.map((a) => ACTIVITY_TYPE_LABELS[a].zh);

function fromBook<C extends string>(
  book: Map<string, C>,
  text: string,
  what: string,
  choices: readonly string[],
): Parsed<C> {
  const code = book.get(compact(text).toLowerCase());
  return code ? { value: code } : { problem: `「${text}」不是${what}，请从列表中选择：${choices.join('、')}` };
}

export function aidKind(text: string): Parsed<AidKind> {
  return fromBook(KINDS, text, '帮扶方式', KIND_CHOICES);
}

export function purchaseChannel(text: string): Parsed<PurchaseChannel> {
  return fromBook(CHANNELS, text, '消费渠道', CHANNEL_CHOICES);
}

export function fundingSource(text: string): Parsed<FundingSource> {
  return fromBook(SOURCES, text, '资金来源', SOURCE_CHOICES);
}

/** A listed activity type is stored by its code; any other short text is kept as written (the form does the same). */
export function activityType(text: string): string {
  return ACTIVITIES.get(compact(text).toLowerCase()) ?? text;
}
