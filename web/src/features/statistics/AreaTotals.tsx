// The key areas of the program in scope at a glance: how many, how many received aid, how many nothing (which also
// switches the table to the gaps), how many are not paired.
import { Card, Col, Row, Statistic } from 'antd';
import type { AreaCoveragePage } from '../../api/statistics.ts';
import { useI18n, type Labels } from '../../i18n/index.tsx';
import { W } from './words.ts';

type Totals = AreaCoveragePage['totals'];

export function AreaTotals({
  totals, onlyGaps, onOnlyGaps, loading,
}: { totals: Totals | undefined; onlyGaps: boolean; onOnlyGaps: (on: boolean) => void; loading: boolean }) {
  const { l } = useI18n();
  const cards: { key: string; label: Labels; value: number | undefined; color: string; gaps?: boolean }[] = [
    { key: 'areas', label: W.areasTotal, value: totals?.areas, color: '#1a56a8' },
    { key: 'helped', label: W.areasHelped, value: totals ? totals.areas - totals.gaps : undefined, color: '#389e0d' },
    { key: 'gaps', label: W.areasGaps, value: totals?.gaps, color: '#cf1322', gaps: true },
    { key: 'unpaired', label: W.areasUnpaired, value: totals?.unpaired, color: '#d46b08' },
  ];
  return (
    <Row gutter={[16, 16]} style={{ marginBottom: 16 }} data-testid="coverage-totals">
      {cards.map((card) => {
        const active = card.gaps === true && onlyGaps;
        return (
          <Col key={card.key} xs={12} md={6}>
            <Card
              size="small"
              hoverable={card.gaps}
              onClick={card.gaps ? () => onOnlyGaps(!onlyGaps) : undefined}
              style={{ borderColor: active ? card.color : undefined, borderWidth: active ? 2 : 1, cursor: card.gaps ? 'pointer' : undefined }}
              data-testid={`coverage-total-${card.key}`}
              data-active={active ? 'true' : 'false'}
            >
              <Statistic
                title={l(card.label)}
                value={card.value ?? 0}
                loading={loading && card.value === undefined}
                styles={{ content: { color: card.color } }}
                valueRender={(node) => <span data-testid={`coverage-count-${card.key}`} data-value={card.value}>{node}</span>}
              />
            </Card>
          </Col>
        );
      })}
    </Row>
  );
}
