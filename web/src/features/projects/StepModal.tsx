// The frame of a step's form (sign, land, complete, ask to sign): title, a help line, the problems that belong to no
// field, the fields, and cancel / submit. The submit button's test id is `${testId}-submit`.
import type { ReactNode } from 'react';
import { Button, Modal, Space, Typography } from 'antd';
import { useI18n } from '../../i18n/index.tsx';
import { FormProblems } from '../../shared/FormProblems.tsx';

export interface StepModalProps {
  title: string;
  help?: string;
  submitText: string;
  testId: string;
  pending: boolean;
  problems: string[];
  onSubmit: () => void;
  onClose: () => void;
  children?: ReactNode;
  width?: number;
}

export function StepModal({ title, help, submitText, testId, pending, problems, onSubmit, onClose, children, width = 560 }: StepModalProps) {
  const { t } = useI18n();
  return (
    <Modal
      open
      title={title}
      onCancel={onClose}
      mask={{ closable: false }}
      width={width}
      destroyOnHidden
      footer={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button data-testid={`${testId}-submit`} type="primary" loading={pending} onClick={onSubmit}>
            {submitText}
          </Button>
        </Space>
      }
    >
      {help && <Typography.Paragraph type="secondary">{help}</Typography.Paragraph>}
      <FormProblems problems={problems} testId={`${testId}-error`} />
      {children}
    </Modal>
  );
}
