// The columns of a list of claims: the claimant sees need, place, quantity, status and lapse; a liaison or official
// also the claimant, and on pending claims the confirm / decline buttons.
import { Link } from 'react-router-dom';
import { Typography, type TableColumnsType } from 'antd';
import type { ClaimListItem } from '../../api/claims.ts';
import { useI18n } from '../../i18n/index.tsx';
import { ClaimStatusTag, LapseText } from './ClaimStatusTag.tsx';
import { DecisionButtons } from './DecisionButtons.tsx';
import { useQuantityText } from './useQuantityText.ts';
import { W } from './words.ts';

export function useClaimColumns({ manager, decide }: { manager: boolean; decide: boolean }): TableColumnsType<ClaimListItem> {
  const { t, l, dateTime } = useI18n();
  const quantityText = useQuantityText();
  return [
    {
      title: l(W.need),
      key: 'need',
      render: (_, c) => (
        <Link to={`/claims/${c.id}`} data-testid={`claim-link-${c.id}`}>
          {c.need.title}
        </Link>
      ),
    },
    { title: l(W.place), key: 'place', render: (_, c) => c.need.region.name },
    ...(manager
      ? [{ title: l(W.claimant), key: 'claimant', render: (_: unknown, c: ClaimListItem) => <span data-testid={`claim-claimant-${c.id}`}>{c.claimantName}</span> }]
      : []),
    {
      title: l(W.quantity),
      key: 'quantity',
      render: (_, c) => (
        <>
          <span data-testid={`claim-quantity-${c.id}`}>{quantityText(c.need.kind, c.quantity, c.need.unit)}</span>
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
            {l(W.needQuantity)} {quantityText(c.need.kind, c.need.quantity, c.need.unit)}
          </Typography.Text>
        </>
      ),
    },
    {
      title: l(W.status),
      key: 'status',
      render: (_, c) => (
        <>
          <ClaimStatusTag status={c.status} testId={`claim-status-${c.id}`} />
          <div>
            <LapseText status={c.status} lapseAt={c.lapseAt} testId={`claim-lapse-${c.id}`} />
          </div>
        </>
      ),
    },
    { title: l(W.claimedAt), dataIndex: 'createdAt', key: 'createdAt', render: (v: string) => dateTime(v) },
    ...(decide
      ? [
          {
            title: t('common.actions'),
            key: 'decide',
            render: (_: unknown, c: ClaimListItem) => (c.status === 'pending' ? <DecisionButtons claimId={c.id} /> : null),
          },
        ]
      : []),
  ];
}
