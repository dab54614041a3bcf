// 认领组织账号: an organization the registration authority imported from its registry has no account yet. Whoever
// knows its credit code and the contact the registry holds sets up its administrator account here, is signed in and
// lands on the organization's own page.
import { useState } from 'react';
import { Alert, App, Button, Divider, Form, Input, Typography } from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import { useLogin } from '../../../api/auth.ts';
import { applyServerErrors } from '../../../api/forms.ts';
import { useClaimOrganization, type ClaimBody } from '../../../api/organizationRegistry.ts';
import { useI18n } from '../../../i18n/index.tsx';
import { FormProblems } from '../../../shared/FormProblems.tsx';
import { PublicFrame } from '../../auth/PublicFrame.tsx';

interface ClaimForm extends ClaimBody {
  confirm: string;
}

const FIELDS = ['creditCode', 'contactName', 'contactPhone', 'username', 'displayName', 'password'] as const;

export function ClaimPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<ClaimForm>();
  const claim = useClaimOrganization();
  const login = useLogin();
  const [problems, setProblems] = useState<string[]>([]);

  const onFinish = ({ confirm: _confirm, ...values }: ClaimForm) => {
    setProblems([]);
    const body: ClaimBody = { ...values, creditCode: values.creditCode.trim(), username: values.username.trim() };
    claim.mutate(body, {
      onSuccess: (reply) => {
        login.mutate(
          { username: reply.username, password: body.password },
          {
            onSuccess: () => {
              message.success(t('claim.done', { name: reply.organizationName }));
              void navigate('/organization', { replace: true });
            },
            onError: () => {
              message.info(t('claim.signIn'));
              void navigate('/login', { replace: true });
            },
          },
        );
      },
      onError: (err) => setProblems(applyServerErrors(form, err, FIELDS)),
    });
  };

  const required = { required: true, whitespace: true, message: t('claim.required') };

  return (
    <PublicFrame title={t('claim.title')} width={560}>
      <Alert type="info" showIcon title={t('claim.intro')} style={{ marginBottom: 16 }} />
      <FormProblems problems={problems} testId="claim-error" />
      <Form<ClaimForm> form={form} layout="vertical" requiredMark={false} onFinish={onFinish} autoComplete="off">
        <Form.Item name="creditCode" label={t('claim.creditCode')} rules={[required]} extra={t('claim.creditCodeHelp')}>
          <Input data-testid="claim-credit-code" maxLength={30} autoFocus />
        </Form.Item>
        <Form.Item name="contactName" label={t('claim.contactName')} rules={[required]}>
          <Input data-testid="claim-contact-name" maxLength={50} />
        </Form.Item>
        <Form.Item name="contactPhone" label={t('claim.contactPhone')} rules={[required]} extra={t('claim.contactHelp')}>
          <Input data-testid="claim-contact-phone" maxLength={30} />
        </Form.Item>
        <Divider titlePlacement="start" plain>
          {t('claim.accountSection')}
        </Divider>
        <Form.Item name="username" label={t('claim.username')} rules={[required]} extra={t('claim.usernameHelp')}>
          <Input data-testid="claim-username" maxLength={32} autoComplete="username" />
        </Form.Item>
        <Form.Item name="displayName" label={t('claim.displayName')} rules={[required]}>
          <Input data-testid="claim-display-name" maxLength={50} />
        </Form.Item>
        <Form.Item name="password" label={t('claim.password')} rules={[{ required: true, message: t('claim.required') }]} extra={t('password.rules')}>
          <Input.Password data-testid="claim-password" maxLength={128} autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t('claim.confirm')}
          dependencies={['password']}
          rules={[
            { required: true, message: t('claim.required') },
            ({ getFieldValue }) => ({
              validator: (_, value: string | undefined) =>
                !value || getFieldValue('password') === value ? Promise.resolve() : Promise.reject(new Error(t('password.mismatch'))),
            }),
          ]}
        >
          <Input.Password data-testid="claim-confirm" maxLength={128} autoComplete="new-password" />
        </Form.Item>
        <Button data-testid="claim-submit" type="primary" htmlType="submit" block size="large" loading={claim.isPending || login.isPending}>
          {t('claim.submit')}
        </Button>
      </Form>
      <Typography.Paragraph style={{ marginTop: 16, marginBottom: 0 }}>
        <Link to="/login" data-testid="claim-login">
          {t('claim.toLogin')}
        </Link>
      </Typography.Paragraph>
    </PublicFrame>
  );
}
