// Accounts in the caller's scope: filter by role, status, region and name; newest first or by username;
// keyset paging; disable and enable with confirmation.
import { useMemo, useState } from 'react';
import { App, Button, Card, Input, Popconfirm, Select, Segmented, Space, Tag, Typography, type TableColumnsType } from 'antd';
import { ROLES, ROLE_LABELS, type Role } from '../../../../src/common/glossary.ts';
import { useAccounts, useSetAccountStatus, type AccountFilters, type AccountSummary } from '../../api/accounts.ts';
import { useSession } from '../../api/auth.ts';
import { errorText } from '../../api/client.ts';
import { useI18n } from '../../i18n/index.tsx';
import { KeysetTable } from '../../shared/KeysetTable.tsx';
import { PageHeader } from '../../shared/PageHeader.tsx';
import { RegionCascader } from '../regions/RegionCascader.tsx';

type Status = 'active' | 'disabled';

export function AccountsPage() {
  const { t, l, dateTime } = useI18n();
  const { message } = App.useApp();
  const { data: me } = useSession();
  const [role, setRole] = useState<Role | undefined>();
  const [status, setStatus] = useState<Status | undefined>();
  const [regionCode, setRegionCode] = useState<string | undefined>();
  const [q, setQ] = useState('');
  const [sort, setSort] = useState<'newest' | 'username'>('newest');
  const filters = useMemo<AccountFilters>(
    () => ({ role, status, regionCode, q: q.trim() || undefined, sort }),
    [role, status, regionCode, q, sort],
  );
  const list = useAccounts(filters);
  const setAccountStatus = useSetAccountStatus();

  const act = (account: AccountSummary, action: 'disable' | 'enable') =>
    setAccountStatus.mutateAsync({ id: account.id, action }).then(
      () => void message.success(t(action === 'disable' ? 'accounts.disabledDone' : 'accounts.enabledDone')),
      (err: unknown) => void message.error(errorText(err)),
    );

  const columns: TableColumnsType<AccountSummary> = [
    { title: t('accounts.username'), dataIndex: 'username', key: 'username', render: (v: string) => <Typography.Text code>{v}</Typography.Text> },
    { title: t('accounts.displayName'), dataIndex: 'displayName', key: 'displayName' },
    { title: t('accounts.role'), dataIndex: 'role', key: 'role', render: (r: Role) => l(ROLE_LABELS[r]) },
    {
      title: t('accounts.scope'),
      key: 'scope',
      render: (_, a) => a.scopeRegionName ?? a.organizationName ?? (a.role === 'platform_admin' ? t('header.national') : t('common.none')),
    },
    {
      title: t('accounts.status'),
      dataIndex: 'status',
      key: 'status',
      render: (s: Status) => (s === 'active' ? <Tag color="success">{t('accounts.active')}</Tag> : <Tag color="error">{t('accounts.disabled')}</Tag>),
    },
    { title: t('accounts.createdAt'), dataIndex: 'createdAt', key: 'createdAt', render: (v: string) => dateTime(v) },
    { title: t('accounts.lastLogin'), dataIndex: 'lastLoginAt', key: 'lastLoginAt', render: (v: string | null) => dateTime(v) },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, a) => {
        if (a.id === me?.id) return null;
        const disable = a.status === 'active';
        return (
          <Popconfirm
            title={t(disable ? 'accounts.disableConfirm' : 'accounts.enableConfirm', { name: a.displayName })}
            okText={t('common.confirm')}
            cancelText={t('common.cancel')}
            okButtonProps={{ danger: disable }}
            onConfirm={() => act(a, disable ? 'disable' : 'enable')}
          >
            <Button size="small" danger={disable} data-testid={`account-${disable ? 'disable' : 'enable'}-${a.username}`}>
              {t(disable ? 'accounts.disable' : 'accounts.enable')}
            </Button>
          </Popconfirm>
        );
      },
    },
  ];

  return (
    <>
      <PageHeader title={t('accounts.title')} />
      <Card>
        <Space wrap size={12} style={{ marginBottom: 16 }}>
          <Input.Search
            data-testid="accounts-q"
            allowClear
            placeholder={t('accounts.q')}
            style={{ width: 220 }}
            onSearch={(v) => setQ(v)}
          />
          <Select<Role>
            data-testid="accounts-role"
            allowClear
            placeholder={t('accounts.role')}
            style={{ width: 180 }}
            value={role}
            onChange={(v) => setRole(v)}
            options={ROLES.map((r) => ({ value: r, label: l(ROLE_LABELS[r]) }))}
          />
          <Select<Status>
            allowClear
            placeholder={t('accounts.status')}
            style={{ width: 120 }}
            value={status}
            onChange={(v) => setStatus(v)}
            options={[
              { value: 'active', label: t('accounts.active') },
              { value: 'disabled', label: t('accounts.disabled') },
            ]}
          />
          <RegionCascader
            data-testid="accounts-region"
            scope={me?.scopeRegionCode ?? null}
            value={regionCode}
            onChange={setRegionCode}
            placeholder={t('accounts.region')}
            style={{ width: 280 }}
          />
          <Segmented<'newest' | 'username'>
            value={sort}
            onChange={setSort}
            options={[
              { value: 'newest', label: t('accounts.sortNewest') },
              { value: 'username', label: t('accounts.sortUsername') },
            ]}
          />
        </Space>
        <KeysetTable<AccountSummary>
          rowKey="id"
          columns={columns}
          query={list}
          testId="accounts"
        />
      </Card>
    </>
  );
}
