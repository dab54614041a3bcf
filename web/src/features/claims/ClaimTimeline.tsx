// 办理记录: every step of the claim, oldest first, with who took it (the system for a lapse) and its note or reason.
import { Empty, Timeline, Typography } from 'antd';
import type { ClaimEvent } from '../../api/claims.ts';
import { useI18n } from '../../i18n/index.tsx';
import { EVENT_COLORS, EVENT_LABELS, W } from './words.ts';

export function ClaimTimeline({ events }: { events: ClaimEvent[] }) {
  const { t, l, dateTime } = useI18n();
  if (events.length === 0) return <Empty data-testid="claim-timeline" description={l(W.timelineEmpty)} />;
  return (
    <div data-testid="claim-timeline">
      <Timeline
        items={events.map((e, i) => ({
          key: `${e.at}-${i}`,
          color: EVENT_COLORS[e.action],
          content: (
            <div data-testid={`claim-event-${e.action}`}>
              <Typography.Text strong>{l(EVENT_LABELS[e.action])}</Typography.Text>
              <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>
                {dateTime(e.at)} · {e.actorName ?? t('common.system')}
              </Typography.Text>
              {e.note && (
                <Typography.Paragraph style={{ margin: '4px 0 0', whiteSpace: 'pre-wrap' }}>{e.note}</Typography.Paragraph>
              )}
            </div>
          ),
        }))}
      />
    </div>
  );
}
