// A claim's status as a tag, and how long a running claim has before it lapses; the same on every claims page.
import { Tag, Tooltip, Typography } from 'antd';
import { ClockCircleOutlined } from '@ant-design/icons';
import { LIVE_CLAIM_STATUSES, type ClaimStatus } from '../../api/claims.ts';
import { useI18n } from '../../i18n/index.tsx';
import { daysUntil } from '../needs/format.ts';
import { CLAIM_STATUS_COLORS, CLAIM_STATUS_LABELS, fill, W } from './words.ts';

export function ClaimStatusTag({ status, testId }: { status: ClaimStatus; testId?: string }) {
  const { l } = useI18n();
  return (
    <Tag color={CLAIM_STATUS_COLORS[status]} data-testid={testId} data-status={status} style={{ marginInlineEnd: 0 }}>
      {l(CLAIM_STATUS_LABELS[status])}
    </Tag>
  );
}

const isLive = (status: ClaimStatus) => (LIVE_CLAIM_STATUSES as readonly ClaimStatus[]).includes(status);

/** "X 天内无进展将失效" for a pending or confirmed claim (the lapse clock runs for them only); nothing otherwise. */
export function LapseText({ status, lapseAt, testId }: { status: ClaimStatus; lapseAt: string; testId?: string }) {
  const { l, dateTime } = useI18n();
  if (!isLive(status)) return null;
  const days = daysUntil(lapseAt);
  if (days === null) return null;
  const text = days <= 1 ? l(W.lapseToday) : fill(l(W.lapseIn), { n: days });
  return (
    <Tooltip title={`${l(W.lapse)}：${dateTime(lapseAt)}`}>
      <Typography.Text type={days <= 3 ? 'danger' : 'secondary'} data-testid={testId} style={{ fontSize: 13, whiteSpace: 'nowrap' }}>
        <ClockCircleOutlined /> {text}
      </Typography.Text>
    </Tooltip>
  );
}
