// One aid record: its kind, standing and receipt; what the caller may do (reverse, correct, confirm or dispute); how
// it stands in the append-only ledger (reversed by, reversal of, replaces, replaced by, each a link); the facts and
// items, the evidence, the receipt history, and its place in the giver's hash chain, shown discreetly.
import { useState, type ReactNode } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router-dom';
import { Alert, App, Button, Col, Row, Space, Tag, Tooltip, Typography } from 'antd';
import {
  ArrowLeftOutlined,
  CheckOutlined,
  EditOutlined,
  ExclamationCircleOutlined,
  RollbackOutlined,
  SafetyCertificateOutlined,
} from '@ant-design/icons';
import { useAidRecord, useReverseAidRecord, type AidRecordDetail } from '../../api/ledger.ts';
import { useI18n } from '../../i18n/index.tsx';
import { isLoaded, ObjectFallback } from '../../shared/ObjectFallback.tsx';
import { PageHeader } from '../../shared/PageHeader.tsx';
import { idParam } from '../../shared/params.ts';
import { TextModal } from '../../shared/TextModal.tsx';
import { ConfirmationTag, KindTag, StandingTag, SuspectedDuplicateMark } from './LedgerTags.tsx';
import { ReceiptHistory, ReceiptModal } from './Receipts.tsx';
import { RecordFacts } from './RecordFacts.tsx';
import { RecordFiles } from './RecordFiles.tsx';
import { W, colonOf, fill } from './words.ts';

const recordLink = (id: number) => (
  <Link to={`/ledger/${id}`} data-testid={`aid-link-${id}`}>
    #{id}
  </Link>
);

/** A sentence with a record's link where `placeholder` stands. */
function withLink(text: string, placeholder: string, id: number): ReactNode {
  const [before, after] = text.split(placeholder);
  return (
    <span>
      {before}
      {recordLink(id)}
      {after}
    </span>
  );
}

/** Where the record stands in the ledger: reversed (by which), a reversal (of which), a correction (of which). */
function StandingBanner({ detail }: { detail: AidRecordDetail }) {
  const { l } = useI18n();
  const r = detail.record;
  const reason = detail.reason ? (
    <div style={{ whiteSpace: 'pre-wrap' }}>{fill(l(W.reasonShown), { reason: detail.reason })}</div>
  ) : undefined;
  const banners: ReactNode[] = [];
  if (r.reversesId !== null) {
    banners.push(
      <Alert
        key="reversal"
        data-testid="aid-reversal-of"
        type="error"
        showIcon
        title={
          <span>
            {l(W.reversalOf)}
            {recordLink(r.reversesId)}
          </span>
        }
        description={reason}
      />,
    );
  }
  if (r.reversedById !== null) {
    banners.push(
      <Alert
        key="reversed"
        data-testid="aid-reversed-by"
        type="warning"
        showIcon
        title={
          <span>
            {l(W.reversedBy)}
            {recordLink(r.reversedById)}
            {detail.replacedById !== null && (
              <>
                {'；'}
                {l(W.replacedBy)}
                {recordLink(detail.replacedById)}
              </>
            )}
          </span>
        }
      />,
    );
  }
  if (r.replacesId !== null) {
    banners.push(
      <Alert
        key="replaces"
        data-testid="aid-replaces"
        type="info"
        showIcon
        title={withLink(l(W.replaces), '{link}', r.replacesId)}
        description={r.reversesId === null ? reason : undefined}
      />,
    );
  }
  if (banners.length === 0) return null;
  return (
    <Space orientation="vertical" size={8} style={{ width: '100%', marginBottom: 16 }}>
      {banners}
    </Space>
  );
}

/** After saving: other givers helped the same household for the same field within the window. */
function PossibleDuplications({ ids }: { ids: number[] }) {
  const { l } = useI18n();
  if (ids.length === 0) return null;
  return (
    <Alert
      data-testid="aid-possible-duplications"
      type="warning"
      showIcon
      closable
      style={{ marginBottom: 16 }}
      title={l(W.possibleDuplications)}
      description={
        <Space size={12} wrap>
          {/* Other givers' records: named, not linked, since their giver's ledger is not the writer's to open. */}
          {ids.map((id) => (
            <Tag key={id}>#{id}</Tag>
          ))}
        </Space>
      }
    />
  );
}

