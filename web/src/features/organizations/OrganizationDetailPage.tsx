// One organization for the officials: duplicates that look like it first, what awaits review (the registration or
// a change of key data beside the current values) with approve and return, then the profile, history and members.
import { Link, useParams } from 'react-router-dom';
import { Alert, Card, Space, Tabs } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useOrganization, type Organization } from '../../api/organizations.ts';
import { useI18n } from '../../i18n/index.tsx';
import { PageHeader } from '../../shared/PageHeader.tsx';
import { idParam } from '../../shared/params.ts';
import { isLoaded, ObjectFallback } from '../../shared/ObjectFallback.tsx';
import { MembersCard } from './MembersCard.tsx';
import { OrganizationLogo } from './OrganizationLogo.tsx';
import { OrganizationProfile } from './OrganizationProfile.tsx';
import { StatusTag } from './OrganizationTags.tsx';
import { PendingChangeTable } from './PendingChangeTable.tsx';
import { ReviewActions } from './ReviewActions.tsx';
import { ReviewHistory } from './ReviewHistory.tsx';
import { SimilarWarning } from './SimilarWarning.tsx';

function ReviewState({ org }: { org: Organization }) {
  const { t, dateTime } = useI18n();
  const style = { marginBottom: 16 };
  if (org.pendingChange) {
    return (
      <Alert
        type="warning"
        showIcon
        style={style}
        title={t('orgReview.pendingChangeTitle', { at: dateTime(org.pendingChange.createdAt) })}
        description={<PendingChangeTable org={org} change={org.pendingChange} />}
      />
    );
  }
  if (org.status === 'pending') {
    return (
      <Alert
        type="info"
        showIcon
        style={style}
        title={t('orgReview.awaiting')}
        description={org.can.review ? undefined : t('orgReview.outOfScope')}
      />
    );
  }
  if (org.status === 'returned') {
    return (
      <Alert
        type="error"
        showIcon
        style={style}
        title={t('org.returnedBanner')}
        description={
          <>
            {t('org.returnReason')}：<span data-testid="org-return-reason" style={{ whiteSpace: 'pre-wrap' }}>{org.returnReason ?? ''}</span>
          </>
        }
      />
    );
  }
  return null;
}

export function OrganizationDetailPage() {
  const { t } = useI18n();
  const id = idParam(useParams().id);
  const query = useOrganization(id);

  if (!isLoaded(query)) {
    return (
      <ObjectFallback
        query={query}
        missing={id === null}
        notFound={t('org.notFound')}
        back={<Link to="/organizations">{t('org.backToList')}</Link>}
      />
    );
  }
  const org = query.data;

  return (
    <>
      <PageHeader
        title={org.name}
        description={
          <Link to="/organizations">
            <ArrowLeftOutlined /> {t('org.backToList')}
          </Link>
        }
        extra={
          <Space wrap align="center">
            <StatusTag status={org.status} testId="org-status" />
            <ReviewActions org={org} />
          </Space>
        }
      />
      <SimilarWarning similar={org.similar} />
      <ReviewState org={org} />
      <Card>
        <Tabs
          items={[
            {
              key: 'profile',
              label: <span data-testid="org-tab-profile">{t('org.tabProfile')}</span>,
              children: (
                <Space orientation="vertical" size={16} style={{ width: '100%' }}>
                  <OrganizationLogo name={org.name} logoUrl={org.logoUrl} size={72} />
                  <OrganizationProfile org={org} />
                </Space>
              ),
            },
            {
              key: 'history',
              label: <span data-testid="org-tab-history">{t('org.tabHistory')}</span>,
              children: <ReviewHistory history={org.history} />,
            },
            {
              key: 'members',
              label: <span data-testid="org-tab-members">{t('org.tabMembers')}</span>,
              children: <MembersCard organizationId={org.id} canManage={false} />,
            },
          ]}
        />
      </Card>
    </>
  );
}
