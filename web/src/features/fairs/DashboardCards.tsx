// The dashboard's headline figures: organizations signed up, pairings and projects signed, landed, overdue, and the
// signed and landed budgets in 元.
import { Card, Col, Row, Statistic, Typography } from 'antd';
import type { FairDashboard } from '../../api/fairs.ts';
import { useI18n, type Labels } from '../../i18n/index.tsx';
import { yuanText } from '../needs/format.ts';
import { landedPercent } from './figures.ts';
import { fill, W } from './words.ts';

function Figure({ label, value, testId, color, note }: { label: Labels; value: string | number; testId: string; color?: string; note?: string }) {
  const { l } = useI18n();
  return (
    <Card size="small" style={{ height: '100%' }}>
      <Statistic
        title={l(label)}
        value={value}
        valueRender={() => (
          <span data-testid={testId} style={color ? { color } : undefined}>
            {value}
          </span>
        )}
      />
      {note && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid={`${testId}-note`}>
          {note}
        </Typography.Text>
      )}
    </Card>
  );
}

export function DashboardCards({ dashboard }: { dashboard: FairDashboard }) {
  const { l } = useI18n();
  const { totals } = dashboard;
  const percent = landedPercent(totals);
  // Seven figures share the row as the width allows, wrapping evenly on narrow screens.
  const span = { flex: '1 1 170px' } as const;
  return (
    <Row gutter={[16, 16]} data-testid="fair-dashboard-cards">
      <Col {...span}>
        <Figure label={W.cardSignups} value={dashboard.signups} testId="fair-dashboard-signups" />
      </Col>
      <Col {...span}>
        <Figure label={W.cardPairings} value={totals.pairings} testId="fair-dashboard-pairings" />
      </Col>
      <Col {...span}>
        <Figure
          label={W.cardSigned}
          value={totals.projectsSigned}
          testId="fair-dashboard-signed"
          {...(totals.projectsPending > 0 ? { note: `${l(W.cardPending)} ${totals.projectsPending}` } : {})}
        />
      </Col>
      <Col {...span}>
        <Figure
          label={W.cardLanded}
          value={totals.projectsLanded}
          testId="fair-dashboard-landed"
          color="#389e0d"
          {...(percent !== null ? { note: fill(l(W.landedRate), { p: percent }) } : {})}
        />
      </Col>
      <Col {...span}>
        <Figure
          label={W.cardOverdue}
          value={totals.projectsOverdue}
          testId="fair-dashboard-overdue"
          {...(totals.projectsOverdue > 0 ? { color: '#cf1322' } : {})}
        />
      </Col>
      <Col {...span}>
        <Figure label={W.cardSignedBudget} value={yuanText(totals.signedBudgetFen)} testId="fair-dashboard-signed-budget" />
      </Col>
      <Col {...span}>
        <Figure label={W.cardLandedBudget} value={yuanText(totals.landedBudgetFen)} testId="fair-dashboard-landed-budget" />
      </Col>
    </Row>
  );
}
