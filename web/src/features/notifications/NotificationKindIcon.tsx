// The icon of a notification's kind: what happened to a claim or a need, at a glance.
import type { ReactNode } from 'react';
import {
  CheckCircleOutlined, ClockCircleOutlined, CloseCircleOutlined, EditOutlined, FieldTimeOutlined, InteractionOutlined,
  RollbackOutlined, StopOutlined,
} from '@ant-design/icons';
import type { NotificationKind } from '../../api/notifications.ts';

const ICONS: Record<NotificationKind, { icon: ReactNode; color: string }> = {
  claim_created: { icon: <InteractionOutlined />, color: '#1a56a8' },
  claim_confirmed: { icon: <CheckCircleOutlined />, color: '#389e0d' },
  claim_declined: { icon: <CloseCircleOutlined />, color: '#cf1322' },
  claim_withdrawn: { icon: <RollbackOutlined />, color: '#8c8c8c' },
  claim_lapsed: { icon: <ClockCircleOutlined />, color: '#d46b08' },
  claim_progress: { icon: <EditOutlined />, color: '#1a56a8' },
  need_deadline: { icon: <FieldTimeOutlined />, color: '#d46b08' },
  need_taken_down: { icon: <StopOutlined />, color: '#cf1322' },
};

export function NotificationKindIcon({ kind }: { kind: NotificationKind }) {
  const { icon, color } = ICONS[kind];
  return <span style={{ color, fontSize: 18, lineHeight: 1 }}>{icon}</span>;
}
