// A link that is shown once (the server keeps only its hash): a warning, the full address to select, and a copy
// button. Test ids are `<testId>-link` and `<testId>-copy`.
import { Alert, App, Button, Input, Space } from 'antd';
import { CopyOutlined } from '@ant-design/icons';
import { useI18n } from '../i18n/index.tsx';
import { copyText } from './copy.ts';

/** `path` is the link as the server returns it (e.g. `/invite#…`); it is shown on this site's own origin. */
export function OneTimeLink({ path, warning, testId }: { path: string; warning: string; testId: string }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const link = `${location.origin}${path}`;

  const copy = async () => {
    if (await copyText(link)) message.success(t('common.copied'));
  };

  return (
    <Space orientation="vertical" style={{ width: '100%', textAlign: 'left' }}>
      <Alert type="warning" showIcon title={warning} />
      <Space.Compact style={{ width: '100%' }}>
        <Input data-testid={`${testId}-link`} readOnly value={link} onFocus={(e) => e.target.select()} />
        <Button data-testid={`${testId}-copy`} icon={<CopyOutlined />} onClick={() => void copy()}>
          {t('invitations.copyLink')}
        </Button>
      </Space.Compact>
    </Space>
  );
}
