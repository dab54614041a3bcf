// 从表格导入需求: choose the township (officials; a township liaison's is fixed), download the template, publish at
// once or keep as drafts, upload, follow the job; then either how many needs were imported, or every row's problems
// to fix and upload again (nothing is saved while any row has one). The job is in the address (?job=<id>), so a
// reload shows it where it was.
import { useEffect, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { Alert, Button, Card, Form, Radio, Result, Space, Table, Typography, Upload, type TableColumnsType, type UploadFile } from 'antd';
import { FileExcelOutlined, InboxOutlined, UploadOutlined } from '@ant-design/icons';
import { useSession, type SessionAccount } from '../../../api/auth.ts';
import { applyServerErrors } from '../../../api/forms.ts';
import { useJob } from '../../../api/jobs.ts';
import {
  MAX_NEED_IMPORT_BYTES,
  MAX_NEED_IMPORT_ROWS,
  NEED_TEMPLATE_URL,
  needImportResult,
  useRefreshNeeds,
  useStartNeedImport,
  type NeedImportResult,
  type NeedImportRowError,
} from '../../../api/needImports.ts';
import { useI18n } from '../../../i18n/index.tsx';
import { FormProblems } from '../../../shared/FormProblems.tsx';
import { PageHeader } from '../../../shared/PageHeader.tsx';
import { JobProgressPanel } from '../../jobs/JobProgress.tsx';
import { RegionCascader } from '../../regions/RegionCascader.tsx';

const TOWNSHIP_LENGTH = 9;

interface UploadForm {
  township?: string;
  publish: boolean;
  file?: UploadFile[];
}

const FIELDS = ['township', 'publish', 'file'] as const;

function isOfficial(me: SessionAccount): boolean {
  return me.role === 'platform_admin' || me.role === 'department_official';
}

function UploadCard({ me, onStarted }: { me: SessionAccount; onStarted: (jobId: string) => void }) {
  const { l } = useI18n();
  const [form] = Form.useForm<UploadForm>();
  const start = useStartNeedImport();
  const [problems, setProblems] = useState<string[]>([]);
  const official = isOfficial(me);

  const onFinish = (values: UploadForm) => {
    const file = values.file?.[0]?.originFileObj;
    if (!file) return;
    setProblems([]);
    start.mutate(
      { file, township: official ? values.township : undefined, publish: values.publish },
      {
        onSuccess: (reply) => onStarted(reply.jobId),
        onError: (err) => setProblems(applyServerErrors(form, err, FIELDS)),
      },
    );
  };

  return (
    <Card size="small" title={l({ zh: '上传需求表', en: 'Upload the sheet' })}>
      <FormProblems problems={problems} testId="need-import-upload-error" />
      <Form<UploadForm> form={form} layout="vertical" requiredMark={false} initialValues={{ publish: false, file: [] }} onFinish={onFinish}>
        {official ? (
          <Form.Item
            name="township"
            label={l({ zh: '导入到哪个乡镇（街道）', en: 'Township' })}
            extra={l({ zh: '表中“村（社区）”一列按这个乡镇下辖的村查找，留空的行是乡镇本身的需求', en: 'The village column is looked up among this township’s villages; a blank one means the township itself' })}
            rules={[
              {
                validator: (_, value: string | undefined) =>
                  value?.length === TOWNSHIP_LENGTH
                    ? Promise.resolve()
                    : Promise.reject(new Error(l({ zh: '请选择到乡镇（街道）一级', en: 'Choose a township' }))),
              },
            ]}
          >
            <RegionCascader data-testid="need-import-township" scope={me.scopeRegionCode} maxLength={TOWNSHIP_LENGTH} allowNameSearch />
          </Form.Item>
        ) : (
          <Form.Item label={l({ zh: '乡镇（街道）', en: 'Township' })}>
            <Typography.Text strong data-testid="need-import-township-fixed">
              {me.scopeRegionName ?? me.scopeRegionCode}
            </Typography.Text>
          </Form.Item>
        )}
        <Form.Item name="publish" label={l({ zh: '导入后', en: 'After the import' })}>
          <Radio.Group data-testid="need-import-publish">
            <Radio value={false} data-testid="need-import-as-drafts">
              {l({ zh: '存为草稿，逐条核对后再发布', en: 'Keep as drafts to publish one by one' })}
            </Radio>
            <Radio value={true} data-testid="need-import-publish-now">
              {l({ zh: '立即发布', en: 'Publish at once' })}
            </Radio>
          </Radio.Group>
        </Form.Item>
        <Form.Item
          name="file"
          valuePropName="fileList"
          getValueFromEvent={(e: { fileList: UploadFile[] }) => e.fileList.slice(-1)}
          rules={[
            {
              validator: (_, list: UploadFile[] | undefined) => {
                const file = list?.[0];
                if (!file?.originFileObj) return Promise.reject(new Error(l({ zh: '请选择要上传的表格', en: 'Choose a file' })));
                if (!/\.(xlsx|csv)$/i.test(file.name)) return Promise.reject(new Error(l({ zh: '只支持 .xlsx 和 .csv 文件', en: 'Only .xlsx and .csv files' })));
                if ((file.size ?? 0) > MAX_NEED_IMPORT_BYTES) return Promise.reject(new Error(l({ zh: '文件超过 5 MB，请拆分后分批上传', en: 'The file is over 5 MB: split it' })));
                return Promise.resolve();
              },
            },
          ]}
        >
          <Upload.Dragger data-testid="need-import-file" accept=".xlsx,.csv" maxCount={1} beforeUpload={() => false}>
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">{l({ zh: '点击或将文件拖到这里', en: 'Click or drop the file here' })}</p>
            <p className="ant-upload-hint">
              {l({
                zh: `Excel（.xlsx）或 CSV，不超过 5 MB，一次最多 ${MAX_NEED_IMPORT_ROWS} 行`,
                en: `Excel (.xlsx) or CSV, up to 5 MB and ${MAX_NEED_IMPORT_ROWS} rows`,
              })}
            </p>
          </Upload.Dragger>
        </Form.Item>
        <Button data-testid="need-import-submit" type="primary" htmlType="submit" icon={<UploadOutlined />} loading={start.isPending}>
          {l({ zh: '上传并导入', en: 'Upload and import' })}
        </Button>
      </Form>
    </Card>
  );
}

function RowErrors({ result }: { result: NeedImportResult }) {
  const { l } = useI18n();
  const columns: TableColumnsType<NeedImportRowError> = [
    { title: l({ zh: '行号', en: 'Row' }), dataIndex: 'row', key: 'row', width: 90 },
    { title: l({ zh: '列', en: 'Column' }), dataIndex: 'column', key: 'column', width: 160 },
    { title: l({ zh: '问题', en: 'Problem' }), dataIndex: 'message', key: 'message' },
  ];
  return (
    <Card
      size="small"
      title={l({
        zh: `共 ${result.rows} 行，发现 ${result.errorCount} 个问题`,
        en: `${result.rows} rows, ${result.errorCount} problems`,
      })}
    >
      <Alert
        type="error"
        showIcon
        title={l({ zh: '没有导入任何需求', en: 'No need was imported' })}
        description={l({
          zh: '任何一行有问题，整张表都不导入：请按行号和列逐项修改表格后重新上传。',
          en: 'Nothing is imported while any row has a problem: fix the sheet row by row and upload it again.',
        })}
        style={{ marginBottom: 12 }}
      />
      {result.errorsTruncated && (
        <Typography.Paragraph type="secondary">
          {l({
            zh: `下面列出前 ${result.errors.length} 个问题（共 ${result.errorCount} 个），改好后重新上传可看到其余的。`,
            en: `The first ${result.errors.length} of ${result.errorCount} problems; upload again after fixing them to see the rest.`,
          })}
        </Typography.Paragraph>
      )}
      <Table<NeedImportRowError>
        data-testid="need-import-errors"
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
  const { l } = useI18n();
  const navigate = useNavigate();
  const job = useJob(jobId).data;
  const refreshNeeds = useRefreshNeeds();
  const result = job?.status === 'succeeded' ? needImportResult(job.result) : null;
  const saved = result?.saved ?? 0;

  useEffect(() => {
    if (saved > 0) void refreshNeeds();
  }, [saved, refreshNeeds]);

  if (!job || job.status === 'queued' || job.status === 'running') return null;
  const again = (
    <Button data-testid="need-import-again" onClick={onAgain}>
      {l({ zh: '再导入一个表格', en: 'Import another sheet' })}
    </Button>
  );
  if (job.status === 'failed' || !result) {
    const message = (job.error as { message?: unknown } | null)?.message;
    return (
      <div data-testid="need-import-result" data-outcome="failed">
        <Result status="error" title={l({ zh: '导入失败', en: 'The import failed' })} subTitle={typeof message === 'string' ? message : ''} extra={again} />
      </div>
    );
  }
  if (result.saved > 0) {
    return (
      <div data-testid="need-import-result" data-outcome="saved">
        <Result
          status="success"
          title={l({ zh: `已导入 ${result.saved} 条需求`, en: `${result.saved} needs imported` })}
          subTitle={
            result.status === 'published'
              ? l({
                  zh: `${result.township.name}：已发布，社会组织和爱心人士现在可以查找、认领。`,
                  en: `${result.township.name}: published; organizations and caring individuals can find and claim them now.`,
                })
              : l({
                  zh: `${result.township.name}：已存为草稿，请在需求管理中逐条核对后发布。`,
                  en: `${result.township.name}: saved as drafts; check and publish them one by one in Needs.`,
                })
          }
          extra={[
            <Button key="manage" type="primary" data-testid="need-import-to-manage" onClick={() => void navigate('/needs/manage')}>
              {l({ zh: '到需求管理查看', en: 'See them in Needs' })}
            </Button>,
            <span key="again">{again}</span>,
          ]}
        />
      </div>
    );
  }
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="need-import-result" data-outcome="errors">
      <RowErrors result={result} />
      {again}
    </Space>
  );
}

export function NeedImportPage() {
  const { l } = useI18n();
  const { data: me } = useSession();
  const [params, setParams] = useSearchParams();
  const jobId = params.get('job');
  const villageLiaison = me?.role === 'liaison' && me.scopeRegionCode?.length !== TOWNSHIP_LENGTH;

  return (
    <>
      <PageHeader
        title={l({ zh: '从表格导入需求', en: 'Import needs from a spreadsheet' })}
        description={l({
          zh: '把一个乡镇及其各村（社区）的需求按模板填进表格，一次导入：每一行都核对无误才全部保存，否则一条也不保存，并列出每个问题所在的行和列。',
          en: 'Fill the template with the needs of a township and its villages and import them at once: every row is checked, and either all are saved or none, with each problem’s row and column.',
        })}
        extra={
          !villageLiaison && (
            <Button data-testid="need-import-template" icon={<FileExcelOutlined />} href={NEED_TEMPLATE_URL} download>
              {l({ zh: '下载导入模板', en: 'Download the template' })}
            </Button>
          )
        }
      />
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <Card size="small" title={l({ zh: '填写要求', en: 'How to fill it in' })}>
          <Typography.Paragraph style={{ marginBottom: 4 }}>
            {l({
              zh: '必填：标题、需求说明、重点领域、需求类型（资金 / 物资 / 服务）、数量、截止日期、对接联系人、联系电话；物资和服务还须填名称和单位。“村（社区）”留空表示乡镇本身，可写简称（如 中岗）。',
              en: 'Required: title, description, key field, kind (money / materials / service), quantity, deadline, contact and phone; materials and services also need a name and unit. A blank village means the township itself; short names (中岗) are fine.',
            })}
          </Typography.Paragraph>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
            {l({
              zh: '资金的数量按元填写，最多两位小数；物资和服务的数量为整数。截止日期不早于今天。需求说明里不要写住户的姓名、身份证号、病情等个人信息。模板中序号为“示例”的行不会导入。',
              en: 'Money is in yuan with at most two decimals; materials and services are whole numbers. Deadlines from today on. Keep personal data (names, ID numbers, health) out of descriptions. The template’s example row is never imported.',
            })}
          </Typography.Paragraph>
        </Card>
        {!me ? null : villageLiaison ? (
          <Alert
            type="info"
            showIcon
            data-testid="need-import-village"
            title={l({ zh: '需求表由乡镇联系人或区县部门导入', en: 'Spreadsheets are imported by townships and county departments' })}
            description={
              <Link to="/needs/new">{l({ zh: '逐条发布本村的需求', en: 'Publish your village’s needs one by one' })}</Link>
            }
          />
        ) : jobId === null ? (
          <UploadCard me={me} onStarted={(id) => setParams({ job: id })} />
        ) : (
          <>
            <Typography.Text type="secondary" data-testid="need-import-job-id">
              {l({ zh: '任务编号：', en: 'Job: ' })}
              <Typography.Text copyable code>
                {jobId}
              </Typography.Text>
            </Typography.Text>
            <JobProgressPanel jobId={jobId} title={l({ zh: '导入进度', en: 'Import progress' })} />
            <Outcome jobId={jobId} onAgain={() => setParams({})} />
          </>
        )}
      </Space>
    </>
  );
}
