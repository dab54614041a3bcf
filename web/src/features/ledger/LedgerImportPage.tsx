// 从 Excel 导入帮扶记录, in four steps: the template, the upload, the job (rows read, its id, a link to My jobs), and
// the result — every row recorded (with the sum, and a link to exactly those records in the ledger), or the rows with
// problems and nothing saved, with the marked workbook to download, fix and upload again. The job is in the address
// (?job=<id>), so coming back to the page, or reloading it, finds the job where it was.
import { useEffect, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import {
  Alert,
  Button,
  Card,
  Form,
  Result,
  Space,
  Steps,
  Table,
  Typography,
  Upload,
  type TableColumnsType,
  type UploadFile,
} from 'antd';
import { DownloadOutlined, FileExcelOutlined, InboxOutlined, UploadOutlined } from '@ant-design/icons';
import { useSession } from '../../api/auth.ts';
import { applyServerErrors } from '../../api/forms.ts';
import { useJob, type Job } from '../../api/jobs.ts';
import {
  AID_TEMPLATE_URL,
  MAX_AID_IMPORT_BYTES,
  MAX_AID_IMPORT_ROWS,
  aidImportErrorsUrl,
  aidImportResult,
  useRefreshLedger,
  useStartAidImport,
  type AidImportResult,
  type AidImportRowError,
} from '../../api/ledgerImports.ts';
import { useI18n } from '../../i18n/index.tsx';
import { FormProblems } from '../../shared/FormProblems.tsx';
import { PageHeader } from '../../shared/PageHeader.tsx';
import { JobProgressPanel } from '../jobs/JobProgress.tsx';
import { yuanText } from '../needs/format.ts';
import { paramsFromFilters } from './filters.ts';
import { isOfficial } from './roles.ts';
import { W, fill } from './words.ts';

const JOB_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface UploadValues {
  file?: UploadFile[];
}

function UploadCard({ onStarted }: { onStarted: (jobId: string) => void }) {
  const { l } = useI18n();
  const [form] = Form.useForm<UploadValues>();
  const start = useStartAidImport();
  const [problems, setProblems] = useState<string[]>([]);

  const onFinish = (values: UploadValues) => {
    const file = values.file?.[0]?.originFileObj;
    if (!file) return;
    setProblems([]);
    start.mutate(file, {
      onSuccess: (reply) => onStarted(reply.jobId),
      onError: (err) => setProblems(applyServerErrors(form, err, ['file'])),
    });
  };

  return (
    <Card size="small" title={`2. ${l(W.stepUpload)}`}>
      <FormProblems problems={problems} testId="aid-import-upload-error" />
      <Form<UploadValues>
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={{ file: [] }}
        onFinish={onFinish}
      >
        <Form.Item
          name="file"
          valuePropName="fileList"
          getValueFromEvent={(e: { fileList: UploadFile[] }) => e.fileList.slice(-1)}
          rules={[
            {
              validator: async (_, list: UploadFile[] | undefined) => {
                const file = list?.[0];
                if (!file?.originFileObj) throw new Error(l(W.chooseFile));
                if (!/\.xlsx$/i.test(file.name)) throw new Error(l(W.onlyXlsx));
                if ((file.size ?? 0) > MAX_AID_IMPORT_BYTES) throw new Error(l(W.fileTooLarge));
              },
            },
          ]}
        >
          <Upload.Dragger data-testid="aid-import-file" accept=".xlsx" maxCount={1} beforeUpload={() => false}>
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">{l(W.dropHere)}</p>
            <p className="ant-upload-hint">
              {fill(l(W.dropHint), { rows: MAX_AID_IMPORT_ROWS.toLocaleString('en-US') })}
            </p>
          </Upload.Dragger>
        </Form.Item>
        <Button
          data-testid="aid-import-submit"
          type="primary"
          htmlType="submit"
          icon={<UploadOutlined />}
          loading={start.isPending}
        >
          {l(W.uploadAndImport)}
        </Button>
      </Form>
    </Card>
  );
}

function RowErrors({ jobId, result, onAgain }: { jobId: string; result: AidImportResult; onAgain: () => void }) {
  const { l } = useI18n();
  const columns: TableColumnsType<AidImportRowError> = [
    { title: l(W.row), dataIndex: 'row', key: 'row', width: 90 },
    { title: l(W.column), dataIndex: 'column', key: 'column', width: 180 },
    { title: l(W.problem), dataIndex: 'message', key: 'message' },
  ];
  return (
    <Space
      orientation="vertical"
      size={16}
      style={{ width: '100%' }}
      data-testid="aid-import-result"
      data-outcome="errors"
    >
      <Result
        status="error"
        title={<span data-testid="aid-import-bad">{fill(l(W.importBad), { n: result.badRows })}</span>}
        subTitle={l(W.importBadHelp)}
        extra={[
          result.errorWorkbook && (
            <Button
              key="errors"
              data-testid="aid-import-errors-download"
              type="primary"
              size="large"
              icon={<DownloadOutlined />}
              href={aidImportErrorsUrl(jobId)}
              download
            >
              {l(W.downloadErrors)}
            </Button>
          ),
          <Button key="again" data-testid="aid-import-again" size="large" icon={<UploadOutlined />} onClick={onAgain}>
            {l(W.uploadAgain)}
          </Button>,
        ]}
      />
      <Card size="small" title={fill(l(W.firstErrors), { shown: result.errors.length, total: result.errorCount })}>
        <Table<AidImportRowError>
          data-testid="aid-import-errors"
          size="small"
          rowKey={(e) => `${e.row}-${e.column}-${e.message}`}
          columns={columns}
          dataSource={result.errors}
          pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
        />
      </Card>
    </Space>
  );
}

function Outcome({ job, onAgain }: { job: Job; onAgain: () => void }) {
  const { l } = useI18n();
  const navigate = useNavigate();
  const refresh = useRefreshLedger();
  const result = job.status === 'succeeded' ? aidImportResult(job.result) : null;
  const saved = result?.saved ?? 0;

  useEffect(() => {
    if (saved > 0) refresh();
  }, [saved, refresh]);

  if (job.status === 'queued' || job.status === 'running') return null;
  if (job.status === 'failed' || !result) {
    const reason = (job.error as { message?: unknown } | null)?.message;
    return (
      <div data-testid="aid-import-result" data-outcome="failed">
        <Result
          status="error"
          title={l(W.importFailed)}
          subTitle={
            <>
              {typeof reason === 'string' && <div>{reason}</div>}
              <div>{l(W.importFailedHelp)}</div>
            </>
          }
          extra={
            <Button data-testid="aid-import-again" onClick={onAgain}>
              {l(W.uploadAgain)}
            </Button>
          }
        />
      </div>
    );
  }
  if (result.saved === 0 && result.badRows > 0) return <RowErrors jobId={job.id} result={result} onAgain={onAgain} />;
  return (
    <div data-testid="aid-import-result" data-outcome="saved">
      <Result
        status="success"
        title={<span data-testid="aid-import-saved">{fill(l(W.importSaved), { n: result.saved })}</span>}
        subTitle={fill(l(W.importSavedSum), { rows: result.rows, yuan: yuanText(result.savedAmountFen) })}
        extra={[
          <Button
            key="see"
            type="primary"
            data-testid="aid-import-see"
            onClick={() => void navigate(`/ledger?${paramsFromFilters({ importJobId: job.id }).toString()}`)}
          >
            {l(W.seeImported)}
          </Button>,
          <Button key="again" data-testid="aid-import-another" onClick={onAgain}>
            {l(W.importAnother)}
          </Button>,
        ]}
      />
    </div>
  );
}

function Following({ jobId, onAgain }: { jobId: string; onAgain: () => void }) {
  const { l } = useI18n();
  const job = useJob(jobId).data;
  const running = job && (job.status === 'queued' || job.status === 'running');
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Space wrap size={16}>
        <Typography.Text type="secondary" data-testid="aid-import-job-id">
          {l(W.jobId)}
          <Typography.Text copyable code>
            {jobId}
          </Typography.Text>
        </Typography.Text>
        {running && (
          <Typography.Text data-testid="aid-import-rows-read">
            {fill(l(W.rowsRead), { n: job.progress.toLocaleString('en-US') })}
          </Typography.Text>
        )}
      </Space>
      <JobProgressPanel jobId={jobId} title={`3. ${l(W.importProgress)}`} />
      {job && <Outcome job={job} onAgain={onAgain} />}
    </Space>
  );
}

