// Amounts as the statistics show them: exact yuan from fen (formatYuan), and a short form for large ones (万元, 亿元;
// "M yuan" in English) whose exact value the tooltip gives. Integer arithmetic only: a figure is the sum of records
// and must not drift by a fen through floating point.
import { formatYuan, yuanText } from '../needs/format.ts';
import type { Lang } from '../../i18n/index.tsx';

export { formatYuan, yuanText };

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** `fen` in units of `unitFen`, rounded half up to two decimals, as text ("12.35"). */
function inUnits(fen: number, unitFen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(Math.trunc(fen));
  const hundredth = unitFen / 100;
  const hundredths = Math.floor((abs + hundredth / 2) / hundredth);
  const whole = Math.floor(hundredths / 100);
  const decimals = hundredths % 100;
  return `${sign}${groupThousands(String(whole))}.${String(decimals).padStart(2, '0')}`;
}

const WAN = 1_000_000; // 1 万元 in fen
const YI = 10_000_000_000; // 1 亿元 in fen
const MILLION = 100_000_000; // 1,000,000 yuan in fen

/** Whether the short form rounds this amount (then the exact value belongs in a tooltip). */
export function isShortened(fen: number, lang: Lang): boolean {
  return Math.abs(fen) >= (lang === 'zh' ? WAN : MILLION);
}

/** 123456789 fen -> "123.46 万元"; below 1 万元 the exact "1,234.56 元". */
export function compactYuan(fen: number, lang: Lang): string {
  const abs = Math.abs(fen);
  if (lang === 'zh') {
    if (abs >= YI) return `${inUnits(fen, YI)} 亿元`;
    if (abs >= WAN) return `${inUnits(fen, WAN)} 万元`;
    return formatYuan(fen, 'zh');
  }
  if (abs >= MILLION) return `${inUnits(fen, MILLION)} M yuan`;
  return formatYuan(fen, 'en');
}

/** The number alone, for a card whose title says the unit: "123.46 万" / "1,234.56". */
export function compactYuanNumber(fen: number, lang: Lang): { value: string; unit: string } {
  const abs = Math.abs(fen);
  if (lang === 'zh') {
    if (abs >= YI) return { value: inUnits(fen, YI), unit: '亿元' };
    if (abs >= WAN) return { value: inUnits(fen, WAN), unit: '万元' };
    return { value: yuanText(fen), unit: '元' };
  }
  if (abs >= MILLION) return { value: inUnits(fen, MILLION), unit: 'M yuan' };
  return { value: yuanText(fen), unit: 'yuan' };
}

/** A count as read: "12,345". */
export function countText(n: number): string {
  return `${n < 0 ? '-' : ''}${groupThousands(String(Math.abs(Math.trunc(n))))}`;
}
