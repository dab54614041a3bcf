// The columns of a list of pairings: the agreement (with lead / member and counterpart marks), program, places,
// period, commitments and status; a department's list adds the lead organization and, on pending ones, "审核".
import { Link } from 'react-router-dom';
import { Button, Space, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { AuditOutlined } from '@ant-design/icons';
import type { PairingSummary } from '../../api/pairings.ts';
import { useI18n } from '../../i18n/index.tsx';
import { formatYuan } from '../needs/format.ts';
import { CounterpartTag, PairingStatusTag } from './PairingTags.tsx';
import { PlaceList } from './PlaceList.tsx';
import { fill, W } from './words.ts';

export function usePairingColumns({
  manager,
  organizationId,
  review = false,
}: {
  manager: boolean;
  /** The caller's organization, to mark the pairings it leads. */
  organizationId: number | null;
  /** A "审核" link on each row (the pending list). */
  review?: boolean;
}): TableColumnsType<PairingSummary> {
  const { l, lang } = useI18n();
  return [
    {
      title: l(W.pairing),
      key: 'title',
      render: (_, p) => (
        <Space orientation="vertical" size={2}>
          <Link to={`/pairings/${p.id}`} data-testid={`pairing-link-${p.id}`}>
            {p.title}
          </Link>
          <Space size={4} wrap>
            {!manager && organizationId !== null && (
              <Tag color={p.organization.id === organizationId ? 'blue' : 'cyan'} style={{ marginInlineEnd: 0 }}>
                {p.organization.id === organizationId ? l(W.lead) : l(W.member)}
              </Tag>
            )}
            {p.isCounterpart && <CounterpartTag province={p.organizationProvince} testId={`pairing-counterpart-${p.id}`} />}
            {p.members.length > 0 && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {l(W.members)} {p.members.length}
              </Typography.Text>
            )}
          </Space>
        </Space>
      ),
    },
    ...(manager
      ? [
          {
            title: l(W.organization),
            key: 'organization',
            render: (_: unknown, p: PairingSummary) => (
              <span data-testid={`pairing-organization-${p.id}`}>{p.organization.name}</span>
            ),
          },
        ]
      : []),
    { title: l(W.program), key: 'program', render: (_, p) => p.program.name },
    {
      title: l(W.places),
      key: 'places',
      render: (_, p) => <PlaceList places={p.places} testId={`pairing-places-${p.id}`} />,
    },
    {
      title: l(W.period),
      key: 'period',
      render: (_, p) => (
        <span style={{ whiteSpace: 'nowrap' }}>
          {p.startDate} {l(W.to)} {p.endDate}
        </span>
      ),
    },
    {
      title: l(W.amount),
      key: 'amount',
      align: 'right',
      render: (_, p) => (
        <Space orientation="vertical" size={0} style={{ textAlign: 'right' }}>
          <span data-testid={`pairing-amount-${p.id}`} style={{ whiteSpace: 'nowrap' }}>
            {formatYuan(p.amountFen, lang)}
          </span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {fill(l(W.peopleCount), { n: p.people })}
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: l(W.status),
      key: 'status',
      render: (_, p) => (
        <Space size={4} wrap>
          <PairingStatusTag status={p.status} testId={`pairing-status-${p.id}`} />
          {p.current && (
            <Tooltip title={l(W.currentHelp)}>
              <Tag color="green" style={{ marginInlineEnd: 0 }}>
                {l(W.current)}
              </Tag>
            </Tooltip>
          )}
        </Space>
      ),
    },
    ...(review
      ? [
          {
            title: '',
            key: 'review',
            render: (_: unknown, p: PairingSummary) => (
              <Link to={`/pairings/${p.id}`}>
                <Button size="small" type="primary" icon={<AuditOutlined />} data-testid={`pairing-review-${p.id}`}>
                  {l(W.review)}
                </Button>
              </Link>
            ),
          },
        ]
      : []),
  ];
}