function currentStep(jobId: string | null, job: Job | undefined): number {
  if (jobId === null) return 1;
  if (!job || job.status === 'queued' || job.status === 'running') return 2;
  return 3;
}

export function LedgerImportPage() {
  const { l } = useI18n();
  const { data: me } = useSession();
  const [params, setParams] = useSearchParams();
  const raw = params.get('job');
  const jobId = raw !== null && JOB_ID.test(raw) ? raw : null;
  const job = useJob(jobId).data;
  const step = currentStep(jobId, job);
  const failed =
    job?.status === 'failed' || (job?.status === 'succeeded' && (aidImportResult(job.result)?.saved ?? 0) === 0);

  return (
    <>
      <PageHeader
        title={l(W.importTitle)}
        description={
          <>
            <Link to="/ledger">{l(W.backToList)}</Link>
            {' · '}
            {l(W.importIntro)}
          </>
        }
      />
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <Card size="small">
          <Steps
            data-testid="aid-import-steps"
            current={step}
            status={step === 3 && failed ? 'error' : step === 3 ? 'finish' : 'process'}
            items={[
              { title: l(W.stepTemplate) },
              { title: l(W.stepUpload) },
              { title: l(W.stepProgress) },
              { title: l(W.stepResult) },
            ]}
          />
        </Card>
        <Card
          size="small"
          title={`1. ${l(W.stepTemplate)}`}
          extra={
            <Button data-testid="aid-import-template" icon={<FileExcelOutlined />} href={AID_TEMPLATE_URL} download>
              {l(W.template)}
            </Button>
          }
        >
          <Typography.Paragraph style={{ marginBottom: isOfficial(me) ? 4 : 0 }}>
            {l(W.templateHelp)}
          </Typography.Paragraph>
          {isOfficial(me) && <Alert type="info" showIcon title={l(W.officialImportHelp)} />}
        </Card>
        {jobId === null ? (
          <UploadCard onStarted={(id) => setParams({ job: id })} />
        ) : (
          <Following jobId={jobId} onAgain={() => setParams({})} />
        )}
      </Space>
    </>
  );
}
