// The ledger table's columns: date and what was done, giver, place and household (masked), kind and field, amount, beneficiaries,
// receipt, standing and the suspected-double-entry mark; a liaison confirms receipt from the row.
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { Button, Space, Typography, type TableColumnsType } from 'antd';
import { CheckOutlined } from '@ant-design/icons';
import { GIVER_FORM_LABELS, PURCHASE_CHANNEL_LABELS, type AidRecordView } from '../../api/ledger.ts';
import { useI18n } from '../../i18n/index.tsx';
import { useReferenceNames } from '../needs/useReferenceNames.ts';
import {
  Amount,
  ConfirmationTag,
  CounterpartTag,
  KindTag,
  StandingTag,
  SuspectedDuplicateMark,
} from './LedgerTags.tsx';
import { activityTypeName } from './recordForm.ts';
import { W, colonOf, fill } from './words.ts';

export interface LedgerColumnOptions {
  /** Those who see many givers' records see who gave; a giver's own list does not repeat its name. */
  showGiver?: boolean;
  /** Set for liaisons: confirm the row's receipt. */
  onConfirm?: (record: AidRecordView) => void;
  confirmingId?: number | null;
}

export function periodText(occurredOn: string, periodEnd: string | null): string {
  return periodEnd && periodEnd !== occurredOn ? `${occurredOn} ~ ${periodEnd}` : occurredOn;
}

export function useLedgerColumns({
  showGiver = true,
  onConfirm,
  confirmingId,
}: LedgerColumnOptions = {}): TableColumnsType<AidRecordView> {
  const { l, lang } = useI18n();
  const c = colonOf(lang);
  const fieldName = useReferenceNames('key-fields');
  const secondary = (text: ReactNode) => (
    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
      {text}
    </Typography.Text>
  );
  return [
    {
      title: `${l(W.date)} / ${l(W.summary)}`,
      key: 'date',
      render: (_, r) => (
        <div style={{ width: 210 }}>
          <Link to={`/ledger/${r.id}`} data-testid={`aid-row-link-${r.id}`} style={{ whiteSpace: 'nowrap' }}>
            {periodText(r.occurredOn, r.periodEnd)}
          </Link>
          <Typography.Paragraph ellipsis={{ rows: 2, tooltip: r.summary }} style={{ margin: 0 }}>
            {r.summary}
          </Typography.Paragraph>
        </div>
      ),
    },
    ...(showGiver
      ? ([
          {
            title: l(W.giver),
            key: 'giver',
            render: (_, r) => (
              <Space orientation="vertical" size={0} style={{ maxWidth: 160 }}>
                <span>{r.giver.name}</span>
                {secondary(l(GIVER_FORM_LABELS[r.giver.form]))}
              </Space>
            ),
          },
        ] satisfies TableColumnsType<AidRecordView>)
      : []),
    {
      title: `${l(W.place)} / ${l(W.household)}`,
      key: 'place',
      render: (_, r) => (
        <Space orientation="vertical" size={0} style={{ maxWidth: 170 }}>
          <span>{r.regionName}</span>
          {r.household && secondary(`${l(W.household)}${c}${r.household.label}`)}
        </Space>
      ),
    },
    {
      title: `${l(W.kind)} / ${l(W.keyField)}`,
      key: 'kind',
      render: (_, r) => (
        <Space orientation="vertical" size={2}>
          <KindTag kind={r.kind} />
          <span style={{ whiteSpace: 'nowrap' }}>{fieldName(r.keyFieldCode)}</span>
          {r.purchaseChannel && secondary(l(PURCHASE_CHANNEL_LABELS[r.purchaseChannel]))}
          {r.activityType && secondary(activityTypeName(r.activityType, lang))}
        </Space>
      ),
    },
    {
      title: l(W.amount),
      key: 'amount',
      align: 'right',
      render: (_, r) => <Amount fen={r.amountFen} struck={r.standing === 'reversed'} />,
    },
    {
      title: l(W.beneficiaries),
      key: 'beneficiaries',
      render: (_, r) => (
        <Space orientation="vertical" size={0} style={{ whiteSpace: 'nowrap' }}>
          <span>{fill(l(W.personTimes), { n: r.beneficiaryCount })}</span>
          {secondary(fill(l(W.households), { n: r.beneficiaryHouseholds }))}
        </Space>
      ),
    },
    {
      title: l(W.confirmation),
      key: 'confirmation',
      render: (_, r) => <ConfirmationTag confirmation={r.confirmation} standing={r.standing} />,
    },
    {
      title: l(W.standing),
      key: 'standing',
      render: (_, r) => (
        <Space orientation="vertical" size={4}>
          <StandingTag standing={r.standing} />
          {r.counterpart && <CounterpartTag />}
          {r.suspectedDuplicateOf !== null && <SuspectedDuplicateMark of={r.suspectedDuplicateOf} />}
        </Space>
      ),
    },
    ...(onConfirm
      ? ([
          {
            title: l({ zh: '操作', en: 'Actions' }),
            key: 'actions',
            fixed: 'right',
            render: (_, r) =>
              r.standing === 'standing' && r.confirmation === 'unconfirmed' ? (
                <Button
                  data-testid={`aid-confirm-${r.id}`}
                  size="small"
                  icon={<CheckOutlined />}
                  loading={confirmingId === r.id}
                  onClick={() => onConfirm(r)}
                >
                  {l(W.confirm)}
                </Button>
              ) : (
                <Link to={`/ledger/${r.id}`}>{l(W.open)}</Link>
              ),
          },
        ] satisfies TableColumnsType<AidRecordView>)
      : []),
  ];
}
