// One text asked before a step that others will read: the reason for withdrawing or taking down a need, for declining
// or withdrawing a claim, or a claim's progress note. The server's refusal lands on the field, or above the form when
// it belongs to no field.
import { useState } from 'react';
import { Button, Form, Input, Modal, Space, Typography } from 'antd';
import { applyServerErrors } from '../api/forms.ts';
import { useI18n } from '../i18n/index.tsx';
import { FormProblems } from './FormProblems.tsx';

export interface TextModalProps {
  title: string;
  /** The server's name of the field ('reason', 'note'), so its field errors land here. */
  field: 'reason' | 'note';
  label: string;
  help?: string;
  /** The message when left empty; absent when the text is optional. */
  requiredMessage?: string;
  maxLength: number;
  submitText: string;
  danger?: boolean;
  /** Prefix of the submit button's and the error's test ids. */
  testId: string;
  /** The text box's test id; `${testId}-input` unless given. */
  inputTestId?: string;
  onSubmit: (text: string) => Promise<unknown>;
  onClose: () => void;
}

export function TextModal({
  title,
  field,
  label,
  help,
  requiredMessage,
  maxLength,
  submitText,
  danger,
  testId,
  inputTestId,
  onSubmit,
  onClose,
}: TextModalProps) {
  const { t } = useI18n();
  const [form] = Form.useForm<Record<string, string | undefined>>();
  const [problems, setProblems] = useState<string[]>([]);
  const [pending, setPending] = useState(false);

  const onFinish = (values: Record<string, string | undefined>) => {
    setProblems([]);
    setPending(true);
    onSubmit((values[field] ?? '').trim())
      .then(onClose)
      .catch((err: unknown) => setProblems(applyServerErrors(form, err, [field])))
      .finally(() => setPending(false));
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
          <Button
            data-testid={`${testId}-submit`}
            type="primary"
            danger={danger}
            loading={pending}
            onClick={() => form.submit()}
          >
            {submitText}
          </Button>
        </Space>
      }
    >
      {help && <Typography.Paragraph type="secondary">{help}</Typography.Paragraph>}
      <FormProblems problems={problems} testId={`${testId}-error`} />
      <Form form={form} layout="vertical" requiredMark={!!requiredMessage} onFinish={onFinish}>
        <Form.Item
          name={field}
          label={label}
          rules={requiredMessage ? [{ required: true, whitespace: true, message: requiredMessage }] : []}
        >
          <Input.TextArea
            data-testid={inputTestId ?? `${testId}-input`}
            maxLength={maxLength}
            showCount
            autoSize={{ minRows: 3, maxRows: 8 }}
            autoFocus
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
