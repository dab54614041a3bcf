// The key areas as equal tiles coloured by the amount they received (grey and labelled "未获帮扶" when nothing); a
// tile opens the area's records. At most the first 200 areas: the table below lists them all.
import { useMemo } from 'react';
import { useNavigate } from 'react-router-dom';
import { Alert, Card, Empty, Typography } from 'antd';
import { errorText } from '../../api/client.ts';
import { AREA_MAP_LIMIT, useAreaMap, type AreaCoverageFilters } from '../../api/statistics.ts';
import { useI18n } from '../../i18n/index.tsx';
import { shortRegionName } from '../fairs/figures.ts';
import { ClickableChart } from './ClickableChart.tsx';
import { treemapOption } from './charts.ts';
import { areaLink } from './coverage.ts';
import { fill, W } from './words.ts';

export function AreaMap({ filters }: { filters: AreaCoverageFilters & { from: string; to: string } }) {
  const { l, lang } = useI18n();
  const navigate = useNavigate();
  const { onlyGaps: _onlyGaps, ...all } = filters;
  const map = useAreaMap(all);
  const items = useMemo(() => map.data?.items ?? [], [map.data]);
  const tiles = useMemo(
    () =>
      items.map((a) => ({
        code: a.regionCode,
        name: shortRegionName(a.regionName),
        totalFen: a.totalFen,
        records: a.records,
        beneficiaries: a.beneficiaries,
        ...(a.gap ? { note: l(W.gap) } : {}),
      })),
    [items, l],
  );
  const option = useMemo(
    () => treemapOption(tiles, { amount: l(W.amount), records: l(W.recordsCol), beneficiaries: l(W.beneficiariesCol), none: l(W.treeNone) }, lang),
    [tiles, l, lang],
  );
  const more = (map.data?.totals.areas ?? 0) > items.length;

  return (
    <Card size="small" title={l(W.areaMapTitle)} style={{ marginBottom: 16 }} loading={map.isPending} data-testid="coverage-map">
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 8 }}>
        {l(W.areaMapHelp)}
        {more && ` ${fill(l(W.areaMapMore), { n: AREA_MAP_LIMIT })}`}
      </Typography.Paragraph>
      {map.isError && <Alert type="error" showIcon title={errorText(map.error)} />}
      {!map.isError && items.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={l(W.areasEmpty)} />}
      {items.length > 0 && (
        <ClickableChart
          data-testid="coverage-treemap"
          label={l(W.areaMapTitle)}
          option={option}
          height={Math.max(240, Math.min(560, Math.ceil(items.length / 8) * 64))}
          onClick={({ data }) => {
            const code = (data as { code?: unknown } | undefined)?.code;
            if (typeof code === 'string') void navigate(areaLink(filters, code));
          }}
        />
      )}
    </Card>
  );
}
