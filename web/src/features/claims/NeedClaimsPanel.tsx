// The claims of one need, on its detail page for the liaison and officials: who claimed how much, their note, the
// status, and confirm / decline on the pending ones. Pending rows open by themselves so the note is read before
// deciding; the note comes from the claim itself (the list carries no notes), fetched only for open rows.
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Card, Descriptions, Empty, Skeleton, Typography, type TableColumnsType } from 'antd';
import { useClaim, useClaims, type ClaimListItem } from '../../api/claims.ts';
import { errorText } from '../../api/client.ts';
import { useI18n } from '../../i18n/index.tsx';
import { KeysetTable } from '../../shared/KeysetTable.tsx';
import { ClaimStatusTag, LapseText } from './ClaimStatusTag.tsx';
import { DecisionButtons } from './DecisionButtons.tsx';
import { useQuantityText } from './useQuantityText.ts';
import { W } from './words.ts';

const PANEL_PAGE = 50;

function ClaimNote({ id }: { id: number }) {
  const { l, date } = useI18n();
  const claim = useClaim(id);
  if (claim.isError) return <Typography.Text type="danger">{errorText(claim.error)}</Typography.Text>;
  if (!claim.data) return <Skeleton active paragraph={{ rows: 1 }} title={false} />;
  const { note, plannedDate, claimant, statusReason } = claim.data;
  return (
    <Descriptions
      size="small"
      column={1}
      data-testid={`need-claim-detail-${id}`}
      items={[
        {
          key: 'note',
          label: l(W.note),
          children: (
            <span data-testid={`need-claim-note-${id}`} style={{ whiteSpace: 'pre-wrap' }}>
              {note}
            </span>
          ),
        },
        ...(plannedDate ? [{ key: 'planned', label: l(W.plannedDate), children: date(plannedDate) }] : []),
        ...(claimant.contact
          ? [{ key: 'contact', label: l(W.claimantContact), children: `${claimant.contact.name} ${claimant.contact.phone}` }]
          : []),
        ...(statusReason ? [{ key: 'reason', label: l(W.statusReason), children: statusReason }] : []),
      ]}
    />
  );
}

export function NeedClaimsPanel({ needId }: { needId: number }) {
  const { t, l, dateTime } = useI18n();
  const quantityText = useQuantityText();
  const list = useClaims({ needId }, { pageSize: PANEL_PAGE });
  // Rows whose open state the user flipped; the others are open exactly when pending.
  const [flipped, setFlipped] = useState<ReadonlySet<number>>(new Set());
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  const expanded = rows.filter((c) => (c.status === 'pending') !== flipped.has(c.id)).map((c) => c.id);

  const columns: TableColumnsType<ClaimListItem> = [
    {
      title: l(W.claimant),
      key: 'claimant',
      render: (_, c) => (
        <Link to={`/claims/${c.id}`} data-testid={`need-claim-link-${c.id}`}>
          {c.claimantName}
        </Link>
      ),
    },
    {
      title: l(W.quantity),
      key: 'quantity',
      render: (_, c) => <span data-testid={`need-claim-quantity-${c.id}`}>{quantityText(c.need.kind, c.quantity, c.need.unit)}</span>,
    },
    {
      title: l(W.status),
      key: 'status',
      render: (_, c) => (
        <>
          <ClaimStatusTag status={c.status} testId={`need-claim-status-${c.id}`} />
          <div>
            <LapseText status={c.status} lapseAt={c.lapseAt} />
          </div>
        </>
      ),
    },
    { title: l(W.claimedAt), dataIndex: 'createdAt', key: 'createdAt', render: (v: string) => dateTime(v) },
    {
      title: t('common.actions'),
      key: 'decide',
      render: (_, c) => (c.status === 'pending' ? <DecisionButtons claimId={c.id} /> : null),
    },
  ];

  return (
    <Card title={l(W.panelTitle)} data-testid="need-claims">
      <KeysetTable<ClaimListItem>
        rowKey="id"
        columns={columns}
        query={list}
        testId="need-claims"
        // A fixed width rather than the lists' max-content: a long note in an open row must wrap, not widen the table.
        scroll={{ x: 720 }}
        locale={{ emptyText: <Empty description={l(W.panelEmpty)} /> }}
        expandable={{
          expandedRowKeys: expanded,
          onExpand: (_open, c) =>
            setFlipped((prev) => {
              const next = new Set(prev);
              if (next.has(c.id)) next.delete(c.id);
              else next.add(c.id);
              return next;
            }),
          expandedRowRender: (c) => <ClaimNote id={c.id} />,
        }}
      />
    </Card>
  );
}
