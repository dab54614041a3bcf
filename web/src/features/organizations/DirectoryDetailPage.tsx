// One approved organization's public profile: what it is, its fields, where it serves and what it offers; no
// personal contacts.
import { Link, useParams } from 'react-router-dom';
import { Card, Space, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { usePublicOrganization } from '../../api/organizations.ts';
import { useI18n } from '../../i18n/index.tsx';
import { idParam } from '../../shared/params.ts';
import { PublicLayout } from '../../shell/PublicLayout.tsx';
import { isLoaded, ObjectFallback } from '../../shared/ObjectFallback.tsx';
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
  if (!isLoaded(query)) {
    return <ObjectFallback query={query} missing={id === null} notFound={t('directory.notFound')} back={back} />;
  }
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
