// 办理与跟踪记录: every step of the project, oldest first, with who took it (the system for an overdue flag), the
// change of status and its note or reason; the area's follow-up notes stand out.
import { Empty, Tag, Timeline, Typography } from 'antd';
import { PROJECT_EVENT_LABELS, PROJECT_STATUS_LABELS, type ProjectStatus } from '../../../../src/common/projects.ts';
import type { ProjectEvent } from '../../api/projects.ts';
import { useI18n } from '../../i18n/index.tsx';
import { EVENT_COLORS, W } from './words.ts';

function statusLabel(status: string, l: (labels: { zh: string; en: string } | undefined, fallback?: string) => string): string {
  return l(PROJECT_STATUS_LABELS[status as ProjectStatus], status);
}

export function ProjectTimeline({ events }: { events: ProjectEvent[] }) {
  const { t, l, dateTime } = useI18n();
  if (events.length === 0) return <Empty data-testid="project-timeline" description={l(W.timelineEmpty)} />;
  return (
    <div data-testid="project-timeline">
      <Timeline
        items={events.map((e) => ({
          key: e.id,
          color: EVENT_COLORS[e.action],
          content: (
            <div data-testid={`project-event-${e.action}`}>
              <Typography.Text strong>{l(PROJECT_EVENT_LABELS[e.action])}</Typography.Text>
              {e.fromStatus && e.toStatus && e.fromStatus !== e.toStatus && (
                <Tag style={{ marginInlineStart: 8 }}>
                  {statusLabel(e.fromStatus, l)} → {statusLabel(e.toStatus, l)}
                </Tag>
              )}
              <Typography.Text type="secondary" style={{ display: 'block', fontSize: 13 }}>
                {dateTime(e.createdAt)} · {e.actorName ?? t('common.system')}
              </Typography.Text>
              {e.note && (
                <Typography.Paragraph
                  style={{
                    margin: '4px 0 0',
                    whiteSpace: 'pre-wrap',
                    ...(e.action === 'follow_up' ? { background: '#f9f0ff', padding: '4px 8px', borderRadius: 4 } : {}),
                  }}
                >
                  {e.note}
                </Typography.Paragraph>
              )}
            </div>
          ),
        }))}
      />
    </div>
  );
}
