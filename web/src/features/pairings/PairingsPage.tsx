// 结对帮扶: an organization follows the pairings it leads or joins by status and proposes new ones; officials and
// liaisons see the pairings awaiting confirmation first, then every pairing with a place in their scope, filtered.
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Badge, Button, Card, Checkbox, Empty, Form, Segmented, Select, Space } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { Role } from '../../../../src/common/glossary.ts';
import { useSession } from '../../api/auth.ts';
import {
  PAIRING_STATUS_LABELS,
  PAIRING_STATUSES,
  useProgramChoices,
  usePairings,
  type PairingFilters,
  type PairingStatus,
  type PairingSummary,
} from '../../api/pairings.ts';
import { useI18n } from '../../i18n/index.tsx';
import { FilterBar } from '../../shared/FilterBar.tsx';
import { KeysetTable } from '../../shared/KeysetTable.tsx';
import { PageHeader } from '../../shared/PageHeader.tsx';
import { RegionCascader } from '../regions/RegionCascader.tsx';
import { usePairingColumns } from './usePairingColumns.tsx';
import { W } from './words.ts';

const ORGANIZATION_ROLES: readonly Role[] = ['organization_admin', 'organization_member'];

type Tab = PairingStatus | 'all';

function OurPairings({ organizationId }: { organizationId: number | null }) {
  const { l } = useI18n();
  const [tab, setTab] = useState<Tab>('all');
  const list = usePairings(tab === 'all' ? {} : { status: tab });
  const columns = usePairingColumns({ manager: false, organizationId });
  return (
    <Card>
      <Segmented<Tab>
        data-testid="pairings-tabs"
        value={tab}
        onChange={setTab}
        style={{ marginBottom: 16 }}
        options={[
          { value: 'all', label: <span data-testid="pairings-tab-all">{l(W.allStatuses)}</span> },
          ...PAIRING_STATUSES.map((s) => ({
            value: s,
            label: <span data-testid={`pairings-tab-${s}`}>{l(PAIRING_STATUS_LABELS[s])}</span>,
          })),
        ]}
      />
      <KeysetTable<PairingSummary>
        rowKey="id"
        columns={columns}
        query={list}
        testId="pairings"
        locale={{
          emptyText: (
            <Empty description={tab === 'all' ? l(W.emptyMine) : l(W.empty)}>
              {tab === 'all' && (
                <Link to="/pairings/new">
                  <Button icon={<PlusOutlined />}>{l(W.newPairing)}</Button>
                </Link>
              )}
            </Empty>
          ),
        }}
      />
    </Card>
  );
}

interface FilterValues {
  programId?: number;
  status?: PairingStatus;
  region?: string;
  counterpartOnly?: boolean;
}

function toFilters(values: FilterValues): PairingFilters {
  return {
    ...(values.programId ? { programId: values.programId } : {}),
    ...(values.status ? { status: values.status } : {}),
    ...(values.region ? { region: values.region } : {}),
    ...(values.counterpartOnly ? { counterpartOnly: true } : {}),
  };
}

function ManagedPairings({ scope, reviewer }: { scope: string | null; reviewer: boolean }) {
  const { l } = useI18n();
  const [form] = Form.useForm<FilterValues>();
  const [values, setValues] = useState<FilterValues>({});
  const programs = useProgramChoices();
  const filters = toFilters(values);
  const pending = usePairings({ ...filters, status: 'pending' });
  const all = usePairings(filters);
  const pendingColumns = usePairingColumns({ manager: true, organizationId: null, review: reviewer });
  const allColumns = usePairingColumns({ manager: true, organizationId: null });
  const pendingCount = pending.data?.pages.reduce((n, p) => n + p.items.length, 0) ?? 0;

  return (
    <>
      <FilterBar<FilterValues> form={form} initialValues={{}} onChange={setValues} resetTestId="pairings-reset">
        <Form.Item name="programId">
          <Select
            data-testid="pairings-program"
            allowClear
            placeholder={l(W.allPrograms)}
            style={{ width: 240 }}
            popupMatchSelectWidth={false}
            loading={programs.isPending}
            options={(programs.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
          />
        </Form.Item>
        <Form.Item name="status">
          <Select
            data-testid="pairings-status"
            allowClear
            placeholder={l(W.allStatuses)}
            style={{ width: 150 }}
            options={PAIRING_STATUSES.map((s) => ({ value: s, label: l(PAIRING_STATUS_LABELS[s]) }))}
          />
        </Form.Item>
        {scope?.length !== 12 && (
          <Form.Item name="region">
            <RegionCascader
              data-testid="pairings-region"
              scope={scope}
              maxLength={12}
              placeholder={l(W.places)}
              style={{ width: 260 }}
            />
          </Form.Item>
        )}
        <Form.Item name="counterpartOnly" valuePropName="checked">
          <Checkbox data-testid="pairings-counterpart">{l(W.counterpartOnly)}</Checkbox>
        </Form.Item>
      </FilterBar>
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        {values.status === undefined && (
          <Card
            data-testid="pairings-pending-card"
            title={
              <Space>
                {l(W.pendingTitle)}
                <Badge
                  data-testid="pairings-pending-count"
                  showZero
                  count={`${pendingCount}${pending.hasNextPage ? '+' : ''}`}
                  color={pendingCount > 0 ? '#1a56a8' : '#bfbfbf'}
                />
              </Space>
            }
          >
            <KeysetTable<PairingSummary>
              rowKey="id"
              columns={pendingColumns}
              query={pending}
              testId="pairings-pending"
              locale={{ emptyText: <Empty description={l(W.emptyPending)} /> }}
            />
          </Card>
        )}
        <Card title={l(W.allTitle)}>
          <KeysetTable<PairingSummary>
            rowKey="id"
            columns={allColumns}
            query={all}
            testId="pairings-all"
            locale={{ emptyText: <Empty description={l(W.empty)} /> }}
          />
        </Card>
      </Space>
    </>
  );
}

export function PairingsPage() {
  const { l } = useI18n();
  const { data: me } = useSession();
  if (!me) return null;
  const organization = ORGANIZATION_ROLES.includes(me.role);
  return (
    <>
      <PageHeader
        title={organization ? l(W.mine) : l(W.title)}
        description={organization ? l(W.introOrganization) : l(W.introManager)}
        extra={
          organization && (
            <Link to="/pairings/new">
              <Button data-testid="pairings-new" type="primary" icon={<PlusOutlined />}>
                {l(W.newPairing)}
              </Button>
            </Link>
          )
        }
      />
      {organization ? (
        <OurPairings organizationId={me.organizationId} />
      ) : (
        <ManagedPairings scope={me.scopeRegionCode} reviewer={me.role !== 'liaison'} />
      )}
    </>
  );
}
