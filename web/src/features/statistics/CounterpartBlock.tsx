// 其中：东西部协作 / 对口支援 — the part of the figures given by organizations registered in another province,
// already inside the totals above, shown apart as departments report it; each figure opens its records
// (counterpart=true).
import { Link } from 'react-router-dom';
import { Card, Col, Row, Typography } from 'antd';
import type { Figures } from '../../api/statistics.ts';
import { useI18n, type Labels } from '../../i18n/index.tsx';
import { Amount } from './Amount.tsx';
import { ledgerLink, type DrillExtra, type ResolvedFilters } from './filters.ts';
import { countText } from './money.ts';
import { fill, W } from './words.ts';

const ITEMS: { key: string; label: Labels; drill: DrillExtra; show: (f: Figures, l: (x: Labels) => string) => React.ReactNode }[] = [
  { key: 'total', label: W.total, drill: {}, show: (f) => <Amount fen={f.totalFen} testId="counterpart-total" /> },
  { key: 'funds', label: W.funds, drill: { kind: 'funds' }, show: (f) => <Amount fen={f.fundsFen} testId="counterpart-funds" /> },
  {
    key: 'materials',
    label: W.materials,
    drill: { kind: 'materials' },
    show: (f, l) => (
      <>
        <span data-testid="counterpart-materials" data-value={f.materialQuantity}>
          {countText(f.materialQuantity)} {l(W.itemsUnit)}
        </span>{' '}
        / <Amount fen={f.materialValueFen} />
      </>
    ),
  },
  { key: 'purchase', label: W.purchase, drill: { kind: 'purchase' }, show: (f) => <Amount fen={f.purchaseFen} testId="counterpart-purchase" /> },
  {
    key: 'organizations',
    label: W.organizations,
    drill: {},
    show: (f, l) => (
      <span data-testid="counterpart-organizations" data-value={f.organizations}>
        {countText(f.organizations)} {l(W.organizationsUnit)}
      </span>
    ),
  },
  {
    key: 'beneficiaries',
    label: W.beneficiaries,
    drill: {},
    show: (f, l) => (
      <span data-testid="counterpart-beneficiaries" data-value={f.beneficiaries}>
        {countText(f.beneficiaries)} {l(W.beneficiariesUnit)} / {fill(l(W.households), { n: countText(f.beneficiaryHouseholds) })}
      </span>
    ),
  },
  {
    key: 'records',
    label: W.records,
    drill: {},
    show: (f, l) => (
      <span data-testid="counterpart-records" data-value={f.records}>
        {countText(f.records)} {l(W.recordsUnit)}
      </span>
    ),
  },
];

export function CounterpartBlock({ figures, filters }: { figures: Figures; filters: ResolvedFilters }) {
  const { l } = useI18n();
  return (
    <Card
      size="small"
      title={l(W.counterpartTitle)}
      style={{ marginBottom: 16, borderInlineStart: '4px solid #722ed1' }}
      data-testid="statistics-counterpart"
    >
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 8 }}>
        {l(W.counterpartHelp)}
      </Typography.Paragraph>
      {figures.records === 0 && figures.totalFen === 0 ? (
        <Typography.Text type="secondary" data-testid="counterpart-none">
          {l(W.counterpartNone)}
        </Typography.Text>
      ) : (
        <Row gutter={[16, 12]}>
          {ITEMS.map((item) => (
            <Col key={item.key} xs={12} md={8} xl={6}>
              <Link
                to={ledgerLink(filters, { ...item.drill, counterpart: true })}
                data-testid={`counterpart-link-${item.key}`}
                aria-label={fill(l(W.openRecordsOf), { what: `${l(W.counterpartTitle)} ${l(item.label)}` })}
                style={{ display: 'block', color: 'inherit' }}
              >
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {l(item.label)}
                </Typography.Text>
                <div style={{ fontSize: 16, fontWeight: 600, color: '#531dab' }}>{item.show(figures, l)}</div>
              </Link>
            </Col>
          ))}
        </Row>
      )}
    </Card>
  );
}
