// The checklist's columns: project, organization, places, signed on, landing due, landed on, days overdue (red),
// evidence count, the last follow-up, and the follow-up button inline.
import { Link } from 'react-router-dom';
import { Button, Space, Typography, type TableColumnsType } from 'antd';
import { CommentOutlined } from '@ant-design/icons';
import type { ChecklistItem } from '../../api/projects.ts';
import { useI18n } from '../../i18n/index.tsx';
import { CounterpartTag, ProjectStatusTag } from './ProjectTags.tsx';
import { W } from './words.ts';

export function useChecklistColumns({ onFollowUp }: { onFollowUp: (item: ChecklistItem) => void }): TableColumnsType<ChecklistItem> {
  const { t, l, dateTime } = useI18n();
  const dash = '—';
  return [
    {
      title: l(W.project),
      key: 'project',
      render: (_, p) => (
        <Space orientation="vertical" size={2}>
          <Link to={`/projects/${p.id}`} data-testid={`checklist-link-${p.id}`}>
            {p.name}
          </Link>
          <ProjectStatusTag status={p.status} testId={`checklist-status-${p.id}`} />
        </Space>
      ),
    },
    {
      title: l(W.organization),
      key: 'organization',
      render: (_, p) => (
        <Space size={4} wrap>
          <span>{p.organization.name}</span>
          <CounterpartTag show={p.isCounterpart} />
        </Space>
      ),
    },
    {
      title: l(W.places),
      key: 'places',
      render: (_, p) => (
        <Space orientation="vertical" size={0}>
          {p.places.map((place) => (
            <span key={place.code}>{place.name}</span>
          ))}
        </Space>
      ),
    },
    {
      title: l(W.signedOn),
      key: 'signedOn',
      render: (_, p) => (
        <Space orientation="vertical" size={0}>
          <span style={{ whiteSpace: 'nowrap' }}>{p.signedOn ?? dash}</span>
          {p.signedWith && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {p.signedWith}
            </Typography.Text>
          )}
        </Space>
      ),
    },
    {
      title: l(W.landingDue),
      key: 'landingDue',
      render: (_, p) => <span style={{ whiteSpace: 'nowrap' }}>{p.landingDue ?? dash}</span>,
    },
    {
      title: l(W.landedOn),
      key: 'landedOn',
      render: (_, p) => (
        <span style={{ whiteSpace: 'nowrap' }} data-testid={`checklist-landed-${p.id}`}>
          {p.landedOn ?? dash}
        </span>
      ),
    },
    {
      title: l(W.overdueDays),
      key: 'overdueDays',
      align: 'right',
      render: (_, p) =>
        p.overdue ? (
          <Typography.Text type="danger" strong data-testid={`checklist-overdue-${p.id}`} data-days={p.overdueDays}>
            {p.overdueDays}
          </Typography.Text>
        ) : (
          dash
        ),
    },
    {
      title: l(W.evidenceCount),
      key: 'evidence',
      align: 'right',
      render: (_, p) => <span data-testid={`checklist-evidence-${p.id}`}>{p.evidenceCount}</span>,
    },
    {
      title: l(W.lastFollowUp),
      key: 'lastFollowUp',
      width: 260,
      render: (_, p) =>
        p.lastFollowUp ? (
          <Space orientation="vertical" size={0} data-testid={`checklist-follow-up-${p.id}`}>
            <Typography.Paragraph ellipsis={{ rows: 2, tooltip: p.lastFollowUp.note }} style={{ margin: 0 }}>
              {p.lastFollowUp.note}
            </Typography.Paragraph>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {dateTime(p.lastFollowUp.createdAt)} · {p.lastFollowUp.actorName ?? t('common.system')}
            </Typography.Text>
          </Space>
        ) : (
          <Typography.Text type="secondary">{l(W.noFollowUp)}</Typography.Text>
        ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      fixed: 'right',
      render: (_, p) => (
        <Button size="small" icon={<CommentOutlined />} data-testid={`checklist-follow-up-button-${p.id}`} onClick={() => onFollowUp(p)}>
          {l(W.followUpShort)}
        </Button>
      ),
    },
  ];
}
