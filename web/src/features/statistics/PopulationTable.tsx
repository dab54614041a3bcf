// Key populations in the region: registered households of each, how many received aid in the period and how many
// did not — the latter in red, since those are the households to go and see.
import { Alert, Card, Empty, Table, Typography } from 'antd';
import { errorText } from '../../api/client.ts';
import { usePopulationCoverage, type PopulationRow, type StatisticsQuery } from '../../api/statistics.ts';
import { useReferenceList } from '../../api/reference.ts';
import { useI18n } from '../../i18n/index.tsx';
import { Amount } from './Amount.tsx';
import { countText } from './money.ts';
import { W } from './words.ts';

export function PopulationTable({ query }: { query: StatisticsQuery }) {
  const { l, lang } = useI18n();
  const rows = usePopulationCoverage(query);
  const populations = useReferenceList('key-populations');
  const name = (row: PopulationRow) => {
    if (lang === 'zh') return row.label;
    return populations.data?.find((p) => p.code === row.code)?.nameEn ?? row.label;
  };
  return (
    <Card size="small" title={l(W.populationsTitle)} style={{ marginBottom: 16 }} data-testid="coverage-populations">
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 8 }}>
        {l(W.populationsHelp)}
      </Typography.Paragraph>
      {rows.isError && <Alert type="error" showIcon title={errorText(rows.error)} />}
      {!rows.isError && (
        <Table<PopulationRow>
          data-testid="coverage-populations-table"
          size="small"
          rowKey="code"
          loading={rows.isPending}
          dataSource={rows.data ?? []}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={l(W.populationsEmpty)} /> }}
          columns={[
            { title: l(W.population), key: 'label', render: (_, r) => name(r) },
            { title: l(W.populationHouseholds), key: 'households', align: 'right', render: (_, r) => countText(r.households) },
            { title: l(W.populationHelped), key: 'helped', align: 'right', render: (_, r) => countText(r.helped) },
            {
              title: l(W.populationNotHelped),
              key: 'notHelped',
              align: 'right',
              render: (_, r) => (
                <Typography.Text
                  type={r.notHelped > 0 ? 'danger' : 'secondary'}
                  strong={r.notHelped > 0}
                  data-testid={`coverage-population-not-helped-${r.code}`}
                  data-value={r.notHelped}
                >
                  {countText(r.notHelped)}
                </Typography.Text>
              ),
            },
            { title: l(W.amount), key: 'amount', align: 'right', render: (_, r) => <Amount fen={r.totalFen} /> },
          ]}
        />
      )}
    </Card>
  );
}
