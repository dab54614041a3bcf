// Following one background job: polled every second until it has finished, then its file to download.
import { Alert, Button, Card, Progress, Space, Tag, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import { downloadUrl, useJob, type Job, type JobStatus } from '../../api/jobs.ts';
import { errorText } from '../../api/client.ts';
import { useI18n } from '../../i18n/index.tsx';

const STATUS_COLORS: Record<JobStatus, string> = { queued: 'default', running: 'processing', succeeded: 'success', failed: 'error' };

export function JobStatusTag({ status }: { status: JobStatus }) {
  const { t } = useI18n();
  return (
    <Tag color={STATUS_COLORS[status]} data-testid="job-status" data-status={status}>
      {t(`jobs.${status}`)}
    </Tag>
  );
}

export function jobPercent(job: Job): number {
  if (job.status === 'succeeded') return 100;
  if (job.total && job.total > 0) return Math.min(99, Math.round((job.progress / job.total) * 100));
  return 0;
}

export function JobProgressBar({ job }: { job: Job }) {
  const status = job.status === 'failed' ? 'exception' : job.status === 'succeeded' ? 'success' : 'active';
  return <Progress percent={jobPercent(job)} status={status} size="small" style={{ minWidth: 140, marginBottom: 0 }} />;
}

export function DownloadLink({ job }: { job: Job }) {
  const { t } = useI18n();
  if (!job.hasFile) return null;
  return (
    <Button data-testid="job-download" type="link" size="small" icon={<DownloadOutlined />} href={downloadUrl(job.id)} download>
      {t('jobs.download')}
    </Button>
  );
}

export function JobProgressPanel({ jobId, title, onClose }: { jobId: string; title?: string; onClose?: () => void }) {
  const { t } = useI18n();
  const query = useJob(jobId);
  const job = query.data;
  return (
    <Card
      data-testid="job-panel"
      size="small"
      title={title ?? t('jobs.panelTitle')}
      extra={
        <Space>
          <Link to="/jobs">{t('jobs.seeAll')}</Link>
          {onClose && (
            <Button size="small" type="text" onClick={onClose}>
              {t('common.close')}
            </Button>
          )}
        </Space>
      }
      style={{ marginBottom: 16 }}
    >
      {query.isError && <Alert type="error" showIcon title={errorText(query.error)} />}
      {!job && !query.isError && <Typography.Text type="secondary">{t('common.loading')}</Typography.Text>}
      {job && (
        <Space wrap size={16} align="center" style={{ width: '100%' }}>
          <JobStatusTag status={job.status} />
          <div style={{ width: 260 }}>
            <JobProgressBar job={job} />
          </div>
          <Typography.Text type="secondary" data-testid="job-message">
            {job.message ?? ''}
            {job.total !== null && job.status !== 'succeeded' ? `（${job.progress} / ${job.total}）` : ''}
          </Typography.Text>
          <DownloadLink job={job} />
        </Space>
      )}
    </Card>
  );
}
