// The key areas of one program for the officials who keep them: a tab per kind with its count, the table with contacts,
// and add, edit and retire for those whose scope holds the program.
import { useMemo, useState } from 'react';
import { Alert, App, Button, Card, Input, Popconfirm, Space, Switch, Table, Tabs, Tag, Typography, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { errorText } from '../../api/client.ts';
import {
  DESIGNATION_KINDS,
  useAllDesignations,
  useRetireDesignation,
  type Designation,
  type DesignationKind,
  type Program,
} from '../../api/programs.ts';
import { useI18n } from '../../i18n/index.tsx';
import { ContactList } from './ContactList.tsx';
import { DesignationKindTag } from './DesignationKindTag.tsx';
import { DesignationModal } from './DesignationModal.tsx';

type Tab = DesignationKind | 'all';

export function DesignationsCard({ program, canManage }: { program: Program; canManage: boolean }) {
  const { t, dateTime } = useI18n();
  const { message } = App.useApp();
  const [showRetired, setShowRetired] = useState(false);
  const [tab, setTab] = useState<Tab>('all');
  const [q, setQ] = useState('');
  const list = useAllDesignations(program.id, true);
  const retire = useRetireDesignation(program.id);
  const [editing, setEditing] = useState<Designation | 'new' | null>(null);

  const shown = useMemo(() => (list.data ?? []).filter((d) => showRetired || d.retiredAt === null), [list.data, showRetired]);
  const counts = useMemo(() => {
    const c = new Map<DesignationKind, number>();
    for (const d of shown) c.set(d.kind, (c.get(d.kind) ?? 0) + 1);
    return c;
  }, [shown]);
  const needle = q.trim();
  const rows = shown.filter(
    (d) => (tab === 'all' || d.kind === tab) && (needle === '' || (d.regionPath ?? d.regionCode).includes(needle)),
  );
  const retiredCount = (list.data ?? []).filter((d) => d.retiredAt !== null).length;

  const onRetire = (d: Designation) =>
    retire.mutateAsync(d.id).then(
      () => void message.success(t('designations.retiredDone')),
      (err: unknown) => void message.error(errorText(err)),
    );

  const columns: TableColumnsType<Designation> = [
    {
      title: t('designations.region'),
      key: 'region',
      render: (_, d) => (
        <>
          <Typography.Text delete={d.retiredAt !== null}>{d.regionPath ?? d.regionCode}</Typography.Text>
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
            {d.regionCode}
          </Typography.Text>
        </>
      ),
    },
    { title: t('designations.kind'), dataIndex: 'kind', key: 'kind', render: (k: DesignationKind) => <DesignationKindTag kind={k} /> },
    { title: t('designations.note'), dataIndex: 'note', key: 'note', render: (v: string | null) => v ?? t('common.none') },
    { title: t('designations.contacts'), key: 'contacts', render: (_, d) => <ContactList contacts={d.contacts} /> },
    {
      title: t('designations.state'),
      key: 'state',
      render: (_, d) =>
        d.retiredAt ? (
          <Tag data-testid="designation-state">
            {t('designations.retired')} · {dateTime(d.retiredAt)}
          </Tag>
        ) : (
          <Tag data-testid="designation-state" color="success">
            {t('designations.active')}
          </Tag>
        ),
    },
    ...(canManage
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_: unknown, d: Designation) =>
              d.retiredAt ? null : (
                <Space size={4}>
                  <Button size="small" data-testid={`designation-edit-${d.id}`} onClick={() => setEditing(d)}>
                    {t('designations.edit')}
                  </Button>
                  <Popconfirm
                    title={t('designations.retireConfirm', { name: d.regionPath ?? d.regionCode })}
                    description={t('designations.retireHelp')}
                    okText={t('common.confirm')}
                    cancelText={t('common.cancel')}
                    okButtonProps={{ danger: true }}
                    onConfirm={() => onRetire(d)}
                  >
                    <Button size="small" danger data-testid={`designation-retire-${d.id}`}>
                      {t('designations.retire')}
                    </Button>
                  </Popconfirm>
                </Space>
              ),
          },
        ]
      : []),
  ];

  const tabs: { key: Tab; label: string; count: number }[] = [
    { key: 'all', label: t('common.all'), count: shown.length },
    ...DESIGNATION_KINDS.filter((k) => counts.has(k)).map((k) => ({ key: k, label: t(`designationKind.${k}`), count: counts.get(k) ?? 0 })),
  ];

  return (
    <Card
      title={t('designations.title')}
      extra={
        canManage &&
        program.status === 'active' && (
          <Button data-testid="designation-add" type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            {t('designations.add')}
          </Button>
        )
      }
    >
      {list.isError && <Alert type="error" showIcon title={errorText(list.error)} style={{ marginBottom: 12 }} />}
      <Tabs
        activeKey={tabs.some((x) => x.key === tab) ? tab : 'all'}
        onChange={(key) => setTab(key as Tab)}
        items={tabs.map((x) => ({
          key: x.key,
          label: (
            <span data-testid={`designation-tab-${x.key}`}>
              {x.label} <Typography.Text type="secondary">{x.count}</Typography.Text>
            </span>
          ),
        }))}
      />
      <Space wrap size={16} style={{ marginBottom: 12 }}>
        <Input.Search
          data-testid="designations-q"
          allowClear
          placeholder={t('designations.q')}
          style={{ width: 240 }}
          onSearch={setQ}
          onChange={(e) => e.target.value === '' && setQ('')}
        />
        <Space size={6}>
          <Switch data-testid="designations-show-retired" size="small" checked={showRetired} onChange={setShowRetired} />
          <Typography.Text>{t('designations.showRetired', { n: retiredCount })}</Typography.Text>
        </Space>
      </Space>
      <Table<Designation>
        data-testid="designations-table"
        rowKey="id"
        size="middle"
        scroll={{ x: 'max-content' }}
        columns={columns}
        dataSource={rows}
        loading={list.isPending}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
      />
      {editing !== null && (
        <DesignationModal program={program} designation={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      )}
    </Card>
  );
}
