// The audit log of the caller's region: who did what, when (Beijing time), from where, to which entity, with the
// before/after of each changed field; searchable, and exportable to Excel as a background job.
import { useState } from 'react';
import { App, Button, Card, DatePicker, Form, Input, Select, Space, Table, Typography, type TableColumnsType } from 'antd';
import { FileExcelOutlined, SearchOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { ROLE_LABELS, ROLES, type Role } from '../../../../src/common/glossary.ts';
import { useAudit, useStartAuditExport, type AuditEntry, type AuditFilters } from '../../api/audit.ts';
import { errorText } from '../../api/client.ts';
import { useI18n } from '../../i18n/index.tsx';
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES } from '../../i18n/messages.ts';
import { KeysetTable } from '../../shared/KeysetTable.tsx';
import { PageHeader } from '../../shared/PageHeader.tsx';
import { JobProgressPanel } from '../jobs/JobProgress.tsx';

interface FilterForm {
  actor?: string;
  entityType?: string;
  action?: string;
  period?: [Dayjs | null, Dayjs | null] | null;
}

/** The start of a calendar day in Beijing time, as an ISO instant. */
function beijingDayStart(day: Dayjs): string {
  return new Date(`${day.format('YYYY-MM-DD')}T00:00:00+08:00`).toISOString();
}

function toFilters(values: FilterForm): AuditFilters {
  const [start, end] = values.period ?? [null, null];
  const actor = values.actor?.trim();
  return {
    ...(actor ? { actor } : {}),
    ...(values.entityType ? { entityType: values.entityType } : {}),
    ...(values.action ? { action: values.action } : {}),
    ...(start ? { from: beijingDayStart(start) } : {}),
    // The server's `to` is exclusive: the day after the last chosen day.
    ...(end ? { to: beijingDayStart(end.add(1, 'day')) } : {}),
  };
}

function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/** A changed value as text; instants (stored in UTC) are shown in Beijing time like every other time here. */
function show(value: unknown, dateTime: (iso: string) => string): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'string') return ISO_INSTANT.test(value) ? dateTime(value) : value;
  return JSON.stringify(value);
}

type Changes = Record<string, { before?: unknown; after?: unknown }>;

function asChanges(value: unknown): Changes | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  return value as Changes;
}

function AuditDetail({ entry }: { entry: AuditEntry }) {
  const { t, dateTime } = useI18n();
  const changes = asChanges(entry.changes);
  const rows = changes ? Object.entries(changes).map(([field, c]) => ({ field, before: c.before, after: c.after })) : [];
  return (
    <div data-testid="audit-detail" style={{ paddingInline: 8 }}>
      {changes && (
        <Table
          size="small"
          rowKey="field"
          pagination={false}
          dataSource={rows}
          locale={{ emptyText: t('audit.noChanges') }}
          style={{ maxWidth: 900, marginBottom: entry.detail ? 12 : 0 }}
          columns={[
            { title: t('audit.field'), dataIndex: 'field', key: 'field', width: 200, render: (f: string) => <Typography.Text code>{f}</Typography.Text> },
            {
              title: t('audit.before'),
              dataIndex: 'before',
              key: 'before',
              render: (v: unknown) => <Typography.Text type="secondary" delete={v !== null && v !== undefined}>{show(v, dateTime)}</Typography.Text>,
            },
            { title: t('audit.after'), dataIndex: 'after', key: 'after', render: (v: unknown) => <Typography.Text strong>{show(v, dateTime)}</Typography.Text> },
          ]}
        />
      )}
      {entry.detail !== null && entry.detail !== undefined && (
        <div>
          <Typography.Text type="secondary">{t('audit.detail')}：</Typography.Text>
          <pre style={{ margin: '4px 0 0', padding: 8, background: '#fafafa', border: '1px solid #f0f0f0', borderRadius: 4, whiteSpace: 'pre-wrap' }}>
            {JSON.stringify(entry.detail, null, 2)}
          </pre>
        </div>
      )}
    </div>
  );
}

