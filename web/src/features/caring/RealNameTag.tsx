import { Tag } from 'antd';
import type { RealNameStatus } from '../../api/caring.ts';
import { useI18n } from '../../i18n/index.tsx';

const COLORS: Record<RealNameStatus, string> = { unverified: 'default', verified: 'success', failed: 'error' };

/** The real-name check's state: not checked (no answer yet), checked, or not passed. */
export function RealNameTag({ status, testId }: { status: RealNameStatus; testId?: string }) {
  const { t } = useI18n();
  return (
    <Tag data-testid={testId} data-status={status} color={COLORS[status]} style={{ marginInlineEnd: 0 }}>
      {t(`caring.status.${status}`)}
    </Tag>
  );
}
