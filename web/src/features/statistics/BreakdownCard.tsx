// One breakdown of the figures (by key field, kind, giver form, region or organization): a chart of the amounts and
// the table of every row with its numbers written out. A row opens its ledger records; for regions, a bar clicked
// narrows the whole page to that region instead (the table offers both).
import { useMemo, type ReactNode } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { Alert, Button, Card, Empty, Table, Typography } from 'antd';
import { errorText } from '../../api/client.ts';
import { useStatisticsBreakdown, type BreakdownBy, type BreakdownRow } from '../../api/statistics.ts';
import { useI18n } from '../../i18n/index.tsx';
import { Amount } from './Amount.tsx';
import { ClickableChart } from './ClickableChart.tsx';
import { barHeight, barOption, pieOption } from './charts.ts';
import { breakdownExtra, ledgerLink, type ResolvedFilters } from './filters.ts';
import { countText } from './money.ts';
import { useRowLabel } from './useRowLabel.ts';
import { W } from './words.ts';

/** Bars beyond this many are in the table only: a chart of fifty bars says less than the table. */
const CHART_ROWS = 15;

interface Props {
  by: BreakdownBy;
  title: string;
  filters: ResolvedFilters;
  chart: 'bar' | 'pie';
  /** Regions: a bar clicked narrows the page to that region. */
  onNarrow?: (code: string) => void;
  help?: string;
  extra?: ReactNode;
  /** Asked only when shown. */
  enabled?: boolean;
  testId: string;
}

export function BreakdownCard({ by, title, filters, chart, onNarrow, help, extra, enabled = true, testId }: Props) {
  const { l, lang } = useI18n();
  const navigate = useNavigate();
  const breakdown = useStatisticsBreakdown(filters, by, enabled);
  const label = useRowLabel(by);
  const rows = useMemo(() => (breakdown.data ?? []).map((r) => ({ ...r, label: label(r) })), [breakdown.data, label]);
  const charted = useMemo(() => rows.slice(0, CHART_ROWS), [rows]);
  const names = useMemo(() => ({ amount: l(W.amount), records: l(W.recordsCol), beneficiaries: l(W.beneficiariesCol) }), [l]);
  const option = useMemo(
    () => (chart === 'pie' ? pieOption(charted, names, lang) : barOption(charted, names, lang)),
    [chart, charted, names, lang],
  );

  const open = (row: BreakdownRow | undefined) => {
    if (!row) return;
    if (onNarrow) onNarrow(row.key);
    else void navigate(ledgerLink(filters, breakdownExtra(by, row.key)));
  };

  return (
    <Card size="small" title={title} extra={extra} style={{ height: '100%' }} loading={enabled && breakdown.isPending} data-testid={testId}>
      {breakdown.isError && <Alert type="error" showIcon title={errorText(breakdown.error)} />}
      {!breakdown.isError && rows.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={l(W.empty)} />}
      {rows.length > 0 && (
        <>
          {help && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {help}
            </Typography.Text>
          )}
          <ClickableChart
            data-testid={`${testId}-chart`}
            label={title}
            option={option}
            height={chart === 'pie' ? 300 : barHeight(charted.length)}
            onClick={({ dataIndex }) => open(charted[dataIndex])}
          />
          <Table<BreakdownRow>
            data-testid={`${testId}-table`}
            size="small"
            rowKey="key"
            dataSource={rows}
            pagination={{ pageSize: 10, hideOnSinglePage: true, size: 'small' }}
            scroll={{ x: 'max-content' }}
            columns={[
              {
                title: l(W.name),
                key: 'label',
                render: (_, r) => (
                  <Link to={ledgerLink(filters, breakdownExtra(by, r.key))} data-testid={`${testId}-row-${r.key}`}>
                    {r.label}
                  </Link>
                ),
              },
              { title: l(W.amount), key: 'total', align: 'right', render: (_, r) => <Amount fen={r.totalFen} testId={`${testId}-amount-${r.key}`} /> },
              { title: l(W.recordsCol), key: 'records', align: 'right', render: (_, r) => countText(r.records) },
              { title: l(W.beneficiariesCol), key: 'beneficiaries', align: 'right', render: (_, r) => countText(r.beneficiaries) },
              { title: l(W.confirmedCol), key: 'confirmed', align: 'right', render: (_, r) => <Amount fen={r.confirmedFen} /> },
              ...(onNarrow
                ? [
                    {
                      title: '',
                      key: 'narrow',
                      render: (_: unknown, r: BreakdownRow) => (
                        <Button size="small" type="link" onClick={() => onNarrow(r.key)} data-testid={`${testId}-narrow-${r.key}`}>
                          {l(W.narrow)}
                        </Button>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        </>
      )}
    </Card>
  );
}