export function AuditPage() {
  const { t, l, dateTime } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<FilterForm>();
  const [filters, setFilters] = useState<AuditFilters>({});
  const [jobId, setJobId] = useState<string | null>(null);
  const list = useAudit(filters);
  const startExport = useStartAuditExport();

  const onExport = () => {
    // The export holds what the table shows: the filters last searched with.
    startExport.mutate(filters, {
      onSuccess: (reply) => {
        setJobId(reply.jobId);
        message.info(t('audit.exportStarted'));
      },
      onError: (err) => void message.error(errorText(err)),
    });
  };

  const columns: TableColumnsType<AuditEntry> = [
    { title: t('audit.time'), dataIndex: 'occurredAt', key: 'time', width: 180, render: (v: string) => dateTime(v) },
    {
      title: t('audit.who'),
      key: 'actor',
      render: (_, e) =>
        e.actor ? (
          <span>
            {e.actor.displayName}
            <Typography.Text type="secondary" style={{ marginInlineStart: 6 }}>
              {e.actor.username}
            </Typography.Text>
          </span>
        ) : (
          <Typography.Text type="secondary">{t('common.system')}</Typography.Text>
        ),
    },
    {
      title: t('audit.role'),
      key: 'role',
      render: (_, e) => (e.actor ? (isRole(e.actor.role) ? l(ROLE_LABELS[e.actor.role]) : e.actor.role) : ''),
    },
    { title: t('audit.ip'), dataIndex: 'actorIp', key: 'ip', render: (v: string | null) => v ?? '' },
    { title: t('audit.action'), dataIndex: 'action', key: 'action', render: (a: string) => l(AUDIT_ACTIONS[a], a) },
    {
      title: t('audit.entity'),
      key: 'entity',
      render: (_, e) => (
        <span data-testid="audit-entity" data-entity-type={e.entityType} data-action={e.action}>
          {l(AUDIT_ENTITY_TYPES[e.entityType], e.entityType)}
          {e.entityId !== null && <Typography.Text type="secondary"> #{e.entityId}</Typography.Text>}
        </span>
      ),
    },
    { title: t('audit.region'), dataIndex: 'regionName', key: 'region', render: (v: string | null) => v ?? '' },
  ];

  return (
    <>
      <PageHeader title={t('audit.title')} />
      <Card style={{ marginBottom: 16 }}>
        <Form<FilterForm> form={form} layout="inline" onFinish={(v) => setFilters(toFilters(v))} style={{ rowGap: 12 }}>
          <Form.Item name="actor" label={t('audit.actor')}>
            <Input data-testid="audit-actor" allowClear style={{ width: 160 }} maxLength={64} />
          </Form.Item>
          <Form.Item name="entityType" label={t('audit.entityType')}>
            <Select
              data-testid="audit-entity-type"
              allowClear
              style={{ width: 150 }}
              options={Object.entries(AUDIT_ENTITY_TYPES).map(([value, labels]) => ({ value, label: l(labels) }))}
            />
          </Form.Item>
          <Form.Item name="action" label={t('audit.action')}>
            <Select
              data-testid="audit-action"
              allowClear
              style={{ width: 150 }}
              options={Object.entries(AUDIT_ACTIONS).map(([value, labels]) => ({ value, label: l(labels) }))}
            />
          </Form.Item>
          <Form.Item name="period" label={t('audit.period')}>
            <DatePicker.RangePicker allowEmpty={[true, true]} />
          </Form.Item>
          <Form.Item>
            <Space>
              <Button data-testid="audit-search" type="primary" htmlType="submit" icon={<SearchOutlined />}>
                {t('common.search')}
              </Button>
              <Button
                onClick={() => {
                  form.resetFields();
                  setFilters({});
                }}
              >
                {t('common.reset')}
              </Button>
              <Button data-testid="audit-export" icon={<FileExcelOutlined />} loading={startExport.isPending} onClick={onExport}>
                {t('audit.export')}
              </Button>
            </Space>
          </Form.Item>
        </Form>
      </Card>
      {jobId && <JobProgressPanel key={jobId} jobId={jobId} onClose={() => setJobId(null)} />}
      <Card>
        <KeysetTable<AuditEntry>
          rowKey="id"
          columns={columns}
          expandable={{
            expandedRowRender: (entry) => <AuditDetail entry={entry} />,
            rowExpandable: (entry) => asChanges(entry.changes) !== null || (entry.detail !== null && entry.detail !== undefined),
          }}
          query={list}
          testId="audit"
        />
      </Card>
    </>
  );
}
