// Asking the reason for a step that others will read (withdrawing a need, taking it down): one required text, the
// server's refusal shown on the field or above it.
import { useState } from 'react';
import { Button, Form, Input, Modal, Space } from 'antd';
import { applyServerErrors } from '../../api/forms.ts';
import { useI18n } from '../../i18n/index.tsx';
import { FormProblems } from '../../shared/FormProblems.tsx';

const FIELDS = ['reason'] as const;

interface Props {
  title: string;
  help: string;
  submitText: string;
  danger?: boolean;
  loading: boolean;
  testId: string;
  onSubmit: (reason: string) => Promise<unknown>;
  onClose: () => void;
}

export function ReasonModal({ title, help, submitText, danger, loading, testId, onSubmit, onClose }: Props) {
  const { l, t } = useI18n();
  const [form] = Form.useForm<{ reason: string }>();
  const [problems, setProblems] = useState<string[]>([]);

  const onFinish = ({ reason }: { reason: string }) => {
    setProblems([]);
    onSubmit(reason.trim()).then(onClose, (err: unknown) => setProblems(applyServerErrors(form, err, FIELDS)));
  };

  return (
    <Modal
      open
      title={title}
      onCancel={onClose}
      mask={{ closable: false }}
      width={520}
      footer={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button data-testid={`${testId}-submit`} type="primary" danger={danger} loading={loading} onClick={() => form.submit()}>
            {submitText}
          </Button>
        </Space>
      }
    >
      <FormProblems problems={problems} testId={`${testId}-error`} />
      <Form form={form} layout="vertical" requiredMark onFinish={onFinish}>
        <Form.Item
          name="reason"
          label={l({ zh: '原因', en: 'Reason' })}
          extra={help}
          rules={[{ required: true, whitespace: true, message: l({ zh: '请填写原因', en: 'Please give the reason' }) }]}
        >
          <Input.TextArea data-testid={`${testId}-reason`} maxLength={500} showCount autoSize={{ minRows: 3, maxRows: 8 }} autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}
