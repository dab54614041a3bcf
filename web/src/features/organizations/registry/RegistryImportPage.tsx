// 导入社会组织名录: download the template, upload the registry, follow the job; then either how many organizations were
// imported, or every row's problems with the sheet sent back (a 错误 column) to fix and upload again. The job is in
// the address (?job=<id>), so a reload shows it where it was.
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Alert, Button, Card, Form, Result, Space, Table, Typography, Upload, type TableColumnsType, type UploadFile } from 'antd';
import { DownloadOutlined, FileExcelOutlined, InboxOutlined, UploadOutlined } from '@ant-design/icons';
import { downloadUrl, useJob, type Job } from '../../../api/jobs.ts';
import { applyServerErrors } from '../../../api/forms.ts';
import {
  MAX_REGISTRY_BYTES,
  registryResult,
  TEMPLATE_URL,
  useStartRegistryImport,
  type RowError,
} from '../../../api/organizationRegistry.ts';
import { useI18n } from '../../../i18n/index.tsx';
import { FormProblems } from '../../../shared/FormProblems.tsx';
import { PageHeader } from '../../../shared/PageHeader.tsx';
import { JobProgressPanel } from '../../jobs/JobProgress.tsx';

interface UploadForm {
  file?: UploadFile[];
}

const FIELDS = ['file'] as const;

function UploadCard({ onStarted }: { onStarted: (jobId: string) => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<UploadForm>();
  const start = useStartRegistryImport();
  const [problems, setProblems] = useState<string[]>([]);

  const onFinish = (values: UploadForm) => {
    const file = values.file?.[0]?.originFileObj;
    if (!file) return;
    setProblems([]);
    start.mutate(file, {
      onSuccess: (reply) => onStarted(reply.jobId),
      onError: (err) => setProblems(applyServerErrors(form, err, FIELDS)),
    });
  };

  return (
    <Card size="small" title={t('registry.uploadTitle')}>
      <FormProblems problems={problems} testId="registry-upload-error" />
      <Form<UploadForm> form={form} layout="vertical" requiredMark={false} initialValues={{ file: [] }} onFinish={onFinish}>
        <Form.Item
          name="file"
          valuePropName="fileList"
          getValueFromEvent={(e: { fileList: UploadFile[] }) => e.fileList.slice(-1)}
          rules={[
            {
              validator: (_, list: UploadFile[] | undefined) => {
                const file = list?.[0];
                if (!file?.originFileObj) return Promise.reject(new Error(t('import.fileRequired')));
                if (!/\.(xlsx|csv)$/i.test(file.name)) return Promise.reject(new Error(t('import.fileType')));
                if ((file.size ?? 0) > MAX_REGISTRY_BYTES) return Promise.reject(new Error(t('registry.fileTooLarge')));
                return Promise.resolve();
              },
            },
          ]}
        >
          <Upload.Dragger data-testid="registry-file" accept=".xlsx,.csv" maxCount={1} beforeUpload={() => false}>
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">{t('import.dropHere')}</p>
            <p className="ant-upload-hint">{t('registry.fileHint')}</p>
          </Upload.Dragger>
        </Form.Item>
        <Button data-testid="registry-upload" type="primary" htmlType="submit" icon={<UploadOutlined />} loading={start.isPending}>
          {t('registry.upload')}
        </Button>
      </Form>
    </Card>
  );
}

function RowErrors({ job }: { job: Job }) {
  const { t } = useI18n();
  const result = registryResult(job.result);
  if (!result) return null;
  const columns: TableColumnsType<RowError> = [
    { title: t('registry.row'), dataIndex: 'row', key: 'row', width: 90 },
    { title: t('registry.column'), dataIndex: 'column', key: 'column', width: 180 },
    { title: t('registry.problem'), dataIndex: 'message', key: 'message' },
  ];
  return (
    <Card
      size="small"
      title={t('registry.errorsTitle', { rows: result.rows, n: result.errorCount })}
      extra={
        job.hasFile && (
          <Button data-testid="registry-error-file" icon={<DownloadOutlined />} href={downloadUrl(job.id)} download>
            {t('registry.errorFile')}
          </Button>
        )
      }
    >
      <Alert
        type="error"
        showIcon
        data-testid="registry-failed"
        title={t('registry.nothingSaved')}
        description={t('registry.fixAndRetry')}
        style={{ marginBottom: 12 }}
      />
      {result.errorsTruncated && (
        <Typography.Paragraph type="secondary">{t('registry.truncated', { shown: result.errors.length, n: result.errorCount })}</Typography.Paragraph>
      )}
      <Table<RowError>
        data-testid="registry-errors"
        size="small"
        rowKey={(e) => `${e.row}-${e.column}-${e.message}`}
        columns={columns}
        dataSource={result.errors}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
      />
    </Card>
  );
}

function Outcome({ jobId, onAgain }: { jobId: string; onAgain: () => void }) {
  const { t } = useI18n();
  const query = useJob(jobId);
  const job = query.data;
  const again = (
    <Button data-testid="registry-again" onClick={onAgain}>
      {t('registry.again')}
    </Button>
  );
  if (!job || job.status === 'queued' || job.status === 'running') return null;
  if (job.status === 'failed') {
    const message = (job.error as { message?: unknown } | null)?.message;
    return <Result status="error" data-testid="registry-job-failed" title={t('registry.jobFailed')} subTitle={typeof message === 'string' ? message : ''} extra={again} />;
  }
  const result = registryResult(job.result);
  if (result && result.saved > 0) {
    return (
      <Result
        status="success"
        data-testid="registry-saved"
        title={t('registry.saved', { n: result.saved })}
        subTitle={t('registry.savedHelp')}
        extra={again}
      />
    );
  }
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <RowErrors job={job} />
      {again}
    </Space>
  );
}

export function RegistryImportPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const jobId = params.get('job');

  return (
    <>
      <PageHeader
        title={t('registry.title')}
        description={t('registry.intro')}
        extra={
          <Button data-testid="registry-template" icon={<FileExcelOutlined />} href={TEMPLATE_URL} download>
            {t('registry.template')}
          </Button>
        }
      />
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <Card size="small" title={t('registry.howTitle')}>
          <Typography.Paragraph style={{ marginBottom: 4 }}>{t('registry.columns')}</Typography.Paragraph>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
            {t('registry.rules')}
          </Typography.Paragraph>
        </Card>
        {jobId === null ? (
          <UploadCard onStarted={(id) => setParams({ job: id })} />
        ) : (
          <>
            <JobProgressPanel jobId={jobId} title={t('registry.progress')} />
            <Outcome
              jobId={jobId}
              onAgain={() => setParams({})}
            />
          </>
        )}
      </Space>
    </>
  );
}
