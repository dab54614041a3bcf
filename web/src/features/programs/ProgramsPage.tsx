// 帮扶计划与重点地区: the programs in the caller's scope, newest first; create, edit and retire them. Each program
// opens on its own page with the key areas it designates.
import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { App, Button, Card, Popconfirm, Segmented, Select, Space, Tag, Typography, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useSession } from '../../api/auth.ts';
import { errorText } from '../../api/client.ts';
import { PROGRAM_KINDS, usePrograms, useRetireProgram, type Program, type ProgramFilters, type ProgramKind } from '../../api/programs.ts';
import { useI18n } from '../../i18n/index.tsx';
import { KeysetTable } from '../../shared/KeysetTable.tsx';
import { PageHeader } from '../../shared/PageHeader.tsx';
import { ProgramKindTag } from './DesignationKindTag.tsx';
import { ProgramModal } from './ProgramModal.tsx';
import { programYears } from './years.ts';

type StatusFilter = 'active' | 'retired' | 'all';

export function ProgramsPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { data: me } = useSession();
  const [status, setStatus] = useState<StatusFilter>('active');
  const [kind, setKind] = useState<ProgramKind | undefined>();
  const filters = useMemo<ProgramFilters>(
    () => ({
      region: me?.scopeRegionCode ?? undefined,
      kind,
      status: status === 'all' ? undefined : status,
    }),
    [me?.scopeRegionCode, kind, status],
  );
  const list = usePrograms(filters);
  const retire = useRetireProgram();
  // null: closed; 'new': creating; a program: editing it.
  const [editing, setEditing] = useState<Program | 'new' | null>(null);

  const onRetire = (p: Program) =>
    retire.mutateAsync(p.id).then(
      () => void message.success(t('programs.retiredDone')),
      (err: unknown) => void message.error(errorText(err)),
    );

  const columns: TableColumnsType<Program> = [
    {
      title: t('programs.name'),
      key: 'name',
      render: (_, p) => (
        <>
          <Link to={`/programs/${p.id}`} data-testid={`program-link-${p.slug}`}>
            {p.name}
          </Link>
          <Typography.Text type="secondary" code style={{ display: 'block', fontSize: 12, width: 'fit-content' }}>
            {p.slug}
          </Typography.Text>
        </>
      ),
    },
    { title: t('programs.kind'), dataIndex: 'kind', key: 'kind', render: (k: ProgramKind) => <ProgramKindTag kind={k} /> },
    { title: t('programs.region'), key: 'region', render: (_, p) => p.regionName ?? p.regionCode },
    { title: t('programs.department'), dataIndex: 'departmentName', key: 'department' },
    { title: t('programs.years'), key: 'years', render: (_, p) => programYears(p, t) },
    {
      title: t('programs.status'),
      dataIndex: 'status',
      key: 'status',
      render: (s: Program['status']) =>
        s === 'active' ? <Tag color="success">{t('programs.active')}</Tag> : <Tag>{t('programs.retired')}</Tag>,
    },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, p) => (
        <Space size={4}>
          <Button size="small" type="link" onClick={() => void navigate(`/programs/${p.id}`)}>
            {t('programs.open')}
          </Button>
          {p.status === 'active' && (
            <>
              <Button size="small" data-testid={`program-edit-${p.slug}`} onClick={() => setEditing(p)}>
                {t('programs.edit')}
              </Button>
              <Popconfirm
                title={t('programs.retireConfirm', { name: p.name })}
                description={t('programs.retireHelp')}
                okText={t('common.confirm')}
                cancelText={t('common.cancel')}
                okButtonProps={{ danger: true }}
                onConfirm={() => onRetire(p)}
              >
                <Button size="small" danger data-testid={`program-retire-${p.slug}`}>
                  {t('programs.retire')}
                </Button>
              </Popconfirm>
            </>
          )}
        </Space>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('programs.title')}
        description={t('programs.intro')}
        extra={
          <Space>
            <Link to="/key-areas" data-testid="programs-public-link">
              {t('programs.publicList')}
            </Link>
            <Button data-testid="program-create" type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
              {t('programs.new')}
            </Button>
          </Space>
        }
      />
      <Card>
        <Space wrap size={12} style={{ marginBottom: 16 }}>
          <Segmented<StatusFilter>
            data-testid="programs-status"
            value={status}
            onChange={setStatus}
            options={[
              { value: 'active', label: t('programs.active') },
              { value: 'retired', label: t('programs.retired') },
              { value: 'all', label: t('common.all') },
            ]}
          />
          <Select<ProgramKind>
            allowClear
            placeholder={t('programs.kind')}
            style={{ width: 160 }}
            value={kind}
            onChange={(v) => setKind(v)}
            options={PROGRAM_KINDS.map((k) => ({ value: k, label: t(`programKind.${k}`) }))}
          />
        </Space>
        <KeysetTable<Program> rowKey="id" columns={columns} query={list} testId="programs" />
      </Card>
      {editing !== null && (
        <ProgramModal
          program={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onCreated={(p) => void navigate(`/programs/${p.id}`)}
        />
      )}
    </>
  );
}
