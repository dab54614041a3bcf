// Changing one's own password: the current one, the new one twice. Other sessions of the account end.
import { useState } from 'react';
import { Alert, App, Button, Card, Form, Input } from 'antd';
import { useChangePassword } from '../../api/auth.ts';
import { applyServerErrors } from '../../api/forms.ts';
import { useI18n } from '../../i18n/index.tsx';
import { FormProblems } from '../../shared/FormProblems.tsx';

interface PasswordForm {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

const FIELDS = ['currentPassword', 'newPassword'] as const;

export function ChangePasswordPage({ forced = false }: { forced?: boolean }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<PasswordForm>();
  const change = useChangePassword();
  const [problems, setProblems] = useState<string[]>([]);
  const [done, setDone] = useState(false);

  const onFinish = (values: PasswordForm) => {
    setProblems([]);
    setDone(false);
    change.mutate(
      { currentPassword: values.currentPassword, newPassword: values.newPassword },
      {
        onSuccess: () => {
          form.resetFields();
          setDone(true);
          message.success(t('password.done'));
        },
        onError: (err) => setProblems(applyServerErrors(form, err, FIELDS)),
      },
    );
  };

  return (
    <Card title={t('password.title')} style={{ maxWidth: 560 }}>
      {forced && <Alert type="warning" showIcon title={t('password.mustChange')} style={{ marginBottom: 16 }} />}
      {done && <Alert data-testid="password-done" type="success" showIcon title={t('password.done')} style={{ marginBottom: 16 }} />}
      <FormProblems problems={problems} testId="password-error" />
      <Form<PasswordForm> form={form} layout="vertical" onFinish={onFinish} requiredMark={false}>
        <Form.Item name="currentPassword" label={t('password.current')} rules={[{ required: true, message: t('password.required') }]}>
          <Input.Password data-testid="password-current" autoComplete="current-password" maxLength={256} />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={t('password.new')}
          extra={t('password.rules')}
          rules={[{ required: true, message: t('password.required') }]}
        >
          <Input.Password data-testid="password-new" autoComplete="new-password" maxLength={256} />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t('password.confirm')}
          dependencies={['newPassword']}
          rules={[
            { required: true, message: t('password.required') },
            ({ getFieldValue }) => ({
              validator: (_, value: string | undefined) =>
                !value || getFieldValue('newPassword') === value ? Promise.resolve() : Promise.reject(new Error(t('password.mismatch'))),
            }),
          ]}
        >
          <Input.Password data-testid="password-confirm" autoComplete="new-password" maxLength={256} />
        </Form.Item>
        <Button data-testid="password-submit" type="primary" htmlType="submit" loading={change.isPending}>
          {t('password.submit')}
        </Button>
      </Form>
    </Card>
  );
}
