// Signing in: username and password; the server's message (wrong password, attempts left, lock-out) as it is.
import { useState } from 'react';
import { Alert, Button, Form, Input, Typography } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { takeSessionLost, useLogin, useSession } from '../../api/auth.ts';
import { errorText } from '../../api/client.ts';
import { useI18n } from '../../i18n/index.tsx';
import { PublicFrame } from './PublicFrame.tsx';

interface LoginForm {
  username: string;
  password: string;
}

export function LoginPage() {
  const { t } = useI18n();
  const [form] = Form.useForm<LoginForm>();
  const session = useSession();
  const login = useLogin();
  const [sessionLost] = useState(takeSessionLost);
  const navigate = useNavigate();
  const location = useLocation();
  const from = (location.state as { from?: unknown } | null)?.from;
  const target = typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') ? from : '/';

  if (session.data && !login.isPending) return <Navigate to={target} replace />;

  const onFinish = (values: LoginForm) => {
    login.mutate(
      { username: values.username.trim(), password: values.password },
      {
        onSuccess: () => void navigate(target, { replace: true }),
        onError: () => form.setFieldValue('password', ''),
      },
    );
  };

  return (
    <PublicFrame title={t('login.title')}>
      {sessionLost && !login.isError && (
        <Alert data-testid="login-expired" type="warning" showIcon title={t('login.expired')} style={{ marginBottom: 16 }} />
      )}
      {login.isError && (
        <Alert data-testid="login-error" type="error" showIcon title={errorText(login.error)} style={{ marginBottom: 16 }} />
      )}
      <Form<LoginForm> form={form} layout="vertical" requiredMark={false} onFinish={onFinish} autoComplete="on" size="large">
        <Form.Item name="username" label={t('login.username')} rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}>
          <Input data-testid="login-username" prefix={<UserOutlined />} autoComplete="username" autoFocus maxLength={64} />
        </Form.Item>
        <Form.Item name="password" label={t('login.password')} rules={[{ required: true, message: t('login.passwordRequired') }]}>
          <Input.Password data-testid="login-password" prefix={<LockOutlined />} autoComplete="current-password" maxLength={256} />
        </Form.Item>
        <Form.Item style={{ marginBottom: 12 }}>
          <Button data-testid="login-submit" type="primary" htmlType="submit" block loading={login.isPending}>
            {t('login.submit')}
          </Button>
        </Form.Item>
      </Form>
      <Typography.Paragraph type="secondary" style={{ fontSize: 13, marginBottom: 0 }}>
        {t('login.hint')}
      </Typography.Paragraph>
    </PublicFrame>
  );
}
