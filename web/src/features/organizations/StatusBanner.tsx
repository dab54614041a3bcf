// The organization's own page says where its review stands: awaiting review since when, returned with the reason
// (and the way to fix it), or approved with a change of key data still waiting.
import { Alert, Button } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import type { Organization } from '../../api/organizations.ts';
import { useI18n } from '../../i18n/index.tsx';
import { PendingChangeTable } from './PendingChangeTable.tsx';

export function StatusBanner({ org, onEdit }: { org: Organization; onEdit?: () => void }) {
  const { t, dateTime } = useI18n();
  const style = { marginBottom: 16 };
  switch (org.status) {
    case 'pending':
      return (
        <Alert
          data-testid="org-status-banner"
          type="info"
          showIcon
          style={style}
          title={org.submittedAt ? t('org.pendingBanner', { at: dateTime(org.submittedAt) }) : t('org.pendingNoTime')}
        />
      );
    case 'returned':
      return (
        <Alert
          data-testid="org-status-banner"
          type="error"
          showIcon
          style={style}
          title={t('org.returnedBanner')}
          description={
            <>
              {t('org.returnReason')}：<span data-testid="org-return-reason" style={{ whiteSpace: 'pre-wrap' }}>{org.returnReason ?? ''}</span>
            </>
          }
          action={
            onEdit && (
              <Button data-testid="org-fix" danger icon={<EditOutlined />} onClick={onEdit}>
                {t('org.fixAndResubmit')}
              </Button>
            )
          }
        />
      );
    case 'approved':
      return org.pendingChange ? (
        <Alert
          data-testid="org-status-banner"
          type="warning"
          showIcon
          style={style}
          title={t('org.changePending', { at: dateTime(org.pendingChange.createdAt) })}
          description={<PendingChangeTable org={org} change={org.pendingChange} />}
        />
      ) : (
        <Alert
          data-testid="org-status-banner"
          type="success"
          showIcon
          style={style}
          title={t('org.approvedBanner', { at: dateTime(org.reviewedAt) })}
        />
      );
  }
}
