// A pairing's status, its counterpart-support mark and the state of a key area's coverage as tags, the same on every
// page. Coverage tags carry an icon and a word besides their colour, so that they read without colour too.
import type { ReactNode } from 'react';
import { Tag, Tooltip } from 'antd';
import { CheckCircleOutlined, CloseCircleOutlined, MinusCircleOutlined } from '@ant-design/icons';
import { COVERAGE_STATE_LABELS, type CoverageState } from '../../api/coverage.ts';
import { PAIRING_STATUS_LABELS, type PairingStatus } from '../../api/pairings.ts';
import { useI18n } from '../../i18n/index.tsx';
import { COVERAGE_TAG_COLORS, fill, PAIRING_STATUS_COLORS, W } from './words.ts';

export function PairingStatusTag({ status, testId }: { status: PairingStatus; testId?: string }) {
  const { l } = useI18n();
  return (
    <Tag color={PAIRING_STATUS_COLORS[status]} data-testid={testId} data-status={status} style={{ marginInlineEnd: 0 }}>
      {l(PAIRING_STATUS_LABELS[status])}
    </Tag>
  );
}

export function CounterpartTag({ province, testId }: { province?: string | null; testId?: string }) {
  const { l } = useI18n();
  return (
    <Tooltip title={l(W.counterpartHelp)}>
      <Tag color="purple" data-testid={testId} style={{ marginInlineEnd: 0 }}>
        {province ? fill(l(W.counterpartFrom), { province }) : l(W.counterpart)}
      </Tag>
    </Tooltip>
  );
}

const STATE_ICONS: Record<CoverageState, ReactNode> = {
  paired: <CheckCircleOutlined />,
  partial: <MinusCircleOutlined />,
  unpaired: <CloseCircleOutlined />,
};

export function CoverageStateTag({ state, testId }: { state: CoverageState; testId?: string }) {
  const { l } = useI18n();
  return (
    <Tag
      color={COVERAGE_TAG_COLORS[state]}
      icon={STATE_ICONS[state]}
      data-testid={testId}
      data-state={state}
      style={{ marginInlineEnd: 0 }}
    >
      {l(COVERAGE_STATE_LABELS[state])}
    </Tag>
  );
}
