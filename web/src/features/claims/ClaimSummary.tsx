// 认领信息: the need it is for (with a link), the claimant (and, for the liaison and officials, the claimant's
// contact), what was claimed, how and when, and the dates that matter.
import { Link } from 'react-router-dom';
import { Descriptions, Space, Tag, Typography } from 'antd';
import { PhoneOutlined } from '@ant-design/icons';
import type { Claim } from '../../api/claims.ts';
import { useI18n } from '../../i18n/index.tsx';
import { LapseText } from './ClaimStatusTag.tsx';
import { useQuantityText } from './useQuantityText.ts';
import { W } from './words.ts';

export function ClaimSummary({ claim }: { claim: Claim }) {
  const { l, date, dateTime } = useI18n();
  const quantityText = useQuantityText();
  const { need, claimant } = claim;

  return (
    <Descriptions
      data-testid="claim-summary"
      column={{ xs: 1, md: 2 }}
      items={[
        {
          key: 'need',
          label: l(W.need),
          span: 2,
          children: (
            <Link to={`/needs/${need.id}`} data-testid="claim-need-link">
              {need.title}
            </Link>
          ),
        },
        { key: 'place', label: l(W.place), children: need.region.name },
        { key: 'deadline', label: l(W.deadline), children: date(need.deadline) },
        {
          key: 'claimant',
          label: l(W.claimant),
          children: (
            <Space size={4} wrap>
              <span data-testid="claim-claimant">{claimant.name}</span>
              <Tag>{claimant.type === 'organization' ? l(W.organization) : l(W.caringIndividual)}</Tag>
            </Space>
          ),
        },
        ...(claimant.contact
          ? [
              {
                key: 'claimantContact',
                label: l(W.claimantContact),
                children: (
                  <Space data-testid="claim-claimant-contact">
                    <span>{claimant.contact.name}</span>
                    <Typography.Text copyable={{ text: claimant.contact.phone }}>
                      <PhoneOutlined /> {claimant.contact.phone}
                    </Typography.Text>
                  </Space>
                ),
              },
            ]
          : []),
        {
          key: 'quantity',
          label: l(W.quantity),
          children: (
            <span data-testid="claim-quantity">
              {need.itemName && `${need.itemName} `}
              {quantityText(need.kind, claim.quantity, need.unit)}
              <Typography.Text type="secondary">
                {' '}
                / {l(W.needQuantity)} {quantityText(need.kind, need.quantity, need.unit)}
              </Typography.Text>
            </span>
          ),
        },
        { key: 'planned', label: l(W.plannedDate), children: claim.plannedDate ? date(claim.plannedDate) : '—' },
        {
          key: 'note',
          label: l(W.note),
          span: 2,
          children: (
            <Typography.Paragraph data-testid="claim-note" style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
              {claim.note}
            </Typography.Paragraph>
          ),
        },
        { key: 'created', label: l(W.claimedAt), children: dateTime(claim.createdAt) },
        ...(claim.decidedAt ? [{ key: 'decided', label: l(W.decidedAt), children: dateTime(claim.decidedAt) }] : []),
        // The lapse clock runs only while the claim is pending or confirmed.
        ...(claim.status === 'pending' || claim.status === 'confirmed'
          ? [
              {
                key: 'lapse',
                label: l(W.lapse),
                children: (
                  <Space orientation="vertical" size={0}>
                    <span>{dateTime(claim.lapseAt)}</span>
                    <LapseText status={claim.status} lapseAt={claim.lapseAt} testId="claim-lapse" />
                  </Space>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}
