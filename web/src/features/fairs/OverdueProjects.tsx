// The fair's projects signed but not landed by their due date, most overdue first, each opening the project.
import { Link } from 'react-router-dom';
import { Table, Typography, type TableColumnsType } from 'antd';
import type { FairDashboard } from '../../api/fairs.ts';
import { useI18n } from '../../i18n/index.tsx';
import { fill, W } from './words.ts';

type Overdue = FairDashboard['overdueProjects'][number];

export function OverdueProjects({ projects }: { projects: Overdue[] }) {
  const { l } = useI18n();
  const rows = [...projects].sort((a, b) => b.overdueDays - a.overdueDays || a.id - b.id);
  const columns: TableColumnsType<Overdue> = [
    {
      title: l(W.project),
      key: 'name',
      render: (_, p) => (
        <Link to={`/projects/${p.id}`} data-testid={`fair-overdue-${p.id}`}>
          {p.name}
        </Link>
      ),
    },
    { title: l(W.organization), key: 'organization', render: (_, p) => p.organization.name },
    { title: l(W.landingDue), dataIndex: 'landingDue', key: 'landingDue' },
    {
      title: l(W.overdueDays),
      key: 'overdueDays',
      align: 'right',
      render: (_, p) => (
        <Typography.Text type="danger" data-testid={`fair-overdue-days-${p.id}`}>
          {fill(l(W.days), { n: p.overdueDays })}
        </Typography.Text>
      ),
    },
  ];
  return (
    <Table<Overdue>
      data-testid="fair-overdue-table"
      size="small"
      rowKey="id"
      columns={columns}
      dataSource={rows}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: l(W.noOverdue) }}
    />
  );
}
