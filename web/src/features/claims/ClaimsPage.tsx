// 认领与对接: organizations and caring individuals follow their own claims by status; liaisons and officials see
// the claims awaiting their confirmation first, with confirm / decline inline, then every claim in their scope.
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Badge, Button, Card, Empty, Segmented, Select, Space } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import type { Role } from '../../../../src/common/glossary.ts';
import { useSession } from '../../api/auth.ts';
import { CLAIM_STATUSES, ENDED_CLAIM_STATUSES, useClaims, type ClaimListItem, type ClaimStatus } from '../../api/claims.ts';
import { useI18n } from '../../i18n/index.tsx';
import { KeysetTable } from '../../shared/KeysetTable.tsx';
import { PageHeader } from '../../shared/PageHeader.tsx';
import { useClaimColumns } from './useClaimColumns.tsx';
import { CLAIM_STATUS_LABELS, W } from './words.ts';

const CLAIMANT_ROLES: readonly Role[] = ['organization_admin', 'organization_member', 'caring_individual'];

type Tab = 'pending' | 'confirmed' | 'ended' | 'all';
type Ended = (typeof ENDED_CLAIM_STATUSES)[number];

function MyClaims() {
  const { l } = useI18n();
  const [tab, setTab] = useState<Tab>('pending');
  const [ended, setEnded] = useState<Ended>('fulfilled');
  const status: ClaimStatus | undefined = tab === 'all' ? undefined : tab === 'ended' ? ended : tab;
  const list = useClaims(status ? { status } : {});
  const columns = useClaimColumns({ manager: false, decide: false });

  return (
    <Card>
      <Space wrap size={12} style={{ marginBottom: 16 }}>
        <Segmented<Tab>
          data-testid="claims-tabs"
          value={tab}
          onChange={setTab}
          options={[
            { value: 'pending', label: <span data-testid="claims-tab-pending">{l(W.tabPending)}</span> },
            { value: 'confirmed', label: <span data-testid="claims-tab-confirmed">{l(W.tabConfirmed)}</span> },
            { value: 'ended', label: <span data-testid="claims-tab-ended">{l(W.tabEnded)}</span> },
            { value: 'all', label: <span data-testid="claims-tab-all">{l(W.tabAll)}</span> },
          ]}
        />
        {tab === 'ended' && (
          // The server filters one status at a time: the ended ones are picked here, not filtered from a page.
          <Segmented<Ended>
            data-testid="claims-ended"
            size="small"
            value={ended}
            onChange={setEnded}
            options={ENDED_CLAIM_STATUSES.map((s) => ({ value: s, label: <span data-testid={`claims-ended-${s}`}>{l(CLAIM_STATUS_LABELS[s])}</span> }))}
          />
        )}
      </Space>
      <KeysetTable<ClaimListItem>
        rowKey="id"
        columns={columns}
        query={list}
        testId="claims"
        locale={{
          emptyText: (
            <Empty description={tab === 'all' ? l(W.emptyMine) : l(W.empty)}>
              {tab === 'all' && (
                <Link to="/needs">
                  <Button icon={<SearchOutlined />}>{l(W.findNeeds)}</Button>
                </Link>
              )}
            </Empty>
          ),
        }}
      />
    </Card>
  );
}

function ManagedClaims() {
  const { l } = useI18n();
  const [status, setStatus] = useState<ClaimStatus | 'all'>('all');
  const pending = useClaims({ status: 'pending' });
  const all = useClaims(status === 'all' ? {} : { status });
  const pendingColumns = useClaimColumns({ manager: true, decide: true });
  const allColumns = useClaimColumns({ manager: true, decide: false });
  const pendingCount = pending.data?.pages.reduce((n, p) => n + p.items.length, 0) ?? 0;

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card
        data-testid="claims-pending-card"
        title={
          <Space>
            {l(W.pendingTitle)}
            {pendingCount > 0 && <Badge count={`${pendingCount}${pending.hasNextPage ? '+' : ''}`} color="#1a56a8" />}
          </Space>
        }
      >
        <KeysetTable<ClaimListItem>
          rowKey="id"
          columns={pendingColumns}
          query={pending}
          testId="claims-pending"
          locale={{ emptyText: <Empty description={l(W.emptyPending)} /> }}
        />
      </Card>
      <Card
        title={l(W.allTitle)}
        extra={
          <Select<ClaimStatus | 'all'>
            data-testid="claims-status"
            value={status}
            onChange={setStatus}
            style={{ width: 160 }}
            options={[
              { value: 'all', label: l(W.allStatuses) },
              ...CLAIM_STATUSES.map((s) => ({ value: s, label: l(CLAIM_STATUS_LABELS[s]) })),
            ]}
          />
        }
      >
        <KeysetTable<ClaimListItem>
          rowKey="id"
          columns={allColumns}
          query={all}
          testId="claims-all"
          locale={{ emptyText: <Empty description={l(W.empty)} /> }}
        />
      </Card>
    </Space>
  );
}

export function ClaimsPage() {
  const { l } = useI18n();
  const { data: me } = useSession();
  if (!me) return null;
  const claimant = CLAIMANT_ROLES.includes(me.role);
  return (
    <>
      <PageHeader title={claimant ? l(W.mine) : l(W.title)} description={claimant ? l(W.introClaimant) : l(W.introManager)} />
      {claimant ? <MyClaims /> : <ManagedClaims />}
    </>
  );
}
