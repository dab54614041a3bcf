// One approved organization's public profile: what it is, its fields, where it serves and what it offers; no
// personal contacts.
import { Link, useParams } from 'react-router-dom';
import { Alert, Card, Result, Space, Spin, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { ApiError, errorText } from '../../api/client.ts';
import { usePublicOrganization } from '../../api/organizations.ts';
import { useI18n } from '../../i18n/index.tsx';
import { idParam } from '../../shared/params.ts';
import { PublicLayout } from '../../shell/PublicLayout.tsx';
import { OrganizationLogo } from './OrganizationLogo.tsx';
import { OrganizationProfile } from './OrganizationProfile.tsx';

function PublicProfile() {
  const { t } = useI18n();
  const id = idParam(useParams().id);
  const query = usePublicOrganization(id);

  const back = (
    <Link to="/directory" data-testid="directory-back">
      <ArrowLeftOutlined /> {t('directory.back')}
    </Link>
  );
  if (id === null || (query.error instanceof ApiError && query.error.status === 404)) {
    return <Result status="404" title="404" subTitle={t('directory.notFound')} extra={back} />;
  }
  if (query.isError) return <Alert type="error" showIcon title={errorText(query.error)} />;
  if (!query.data) return <Spin style={{ display: 'block', padding: 48 }} />;
  const org = query.data;

  return (
    <>
      <div style={{ marginBottom: 12 }}>{back}</div>
      <Card>
        <Space size={16} align="center" style={{ marginBottom: 16 }}>
          <OrganizationLogo name={org.name} logoUrl={org.logoUrl} size={64} />
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="page-title">
            {org.name}
          </Typography.Title>
        </Space>
        <OrganizationProfile org={org} />
      </Card>
    </>
  );
}

export function DirectoryDetailPage() {
  return (
    <PublicLayout>
      <PublicProfile />
    </PublicLayout>
  );
}
