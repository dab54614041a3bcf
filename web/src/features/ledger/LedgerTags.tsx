// How a record's kind, receipt, standing and amount look wherever a record is shown: the same colours on the list,
// the record and the duplications. A reversal's amount is negative and red, so that a column adds up as the
// statistics do.
import { Link } from 'react-router-dom';
import { Tag, Tooltip, Typography } from 'antd';
import { WarningOutlined } from '@ant-design/icons';
import {
  AID_CONFIRMATION_LABELS,
  AID_KIND_LABELS,
  AID_RECORD_STANDING_LABELS,
  type AidConfirmation,
  type AidKind,
  type AidRecordStanding,
} from '../../api/ledger.ts';
import { useI18n } from '../../i18n/index.tsx';
import { yuanText } from '../needs/format.ts';
import { CONFIRMATION_COLORS, KIND_COLORS, STANDING_COLORS, W, fill } from './words.ts';

export function KindTag({ kind }: { kind: AidKind }) {
  const { l } = useI18n();
  return (
    <Tag color={KIND_COLORS[kind]} data-kind={kind} style={{ marginInlineEnd: 0 }}>
      {l(AID_KIND_LABELS[kind])}
    </Tag>
  );
}

export function ConfirmationTag({
  confirmation,
  standing,
}: {
  confirmation: AidConfirmation;
  standing: AidRecordStanding;
}) {
  const { l } = useI18n();
  if (standing === 'reversal') {
    return (
      <Tooltip title={l(W.noReceiptForReversal)}>
        <Typography.Text type="secondary">—</Typography.Text>
      </Tooltip>
    );
  }
  return (
    <Tag
      color={CONFIRMATION_COLORS[confirmation]}
      data-testid="aid-confirmation"
      data-confirmation={confirmation}
      style={{ marginInlineEnd: 0 }}
    >
      {l(AID_CONFIRMATION_LABELS[confirmation])}
    </Tag>
  );
}

export function StandingTag({ standing }: { standing: AidRecordStanding }) {
  const { l } = useI18n();
  return (
    <Tag
      color={STANDING_COLORS[standing]}
      data-testid="aid-standing"
      data-standing={standing}
      style={{ marginInlineEnd: 0 }}
    >
      {l(AID_RECORD_STANDING_LABELS[standing])}
    </Tag>
  );
}

export function CounterpartTag() {
  const { l } = useI18n();
  return (
    <Tag color="magenta" style={{ marginInlineEnd: 0 }}>
      {l(W.counterpart)}
    </Tag>
  );
}

/** Yuan from fen, two decimals; negative (a reversal) in red; struck through when the record was reversed. */
export function Amount({ fen, struck = false, strong = false }: { fen: number; struck?: boolean; strong?: boolean }) {
  return (
    <Typography.Text
      data-testid="aid-amount"
      data-fen={fen}
      type={fen < 0 ? 'danger' : undefined}
      delete={struck}
      strong={strong}
      style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}
    >
      {yuanText(fen)}
    </Typography.Text>
  );
}

export function SuspectedDuplicateMark({ of }: { of: number }) {
  const { l } = useI18n();
  return (
    <Tooltip title={fill(l(W.suspectedDuplicate), { id: of })}>
      <Link
        to={`/ledger/${of}`}
        data-testid="aid-suspected-duplicate"
        aria-label={fill(l(W.suspectedDuplicate), { id: of })}
      >
        <WarningOutlined style={{ color: '#d46b08' }} />
      </Link>
    </Tooltip>
  );
}
