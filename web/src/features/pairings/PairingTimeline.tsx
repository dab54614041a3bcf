// 办理记录: every step of the pairing, oldest first, with who took it and its reason.
import { Empty, Timeline, Typography } from 'antd';
import type { PairingEvent } from '../../api/pairings.ts';
import { useI18n } from '../../i18n/index.tsx';
import { PAIRING_EVENT_COLORS, PAIRING_EVENT_LABELS, W } from './words.ts';

export function PairingTimeline({ events }: { events: PairingEvent[] }) {
  const { t, l, dateTime } = useI18n();
  if (events.length === 0) return <Empty data-testid="pairing-timeline" description={l(W.timelineEmpty)} />;
  return (
    <div data-testid="pairing-timeline">
      <Timeline
        items={events.map((e) => ({
          key: e.id,
          color: PAIRING_EVENT_COLORS[e.action],
          content: (
            <div data-testid={`pairing-event-${e.action}`}>
              <Typography.Text strong>{l(PAIRING_EVENT_LABELS[e.action])}</Typography.Text>
              <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>
                {dateTime(e.createdAt)} · {e.actorName ?? t('common.system')}
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
