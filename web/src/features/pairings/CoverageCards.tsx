// The coverage at a glance: one card per key-area kind ("国家乡村振兴重点帮扶县 已结对 2 / 4" with partly paired,
// not paired and counterpart), the pairings, counterpart pairings and organizations behind them, and the legend.
import { Card, Col, Progress, Row, Space, Statistic, Typography } from 'antd';
import type { CoverageSummary } from '../../api/coverage.ts';
import { COVERAGE_STATE_LABELS, COVERAGE_STATES } from '../../api/coverage.ts';
import { useI18n } from '../../i18n/index.tsx';
import { pairedPercent, partialPercent } from './coverage.ts';
import { CoverageStateTag } from './PairingTags.tsx';
import { useKindName } from './useKindName.ts';
import { COVERAGE_COLORS, fill, W } from './words.ts';

export function CoverageLegend() {
  const { l, lang } = useI18n();
  const help = { paired: W.pairedHelp, partial: W.partialHelp, unpaired: W.unpairedHelp } as const;
  return (
    <Space size={[16, 4]} wrap data-testid="coverage-legend" aria-label={l(W.legend)}>
      <Typography.Text type="secondary">{l(W.legend)}{lang === 'zh' ? '：' : ':'}</Typography.Text>
      {COVERAGE_STATES.map((s) => (
        <Space key={s} size={4}>
          <CoverageStateTag state={s} />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {l(help[s])}
          </Typography.Text>
        </Space>
      ))}
    </Space>
  );
}

export function CoverageCards({ summary }: { summary: CoverageSummary }) {
  const { l } = useI18n();
  const kindName = useKindName();
  return (
    <Row gutter={[16, 16]} data-testid="coverage-summary">
      {summary.kinds.map((k) => (
        <Col key={k.kind} xs={24} md={12} xl={8}>
          <Card size="small" data-testid={`coverage-kind-${k.kind}`} data-total={k.total} data-paired={k.paired}>
            <Typography.Text strong>{kindName(k.kind)}</Typography.Text>
            <div style={{ fontSize: 22, margin: '4px 0' }} data-testid={`coverage-kind-${k.kind}-paired`}>
              {fill(l(W.kindPaired), { paired: k.paired, total: k.total })}
            </div>
            <Progress
              percent={pairedPercent(k) + partialPercent(k)}
              success={{ percent: pairedPercent(k), strokeColor: COVERAGE_COLORS.paired }}
              strokeColor={COVERAGE_COLORS.partial}
              railColor="#ffccc7"
              showInfo={false}
              size="small"
              aria-label={`${l(COVERAGE_STATE_LABELS.paired)} ${k.paired} / ${k.total}`}
            />
            <Space size={[12, 0]} wrap style={{ fontSize: 13 }}>
              <span data-testid={`coverage-kind-${k.kind}-partial`} style={{ color: COVERAGE_COLORS.partial }}>
                {fill(l(W.kindPartial), { n: k.partial })}
              </span>
              <span data-testid={`coverage-kind-${k.kind}-unpaired`} style={{ color: COVERAGE_COLORS.unpaired }}>
                {fill(l(W.kindUnpaired), { n: k.unpaired })}
              </span>
              <Typography.Text type="secondary" data-testid={`coverage-kind-${k.kind}-counterpart`} style={{ fontSize: 13 }}>
                {fill(l(W.kindCounterpart), { n: k.counterpart })}
              </Typography.Text>
            </Space>
          </Card>
        </Col>
      ))}
      <Col xs={24} md={12} xl={8}>
        <Card size="small">
          <Space size={24} wrap>
            <div data-testid="coverage-pairings">
              <Statistic title={l(W.pairingsCount)} value={summary.pairings} />
            </div>
            <div data-testid="coverage-counterpart-pairings">
              <Statistic title={l(W.counterpartPairings)} value={summary.counterpartPairings} />
            </div>
            <div data-testid="coverage-organizations">
              <Statistic title={l(W.organizationsCount)} value={summary.organizations} />
            </div>
          </Space>
        </Card>
      </Col>
    </Row>
  );
}
