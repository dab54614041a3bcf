// 管理员账号 of a registration: the username, the administrator's name and the password, typed twice.
import { Form, Input } from 'antd';
import { useI18n } from '../../i18n/index.tsx';
import { FormSection } from './FormSection.tsx';

export function AccountSection() {
  const { t } = useI18n();
  const required = { required: true, whitespace: true, message: t('org.required') };
  return (
    <FormSection title={t('org.sectionAccount')} extra={t('org.sectionAccountHelp')}>
      <div style={{ display: 'flex', flexWrap: 'wrap', columnGap: 16 }}>
        <Form.Item name={['account', 'username']} label={t('org.username')} extra={t('org.usernameHelp')} rules={[required]} style={{ width: 260 }}>
          <Input data-testid="org-username" maxLength={32} autoComplete="username" />
        </Form.Item>
        <Form.Item name={['account', 'displayName']} label={t('org.displayName')} rules={[required]} style={{ width: 260 }}>
          <Input data-testid="org-display-name" maxLength={50} autoComplete="name" />
        </Form.Item>
      </div>
      <div style={{ display: 'flex', flexWrap: 'wrap', columnGap: 16 }}>
        <Form.Item
          name={['account', 'password']}
          label={t('org.password')}
          extra={t('password.rules')}
          rules={[{ required: true, message: t('password.required') }]}
          style={{ width: 260 }}
        >
          <Input.Password data-testid="org-password" maxLength={200} autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name={['account', 'password2']}
          label={t('org.password2')}
          dependencies={[['account', 'password']]}
          style={{ width: 260 }}
          rules={[
            { required: true, message: t('password.required') },
            ({ getFieldValue }) => ({
              validator: (_, value: string | undefined) =>
                !value || value === getFieldValue(['account', 'password'])
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('org.passwordMismatch'))),
            }),
          ]}
        >
          <Input.Password data-testid="org-password2" maxLength={200} autoComplete="new-password" />
        </Form.Item>
      </div>
    </FormSection>
  );
}
