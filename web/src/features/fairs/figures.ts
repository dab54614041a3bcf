// What the fair pages compute from the server's figures: the short name of a region path, the share of signed
// projects that landed, and the per-county bar chart (signed, landed, overdue side by side).
import { PLACEHOLDER_REGION_NAMES } from '../../../../src/common/glossary.ts';
import type { FairDashboard } from '../../api/fairs.ts';

/** "重庆市 / 县 / 巫溪县" -> "巫溪县": the last real name of a region's path. */
export function shortRegionName(path: string): string {
  const parts = path
    .split('/')
    .map((p) => p.trim())
    .filter((p) => p !== '' && !PLACEHOLDER_REGION_NAMES.has(p));
  return parts.at(-1) ?? path;
}

/** Landed of signed, as a whole percentage rounded down (so 99.6% never shows as all landed); null when none signed. */
export function landedPercent(tally: { projectsSigned: number; projectsLanded: number }): number | null {
  if (tally.projectsSigned <= 0) return null;
  return Math.min(100, Math.floor((tally.projectsLanded * 100) / tally.projectsSigned));
}

export interface SeriesNames {
  signed: string;
  landed: string;
  overdue: string;
}

/** Bars per county, the counties with most signed first; the colours say the same as the cards. */
export function countyChartOption(byCounty: FairDashboard['byCounty'], names: SeriesNames) {
  const rows = [...byCounty].sort(
    (a, b) => b.projectsSigned - a.projectsSigned || b.projectsLanded - a.projectsLanded || a.county.code.localeCompare(b.county.code),
  );
  const bar = (name: string, color: string, pick: (r: (typeof rows)[number]) => number) => ({
    name,
    type: 'bar' as const,
    itemStyle: { color },
    barMaxWidth: 28,
    label: { show: true, position: 'top' as const },
    data: rows.map(pick),
  });
  return {
    tooltip: { trigger: 'axis' as const },
    legend: { top: 0 },
    grid: { left: 40, right: 16, top: 40, bottom: 40 },
    xAxis: { type: 'category' as const, data: rows.map((r) => shortRegionName(r.county.name)), axisLabel: { interval: 0 } },
    yAxis: { type: 'value' as const, minInterval: 1 },
    series: [
      bar(names.signed, '#1a56a8', (r) => r.projectsSigned),
      bar(names.landed, '#389e0d', (r) => r.projectsLanded),
      bar(names.overdue, '#cf1322', (r) => r.projectsOverdue),
    ],
  };
}
