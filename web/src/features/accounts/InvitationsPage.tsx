// Invitations: officials and admins invite officials and liaisons (a national admin also admins) within their scope.
// The link is shown once, right after creation; pending invitations can be revoked.
import { useState } from 'react';
import {
  App, Button, Card, Form, Input, Modal, Popconfirm, Radio, Result, Select, Space, Tag, Typography,
  type TableColumnsType,
} from 'antd';
import { UserAddOutlined } from '@ant-design/icons';
import {
  DEPARTMENT_KINDS, DEPARTMENT_KIND_LABELS, ROLE_LABELS, SCOPE_LENGTHS, type DepartmentKind,
} from '../../../../src/common/glossary.ts';
import {
  useCreateInvitation, useInvitations, useRevokeInvitation, type CreateInvitationBody, type CreatedInvitation, type Invitation,
} from '../../api/accounts.ts';
import { useSession } from '../../api/auth.ts';
import { errorText } from '../../api/client.ts';
import { applyServerErrors } from '../../api/forms.ts';
import { useI18n } from '../../i18n/index.tsx';
import type { MessageKey } from '../../i18n/messages.ts';
import { KeysetTable } from '../../shared/KeysetTable.tsx';
import { OneTimeLink } from '../../shared/OneTimeLink.tsx';
import { PageHeader } from '../../shared/PageHeader.tsx';
import { RegionCascader } from '../regions/RegionCascader.tsx';
import { FormProblems } from '../../shared/FormProblems.tsx';

type InvitableRole = CreateInvitationBody['role'];
type State = Invitation['state'];

const STATE_COLORS: Record<State, string> = { pending: 'processing', accepted: 'success', expired: 'default', revoked: 'warning' };

interface InviteForm {
  role: InvitableRole;
  departmentKind?: DepartmentKind;
  scopeRegionCode?: string;
  displayName: string;
}

const FIELDS = ['role', 'departmentKind', 'scopeRegionCode', 'displayName'] as const;

const SCOPE_HELP: Record<InvitableRole, MessageKey> = {
  platform_admin: 'invitations.scopeHelpAdmin',
  department_official: 'invitations.scopeHelpOfficial',
  liaison: 'invitations.scopeHelpLiaison',
};

/** Mounted only while open, so each invitation starts from an empty form. */
function InviteModal({ onClose }: { onClose: () => void }) {
  const { t, l } = useI18n();
  const { data: me } = useSession();
  const [form] = Form.useForm<InviteForm>();
  const create = useCreateInvitation();
  const [problems, setProblems] = useState<string[]>([]);
  const [created, setCreated] = useState<CreatedInvitation | null>(null);
  const role = Form.useWatch('role', form) ?? 'liaison';

  const national = me?.role === 'platform_admin' && me.scopeRegionCode === null;
  const roles: InvitableRole[] = national ? ['department_official', 'liaison', 'platform_admin'] : ['department_official', 'liaison'];
  const lengths = SCOPE_LENGTHS[role] ?? [];

  const close = () => onClose();

  const onFinish = (values: InviteForm) => {
    setProblems([]);
    const body: CreateInvitationBody = {
      role: values.role,
      displayName: values.displayName.trim(),
      ...(values.role === 'department_official' && values.departmentKind ? { departmentKind: values.departmentKind } : {}),
      ...(values.scopeRegionCode ? { scopeRegionCode: values.scopeRegionCode } : {}),
    };
    create.mutate(body, {
      onSuccess: (reply) => setCreated(reply),
      onError: (err) => setProblems(applyServerErrors(form, err, FIELDS)),
    });
  };

  return (
    <Modal
      open
      title={created ? t('invitations.created') : t('invitations.new')}
      onCancel={close}
      mask={{ closable: false }}
      width={620}
      footer={
        created ? (
          <Button data-testid="invite-done" type="primary" onClick={close}>
            {t('common.close')}
          </Button>
        ) : (
          <Space>
            <Button onClick={close}>{t('common.cancel')}</Button>
            <Button data-testid="invite-create" type="primary" loading={create.isPending} onClick={() => form.submit()}>
              {t('invitations.create')}
            </Button>
          </Space>
        )
      }
    >
      {created ? (
        <Result
          status="success"
          style={{ paddingBlock: 8 }}
          title={`${created.invitation.displayName} · ${l(ROLE_LABELS[created.invitation.role])}`}
          subTitle={created.invitation.scopeRegionName ?? undefined}
          extra={
            <OneTimeLink path={created.link} warning={t('invitations.linkOnce')} testId="invite" />
          }
        />
      ) : (
        <>
          <FormProblems problems={problems} testId="invite-form-error" />
          <Form<InviteForm>
            form={form}
            layout="vertical"
            requiredMark
            initialValues={{ role: 'liaison' }}
            onFinish={onFinish}
            onValuesChange={(changed: Partial<InviteForm>) => {
              if ('role' in changed) form.setFields([{ name: 'scopeRegionCode', errors: [] }]);
            }}
          >
            <Form.Item name="role" label={t('invitations.role')} rules={[{ required: true }]}>
              <Radio.Group
                data-testid="invite-role"
                optionType="button"
                buttonStyle="solid"
                options={roles.map((r) => ({ value: r, label: l(ROLE_LABELS[r]) }))}
              />
            </Form.Item>
            {role === 'department_official' && (
              <Form.Item
                name="departmentKind"
                label={t('invitations.departmentKind')}
                rules={[{ required: true, message: t('invitations.required') }]}
              >
                <Select<DepartmentKind>
                  data-testid="invite-kind"
                  options={DEPARTMENT_KINDS.map((k) => ({ value: k, label: l(DEPARTMENT_KIND_LABELS[k]) }))}
                />
              </Form.Item>
            )}
            <Form.Item
              name="scopeRegionCode"
              label={t('invitations.scope')}
              extra={t(SCOPE_HELP[role])}
              rules={[
                {
                  validator: (_, value: string | undefined) => {
                    if (!value) return role === 'platform_admin' ? Promise.resolve() : Promise.reject(new Error(t('invitations.scopeRequired')));
                    return lengths.includes(value.length) ? Promise.resolve() : Promise.reject(new Error(t(SCOPE_HELP[role])));
                  },
                },
              ]}
            >
              <RegionCascader
                data-testid="invite-scope"
                scope={me?.scopeRegionCode ?? null}
                maxLength={Math.max(...lengths, 2)}
                allowCodeInput
                allowNameSearch
              />
            </Form.Item>
            <Form.Item
              name="displayName"
              label={t('invitations.displayName')}
              rules={[{ required: true, whitespace: true, message: t('invitations.required') }]}
            >
              <Input data-testid="invite-display-name" maxLength={64} />
            </Form.Item>
          </Form>
        </>
      )}
    </Modal>
  );
}

