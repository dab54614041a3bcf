// What a need asks for and how far it is claimed: "20,000.00 元 · 已认领 12,000.00 元（已确认 5,000.00 元）".
import { Progress, Space, Typography } from 'antd';
import type { NeedSummary } from '../../../api/needManagement.ts';
import { useI18n } from '../../../i18n/index.tsx';
import { formatQuantity, progressOf } from '../format.ts';
import { NEED_KIND_LABELS } from '../labels.ts';

type Need = Pick<NeedSummary, 'kind' | 'itemName' | 'unit' | 'quantity' | 'claimedQuantity' | 'confirmedQuantity'>;

export function NeedProgress({ need, testId }: { need: Need; testId?: string }) {
  const { l, lang } = useI18n();
  const p = progressOf(need);
  const q = (n: number) => formatQuantity(need.kind, n, need.unit, lang);
  return (
    <Space orientation="vertical" size={0} style={{ minWidth: 170, maxWidth: 240 }} data-testid={testId}>
      <span>
        <Typography.Text type="secondary">{l(NEED_KIND_LABELS[need.kind])}</Typography.Text>
        {need.itemName && ` · ${need.itemName}`} · <Typography.Text strong>{q(need.quantity)}</Typography.Text>
      </span>
      <Progress
        percent={p.claimedPercent}
        success={{ percent: p.confirmedPercent }}
        size="small"
        showInfo={false}
        style={{ margin: 0 }}
      />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {need.claimedQuantity === 0 ? (
          l({ zh: '尚无认领', en: 'Not claimed yet' })
        ) : (
          <>
            {l({ zh: '已认领', en: 'Claimed' })} {q(need.claimedQuantity)}
            {need.confirmedQuantity > 0 &&
              l({ zh: `（已确认 ${q(need.confirmedQuantity)}）`, en: ` (confirmed ${q(need.confirmedQuantity)})` })}
          </>
        )}
      </Typography.Text>
    </Space>
  );
}
