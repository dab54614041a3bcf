// Accepting an invitation: the token is read from the link's #fragment (never sent in a URL), the invitation is
// shown, and the invitee chooses a username and password and is signed in.
import { useState } from 'react';
import { Alert, App, Button, Descriptions, Form, Input, Result, Spin } from 'antd';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { DEPARTMENT_KIND_LABELS, ROLE_LABELS } from '../../../../src/common/glossary.ts';
import { useAcceptInvitation, useInvitationLookup } from '../../api/accounts.ts';
import { errorText } from '../../api/client.ts';
import { applyServerErrors } from '../../api/forms.ts';
import { useI18n } from '../../i18n/index.tsx';
import { PublicFrame } from './PublicFrame.tsx';
import { FormProblems } from '../../shared/FormProblems.tsx';

interface AcceptForm {
  username: string;
  password: string;
  confirm: string;
}

const FIELDS = ['username', 'password'] as const;

export function InvitePage() {
  const { t, l, dateTime } = useI18n();
  const { message } = App.useApp();
  const location = useLocation();
  const navigate = useNavigate();
  const token = decodeURIComponent(location.hash.replace(/^#/, '')).trim();
  const lookup = useInvitationLookup(token);
  const accept = useAcceptInvitation();
  const [form] = Form.useForm<AcceptForm>();
  const [problems, setProblems] = useState<string[]>([]);

  if (token.length < 10) {
    return (
      <PublicFrame title={t('invite.title')}>
        <Result status="warning" title={t('invite.noToken')} extra={<Link to="/login">{t('invite.toLogin')}</Link>} />
      </PublicFrame>
    );
  }
  if (lookup.isPending) {
    return (
      <PublicFrame title={t('invite.title')}>
        <div style={{ textAlign: 'center', padding: 32 }}>
          <Spin description={t('invite.loading')} />
        </div>
      </PublicFrame>
    );
  }
  if (lookup.isError) {
    return (
      <PublicFrame title={t('invite.title')}>
        <Result
          data-testid="invite-invalid"
          status="error"
          title={t('invite.invalid')}
          subTitle={errorText(lookup.error)}
          extra={<Link to="/login">{t('invite.toLogin')}</Link>}
        />
      </PublicFrame>
    );
  }
  const invitation = lookup.data;

  const onFinish = (values: AcceptForm) => {
    setProblems([]);
    accept.mutate(
      { token, username: values.username.trim(), password: values.password },
      {
        onSuccess: () => {
          message.success(t('invite.done'));
          void navigate('/', { replace: true });
        },
        onError: (err) => setProblems(applyServerErrors(form, err, FIELDS)),
      },
    );
  };

  return (
    <PublicFrame title={t('invite.title')} width={520}>
      <Alert
        data-testid="invite-summary"
        type="info"
        showIcon
        title={t('invite.for', { name: invitation.displayName, role: l(ROLE_LABELS[invitation.role]) })}
        style={{ marginBottom: 16 }}
      />
      <Descriptions
        size="small"
        column={1}
        bordered
        style={{ marginBottom: 24 }}
        items={[
          { key: 'role', label: t('invitations.role'), children: l(ROLE_LABELS[invitation.role]) },
          ...(invitation.departmentKind
            ? [{ key: 'kind', label: t('invitations.departmentKind'), children: l(DEPARTMENT_KIND_LABELS[invitation.departmentKind]) }]
            : []),
          { key: 'scope', label: t('invitations.scope'), children: <span data-testid="invite-scope">{invitation.scopeRegionName ?? '—'}</span> },
          { key: 'by', label: t('invitations.invitedBy'), children: invitation.invitedBy },
          { key: 'expires', label: t('invitations.expiresAt'), children: dateTime(invitation.expiresAt) },
        ]}
      />
      <FormProblems problems={problems} testId="invite-error" />
      <Form<AcceptForm> form={form} layout="vertical" requiredMark={false} onFinish={onFinish}>
        <Form.Item
          name="username"
          label={t('invite.username')}
          extra={t('invite.usernameHelp')}
          rules={[{ required: true, whitespace: true, message: t('invitations.required') }]}
        >
          <Input data-testid="invite-username" autoComplete="username" maxLength={32} />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('invite.password')}
          extra={t('password.rules')}
          rules={[{ required: true, message: t('password.required') }]}
        >
          <Input.Password data-testid="invite-password" autoComplete="new-password" maxLength={256} />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t('invite.confirm')}
          dependencies={['password']}
          rules={[
            { required: true, message: t('password.required') },
            ({ getFieldValue }) => ({
              validator: (_, value: string | undefined) =>
                !value || getFieldValue('password') === value ? Promise.resolve() : Promise.reject(new Error(t('password.mismatch'))),
            }),
          ]}
        >
          <Input.Password data-testid="invite-confirm" autoComplete="new-password" maxLength={256} />
        </Form.Item>
        <Button data-testid="invite-submit" type="primary" htmlType="submit" block size="large" loading={accept.isPending}>
          {t('invite.submit')}
        </Button>
      </Form>
    </PublicFrame>
  );
}
