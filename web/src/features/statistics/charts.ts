// The ECharts options of the statistics pages, built from the server's figures: the monthly trend, a breakdown as
// bars or a pie, and a treemap of places coloured by amount. Bars and axes use yuan; every tooltip gives the exact
// amount from fen, and names (organizations write their own) are escaped before they reach the tooltip's HTML.
import type { Lang } from '../../i18n/index.tsx';
import { amountColor, textColorOn } from './colors.ts';
import { compactYuan, countText, formatYuan } from './money.ts';
import { monthLabel } from './months.ts';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

/** Yuan as a number for an axis: only the chart's geometry, never a figure shown as text. */
const yuan = (fen: number) => fen / 100;

const TOOLTIP_BASE = { confine: true, backgroundColor: 'rgba(255,255,255,0.96)', textStyle: { color: '#1f1f1f' } };

interface TrendPointLike {
  month: string;
  totalFen: number;
  beneficiaries: number;
  records: number;
}

export function trendOption(points: readonly TrendPointLike[], names: { amount: string; beneficiaries: string; records: string }, lang: Lang) {
  const tooltip = (index: number) => {
    const p = points[index];
    if (!p) return '';
    return [
      `<b>${escapeHtml(monthLabel(p.month, lang))}</b>`,
      `${escapeHtml(names.amount)}：${escapeHtml(formatYuan(p.totalFen, lang))}`,
      `${escapeHtml(names.beneficiaries)}：${countText(p.beneficiaries)}`,
      `${escapeHtml(names.records)}：${countText(p.records)}`,
    ].join('<br/>');
  };
  return {
    tooltip: {
      ...TOOLTIP_BASE,
      trigger: 'axis' as const,
      formatter: (params: { dataIndex: number }[] | { dataIndex: number }) => tooltip((Array.isArray(params) ? params[0] : params)?.dataIndex ?? -1),
    },
    legend: { top: 0 },
    grid: { left: 16, right: 16, top: 40, bottom: 8, containLabel: true },
    xAxis: { type: 'category' as const, data: points.map((p) => monthLabel(p.month, lang)) },
    yAxis: [
      {
        type: 'value' as const,
        name: names.amount,
        axisLabel: { formatter: (v: number) => compactYuan(Math.round(v * 100), lang) },
      },
      { type: 'value' as const, name: names.beneficiaries, minInterval: 1, splitLine: { show: false } },
    ],
    series: [
      {
        name: names.amount,
        type: 'bar' as const,
        barMaxWidth: 32,
        itemStyle: { color: '#1a56a8' },
        data: points.map((p) => yuan(p.totalFen)),
      },
      {
        name: names.beneficiaries,
        type: 'line' as const,
        yAxisIndex: 1,
        itemStyle: { color: '#d46b08' },
        data: points.map((p) => p.beneficiaries),
      },
    ],
  };
}

interface RowLike {
  label: string;
  totalFen: number;
  records: number;
  beneficiaries: number;
}

function rowTooltip(row: RowLike | undefined, names: { amount: string; records: string; beneficiaries: string }, lang: Lang): string {
  if (!row) return '';
  return [
    `<b>${escapeHtml(row.label)}</b>`,
    `${escapeHtml(names.amount)}：${escapeHtml(formatYuan(row.totalFen, lang))}`,
    `${escapeHtml(names.records)}：${countText(row.records)}`,
    `${escapeHtml(names.beneficiaries)}：${countText(row.beneficiaries)}`,
  ].join('<br/>');
}

