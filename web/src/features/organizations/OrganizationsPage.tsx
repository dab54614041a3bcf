// 社会组织 for officials: the organizations registered or serving in their scope — awaiting review first — with
// filters, sort, keyset paging, and the list exported to Excel as a background job.
import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { App, Badge, Button, Card, Checkbox, Form, Input, Segmented, Select, Space, Tag, Typography, type TableColumnsType } from 'antd';
import { FileExcelOutlined } from '@ant-design/icons';
import { useSession } from '../../api/auth.ts';
import { errorText } from '../../api/client.ts';
import {
  ORGANIZATION_SORTS,
  useOrganizations,
  usePendingCount,
  useStartOrganizationExport,
  type OrganizationListItem,
  type OrganizationStatus,
} from '../../api/organizations.ts';
import { useI18n } from '../../i18n/index.tsx';
import { KeysetTable } from '../../shared/KeysetTable.tsx';
import { PageHeader } from '../../shared/PageHeader.tsx';
import { JobProgressPanel } from '../jobs/JobProgress.tsx';
import { FilterItems } from './FilterItems.tsx';
import { toOrganizationFilters, type OrganizationFilterValues } from './filters.ts';
import { FormTag, GradeTag, StatusTag } from './OrganizationTags.tsx';
import { useKeyFieldNames } from './useKeyFieldNames.ts';

type StatusTab = OrganizationStatus | 'all';

export function OrganizationsPage() {
  const { t, dateTime } = useI18n();
  const { message } = App.useApp();
  const { data: me } = useSession();
  const [form] = Form.useForm<OrganizationFilterValues>();
  const [status, setStatus] = useState<StatusTab>('pending');
  const [values, setValues] = useState<OrganizationFilterValues>({});
  const filters = useMemo(() => toOrganizationFilters({ ...values, status: status === 'all' ? null : status }), [values, status]);
  const list = useOrganizations(filters);
  const pending = usePendingCount();
  const startExport = useStartOrganizationExport();
  const [jobId, setJobId] = useState<string | null>(null);
  const fieldName = useKeyFieldNames();

  const pendingLabel = pending.data ? t('orgs.pendingTab', { n: `${pending.data.count}${pending.data.more ? '+' : ''}` }) : t('orgStatus.pending');

  const onExport = () =>
    // The export holds what the table shows: the filters last applied.
    startExport.mutate(filters, {
      onSuccess: (reply) => {
        setJobId(reply.jobId);
        message.info(t('orgs.exportStarted'));
      },
      onError: (err) => void message.error(errorText(err)),
    });

  const columns: TableColumnsType<OrganizationListItem> = [
    {
      title: t('org.name'),
      key: 'name',
      render: (_, o) => (
        <>
          <Link to={`/organizations/${o.id}`} data-testid={`org-link-${o.id}`}>
            {o.name}
          </Link>
          <Typography.Text type="secondary" code style={{ display: 'block', fontSize: 12, width: 'fit-content' }}>
            {o.creditCode}
          </Typography.Text>
        </>
      ),
    },
    {
      title: t('org.status'),
      key: 'status',
      render: (_, o) => (
        <Space size={0} wrap>
          <StatusTag status={o.status} />
          {o.pendingChange && <Tag color="warning">{t('orgs.changeTag')}</Tag>}
        </Space>
      ),
    },
    { title: t('org.form'), dataIndex: 'form', key: 'form', render: (f: OrganizationListItem['form']) => <FormTag form={f} /> },
    { title: t('org.regRegion'), key: 'region', render: (_, o) => o.registrationRegion?.name ?? t('orgLevel.national') },
    {
      title: t('org.fields'),
      key: 'fields',
      render: (_, o) => (
        <Typography.Text style={{ maxWidth: 260, display: 'inline-block' }} ellipsis={{ tooltip: true }}>
          {o.fields.map(fieldName).join('、')}
        </Typography.Text>
      ),
    },
    { title: t('org.grade'), key: 'grade', render: (_, o) => <GradeTag grade={o.grade} /> },
    { title: t('org.submittedAt'), dataIndex: 'submittedAt', key: 'submittedAt', render: (v: string | null) => dateTime(v) },
    { title: t('org.createdAt'), dataIndex: 'createdAt', key: 'createdAt', render: (v: string) => dateTime(v) },
  ];

  return (
    <>
      <PageHeader
        title={t('orgs.title')}
        description={t('orgs.intro')}
        extra={
          <Button data-testid="org-export" icon={<FileExcelOutlined />} loading={startExport.isPending} onClick={onExport}>
            {t('orgs.export')}
          </Button>
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <Segmented<StatusTab>
          data-testid="orgs-status"
          value={status}
          onChange={setStatus}
          style={{ marginBottom: 16 }}
          options={[
            {
              value: 'pending',
              label: (
                <span data-testid="orgs-status-pending">
                  {pendingLabel} {pending.data && pending.data.count > 0 && <Badge status="processing" />}
                </span>
              ),
            },
            { value: 'returned', label: <span data-testid="orgs-status-returned">{t('orgStatus.returned')}</span> },
            { value: 'approved', label: <span data-testid="orgs-status-approved">{t('orgStatus.approved')}</span> },
            { value: 'all', label: <span data-testid="orgs-status-all">{t('common.all')}</span> },
          ]}
        />
        <Form<OrganizationFilterValues>
          form={form}
          layout="inline"
          initialValues={{ sort: 'newest', pendingChange: false }}
          style={{ rowGap: 12 }}
          onFinish={setValues}
          // Choices apply at once; the text applies on Enter or the search button.
          onValuesChange={(changed: Partial<OrganizationFilterValues>, all) => {
            if (!('q' in changed)) setValues(all);
          }}
        >
          <Form.Item name="q">
            <Input.Search
              data-testid="orgs-q"
              allowClear
              placeholder={t('orgs.q')}
              maxLength={50}
              style={{ width: 260 }}
              onSearch={() => form.submit()}
            />
          </Form.Item>
          <FilterItems testIdPrefix="orgs" scope={me?.scopeRegionCode ?? null} regionLabel={t('orgs.region')} />
          <Form.Item name="pendingChange" valuePropName="checked">
            <Checkbox data-testid="orgs-pending-change">{t('orgs.pendingChange')}</Checkbox>
          </Form.Item>
          <Form.Item name="sort" label={t('orgs.sort')}>
            <Select
              data-testid="orgs-sort"
              style={{ width: 170 }}
              popupMatchSelectWidth={false}
              options={ORGANIZATION_SORTS.map((s) => ({ value: s, label: t(`orgSort.${s}`) }))}
            />
          </Form.Item>
          <Form.Item>
            <Button
              onClick={() => {
                form.resetFields();
                setValues({});
              }}
            >
              {t('common.reset')}
            </Button>
          </Form.Item>
        </Form>
      </Card>
      {jobId && <JobProgressPanel key={jobId} jobId={jobId} title={t('orgs.exportTitle')} onClose={() => setJobId(null)} />}
      <Card>
        <KeysetTable<OrganizationListItem> rowKey="id" columns={columns} query={list} testId="orgs" />
      </Card>
    </>
  );
}
