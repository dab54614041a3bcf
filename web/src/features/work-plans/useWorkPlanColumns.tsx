// The columns of a list of work plans: an organization sees its years; officials also the organization, and the
// submission time instead of the last change.
import { Link } from 'react-router-dom';
import { Space, type TableColumnsType } from 'antd';
import type { WorkPlanSummary } from '../../api/workPlans.ts';
import { useI18n } from '../../i18n/index.tsx';
import { formatYuan } from '../needs/format.ts';
import { WorkPlanStatusTag } from './WorkPlanStatusTag.tsx';
import { fill, W } from './words.ts';

export function useWorkPlanColumns({ official }: { official: boolean }): TableColumnsType<WorkPlanSummary> {
  const { l, lang, dateTime } = useI18n();
  return [
    ...(official
      ? [
          {
            title: l(W.organization),
            key: 'organization',
            render: (_: unknown, p: WorkPlanSummary) => (
              <Link to={`/work-plans/${p.id}`} data-testid={`work-plan-link-${p.id}`}>
                {p.organization.name}
              </Link>
            ),
          },
        ]
      : []),
    {
      title: l(W.year),
      key: 'year',
      render: (_, p) =>
        official ? (
          fill(l(W.yearValue), { year: p.year })
        ) : (
          <Link to={`/work-plans/${p.id}`} data-testid={`work-plan-link-${p.id}`}>
            {fill(l(W.yearValue), { year: p.year })}
          </Link>
        ),
    },
    ...(official ? [] : [{ title: l(W.status), key: 'status', render: (_: unknown, p: WorkPlanSummary) => <WorkPlanStatusTag status={p.status} testId={`work-plan-status-${p.id}`} /> }]),
    {
      title: l(W.people),
      key: 'people',
      align: 'right',
      render: (_, p) => <span data-testid={`work-plan-people-${p.id}`}>{fill(l(W.peopleValue), { n: p.people })}</span>,
    },
    {
      title: l(W.amount),
      key: 'amount',
      align: 'right',
      render: (_, p) => <span data-testid={`work-plan-amount-${p.id}`}>{formatYuan(p.amountFen, lang)}</span>,
    },
    {
      title: l(W.projects),
      key: 'projects',
      render: (_, p) => (
        <span data-testid={`work-plan-projects-${p.id}`}>
          {fill(l(W.projectsValue), { n: p.projectCount, money: formatYuan(p.projectBudgetFen, lang) })}
        </span>
      ),
    },
    {
      title: l(W.pairings),
      key: 'pairings',
      render: (_, p) => <span data-testid={`work-plan-pairings-${p.id}`}>{fill(l(W.pairingsValue), { n: p.pairingCount })}</span>,
    },
    official
      ? { title: l(W.submittedAt), key: 'submittedAt', render: (_, p) => dateTime(p.submittedAt) }
      : { title: l(W.updatedAt), key: 'updatedAt', render: (_, p) => dateTime(p.updatedAt) },
    {
      title: l(W.actions),
      key: 'actions',
      render: (_, p) => (
        <Space size={12}>
          <Link to={`/work-plans/${p.id}`}>{l(W.view)}</Link>
          {!official && p.status === 'draft' && (
            <Link to={`/work-plans/year/${p.year}`} data-testid={`work-plan-edit-${p.id}`}>
              {l(W.edit)}
            </Link>
          )}
        </Space>
      ),
    },
  ];
}
