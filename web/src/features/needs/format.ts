// Money, quantities, deadlines and lapse times of needs and their claims as people read and type them, for every page
// that shows them. Money travels as integer fen; what a person types in 元 becomes fen by reading the digits, never
// through a float (0.1 + 0.2 must not lose a fen).
import { chinaToday } from '../../../../src/common/glossary.ts';
import type { NeedKind } from '../../api/needs.ts';
import type { Lang } from '../../i18n/index.tsx';

/** The largest quantity the server takes (fen for money). */
export const MAX_QUANTITY = 100_000_000_000;

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** 123456 fen -> "1,234.56" (元, two decimals). */
export function yuanText(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(Math.trunc(fen));
  const whole = Math.floor(abs / 100);
  const cents = abs % 100;
  return `${sign}${groupThousands(String(whole))}.${String(cents).padStart(2, '0')}`;
}

/** 123456 fen -> "1,234.56 元" ("1,234.56 yuan"). */
export function formatYuan(fen: number, lang: Lang = 'zh'): string {
  return `${yuanText(fen)} ${lang === 'zh' ? '元' : 'yuan'}`;
}

/** Fen for an amount typed in 元 ("1,234.5" -> 123450), or null when it is not an amount with at most two decimals. */
export function parseYuan(text: string): number | null {
  const m = /^(\d{1,12})(?:\.(\d{0,2}))?$/.exec(text.trim().replace(/[,，\s]/g, ''));
  if (!m) return null;
  const whole = m[1] ?? '0';
  const cents = (m[2] ?? '').padEnd(2, '0');
  return Number(whole) * 100 + Number(cents);
}

/** Fen as the text of a 元 input ("1234.5" style without grouping, two decimals), to prefill the claim form. */
export function yuanInput(fen: number): string {
  return yuanText(fen).replace(/,/g, '');
}

/** The unit a quantity of this need is counted in: 元 for money, its own unit, else 人 for a service (the claims pages say the same). */
export function unitOf(kind: NeedKind, unit: string | null, lang: Lang = 'zh'): string {
  if (kind === 'money') return lang === 'zh' ? '元' : 'yuan';
  const own = unit?.trim();
  if (own) return own;
  return kind === 'service' ? (lang === 'zh' ? '人' : 'people') : '';
}

/** A quantity of a need as read: money in 元 from fen, otherwise the count with its unit ("20 台"). */
export function formatQuantity(kind: NeedKind, quantity: number, unit: string | null, lang: Lang = 'zh'): string {
  if (kind === 'money') return formatYuan(quantity, lang);
  return `${groupThousands(String(quantity))} ${unitOf(kind, unit, lang)}`.trim();
}

function dayNumber(isoDate: string): number {
  const [y, m, d] = isoDate.split('-').map(Number);
  return Math.round(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) / 86_400_000);
}

/** Days from today (in China) to the deadline: 0 on the day itself, negative once past. */
export function daysLeft(deadline: string, today: string = chinaToday()): number {
  return dayNumber(deadline) - dayNumber(today);
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Whole days until a claim lapses, counting a started day as a day ("还剩 1 天" until the last moment), never
 * below 0; null when the time cannot be read.
 */
export function daysUntil(iso: string, now: Date = new Date()): number | null {
  const at = new Date(iso).getTime();
  if (Number.isNaN(at)) return null;
  return Math.max(0, Math.ceil((at - now.getTime()) / DAY_MS));
}

/** A file's size as its list shows it: whole KB (at least 1), or MB with one decimal. */
export function fileSizeText(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export interface Progress {
  /** Percentages of the whole, rounded down so that a need never looks fully claimed before it is. */
  confirmedPercent: number;
  claimedPercent: number;
  remaining: number;
}

/** How much of a need is claimed, of which confirmed, and what is left to claim. */
export function progressOf(need: { quantity: number; claimedQuantity: number; confirmedQuantity: number }): Progress {
  const whole = Math.max(need.quantity, 1);
  const percent = (n: number) => Math.min(100, Math.floor((Math.max(0, n) * 100) / whole));
  return {
    confirmedPercent: percent(need.confirmedQuantity),
    claimedPercent: percent(need.claimedQuantity),
    remaining: Math.max(0, need.quantity - need.claimedQuantity),
  };
}
