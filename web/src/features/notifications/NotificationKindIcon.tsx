// The icon of a notification's kind: what happened to a claim, a need, a pairing, a project or a fair, at a glance.
import type { ReactNode } from 'react';
import {
  CheckCircleOutlined, ClockCircleOutlined, CloseCircleOutlined, EditOutlined, FieldTimeOutlined, InteractionOutlined,
  RollbackOutlined, StopOutlined,
} from '@ant-design/icons';
import { AccountBookOutlined, ExclamationCircleOutlined } from '@ant-design/icons';
import { FlagOutlined, PartitionOutlined, ProjectOutlined, RocketOutlined, SolutionOutlined } from '@ant-design/icons';
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
  pairing_submitted: { icon: <PartitionOutlined />, color: '#1a56a8' },
  pairing_confirmed: { icon: <CheckCircleOutlined />, color: '#389e0d' },
  pairing_returned: { icon: <RollbackOutlined />, color: '#d46b08' },
  pairing_ended: { icon: <StopOutlined />, color: '#8c8c8c' },
  project_signing_requested: { icon: <SolutionOutlined />, color: '#1a56a8' },
  project_signed: { icon: <CheckCircleOutlined />, color: '#389e0d' },
  project_signing_returned: { icon: <RollbackOutlined />, color: '#d46b08' },
  project_landed: { icon: <RocketOutlined />, color: '#389e0d' },
  project_overdue: { icon: <ClockCircleOutlined />, color: '#cf1322' },
  project_completed: { icon: <ProjectOutlined />, color: '#389e0d' },
  project_closed: { icon: <CheckCircleOutlined />, color: '#8c8c8c' },
  project_cancelled: { icon: <CloseCircleOutlined />, color: '#8c8c8c' },
  project_follow_up: { icon: <EditOutlined />, color: '#1a56a8' },
  fair_signup: { icon: <FlagOutlined />, color: '#1a56a8' },
  aid_recorded: { icon: <AccountBookOutlined />, color: '#1a56a8' },
  aid_disputed: { icon: <ExclamationCircleOutlined />, color: '#cf1322' },
};

export function NotificationKindIcon({ kind }: { kind: NotificationKind }) {
  const { icon, color } = ICONS[kind];
  return <span style={{ color, fontSize: 18, lineHeight: 1 }}>{icon}</span>;
}
