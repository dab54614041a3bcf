// Signing in: username and password; the server's message (wrong password, attempts left, lock-out) as it is.
import { Alert, Button, Form, Input, Typography } from 'antd';
import { EnvironmentOutlined, LockOutlined, UserOutlined } from '@ant-design/icons';
import { HeartOutlined } from '@ant-design/icons';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { BankOutlined, ReadOutlined } from '@ant-design/icons';
import { SolutionOutlined } from '@ant-design/icons';
import { Link, Navigate, useLocation, useNavigate } from 'react-router-dom';
import { useLogin, useSession, useSessionLost } from '../../api/auth.ts';
import { errorText } from '../../api/client.ts';
import { useI18n } from '../../i18n/index.tsx';
import { PublicFrame } from './PublicFrame.tsx';

interface LoginForm {
  username: string;
  password: string;
}

export function LoginPage() {
  const { t, l } = useI18n();
  const [form] = Form.useForm<LoginForm>();
  const session = useSession();
  const login = useLogin();
  const sessionLost = useSessionLost();
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
      <Typography.Paragraph type="secondary" style={{ fontSize: 13, marginBottom: 8 }}>
        {t('login.hint')}
      </Typography.Paragraph>
      <Link to="/key-areas" data-testid="login-key-areas" style={{ fontSize: 13 }}>
        <EnvironmentOutlined /> {t('login.keyAreas')}
      </Link>
      <br />
      <Link to="/directory" data-testid="login-directory" style={{ fontSize: 13 }}>
        <ReadOutlined /> {t('directory.link')}
      </Link>
      <br />
      <Link to="/public/needs" data-testid="login-public-needs" style={{ fontSize: 13 }}>
        <SolutionOutlined /> {l({ zh: '需求公开（无需登录）', en: 'Published needs (no sign-in needed)' })}
      </Link>
      <br />
      <Link to="/register/organization" data-testid="login-register-organization" style={{ fontSize: 13 }}>
        <BankOutlined /> {t('org.registerLink')}
      </Link>
      <br />
      <Link to="/register/caring" data-testid="login-register-caring" style={{ fontSize: 13 }}>
        <HeartOutlined /> {t('login.registerCaring')}
      </Link>
      <br />
      <Link to="/claim" data-testid="login-claim" style={{ fontSize: 13 }}>
        <SafetyCertificateOutlined /> {t('login.claim')}
      </Link>
    </PublicFrame>
  );
}
