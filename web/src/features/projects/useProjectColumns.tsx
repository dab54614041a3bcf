// The columns of a list of projects: name with status and overdue badge, places, budget in 元, planned dates; the
// area's list also shows the organization.
import { Link } from 'react-router-dom';
import { Space, Typography, type TableColumnsType } from 'antd';
import type { ProjectSummary } from '../../api/projects.ts';
import { useI18n } from '../../i18n/index.tsx';
import { formatYuan } from '../needs/format.ts';
import { CounterpartTag, OverdueTag, ProjectStatusTag } from './ProjectTags.tsx';
import { W } from './words.ts';

export function useProjectColumns({ showOrganization }: { showOrganization: boolean }): TableColumnsType<ProjectSummary> {
  const { l, lang } = useI18n();
  return [
    {
      title: l(W.name),
      key: 'name',
      render: (_, p) => (
        <Space orientation="vertical" size={2}>
          <Link to={`/projects/${p.id}`} data-testid={`project-link-${p.id}`}>
            {p.name}
          </Link>
          {p.fair && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {l(W.fair)}：{p.fair.name}
            </Typography.Text>
          )}
        </Space>
      ),
    },
    ...(showOrganization
      ? [
          {
            title: l(W.organization),
            key: 'organization',
            render: (_: unknown, p: ProjectSummary) => (
              <Space size={4} wrap>
                <span data-testid={`project-organization-${p.id}`}>{p.organization.name}</span>
                <CounterpartTag show={p.isCounterpart} />
              </Space>
            ),
          },
        ]
      : []),
    {
      title: l(W.status),
      key: 'status',
      render: (_, p) => (
        <Space size={4} wrap>
          <ProjectStatusTag status={p.status} testId={`project-status-${p.id}`} />
          <OverdueTag overdue={p.overdue} days={p.overdueDays} due={p.landingDue} testId={`project-overdue-${p.id}`} />
        </Space>
      ),
    },
    {
      title: l(W.places),
      key: 'places',
      render: (_, p) => (
        <Space orientation="vertical" size={0} data-testid={`project-places-${p.id}`}>
          {p.places.map((place) => (
            <span key={place.code}>{place.name}</span>
          ))}
        </Space>
      ),
    },
    {
      title: l(W.budget),
      key: 'budget',
      align: 'right',
      render: (_, p) => <span data-testid={`project-budget-${p.id}`}>{formatYuan(p.budgetFen, lang)}</span>,
    },
    {
      title: l(W.plannedDates),
      key: 'dates',
      render: (_, p) => (
        <span style={{ whiteSpace: 'nowrap' }}>
          {p.plannedStart} ~ {p.plannedEnd}
        </span>
      ),
    },
  ];
}
