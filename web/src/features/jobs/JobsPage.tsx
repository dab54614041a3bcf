// My background jobs: status, progress, and the file when one was produced.
import { Card, Empty, type TableColumnsType } from 'antd';
import { useJobs, type Job, type JobStatus } from '../../api/jobs.ts';
import { useI18n } from '../../i18n/index.tsx';
import { JOB_KINDS } from '../../i18n/messages.ts';
import { KeysetTable } from '../../shared/KeysetTable.tsx';
import { PageHeader } from '../../shared/PageHeader.tsx';
import { DownloadLink, JobProgressBar, JobStatusTag } from './JobProgress.tsx';

export function JobsPage() {
  const { t, l, dateTime } = useI18n();
  const list = useJobs();

  const columns: TableColumnsType<Job> = [
    { title: t('jobs.kind'), dataIndex: 'kind', key: 'kind', render: (k: string) => l(JOB_KINDS[k], k) },
    { title: t('jobs.status'), dataIndex: 'status', key: 'status', render: (s: JobStatus) => <JobStatusTag status={s} /> },
    { title: t('jobs.progress'), key: 'progress', width: 200, render: (_, j) => <JobProgressBar job={j} /> },
    { title: t('jobs.message'), dataIndex: 'message', key: 'message', render: (m: string | null) => m ?? '' },
    { title: t('jobs.createdAt'), dataIndex: 'createdAt', key: 'createdAt', render: (v: string) => dateTime(v) },
    { title: t('jobs.finishedAt'), dataIndex: 'finishedAt', key: 'finishedAt', render: (v: string | null) => dateTime(v) },
    { title: t('common.actions'), key: 'actions', render: (_, j) => <DownloadLink job={j} /> },
  ];

  return (
    <>
      <PageHeader title={t('jobs.title')} />
      <Card>
        <KeysetTable<Job>
          rowKey="id"
          columns={columns}
          locale={{ emptyText: <Empty description={t('jobs.empty')} /> }}
          query={list}
          testId="jobs"
        />
      </Card>
    </>
  );
}
