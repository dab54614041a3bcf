// The needs a liaison or official manages, as a keyset table: the needs page shows every need in scope, a
// household's page only that household's.
import { Link } from 'react-router-dom';
import { Space, Tag, Typography, type TableColumnsType } from 'antd';
import type { useManagedNeeds, NeedSummary } from '../../../api/needManagement.ts';
import { useSession } from '../../../api/auth.ts';
import { useI18n } from '../../../i18n/index.tsx';
import { KeysetTable } from '../../../shared/KeysetTable.tsx';
import { useKeyFieldNames } from '../../organizations/useKeyFieldNames.ts';
import { daysLeft } from '../format.ts';
import { NeedProgress } from './NeedProgress.tsx';
import { placeWithin } from './place.ts';
import { KeyAreaTags, NeedStatusTag } from './NeedTags.tsx';

/** Statuses in which the liaison may still change something (the form says what). */
const EDITABLE = new Set<NeedSummary['status']>(['draft', 'published', 'partly_claimed', 'claimed']);
const OPEN = new Set<NeedSummary['status']>(['published', 'partly_claimed', 'claimed']);

function Deadline({ need }: { need: NeedSummary }) {
  const { l } = useI18n();
  const days = daysLeft(need.deadline);
  let note: string | null = null;
  if (OPEN.has(need.status) || need.status === 'draft') {
    if (days < 0) note = l({ zh: '已过截止日期', en: 'past the deadline' });
    else if (days === 0) note = l({ zh: '今天截止', en: 'due today' });
    else if (days <= 7) note = l({ zh: `还有 ${days} 天`, en: `${days} days left` });
  }
  return (
    <Space orientation="vertical" size={0}>
      <span>{need.deadline}</span>
      {note && (
        <Typography.Text type={days <= 3 ? 'danger' : 'warning'} style={{ fontSize: 12 }}>
          {note}
        </Typography.Text>
      )}
    </Space>
  );
}

export function ManagedNeedsTable({
  query,
  testId,
  showPlace = true,
}: {
  query: ReturnType<typeof useManagedNeeds>;
  testId: string;
  showPlace?: boolean;
}) {
  const { l } = useI18n();
  const fieldName = useKeyFieldNames();
  const scopeName = useSession().data?.scopeRegionName;

  const columns: TableColumnsType<NeedSummary> = [
    {
      title: l({ zh: '需求', en: 'Need' }),
      key: 'title',
      render: (_, n) => (
        <Space orientation="vertical" size={2} style={{ maxWidth: 260 }}>
          <Link to={`/needs/${n.id}`} data-testid={`need-link-${n.id}`}>
            {n.title}
          </Link>
          {(n.isHouseholdNeed || n.keyAreaKinds.length > 0) && (
            <span>
              {n.isHouseholdNeed && <Tag color="purple">{l({ zh: '住户需求', en: 'Household need' })}</Tag>}
              <KeyAreaTags kinds={n.keyAreaKinds} testId={`need-key-areas-${n.id}`} />
            </span>
          )}
        </Space>
      ),
    },
    ...(showPlace
      ? [
          {
            title: l({ zh: '所属地区', en: 'Place' }),
            key: 'place',
            render: (_: unknown, n: NeedSummary) => (
              <div style={{ maxWidth: 160 }}>{placeWithin(n.region.name, scopeName)}</div>
            ),
          },
        ]
      : []),
    { title: l({ zh: '重点领域', en: 'Key field' }), key: 'field', render: (_, n) => fieldName(n.keyFieldCode) },
    {
      title: l({ zh: '所需与认领', en: 'Needed and claimed' }),
      key: 'what',
      render: (_, n) => <NeedProgress need={n} />,
    },
    { title: l({ zh: '截止日期', en: 'Deadline' }), key: 'deadline', render: (_, n) => <Deadline need={n} /> },
    {
      title: l({ zh: '状态', en: 'Status' }),
      key: 'status',
      render: (_, n) => <NeedStatusTag status={n.status} testId={`need-status-${n.id}`} />,
    },
    {
      title: l({ zh: '操作', en: 'Actions' }),
      key: 'actions',
      render: (_, n) =>
        EDITABLE.has(n.status) ? (
          <Link to={`/needs/${n.id}/edit`} data-testid={`need-edit-${n.id}`}>
            {l({ zh: '修改', en: 'Edit' })}
          </Link>
        ) : null,
    },
  ];

  return <KeysetTable<NeedSummary> rowKey="id" columns={columns} query={query} testId={testId} />;
}