export function InvitationsPage() {
  const { t, l, dateTime } = useI18n();
  const { message } = App.useApp();
  const list = useInvitations();
  const revoke = useRevokeInvitation();
  const [open, setOpen] = useState(false);

  const columns: TableColumnsType<Invitation> = [
    { title: t('invitations.displayName'), dataIndex: 'displayName', key: 'displayName' },
    {
      title: t('invitations.role'),
      key: 'role',
      render: (_, i) => (
        <>
          {l(ROLE_LABELS[i.role])}
          {i.departmentKind && (
            <Typography.Text type="secondary" style={{ marginInlineStart: 6 }}>
              （{l(DEPARTMENT_KIND_LABELS[i.departmentKind])}）
            </Typography.Text>
          )}
        </>
      ),
    },
    { title: t('invitations.scope'), dataIndex: 'scopeRegionName', key: 'scope', render: (v: string | null) => v ?? t('common.none') },
    { title: t('invitations.invitedBy'), dataIndex: 'invitedBy', key: 'invitedBy' },
    {
      title: t('invitations.state'),
      dataIndex: 'state',
      key: 'state',
      render: (s: State) => (
        <Tag color={STATE_COLORS[s]} data-testid="invitation-state">
          {t(`invitations.${s}`)}
        </Tag>
      ),
    },
    { title: t('invitations.createdAt'), dataIndex: 'createdAt', key: 'createdAt', render: (v: string) => dateTime(v) },
    { title: t('invitations.expiresAt'), dataIndex: 'expiresAt', key: 'expiresAt', render: (v: string) => dateTime(v) },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, i) =>
        i.state === 'pending' ? (
          <Popconfirm
            title={t('invitations.revokeConfirm', { name: i.displayName })}
            okText={t('common.confirm')}
            cancelText={t('common.cancel')}
            okButtonProps={{ danger: true }}
            onConfirm={() =>
              revoke.mutateAsync(i.id).then(
                () => void message.success(t('invitations.revokedDone')),
                (err: unknown) => void message.error(errorText(err)),
              )
            }
          >
            <Button size="small" danger>
              {t('invitations.revoke')}
            </Button>
          </Popconfirm>
        ) : null,
    },
  ];

  return (
    <>
      <PageHeader
        title={t('invitations.title')}
        description={t('invitations.intro')}
        extra={
          <Button data-testid="invite-open" type="primary" icon={<UserAddOutlined />} onClick={() => setOpen(true)}>
            {t('invitations.new')}
          </Button>
        }
      />
      <Card>
        <KeysetTable<Invitation>
          rowKey="id"
          columns={columns}
          query={list}
          testId="invitations"
        />
      </Card>
      {open && <InviteModal onClose={() => setOpen(false)} />}
    </>
  );
}
