// A work plan's status as a tag, the same on every work plan page.
import { Tag } from 'antd';
import type { WorkPlanStatus } from '../../api/workPlans.ts';
import { useI18n } from '../../i18n/index.tsx';
import { WORK_PLAN_STATUS_COLORS, WORK_PLAN_STATUS_LABELS } from './words.ts';

export function WorkPlanStatusTag({ status, testId }: { status: WorkPlanStatus; testId?: string }) {
  const { l } = useI18n();
  return (
    <Tag color={WORK_PLAN_STATUS_COLORS[status]} data-testid={testId} data-status={status} style={{ marginInlineEnd: 0 }}>
      {l(WORK_PLAN_STATUS_LABELS[status])}
    </Tag>
  );
}