/** Bars, largest on top (rows come sorted by amount), each labelled with its short amount. */
export function barOption(rows: readonly RowLike[], names: { amount: string; records: string; beneficiaries: string }, lang: Lang) {
  return {
    tooltip: {
      ...TOOLTIP_BASE,
      trigger: 'item' as const,
      formatter: (p: { dataIndex: number }) => rowTooltip(rows[p.dataIndex], names, lang),
    },
    grid: { left: 8, right: 72, top: 8, bottom: 8, containLabel: true },
    // Each bar says its amount: axis numbers would only crowd the labels.
    xAxis: { type: 'value' as const, axisLabel: { show: false } },
    yAxis: {
      type: 'category' as const,
      inverse: true,
      data: rows.map((r) => r.label),
      axisLabel: { width: 120, overflow: 'truncate' as const },
    },
    series: [
      {
        name: names.amount,
        type: 'bar' as const,
        barMaxWidth: 22,
        itemStyle: { color: '#1a56a8' },
        label: {
          show: true,
          position: 'right' as const,
          formatter: (p: { dataIndex: number }) => compactYuan(rows[p.dataIndex]?.totalFen ?? 0, lang),
        },
        data: rows.map((r) => yuan(r.totalFen)),
      },
    ],
  };
}

/** The height a bar chart of `n` rows needs to show every label. */
export function barHeight(n: number): number {
  return Math.max(160, Math.min(n, 50) * 28 + 40);
}

const PIE_COLORS = ['#1a56a8', '#389e0d', '#d46b08', '#722ed1', '#13a8a8', '#c41d7f', '#7cb305', '#faad14', '#2f54eb', '#8c8c8c'];

export function pieOption(rows: readonly RowLike[], names: { amount: string; records: string; beneficiaries: string }, lang: Lang) {
  return {
    color: PIE_COLORS,
    tooltip: {
      ...TOOLTIP_BASE,
      trigger: 'item' as const,
      formatter: (p: { dataIndex: number; percent?: number }) =>
        `${rowTooltip(rows[p.dataIndex], names, lang)}<br/>${p.percent !== undefined ? `${p.percent}%` : ''}`,
    },
    legend: { type: 'scroll' as const, bottom: 0 },
    series: [
      {
        name: names.amount,
        type: 'pie' as const,
        radius: ['35%', '65%'],
        center: ['50%', '45%'],
        avoidLabelOverlap: true,
        // Slivers are named in the legend and the table rather than by crossing labels.
        minShowLabelAngle: 8,
        label: { formatter: '{b}\n{d}%' },
        data: rows.map((r) => ({ name: r.label, value: yuan(Math.max(0, r.totalFen)) })),
      },
    ],
  };
}

/** One tile of a treemap: a place with its amount; `code` comes back with a click. */
export interface TileLike {
  code: string;
  name: string;
  totalFen: number;
  records: number;
  beneficiaries: number;
  /** Shown under the name in place of the amount (e.g. "未获帮扶"). */
  note?: string;
}

/**
 * Equal tiles, so that a place with nothing still shows (sized by amount it would vanish); the colour says the
 * amount and the label says it again in words.
 */
export function treemapOption(
  tiles: readonly TileLike[],
  names: { amount: string; records: string; beneficiaries: string; none: string },
  lang: Lang,
) {
  const max = tiles.reduce((m, t) => Math.max(m, t.totalFen), 0);
  return {
    tooltip: {
      ...TOOLTIP_BASE,
      formatter: (p: { data?: { code?: string } }) => {
        const tile = tiles.find((t) => t.code === p.data?.code);
        if (!tile) return '';
        return rowTooltip({ ...tile, label: tile.name }, names, lang) + (tile.note ? `<br/>${escapeHtml(tile.note)}` : '');
      },
    },
    series: [
      {
        type: 'treemap' as const,
        roam: false,
        nodeClick: false as const,
        breadcrumb: { show: false },
        width: '100%',
        height: '100%',
        top: 0,
        left: 0,
        itemStyle: { borderColor: '#fff', borderWidth: 2, gapWidth: 2 },
        // Many small tiles (a program's villages) need a smaller type to keep name and amount inside.
        label: { show: true, formatter: '{b}', overflow: 'break' as const, fontSize: tiles.length > 60 ? 10 : 12 },
        data: tiles.map((t) => {
          const color = amountColor(t.totalFen, max);
          const amount = t.totalFen > 0 ? compactYuan(t.totalFen, lang) : (t.note ?? names.none);
          return {
            name: `${t.name}\n${amount}`,
            code: t.code,
            value: 1,
            itemStyle: { color },
            label: { color: textColorOn(color) },
          };
        }),
      },
    ],
  };
}

