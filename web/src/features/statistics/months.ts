// Months as the statistics count them ('YYYY-MM', both ends included) and the calendar days the ledger list filters
// by, so that a drill-down from a month's figure lists exactly that month's records.

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonth(value: string | null | undefined): value is string {
  return typeof value === 'string' && MONTH.test(value);
}

/** The default period: January of this year to this month (China's calendar), as the server counts by default. */
export function thisYearMonths(today: string): { from: string; to: string } {
  const year = today.slice(0, 4);
  return { from: `${year}-01`, to: today.slice(0, 7) };
}

/** '2024-02' -> '2024-02-01'. */
export function monthFirstDay(month: string): string {
  return `${month}-01`;
}

/** '2024-02' -> '2024-02-29': the last calendar day, leap years included. */
export function monthLastDay(month: string): string {
  const m = MONTH.exec(month);
  if (!m) return `${month}-31`;
  const year = Number(m[1]);
  const index = Number(m[2]);
  // Day 0 of the next month is the last day of this one.
  const days = new Date(Date.UTC(year, index, 0)).getUTCDate();
  return `${month}-${String(days).padStart(2, '0')}`;
}

/** The month an ISO date falls in. */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}

/** '2026-03' -> '2026年3月' / 'Mar 2026'. */
export function monthLabel(month: string, lang: 'zh' | 'en'): string {
  const m = MONTH.exec(month);
  if (!m) return month;
  const index = Number(m[2]);
  if (lang === 'zh') return `${m[1]}年${index}月`;
  const names = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return `${names[index - 1] ?? m[2]} ${m[1]}`;
}

/** '2026-01' to '2026-07' as read: "2026年1月 至 2026年7月", or one month alone. */
export function periodLabel(from: string, to: string, lang: 'zh' | 'en'): string {
  if (from === to) return monthLabel(from, lang);
  return lang === 'zh' ? `${monthLabel(from, lang)} 至 ${monthLabel(to, lang)}` : `${monthLabel(from, lang)} – ${monthLabel(to, lang)}`;
}
