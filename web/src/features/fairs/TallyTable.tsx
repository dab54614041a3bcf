// One row per organization or per county: pairings, projects signed, landed, overdue and still being prepared, and
// the signed and landed budgets in 元. A project placed in several counties counts in each (the server says so).
import { Table, Typography, type TableColumnsType } from 'antd';
import type { FairDashboard } from '../../api/fairs.ts';
import { useI18n, type Labels } from '../../i18n/index.tsx';
import { yuanText } from '../needs/format.ts';
import { W } from './words.ts';

type Tally = FairDashboard['totals'];

export interface TallyRow extends Tally {
  key: string;
  name: string;
}

export function TallyTable({ rows, nameTitle, testId }: { rows: TallyRow[]; nameTitle: Labels; testId: string }) {
  const { l } = useI18n();
  const count = (title: Labels, field: keyof Tally, danger = false): TableColumnsType<TallyRow>[number] => ({
    title: l(title),
    key: field,
    align: 'right',
    sorter: (a, b) => a[field] - b[field],
    render: (_, r) => (
      <span data-testid={`${testId}-${r.key}-${field}`}>
        {danger && r[field] > 0 ? <Typography.Text type="danger">{r[field]}</Typography.Text> : r[field]}
      </span>
    ),
  });
  const money = (title: Labels, field: 'signedBudgetFen' | 'landedBudgetFen'): TableColumnsType<TallyRow>[number] => ({
    title: l(title),
    key: field,
    align: 'right',
    sorter: (a, b) => a[field] - b[field],
    render: (_, r) => <span data-testid={`${testId}-${r.key}-${field}`}>{yuanText(r[field])}</span>,
  });
  const columns: TableColumnsType<TallyRow> = [
    { title: l(nameTitle), key: 'name', render: (_, r) => <span data-testid={`${testId}-${r.key}-name`}>{r.name}</span> },
    count(W.cardPairings, 'pairings'),
    count(W.cardSigned, 'projectsSigned'),
    count(W.cardLanded, 'projectsLanded'),
    count(W.cardOverdue, 'projectsOverdue', true),
    count(W.cardPending, 'projectsPending'),
    money(W.cardSignedBudget, 'signedBudgetFen'),
    money(W.cardLandedBudget, 'landedBudgetFen'),
  ];
  return (
    <Table<TallyRow>
      data-testid={`${testId}-table`}
      size="small"
      rowKey="key"
      columns={columns}
      dataSource={rows}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: l(W.noTally) }}
    />
  );
}
