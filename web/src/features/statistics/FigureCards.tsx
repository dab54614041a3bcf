// The figures departments report, one card each (seed 000's words), each opening the ledger records behind it: the
// same filters, plus the kind the figure counts (捐赠资金 → funds, 活动次数 → activities...).
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { Card, Col, Row, Space, Tag, Typography } from 'antd';
import { PURCHASE_CHANNEL_LABELS, PURCHASE_CHANNELS, type PurchaseChannel } from '../../../../src/common/ledger.ts';
import type { Figures, StatisticsSummary } from '../../api/statistics.ts';
import { useI18n, type Labels } from '../../i18n/index.tsx';
import { Amount } from './Amount.tsx';
import { channelExtra, ledgerLink, type DrillExtra, type ResolvedFilters } from './filters.ts';
import { countText } from './money.ts';
import { fill, W } from './words.ts';

interface CardSpec {
  key: string;
  title: Labels;
  /** The big figure: money (fen) or a count with its unit. */
  value: (f: Figures) => { fen: number } | { count: number; unit: Labels };
  /** The line under it, if any. */
  detail?: (f: Figures, l: (labels: Labels) => string) => ReactNode;
  drill: DrillExtra;
  color: string;
}

const MONEY = '#1a56a8';
const PEOPLE = '#389e0d';
const ACTS = '#722ed1';

const CARDS: CardSpec[] = [
  {
    key: 'total',
    title: W.total,
    value: (f) => ({ fen: f.totalFen }),
    detail: (f, l) => (
      <>
        {l(W.totalParts)} <Amount fen={f.serviceFen} testId="stat-service" />
      </>
    ),
    drill: {},
    color: MONEY,
  },
  { key: 'funds', title: W.funds, value: (f) => ({ fen: f.fundsFen }), drill: { kind: 'funds' }, color: MONEY },
  {
    key: 'materials',
    title: W.materials,
    value: (f) => ({ count: f.materialQuantity, unit: W.itemsUnit }),
    detail: (f, l) => (
      <>
        {l(W.materialsValue)} <Amount fen={f.materialValueFen} testId="stat-materials-value" /> · {fill(l(W.materialsRecords), { n: countText(f.materialRecords) })}
      </>
    ),
    drill: { kind: 'materials' },
    color: MONEY,
  },
  { key: 'purchase', title: W.purchase, value: (f) => ({ fen: f.purchaseFen }), drill: { kind: 'purchase' }, color: MONEY },
  { key: 'projects', title: W.projects, value: (f) => ({ count: f.projects, unit: W.projectsUnit }), drill: {}, color: ACTS },
  { key: 'activities', title: W.activities, value: (f) => ({ count: f.activities, unit: W.activitiesUnit }), drill: { kind: 'activity' }, color: ACTS },
  {
    key: 'organizations',
    title: W.organizations,
    value: (f) => ({ count: f.organizations, unit: W.organizationsUnit }),
    detail: (f, l) => fill(l(W.caringIndividuals), { n: countText(f.caringIndividuals) }),
    drill: {},
    color: ACTS,
  },
  {
    key: 'participants',
    title: W.participants,
    value: (f) => ({ count: f.participants, unit: W.participantsUnit }),
    detail: (f, l) =>
      fill(l(W.participantsParts), { staff: countText(f.staff), volunteers: countText(f.volunteers), enterprises: countText(f.enterprises) }),
    drill: {},
    color: ACTS,
  },
  {
    key: 'beneficiaries',
    title: W.beneficiaries,
    value: (f) => ({ count: f.beneficiaries, unit: W.beneficiariesUnit }),
    detail: (f, l) => fill(l(W.households), { n: countText(f.beneficiaryHouseholds) }),
    drill: {},
    color: PEOPLE,
  },
  { key: 'employed', title: W.employed, value: (f) => ({ count: f.employed, unit: W.employedUnit }), drill: { kind: 'employment' }, color: PEOPLE },
  { key: 'records', title: W.records, value: (f) => ({ count: f.records, unit: W.recordsUnit }), drill: {}, color: PEOPLE },
];

function BigValue({ value, color, testId }: { value: ReturnType<CardSpec['value']>; color: string; testId: string }) {
  const { l } = useI18n();
  return (
    <div style={{ fontSize: 24, fontWeight: 600, color, lineHeight: 1.3 }}>
      {'fen' in value ? (
        <Amount fen={value.fen} testId={testId} />
      ) : (
        <span data-testid={testId} data-value={value.count}>
          {countText(value.count)}
          {l(value.unit) && <span style={{ fontSize: 14, fontWeight: 400, marginInlineStart: 4 }}>{l(value.unit)}</span>}
        </span>
      )}
    </div>
  );
}

function Channels({ summary, filters }: { summary: StatisticsSummary; filters: ResolvedFilters }) {
  const { l } = useI18n();
  const known = (c: string): c is PurchaseChannel => (PURCHASE_CHANNELS as readonly string[]).includes(c);
  const rows = summary.purchaseByChannel.filter((c) => c.amountFen !== 0);
  if (rows.length === 0) return null;
  return (
    <Space size={[4, 4]} wrap style={{ marginTop: 6 }} aria-label={l(W.purchaseChannels)}>
      {rows.map((c) => (
        <Link key={c.channel} to={ledgerLink(filters, channelExtra(c.channel))} data-testid={`stat-channel-${c.channel}`}>
          <Tag style={{ marginInlineEnd: 0, cursor: 'pointer' }}>
            {known(c.channel) ? l(PURCHASE_CHANNEL_LABELS[c.channel]) : c.channel} <Amount fen={c.amountFen} />
          </Tag>
        </Link>
      ))}
    </Space>
  );
}

export function FigureCards({ summary, filters, loading }: { summary: StatisticsSummary | undefined; filters: ResolvedFilters; loading: boolean }) {
  const { l } = useI18n();
  return (
    <Row gutter={[16, 16]} style={{ marginBottom: 16 }} data-testid="statistics-cards">
      {CARDS.map((card) => {
        const title = l(card.title);
        return (
          <Col key={card.key} xs={12} md={8} xl={6}>
            <Card size="small" hoverable loading={loading && !summary} style={{ height: '100%' }} data-testid={`stat-card-${card.key}`}>
              {summary && (
                <>
                  <Link
                    to={ledgerLink(filters, card.drill)}
                    aria-label={fill(l(W.openRecordsOf), { what: title })}
                    data-testid={`stat-link-${card.key}`}
                    style={{ display: 'block', color: 'inherit' }}
                  >
                    <Typography.Text type="secondary">{title}</Typography.Text>
                    <BigValue value={card.value(summary.figures)} color={card.color} testId={`stat-${card.key}`} />
                  </Link>
                  {card.detail && (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {card.detail(summary.figures, l)}
                    </Typography.Text>
                  )}
                  {card.key === 'purchase' && <Channels summary={summary} filters={filters} />}
                </>
              )}
            </Card>
          </Col>
        );
      })}
    </Row>
  );
}
