// The signed agreement: a link to open it, and — while pending or returned, for the lead organization — the upload
// (PDF, JPG or PNG up to 20 MB; the server checks the content too; a new upload replaces the old one).
import { Alert, App, Button, Card, Space, Typography, Upload } from 'antd';
import { FileProtectOutlined, UploadOutlined } from '@ant-design/icons';
import { ApiError, errorText } from '../../api/client.ts';
import { MAX_AGREEMENT_BYTES, useUploadAgreement, type PairingDetail } from '../../api/pairings.ts';
import { useI18n } from '../../i18n/index.tsx';
import { fileSizeText } from '../needs/format.ts';
import { W } from './words.ts';

const ACCEPT = '.pdf,.jpg,.jpeg,.png';
const TYPES = /\.(pdf|jpe?g|png)$/i;

/** A refused upload says why (its type, its content, its size), not only that it was refused. */
function uploadProblem(err: unknown): string {
  if (err instanceof ApiError && err.fields.length > 0) return err.fields.map((f) => f.message).join('；');
  return errorText(err);
}

export function AgreementCard({ pairing }: { pairing: PairingDetail }) {
  const { l } = useI18n();
  const { message } = App.useApp();
  const upload = useUploadAgreement(pairing.id);
  const { agreement } = pairing;
  const canUpload = pairing.actions.uploadAgreement;

  const onFile = (file: File) => {
    if (!TYPES.test(file.name)) message.error(l(W.badFileType));
    else if (file.size > MAX_AGREEMENT_BYTES) message.error(l(W.fileTooLarge));
    else
      upload.mutate(file, {
        onSuccess: () => void message.success(l(W.uploaded)),
        onError: (err) => void message.error(uploadProblem(err)),
      });
    return Upload.LIST_IGNORE;
  };

  return (
    <Card
      title={l(W.agreementCard)}
      data-testid="pairing-agreement"
      extra={
        canUpload && (
          <Upload accept={ACCEPT} showUploadList={false} beforeUpload={onFile}>
            <Button data-testid="pairing-agreement-upload" icon={<UploadOutlined />} loading={upload.isPending}>
              {agreement ? l(W.reupload) : l(W.upload)}
            </Button>
          </Upload>
        )
      }
    >
      <Space orientation="vertical" size={8} style={{ width: '100%' }}>
        {agreement ? (
          <a href={agreement.url} target="_blank" rel="noopener noreferrer" data-testid="pairing-agreement-link">
            <FileProtectOutlined /> {agreement.name}{' '}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              （{fileSizeText(agreement.sizeBytes)}）
            </Typography.Text>
          </a>
        ) : (
          <Typography.Text type="secondary" data-testid="pairing-agreement-none">
            {l(W.agreementNone)}
          </Typography.Text>
        )}
        {canUpload && <Alert type={agreement ? 'info' : 'warning'} showIcon title={l(W.agreementNeeded)} />}
        {!canUpload && !agreement && pairing.status === 'pending' && (
          <Alert data-testid="pairing-agreement-awaited" type="info" showIcon title={l(W.agreementAwaited)} />
        )}
      </Space>
    </Card>
  );
}
