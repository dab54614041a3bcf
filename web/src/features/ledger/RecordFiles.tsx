// 佐证材料: the record's evidence (photos, receipts, signed lists) and, for its giver, the upload. Evidence may be
// added after the record; it is not part of the record's hash, so adding it changes nothing the ledger verifies.
import { App, Button, Card, Empty, Space, Typography, Upload } from 'antd';
import { FileImageOutlined, FilePdfOutlined, UploadOutlined } from '@ant-design/icons';
import { ApiError, errorText } from '../../api/client.ts';
import { aidFileUrl, MAX_EVIDENCE_BYTES, useUploadAidFile, type AidRecordDetail } from '../../api/ledger.ts';
import { useI18n } from '../../i18n/index.tsx';
import { fileSizeText } from '../needs/format.ts';
import { W, fill } from './words.ts';

const ACCEPT = '.png,.jpg,.jpeg,.webp,.pdf';
const TYPES = /\.(png|jpe?g|webp|pdf)$/i;

function uploadProblem(err: unknown): string {
  if (err instanceof ApiError && err.fields.length > 0) return err.fields.map((f) => f.message).join('；');
  return errorText(err);
}

export function RecordFiles({ detail }: { detail: AidRecordDetail }) {
  const { l, dateTime } = useI18n();
  const { message } = App.useApp();
  const upload = useUploadAidFile(detail.record.id);
  const can = detail.can.addFiles;

  const onFile = (file: File) => {
    if (!TYPES.test(file.name)) message.error(l(W.fileTypes));
    else if (file.size > MAX_EVIDENCE_BYTES) message.error(l(W.fileTooBig));
    else {
      upload.mutate(file, {
        onSuccess: () => void message.success(fill(l(W.uploaded), { name: file.name })),
        onError: (err) => void message.error(uploadProblem(err)),
      });
    }
    return Upload.LIST_IGNORE;
  };

  return (
    <Card
      title={l(W.files)}
      data-testid="aid-files"
      style={{ marginBottom: 16 }}
      extra={
        can && (
          <Upload accept={ACCEPT} showUploadList={false} beforeUpload={onFile}>
            <Button data-testid="aid-file-upload" icon={<UploadOutlined />} loading={upload.isPending}>
              {l(W.upload)}
            </Button>
          </Upload>
        )
      }
    >
      {can && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
          {l(W.filesHelp)}
        </Typography.Paragraph>
      )}
      {detail.files.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={l(W.noFiles)} />
      ) : (
        <Space orientation="vertical" size={8} style={{ width: '100%' }}>
          {detail.files.map((f) => (
            <div
              key={f.id}
              data-testid={`aid-file-${f.id}`}
              style={{ display: 'flex', justifyContent: 'space-between', gap: 16, flexWrap: 'wrap' }}
            >
              <Space size={8} wrap>
                {f.mime === 'application/pdf' ? (
                  <FilePdfOutlined style={{ color: '#cf1322' }} />
                ) : (
                  <FileImageOutlined style={{ color: '#1a56a8' }} />
                )}
                <a href={aidFileUrl(detail.record.id, f.id)} target="_blank" rel="noreferrer">
                  {f.name}
                </a>
                <Typography.Text type="secondary">{fileSizeText(f.sizeBytes)}</Typography.Text>
              </Space>
              <Typography.Text type="secondary">{dateTime(f.addedAt)}</Typography.Text>
            </div>
          ))}
        </Space>
      )}
    </Card>
  );
}
