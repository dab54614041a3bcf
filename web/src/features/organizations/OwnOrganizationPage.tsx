// 本组织: the signed-in organization's own page — where its review stands, its profile and logo, the review
// history and its members. Its administrator edits, resubmits after a return and manages members.
import { useState } from 'react';
import { Alert, App, Button, Card, Popconfirm, Result, Space, Spin, Tabs } from 'antd';
import { EditOutlined, SendOutlined } from '@ant-design/icons';
import { useSession } from '../../api/auth.ts';
import { errorText } from '../../api/client.ts';
import { useOrganization, useResubmitOrganization, type Organization } from '../../api/organizations.ts';
import { useI18n } from '../../i18n/index.tsx';
import { PageHeader } from '../../shared/PageHeader.tsx';
import { EditOrganizationDrawer } from './EditOrganizationDrawer.tsx';
import { LogoUpload } from './LogoUpload.tsx';
import { MembersCard } from './MembersCard.tsx';
import { OrganizationProfile } from './OrganizationProfile.tsx';
import { StatusTag } from './OrganizationTags.tsx';
import { ReviewHistory } from './ReviewHistory.tsx';
import { StatusBanner } from './StatusBanner.tsx';

function OwnOrganization({ org }: { org: Organization }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const resubmit = useResubmitOrganization(org.id);
  const [editing, setEditing] = useState(false);

  return (
    <>
      <PageHeader
        title={org.name}
        description={t('org.ourTitle')}
        extra={
          <Space wrap>
            <StatusTag status={org.status} testId="org-status" />
            {org.can.edit && (
              <Button data-testid="org-edit" icon={<EditOutlined />} onClick={() => setEditing(true)}>
                {t('org.edit')}
              </Button>
            )}
            {org.can.resubmit && (
              <Popconfirm
                title={t('org.resubmitConfirm')}
                okText={t('common.confirm')}
                cancelText={t('common.cancel')}
                onConfirm={() =>
                  resubmit.mutateAsync().then(
                    () => void message.success(t('org.resubmitted')),
                    (err: unknown) => void message.error(errorText(err)),
                  )
                }
              >
                <Button data-testid="org-resubmit" type="primary" icon={<SendOutlined />} loading={resubmit.isPending}>
                  {t('org.resubmit')}
                </Button>
              </Popconfirm>
            )}
          </Space>
        }
      />
      <StatusBanner org={org} onEdit={org.can.edit ? () => setEditing(true) : undefined} />
      <Card>
        <Tabs
          items={[
            {
              key: 'profile',
              label: <span data-testid="org-tab-profile">{t('org.tabProfile')}</span>,
              children: (
                <Space orientation="vertical" size={16} style={{ width: '100%' }}>
                  <LogoUpload org={org} canEdit={org.can.edit} />
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
              children: <MembersCard organizationId={org.id} canManage={org.can.manageMembers} />,
            },
          ]}
        />
      </Card>
      {editing && <EditOrganizationDrawer org={org} onClose={() => setEditing(false)} />}
    </>
  );
}

export function OwnOrganizationPage() {
  const { t } = useI18n();
  const { data: me } = useSession();
  const id = me?.organizationId ?? null;
  const org = useOrganization(id);
  if (id === null) return <Result status="info" title={t('org.noOrganization')} />;
  if (org.isError) return <Alert type="error" showIcon title={errorText(org.error)} />;
  if (!org.data) return <Spin style={{ display: 'block', padding: 48 }} />;
  return <OwnOrganization org={org.data} />;
}
