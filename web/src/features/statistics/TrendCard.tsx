// The figures month by month: the amount as bars and the beneficiaries as a line, or the same as a table; a month
// clicked opens that month's records.
import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { Alert, Card, Empty, Segmented, Table, Typography } from 'antd';
import { errorText } from '../../api/client.ts';
import { useStatisticsTrend, type TrendPoint } from '../../api/statistics.ts';
import { useI18n } from '../../i18n/index.tsx';
import { Amount } from './Amount.tsx';
import { ClickableChart } from './ClickableChart.tsx';
import { trendOption } from './charts.ts';
import { ledgerLink, type ResolvedFilters } from './filters.ts';
import { countText } from './money.ts';
import { monthLabel } from './months.ts';
import { W } from './words.ts';

type View = 'chart' | 'table';

export function TrendCard({ filters }: { filters: ResolvedFilters }) {
  const { l, lang } = useI18n();
  const navigate = useNavigate();
  const [view, setView] = useState<View>('chart');
  const trend = useStatisticsTrend(filters);
  const points = useMemo(() => trend.data ?? [], [trend.data]);
  const option = useMemo(
    () => trendOption(points, { amount: l(W.trendAmount), beneficiaries: l(W.trendBeneficiaries), records: l(W.recordsCol) }, lang),
    [points, l, lang],
  );
  const empty = points.every((p) => p.records === 0 && p.totalFen === 0);

  return (
    <Card
      size="small"
      title={l(W.trendTitle)}
      style={{ marginBottom: 16 }}
      loading={trend.isPending}
      data-testid="statistics-trend"
      extra={
        <Segmented<View>
          size="small"
          value={view}
          onChange={setView}
          options={[
            { value: 'chart', label: l(W.chartView) },
            { value: 'table', label: l(W.tableView) },
          ]}
        />
      }
    >
      {trend.isError && <Alert type="error" showIcon title={errorText(trend.error)} />}
      {!trend.isError && empty && <Empty description={l(W.empty)} />}
      {!trend.isError && !empty && view === 'chart' && (
        <>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {l(W.trendHelp)}
          </Typography.Text>
          <ClickableChart
            data-testid="statistics-trend-chart"
            label={l(W.trendTitle)}
            option={option}
            height={300}
            columnClick
            onClick={({ dataIndex }) => {
              const point = points[dataIndex];
              if (point) void navigate(ledgerLink(filters, { month: point.month }));
            }}
          />
        </>
      )}
      {!trend.isError && !empty && view === 'table' && (
        <Table<TrendPoint>
          data-testid="statistics-trend-table"
          size="small"
          rowKey="month"
          pagination={false}
          dataSource={points}
          scroll={{ x: 'max-content' }}
          columns={[
            {
              title: l(W.month),
              key: 'month',
              render: (_, p) => <Link to={ledgerLink(filters, { month: p.month })}>{monthLabel(p.month, lang)}</Link>,
            },
            { title: l(W.amount), key: 'total', align: 'right', render: (_, p) => <Amount fen={p.totalFen} /> },
            { title: l(W.funds), key: 'funds', align: 'right', render: (_, p) => <Amount fen={p.fundsFen} /> },
            { title: l(W.materialsValueCol), key: 'materials', align: 'right', render: (_, p) => <Amount fen={p.materialValueFen} /> },
            { title: l(W.purchase), key: 'purchase', align: 'right', render: (_, p) => <Amount fen={p.purchaseFen} /> },
            { title: l(W.beneficiariesCol), key: 'beneficiaries', align: 'right', render: (_, p) => countText(p.beneficiaries) },
            { title: l(W.participants), key: 'participants', align: 'right', render: (_, p) => countText(p.participants) },
            { title: l(W.recordsCol), key: 'records', align: 'right', render: (_, p) => countText(p.records) },
          ]}
        />
      )}
    </Card>
  );
}
