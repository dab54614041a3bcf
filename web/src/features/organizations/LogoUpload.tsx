// The organization's logo and, for its administrator, the way to replace it (PNG, JPEG or WebP up to 1 MB; the
// server checks the content too).
import { App, Button, Space, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { errorText } from '../../api/client.ts';
import { MAX_LOGO_BYTES, useUploadLogo, type Organization } from '../../api/organizations.ts';
import { useI18n } from '../../i18n/index.tsx';
import { OrganizationLogo } from './OrganizationLogo.tsx';

const ACCEPT = '.png,.jpg,.jpeg,.webp';
const TYPES = /\.(png|jpe?g|webp)$/i;

export function LogoUpload({ org, canEdit }: { org: Organization; canEdit: boolean }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const upload = useUploadLogo(org.id);

  const onFile = (file: File) => {
    if (!TYPES.test(file.name)) message.error(t('org.logoType'));
    else if (file.size > MAX_LOGO_BYTES) message.error(t('org.logoTooLarge'));
    else {
      upload.mutate(file, {
        onSuccess: () => void message.success(t('org.logoDone')),
        onError: (err) => void message.error(errorText(err)),
      });
    }
    return Upload.LIST_IGNORE;
  };

  return (
    <Space size={16} align="center" data-testid="org-logo">
      <OrganizationLogo name={org.name} logoUrl={org.logoUrl} size={72} />
      {canEdit && (
        <Space orientation="vertical" size={4}>
          <Upload accept={ACCEPT} showUploadList={false} beforeUpload={onFile}>
            <Button data-testid="org-logo-upload" icon={<UploadOutlined />} loading={upload.isPending}>
              {t('org.logoUpload')}
            </Button>
          </Upload>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('org.logoHelp')}
          </Typography.Text>
        </Space>
      )}
    </Space>
  );
}
