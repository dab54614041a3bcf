// The reviewer's two buttons: approve (after a confirmation) and return (with a reason). With a change of key data
// waiting on an approved organization, both act on that change.
import { useState } from 'react';
import { App, Button, Popconfirm, Space } from 'antd';
import { CheckOutlined, RollbackOutlined } from '@ant-design/icons';
import { errorText } from '../../api/client.ts';
import { useApproveOrganization, type Organization } from '../../api/organizations.ts';
import { useI18n } from '../../i18n/index.tsx';
import { ReturnModal } from './ReturnModal.tsx';

/** Whether there is something for a reviewer to decide on. */
export function awaitsReview(org: Organization): boolean {
  return org.can.review && (org.status === 'pending' || org.pendingChange !== null);
}

export function ReviewActions({ org }: { org: Organization }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const approve = useApproveOrganization(org.id);
  const [returning, setReturning] = useState(false);
  if (!awaitsReview(org)) return null;
  return (
    <Space>
      <Button data-testid="org-return" danger icon={<RollbackOutlined />} onClick={() => setReturning(true)}>
        {t('orgReview.return')}
      </Button>
      <Popconfirm
        title={org.pendingChange ? t('orgReview.approveChangeConfirm') : t('orgReview.approveConfirm', { name: org.name })}
        okText={t('common.confirm')}
        cancelText={t('common.cancel')}
        onConfirm={() =>
          approve.mutateAsync().then(
            () => void message.success(t('orgReview.approved')),
            (err: unknown) => void message.error(errorText(err)),
          )
        }
      >
        <Button data-testid="org-approve" type="primary" icon={<CheckOutlined />} loading={approve.isPending}>
          {t('orgReview.approve')}
        </Button>
      </Popconfirm>
      {returning && <ReturnModal org={org} onClose={() => setReturning(false)} />}
    </Space>
  );
}
