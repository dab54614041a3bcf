// 成员: the organization's accounts. Its administrator invites members (a one-time link) and removes them; members
// and officials see the list only.
import { useState } from 'react';
import { Alert, App, Button, Popconfirm, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { UserAddOutlined } from '@ant-design/icons';
import { ROLE_LABELS } from '../../../../src/common/glossary.ts';
import { useSession } from '../../api/auth.ts';
import { errorText } from '../../api/client.ts';
import { useMembers, useRemoveMember, type Member } from '../../api/organizations.ts';
import { useI18n } from '../../i18n/index.tsx';
import { InviteMemberModal } from './InviteMemberModal.tsx';

export function MembersCard({ organizationId, canManage }: { organizationId: number; canManage: boolean }) {
  const { t, l, dateTime } = useI18n();
  const { message } = App.useApp();
  const { data: me } = useSession();
  const members = useMembers(organizationId);
  const remove = useRemoveMember(organizationId);
  const [inviting, setInviting] = useState(false);

  const columns: TableColumnsType<Member> = [
    { title: t('orgMembers.displayName'), dataIndex: 'displayName', key: 'displayName' },
    { title: t('orgMembers.username'), dataIndex: 'username', key: 'username' },
    { title: t('orgMembers.role'), dataIndex: 'role', key: 'role', render: (r: Member['role']) => l(ROLE_LABELS[r]) },
    {
      title: t('orgMembers.status'),
      dataIndex: 'status',
      key: 'status',
      render: (s: Member['status']) =>
        s === 'active' ? <Tag color="success">{t('orgMembers.active')}</Tag> : <Tag>{t('orgMembers.disabled')}</Tag>,
    },
    { title: t('orgMembers.createdAt'), dataIndex: 'createdAt', key: 'createdAt', render: (v: string) => dateTime(v) },
    ...(canManage
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_: unknown, m: Member) =>
              m.accountId !== me?.id && m.role === 'organization_member' && m.status === 'active' ? (
                <Popconfirm
                  title={t('orgMembers.removeConfirm', { name: m.displayName })}
                  description={t('orgMembers.removeHelp')}
                  okText={t('common.confirm')}
                  cancelText={t('common.cancel')}
                  okButtonProps={{ danger: true }}
                  onConfirm={() =>
                    remove.mutateAsync(m.accountId).then(
                      () => void message.success(t('orgMembers.removed')),
                      (err: unknown) => void message.error(errorText(err)),
                    )
                  }
                >
                  <Button size="small" danger data-testid={`member-remove-${m.accountId}`}>
                    {t('orgMembers.remove')}
                  </Button>
                </Popconfirm>
              ) : null,
          },
        ]
      : []),
  ];

  return (
    <div data-testid="org-members">
      <Space style={{ marginBottom: 12, width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Text type="secondary">{canManage ? '' : t('orgMembers.readOnly')}</Typography.Text>
        {canManage && (
          <Button data-testid="member-invite" type="primary" icon={<UserAddOutlined />} onClick={() => setInviting(true)}>
            {t('orgMembers.invite')}
          </Button>
        )}
      </Space>
      {members.isError && <Alert type="error" showIcon title={errorText(members.error)} style={{ marginBottom: 12 }} />}
      <Table<Member>
        data-testid="org-members-table"
        rowKey="accountId"
        size="middle"
        scroll={{ x: 'max-content' }}
        columns={columns}
        dataSource={members.data ?? []}
        loading={members.isPending}
        pagination={false}
        locale={{ emptyText: t('orgMembers.empty') }}
      />
      {inviting && <InviteMemberModal organizationId={organizationId} onClose={() => setInviting(false)} />}
    </div>
  );
}
