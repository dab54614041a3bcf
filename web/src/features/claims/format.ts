// Amounts and dates of claims as people read them. Money travels in integer fen and is shown in 元 with two
// decimals by integer arithmetic, so 0.1 + 0.2 never becomes 0.30000000000000004 on a screen that reports money.
import type { NeedKind } from '../../../../src/server/modules/needs/schemas.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
const grouping = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** 123456 → "1,234.56" (元). */
export function yuanText(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(Math.trunc(fen));
  const whole = Math.floor(abs / 100);
  const cents = abs % 100;
  return `${sign}${grouping.format(whole)}.${String(cents).padStart(2, '0')}`;
}

/** A quantity of a need or claim in its own terms: money in 元, materials in their unit, services in people. */
export function quantityText(
  kind: NeedKind,
  quantity: number,
  unit: string | null | undefined,
  words: { yuan: string; people: string },
): string {
  switch (kind) {
    case 'money':
      return `${yuanText(quantity)} ${words.yuan}`;
    case 'materials':
      return `${grouping.format(quantity)}${unit ? ` ${unit}` : ''}`;
    case 'service':
      return `${grouping.format(quantity)} ${unit || words.people}`;
  }
}

/**
 * Whole days until a claim lapses, counting a started day as a day ("还剩 1 天" until the last moment), never
 * below 0; null when the time cannot be read.
 */
export function daysUntil(iso: string, now: Date = new Date()): number | null {
  const at = new Date(iso).getTime();
  if (Number.isNaN(at)) return null;
  return Math.max(0, Math.ceil((at - now.getTime()) / DAY_MS));
}
