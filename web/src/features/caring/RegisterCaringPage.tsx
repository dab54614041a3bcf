// Registering as a caring individual (爱心人士), before signing in: the profile, a username and a password. The server
// answers every bad field at once, shown under each field; on success the new account signs in and the workbench opens.
import { useState } from 'react';
import { Alert, App, Button, Divider, Form, Input, Typography } from 'antd';
import { Link, Navigate, useNavigate } from 'react-router-dom';
import { useLogin, useSession } from '../../api/auth.ts';
import { useRegisterCaring } from '../../api/caring.ts';
import { applyServerErrors } from '../../api/forms.ts';
import { useI18n } from '../../i18n/index.tsx';
import { FormProblems } from '../../shared/FormProblems.tsx';
import { PublicFrame } from '../auth/PublicFrame.tsx';
import { cleanMobile, PROFILE_FIELDS, ProfileFields } from './ProfileFields.tsx';

interface RegisterForm {
  realName: string;
  mobile: string;
  regionCode?: string;
  fieldCodes?: string[];
  username: string;
  password: string;
  password2: string;
}

const FIELDS = [...PROFILE_FIELDS, 'username', 'password'] as const;

export function RegisterCaringPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const session = useSession();
  const register = useRegisterCaring();
  const login = useLogin();
  const [form] = Form.useForm<RegisterForm>();
  const [problems, setProblems] = useState<string[]>([]);
  const busy = register.isPending || login.isPending;

  // Someone already signed in has nothing to register here (and the sign-in after registering lands here too).
  if (session.data && !busy) return <Navigate to="/" replace />;

  const onFinish = (values: RegisterForm) => {
    setProblems([]);
    const username = values.username.trim();
    register.mutate(
      {
        realName: values.realName,
        mobile: cleanMobile(values.mobile),
        regionCode: values.regionCode ?? '',
        fieldCodes: values.fieldCodes ?? [],
        username,
        password: values.password,
      },
      {
        onSuccess: () => {
          login.mutate(
            { username, password: values.password },
            {
              onSuccess: () => {
                message.success(t('caring.done'));
                void navigate('/', { replace: true });
              },
              onError: () => {
                message.warning(t('caring.loginFailed'));
                void navigate('/login', { replace: true });
              },
            },
          );
        },
        onError: (err) => setProblems(applyServerErrors(form, err, FIELDS)),
      },
    );
  };

  return (
    <PublicFrame title={t('caring.registerTitle')} width={640}>
      <Alert type="info" showIcon title={t('caring.registerIntro')} style={{ marginBottom: 16 }} />
      <FormProblems problems={problems} testId="caring-error" />
      <Form<RegisterForm>
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={onFinish}
        initialValues={{ fieldCodes: [] }}
        scrollToFirstError
      >
        <ProfileFields testPrefix="caring" />
        <Divider plain titlePlacement="start">
          {t('caring.accountSection')}
        </Divider>
        <Form.Item
          name="username"
          label={t('caring.username')}
          extra={t('caring.usernameHelp')}
          rules={[{ required: true, whitespace: true, message: t('caring.required') }]}
        >
          <Input data-testid="caring-username" autoComplete="username" maxLength={32} />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('caring.password')}
          extra={t('password.rules')}
          rules={[{ required: true, message: t('password.required') }]}
        >
          <Input.Password data-testid="caring-password" autoComplete="new-password" maxLength={256} />
        </Form.Item>
        <Form.Item
          name="password2"
          label={t('caring.password2')}
          dependencies={['password']}
          rules={[
            { required: true, message: t('password.required') },
            ({ getFieldValue }) => ({
              validator: (_, value: string | undefined) =>
                !value || getFieldValue('password') === value
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('caring.passwordMismatch'))),
            }),
          ]}
        >
          <Input.Password data-testid="caring-password2" autoComplete="new-password" maxLength={256} />
        </Form.Item>
        <Button data-testid="caring-submit" type="primary" htmlType="submit" block size="large" loading={busy}>
          {t('caring.submit')}
        </Button>
      </Form>
      <Typography.Paragraph style={{ marginTop: 16, marginBottom: 0, textAlign: 'center' }}>
        <Link to="/login" data-testid="caring-to-login">
          {t('caring.haveAccount')}
        </Link>
      </Typography.Paragraph>
    </PublicFrame>
  );
}