function ChainLine({ detail }: { detail: AidRecordDetail }) {
  const { l, lang } = useI18n();
  const c = colonOf(lang);
  return (
    <Tooltip
      title={
        <div style={{ wordBreak: 'break-all' }}>
          <div>{l(W.chainHelp)}</div>
          <div style={{ marginTop: 6 }}>
            {l(W.hash)}
            {c}
            {detail.hash}
          </div>
          <div>
            {l(W.prevHash)}
            {c}
            {detail.prevHash}
          </div>
        </div>
      }
    >
      <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="aid-chain">
        <SafetyCertificateOutlined /> {fill(l(W.chain), { seq: detail.record.seq, hash: detail.hash.slice(0, 8) })}
      </Typography.Text>
    </Tooltip>
  );
}

type Dialog = 'reverse' | 'confirmed' | 'disputed' | null;

function Actions({ detail, onOpen }: { detail: AidRecordDetail; onOpen: (d: Dialog) => void }) {
  const { l } = useI18n();
  const navigate = useNavigate();
  const { can, record } = detail;
  if (!can.reverse && !can.correct && !can.confirm) return null;
  return (
    <Space wrap style={{ marginBottom: 16 }}>
      {can.confirm && (
        <Button data-testid="aid-confirm" type="primary" icon={<CheckOutlined />} onClick={() => onOpen('confirmed')}>
          {l(W.confirm)}
        </Button>
      )}
      {can.confirm && (
        <Button
          data-testid="aid-dispute"
          danger
          icon={<ExclamationCircleOutlined />}
          onClick={() => onOpen('disputed')}
        >
          {l(W.dispute)}
        </Button>
      )}
      {can.correct && (
        <Button
          data-testid="aid-correct"
          icon={<EditOutlined />}
          onClick={() => void navigate(`/ledger/new?correct=${record.id}`)}
        >
          {l(W.correct)}
        </Button>
      )}
      {can.reverse && (
        <Button data-testid="aid-reverse" danger icon={<RollbackOutlined />} onClick={() => onOpen('reverse')}>
          {l(W.reverse)}
        </Button>
      )}
    </Space>
  );
}

export function AidRecordDetailPage() {
  const { l } = useI18n();
  const { message } = App.useApp();
  const location = useLocation();
  const id = idParam(useParams().id);
  const query = useAidRecord(id);
  const reverse = useReverseAidRecord(id ?? 0);
  const [dialog, setDialog] = useState<Dialog>(null);
  const back = (
    <Link to="/ledger">
      <ArrowLeftOutlined /> {l(W.backToList)}
    </Link>
  );

  if (!isLoaded(query)) {
    return <ObjectFallback query={query} missing={id === null} notFound={l(W.notFound)} back={back} />;
  }
  const detail = query.data;
  const r = detail.record;
  const state = location.state as { possibleDuplications?: unknown } | null;
  const duplications = Array.isArray(state?.possibleDuplications)
    ? state.possibleDuplications.filter((x): x is number => typeof x === 'number')
    : [];

  return (
    <>
      <PageHeader
        title={`${fill(l(W.recordTitle), { id: r.id })} · ${r.summary}`}
        description={back}
        extra={
          <Space wrap align="center">
            <KindTag kind={r.kind} />
            <StandingTag standing={r.standing} />
            <ConfirmationTag confirmation={r.confirmation} standing={r.standing} />
            {r.suspectedDuplicateOf !== null && <SuspectedDuplicateMark of={r.suspectedDuplicateOf} />}
          </Space>
        }
      />
      <PossibleDuplications ids={duplications} />
      {r.suspectedDuplicateOf !== null && (
        <Alert
          data-testid="aid-suspected-banner"
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={withLink(l(W.suspectedDuplicate), '#{id}', r.suspectedDuplicateOf)}
        />
      )}
      <StandingBanner detail={detail} />
      <Actions detail={detail} onOpen={setDialog} />
      <Row gutter={[16, 0]}>
        <Col xs={24} xl={15}>
          <RecordFacts detail={detail} />
          <RecordFiles detail={detail} />
        </Col>
        <Col xs={24} xl={9}>
          <ReceiptHistory detail={detail} />
        </Col>
      </Row>
      <ChainLine detail={detail} />
      {dialog === 'reverse' && (
        <TextModal
          title={l(W.reverseTitle)}
          field="reason"
          label={l(W.reverseReason)}
          help={l(W.reverseHelp)}
          requiredMessage={l(W.reverseReasonRequired)}
          maxLength={500}
          submitText={l(W.reverse)}
          danger
          testId="aid-reverse"
          onSubmit={(reason) => reverse.mutateAsync(reason).then(() => void message.success(l(W.reversed)))}
          onClose={() => setDialog(null)}
        />
      )}
      {(dialog === 'confirmed' || dialog === 'disputed') && (
        <ReceiptModal
          recordId={r.id}
          status={dialog}
          onClose={() => {
            setDialog(null);
          }}
        />
      )}
    </>
  );
}
