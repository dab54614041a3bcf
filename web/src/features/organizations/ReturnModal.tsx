// Returning a registration (or a change of key data) with the reason the organization will read.
import { useState } from 'react';
import { App, Button, Form, Input, Modal, Space } from 'antd';
import { applyServerErrors } from '../../api/forms.ts';
import { useReturnOrganization, type Organization } from '../../api/organizations.ts';
import { useI18n } from '../../i18n/index.tsx';
import { FormProblems } from '../../shared/FormProblems.tsx';

const FIELDS = ['reason'] as const;

export function ReturnModal({ org, onClose }: { org: Organization; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const ret = useReturnOrganization(org.id);
  const [problems, setProblems] = useState<string[]>([]);

  const onFinish = ({ reason }: { reason: string }) => {
    setProblems([]);
    ret.mutate(reason.trim(), {
      onSuccess: () => {
        message.success(t('orgReview.returned'));
        onClose();
      },
      onError: (err) => setProblems(applyServerErrors(form, err, FIELDS)),
    });
  };

  return (
    <Modal
      open
      title={org.pendingChange ? t('orgReview.returnChangeTitle') : t('orgReview.returnTitle')}
      onCancel={onClose}
      mask={{ closable: false }}
      width={560}
      footer={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button data-testid="org-return-submit" danger type="primary" loading={ret.isPending} onClick={() => form.submit()}>
            {t('orgReview.return')}
          </Button>
        </Space>
      }
    >
      <FormProblems problems={problems} testId="org-return-error" />
      <Form form={form} layout="vertical" requiredMark onFinish={onFinish}>
        <Form.Item
          name="reason"
          label={t('orgReview.reason')}
          extra={t('orgReview.reasonHelp')}
          rules={[{ required: true, whitespace: true, message: t('orgReview.reasonRequired') }]}
        >
          <Input.TextArea data-testid="org-return-reason-input" maxLength={500} showCount autoSize={{ minRows: 3, maxRows: 8 }} autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}
