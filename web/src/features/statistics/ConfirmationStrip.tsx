// How much of the amount the places confirmed receiving, how much awaits confirmation and how much is disputed: a
// bar in three colours with each part written out, each opening its records (confirmation=...).
import { Link } from 'react-router-dom';
import { Card, Col, Row, Typography } from 'antd';
import type { AidConfirmation } from '../../../../src/common/ledger.ts';
import type { Figures } from '../../api/statistics.ts';
import { useI18n, type Labels } from '../../i18n/index.tsx';
import { Amount } from './Amount.tsx';
import { ledgerLink, type ResolvedFilters } from './filters.ts';
import { percentShares } from './shares.ts';
import { fill, W } from './words.ts';

const PARTS: { key: AidConfirmation; label: Labels; color: string; value: (f: Figures) => number }[] = [
  { key: 'confirmed', label: W.confirmed, color: '#389e0d', value: (f) => f.confirmedFen },
  { key: 'unconfirmed', label: W.unconfirmed, color: '#d48806', value: (f) => f.unconfirmedFen },
  { key: 'disputed', label: W.disputed, color: '#cf1322', value: (f) => f.disputedFen },
];

export function ConfirmationStrip({ figures, filters }: { figures: Figures; filters: ResolvedFilters }) {
  const { l } = useI18n();
  const shares = percentShares(PARTS.map((p) => p.value(figures)));
  return (
    <Card size="small" title={l(W.confirmationTitle)} style={{ marginBottom: 16 }} data-testid="statistics-confirmation">
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 8 }}>
        {l(W.confirmationHelp)}
      </Typography.Paragraph>
      <div style={{ display: 'flex', height: 10, borderRadius: 5, overflow: 'hidden', background: '#f0f0f0', marginBottom: 12 }} aria-hidden>
        {PARTS.map((p, i) => (
          <div key={p.key} style={{ width: `${shares[i] ?? 0}%`, background: p.color }} />
        ))}
      </div>
      <Row gutter={[16, 8]}>
        {PARTS.map((p, i) => (
          <Col key={p.key} xs={24} sm={8}>
            <Link
              to={ledgerLink(filters, { confirmation: p.key })}
              data-testid={`stat-confirmation-${p.key}`}
              aria-label={fill(l(W.openRecordsOf), { what: l(p.label) })}
              style={{ display: 'block', color: 'inherit' }}
            >
              <span style={{ display: 'inline-block', width: 10, height: 10, borderRadius: 2, background: p.color, marginInlineEnd: 6 }} />
              <Typography.Text type="secondary">{l(p.label)}</Typography.Text>
              <div style={{ fontSize: 18, fontWeight: 600, color: p.color }}>
                <Amount fen={p.value(figures)} testId={`stat-${p.key}`} />
                <span style={{ fontSize: 12, fontWeight: 400, marginInlineStart: 8 }}>{fill(l(W.share), { p: shares[i] ?? 0 })}</span>
              </div>
            </Link>
          </Col>
        ))}
      </Row>
    </Card>
  );
}
