// The columns of the fairs list: kind, name (opening the fair), year, theme, regions, dates, status, sign-ups, and
// for an organization whether it signed up.
import { Link } from 'react-router-dom';
import { Tag, Typography, type TableColumnsType } from 'antd';
import { CheckCircleOutlined } from '@ant-design/icons';
import type { FairSummary } from '../../api/fairs.ts';
import { useI18n } from '../../i18n/index.tsx';
import { FairKindTag, FairStatusTag, RegionNames } from './FairTags.tsx';
import { fill, W } from './words.ts';

export function useFairColumns({ organization }: { organization: boolean }): TableColumnsType<FairSummary> {
  const { l } = useI18n();
  return [
    { title: l(W.kind), key: 'kind', render: (_, f) => <FairKindTag kind={f.kind} testId={`fair-kind-${f.id}`} /> },
    {
      title: l(W.name),
      key: 'name',
      render: (_, f) => (
        <>
          <Link to={`/fairs/${f.id}`} data-testid={`fair-link-${f.id}`}>
            {f.name}
          </Link>
          {organization && f.signedUp && (
            <Tag color="success" icon={<CheckCircleOutlined />} style={{ marginInlineStart: 8 }} data-testid={`fair-signed-up-${f.id}`}>
              {l(W.signedUp)}
            </Tag>
          )}
        </>
      ),
    },
    { title: l(W.year), dataIndex: 'year', key: 'year' },
    { title: l(W.theme), key: 'theme', render: (_, f) => f.theme ?? l(W.none) },
    { title: l(W.regions), key: 'regions', render: (_, f) => <RegionNames regions={f.regions} testId={`fair-regions-${f.id}`} /> },
    {
      title: l(W.dates),
      key: 'dates',
      render: (_, f) => (
        <>
          <span data-testid={`fair-dates-${f.id}`}>
            {f.startDate === f.endDate ? f.startDate : `${f.startDate} ~ ${f.endDate}`}
          </span>
          {f.signupDeadline && (
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {fill(l(W.signupUntil), { date: f.signupDeadline })}
            </Typography.Text>
          )}
        </>
      ),
    },
    { title: l(W.status), key: 'status', render: (_, f) => <FairStatusTag status={f.status} testId={`fair-status-${f.id}`} /> },
    {
      title: l(W.signups),
      key: 'signups',
      align: 'right',
      render: (_, f) => <span data-testid={`fair-signups-${f.id}`}>{fill(l(W.signupsCount), { n: f.signups })}</span>,
    },
  ];
}
