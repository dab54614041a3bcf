// How much of a need is taken: one bar with the confirmed part (对接成功) in green inside the claimed part, and the
// quantities beside it (claimed / confirmed / remaining), money in 元.
import { Progress, Typography } from 'antd';
import type { NeedKind } from '../../api/needs.ts';
import { useI18n } from '../../i18n/index.tsx';
import { formatQuantity, progressOf } from './format.ts';

interface Props {
  need: { kind: NeedKind; unit: string | null; quantity: number; claimedQuantity: number; confirmedQuantity: number };
  /** Only the bar and "已认领 60%" (the public cards), without the three quantities. */
  brief?: boolean;
  testId?: string;
}

export function ClaimProgress({ need, brief, testId }: Props) {
  const { l, lang } = useI18n();
  const p = progressOf(need);
  const q = (n: number) => formatQuantity(need.kind, n, need.unit, lang);
  return (
    <div data-testid={testId} data-claimed-percent={p.claimedPercent}>
      <div style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
        <Progress
          percent={p.claimedPercent}
          success={{ percent: p.confirmedPercent }}
          showInfo={false}
          size="small"
          style={{ flex: 1, margin: 0 }}
        />
        <Typography.Text style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
          {l({ zh: `已认领 ${p.claimedPercent}%`, en: `${p.claimedPercent}% claimed` })}
        </Typography.Text>
      </div>
      {!brief && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {l({ zh: '已认领', en: 'Claimed' })} {q(need.claimedQuantity)} · {l({ zh: '已确认', en: 'Confirmed' })} {q(need.confirmedQuantity)} ·{' '}
          <span data-testid={testId ? `${testId}-remaining` : undefined}>
            {l({ zh: '尚余', en: 'Remaining' })} {q(p.remaining)}
          </span>
        </Typography.Text>
      )}
    </div>
  );
}
