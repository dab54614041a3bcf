// What the figures cover and how fresh they are: "巫溪县 · 2026年1月 至 2026年7月 · 数据更新于 14:03:22", the clock
// turning while the figures are asked again (every 30 seconds and on coming back to the page).
import { Space, Tooltip, Typography } from 'antd';
import { SyncOutlined } from '@ant-design/icons';
import type { StatisticsSummary } from '../../api/statistics.ts';
import { useI18n } from '../../i18n/index.tsx';
import { shortRegionName } from '../fairs/figures.ts';
import { periodLabel } from './months.ts';
import { fill, W } from './words.ts';

const CLOCK = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });

/** A moment as HH:mm:ss in China's time. */
export function clockText(at: number): string {
  return CLOCK.format(new Date(at));
}

export function ScopeLine({ summary, updatedAt, fetching }: { summary: StatisticsSummary | undefined; updatedAt: number; fetching: boolean }) {
  const { l, lang } = useI18n();
  return (
    <Space size={[12, 4]} wrap style={{ marginBottom: 12 }} data-testid="statistics-scope">
      {summary && (
        <Typography.Text strong data-testid="statistics-scope-text">
          {fill(l(W.scopeLine), { region: shortRegionName(summary.region.name), period: periodLabel(summary.from, summary.to, lang) })}
        </Typography.Text>
      )}
      {(updatedAt > 0 || fetching) && (
        <Tooltip title={l(W.liveHelp)}>
          <Typography.Text type="secondary" data-testid="statistics-updated" tabIndex={0}>
            <SyncOutlined spin={fetching} style={{ marginInlineEnd: 6 }} />
            {updatedAt > 0 ? fill(l(W.updatedAt), { time: clockText(updatedAt) }) : l(W.updating)}
          </Typography.Text>
        </Tooltip>
      )}
      {summary && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="statistics-source" data-source={summary.source}>
          {l(summary.source === 'rollup' ? W.sourceRollup : W.sourceRecords)}
        </Typography.Text>
      )}
    </Space>
  );
}
