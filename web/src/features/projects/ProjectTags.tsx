// A project's status as a tag, its overdue badge ("逾期 N 天") and the counterpart-aid mark, the same on every page.
import { Tag, Tooltip } from 'antd';
import { ClockCircleOutlined } from '@ant-design/icons';
import { PROJECT_STATUS_LABELS, type ProjectStatus } from '../../../../src/common/projects.ts';
import { useI18n } from '../../i18n/index.tsx';
import { fill, STATUS_COLORS, W } from './words.ts';

export function ProjectStatusTag({ status, testId }: { status: ProjectStatus; testId?: string }) {
  const { l } = useI18n();
  return (
    <Tag color={STATUS_COLORS[status]} data-testid={testId} data-status={status} style={{ marginInlineEnd: 0 }}>
      {l(PROJECT_STATUS_LABELS[status])}
    </Tag>
  );
}

/** Nothing unless the project is overdue; the landing due date on hover. */
export function OverdueTag({
  overdue, days, due, testId,
}: { overdue: boolean; days: number; due: string | null; testId?: string }) {
  const { l } = useI18n();
  if (!overdue) return null;
  const tag = (
    <Tag color="error" icon={<ClockCircleOutlined />} data-testid={testId} data-days={days} style={{ marginInlineEnd: 0 }}>
      {fill(l(W.overdueBadge), { n: days })}
    </Tag>
  );
  return due ? <Tooltip title={fill(l(W.landingDueNote), { due })}>{tag}</Tooltip> : tag;
}

export function CounterpartTag({ show }: { show: boolean }) {
  const { l } = useI18n();
  if (!show) return null;
  return (
    <Tag color="purple" data-testid="project-counterpart" style={{ marginInlineEnd: 0 }}>
      {l(W.counterpart)}
    </Tag>
  );
}
