// Statistics count whole months ('YYYY-MM', both ends included); the ledger's records carry days. These turn one into
// the other, so the rollups (by month), the records (by day) and the ledger list's drill-down cover the same days.
import { chinaToday } from '../../../common/glossary.ts';

/** January of this year to this month, in China. */
export function defaultMonths(today: string = chinaToday()): { from: string; to: string } {
  return { from: `${today.slice(0, 4)}-01`, to: today.slice(0, 7) };
}

/** '2026-03' -> '2026-03-01'. */
export function firstDay(month: string): string {
  return `${month}-01`;
}

/** '2026-03' -> '2026-04-01': the records of the month lie strictly before it. */
export function dayAfter(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

/** '2026-02' -> '2026-02-28'. */
export function lastDay(month: string): string {
  const d = new Date(`${dayAfter(month)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** How many months from `from` to `to`, both included (0 or less when `to` is before `from`). */
export function monthCount(from: string, to: string): number {
  const [fy, fm] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  return (ty - fy) * 12 + (tm - fm) + 1;
}

/** Every month from `from` to `to`, both included. */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let m = from; m <= to; m = dayAfter(m).slice(0, 7)) out.push(m);
  return out;
}
