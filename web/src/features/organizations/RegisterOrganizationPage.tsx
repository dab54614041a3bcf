// 社会组织注册 (public): the whole profile and the administrator's account in one long form. After the server has
// accepted it, the page signs the new administrator in and opens the organization's own page (待审核).
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { App, Button, Form, Space } from 'antd';
import { LoginOutlined } from '@ant-design/icons';
import { useLogin } from '../../api/auth.ts';
import { ApiError } from '../../api/client.ts';
import { applyServerErrors } from '../../api/forms.ts';
import { useRegisterOrganization } from '../../api/organizations.ts';
import { useI18n } from '../../i18n/index.tsx';
import { FormProblems } from '../../shared/FormProblems.tsx';
import { PageHeader } from '../../shared/PageHeader.tsx';
import { PublicLayout } from '../../shell/PublicLayout.tsx';
import { AccountSection } from './AccountSection.tsx';
import { ProfileSections } from './ProfileSections.tsx';
import { REGISTER_FIELDS, toRegisterBody, type RegisterFormValues } from './profileForm.ts';
import { scrollToFirstServerError } from './scrollToError.ts';

const INITIAL: Partial<RegisterFormValues> = {
  form: 'association',
  isIndustryAssociation: false,
  isCharity: false,
  hasPublicFundraising: false,
  registrationLevel: 'county',
  fields: [],
  serviceRegions: [undefined],
  offers: [],
};

export function RegisterOrganizationPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<RegisterFormValues>();
  const register = useRegisterOrganization();
  const login = useLogin();
  const [problems, setProblems] = useState<string[]>([]);

  const onFinish = (values: RegisterFormValues) => {
    setProblems([]);
    const body = toRegisterBody(values);
    register.mutate(body, {
      onSuccess: () => {
        login.mutate(
          { username: body.account.username, password: body.account.password },
          {
            onSuccess: () => {
              message.success(t('org.registered'));
              void navigate('/organization', { replace: true });
            },
            onError: () => {
              message.info(t('org.registeredSignIn'));
              void navigate('/login', { replace: true });
            },
          },
        );
      },
      onError: (err) => {
        setProblems(applyServerErrors(form, err, REGISTER_FIELDS));
        if (!(err instanceof ApiError && scrollToFirstServerError(form, err, REGISTER_FIELDS))) window.scrollTo({ top: 0, behavior: 'smooth' });
      },
    });
  };

  return (
    <PublicLayout>
      <div style={{ maxWidth: 920, margin: '0 auto' }}>
        <PageHeader
          title={t('org.registerTitle')}
          description={t('org.registerIntro')}
          extra={
            <Link to="/login" data-testid="org-register-login">
              <LoginOutlined /> {t('org.haveAccount')}
            </Link>
          }
        />
        <FormProblems problems={problems} testId="org-form-error" />
        <Form<RegisterFormValues>
          form={form}
          layout="vertical"
          requiredMark
          initialValues={INITIAL}
          onFinish={onFinish}
          scrollToFirstError={{ block: 'center' }}
          autoComplete="off"
        >
          <ProfileSections />
          <AccountSection />
          <Space style={{ marginBottom: 24 }}>
            <Button data-testid="org-submit" type="primary" size="large" htmlType="submit" loading={register.isPending || login.isPending}>
              {t('org.submit')}
            </Button>
          </Space>
        </Form>
      </div>
    </PublicLayout>
  );
}
