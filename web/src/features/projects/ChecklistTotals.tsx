// The checklist's four figures (已签约 / 未落地 / 逾期 / 已落地), counted by the server over the whole filtered set;
// each card also chooses that state for the table below.
import { Card, Col, Row, Statistic } from 'antd';
import type { ChecklistState, ChecklistTotals as Totals } from '../../api/projects.ts';
import { useI18n, type Labels } from '../../i18n/index.tsx';
import { W } from './words.ts';

const CARDS: { state: ChecklistState; key: keyof Totals; label: Labels; color: string }[] = [
  { state: 'all', key: 'signed', label: W.totalSigned, color: '#1a56a8' },
  { state: 'not_landed', key: 'notLanded', label: W.totalNotLanded, color: '#d48806' },
  { state: 'overdue', key: 'overdue', label: W.totalOverdue, color: '#cf1322' },
  { state: 'landed', key: 'landed', label: W.totalLanded, color: '#389e0d' },
];

export function ChecklistTotals({
  totals, state, onState, loading,
}: { totals: Totals | undefined; state: ChecklistState; onState: (state: ChecklistState) => void; loading: boolean }) {
  const { l } = useI18n();
  return (
    <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
      {CARDS.map((card) => {
        const active = card.state === state;
        return (
          <Col key={card.state} xs={12} md={6}>
            <Card
              hoverable
              data-testid={`checklist-total-${card.state}`}
              data-active={active ? 'true' : 'false'}
              onClick={() => onState(card.state)}
              style={{ borderColor: active ? card.color : undefined, borderWidth: active ? 2 : 1, cursor: 'pointer' }}
            >
              <Statistic
                title={l(card.label)}
                value={totals?.[card.key] ?? 0}
                loading={loading && totals === undefined}
                styles={{ content: { color: card.color } }}
                valueRender={(node) => <span data-testid={`checklist-count-${card.state}`}>{node}</span>}
              />
            </Card>
          </Col>
        );
      })}
    </Row>
  );
}
