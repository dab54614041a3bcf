// 预算: the total in 元 and each source's amount and share of it.
import { Card, Table, Typography } from 'antd';
import { FUNDING_SOURCE_LABELS } from '../../../../src/common/projects.ts';
import type { ProjectDetail } from '../../api/projects.ts';
import { useI18n } from '../../i18n/index.tsx';
import { formatYuan } from '../needs/format.ts';
import { W } from './words.ts';

type Line = ProjectDetail['budgetLines'][number];

/** A share in percent with one decimal, from integers (no float sums of money). */
function shareText(part: number, whole: number): string {
  if (whole <= 0) return '—';
  const tenths = Math.round((part * 1000) / whole);
  return `${Math.floor(tenths / 10)}.${tenths % 10}%`;
}

export function ProjectBudgetCard({ project }: { project: ProjectDetail }) {
  const { l, lang } = useI18n();
  return (
    <Card
      title={l(W.budgetCard)}
      extra={
        <Typography.Text strong style={{ fontSize: 16 }} data-testid="project-budget-total">
          {formatYuan(project.budgetFen, lang)}
        </Typography.Text>
      }
    >
      <Table<Line>
        data-testid="project-budget-lines"
        rowKey="source"
        size="small"
        pagination={false}
        dataSource={project.budgetLines}
        locale={{ emptyText: l(W.noLines) }}
        columns={[
          { title: l(W.source), key: 'source', render: (_, line) => l(FUNDING_SOURCE_LABELS[line.source]) },
          {
            title: l(W.amount),
            key: 'amount',
            align: 'right',
            render: (_, line) => <span data-testid={`project-budget-${line.source}`}>{formatYuan(line.amountFen, lang)}</span>,
          },
          { title: l(W.share), key: 'share', align: 'right', render: (_, line) => shareText(line.amountFen, project.budgetFen) },
        ]}
      />
    </Card>
  );
}
