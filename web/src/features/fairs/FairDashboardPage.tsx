// /fairs/:id/dashboard, for officials: what was signed at the fair and what became of it — the headline figures,
// signed / landed / overdue per county as bars, the tallies per organization and per county, and the overdue
// projects. The server counts live from the projects, and the page asks again every 30 seconds while it is open.
import { useMemo } from 'react';
import { Link, useParams } from 'react-router-dom';
import { Alert, Button, Card, Col, Result, Row, Space, Spin, Typography } from 'antd';
import { ArrowLeftOutlined, ReloadOutlined, SyncOutlined } from '@ant-design/icons';
import { useSession } from '../../api/auth.ts';
import { ApiError, errorText } from '../../api/client.ts';
import { useFairDashboard, type FairDashboard } from '../../api/fairs.ts';
import { useI18n } from '../../i18n/index.tsx';
import { Chart } from '../../shared/Chart.tsx';
import { PageHeader } from '../../shared/PageHeader.tsx';
import { idParam } from '../../shared/params.ts';
import { DashboardCards } from './DashboardCards.tsx';
import { FairStatusTag } from './FairTags.tsx';
import { countyChartOption, shortRegionName } from './figures.ts';
import { OverdueProjects } from './OverdueProjects.tsx';
import { isOfficialRole } from './roles.ts';
import { TallyTable, type TallyRow } from './TallyTable.tsx';
import { fill, W } from './words.ts';

function CountyChart({ byCounty }: { byCounty: FairDashboard['byCounty'] }) {
  const { l } = useI18n();
  const [signed, landed, overdue] = [l(W.seriesSigned), l(W.seriesLanded), l(W.seriesOverdue)];
  const option = useMemo(() => countyChartOption(byCounty, { signed, landed, overdue }), [byCounty, signed, landed, overdue]);
  if (byCounty.length === 0) return <Typography.Text type="secondary">{l(W.noTally)}</Typography.Text>;
  return <Chart option={option} height={Math.max(260, 200 + byCounty.length * 4)} data-testid="fair-dashboard-chart" />;
}

function Dashboard({ dashboard, updatedAt, refreshing, onRefresh }: { dashboard: FairDashboard; updatedAt: number; refreshing: boolean; onRefresh: () => void }) {
  const { l, dateTime } = useI18n();
  const { fair } = dashboard;
  const byOrganization: TallyRow[] = dashboard.byOrganization.map(({ organization, ...tally }) => ({
    key: String(organization.id),
    name: organization.name,
    ...tally,
  }));
  const byCounty: TallyRow[] = dashboard.byCounty.map(({ county, ...tally }) => ({
    key: county.code,
    name: shortRegionName(county.name),
    ...tally,
  }));
  return (
    <>
      <PageHeader
        title={fill(l(W.dashboardTitle), { name: fair.name })}
        description={
          <Space size={16} wrap>
            <Link to={`/fairs/${fair.id}`}>
              <ArrowLeftOutlined /> {l(W.backToFair)}
            </Link>
            <Typography.Text type="secondary" data-testid="fair-dashboard-live">
              <SyncOutlined spin={refreshing} /> {l(W.live)} · {fill(l(W.updatedAt), { time: dateTime(new Date(updatedAt).toISOString()) })}
            </Typography.Text>
          </Space>
        }
        extra={
          <Space>
            <FairStatusTag status={fair.status} testId="fair-dashboard-status" />
            <Button icon={<ReloadOutlined />} loading={refreshing} onClick={onRefresh} data-testid="fair-dashboard-refresh">
              {l(W.refresh)}
            </Button>
          </Space>
        }
      />
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <DashboardCards dashboard={dashboard} />
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={12}>
            <Card title={l(W.byCountyChart)} style={{ height: '100%' }}>
              <CountyChart byCounty={dashboard.byCounty} />
            </Card>
          </Col>
          <Col xs={24} xl={12}>
            <Card title={l(W.overdueTitle)} style={{ height: '100%' }} data-testid="fair-overdue-card">
              <OverdueProjects projects={dashboard.overdueProjects} />
            </Card>
          </Col>
        </Row>
        <Card title={l(W.byOrganization)}>
          <TallyTable rows={byOrganization} nameTitle={W.organization} testId="fair-by-organization" />
        </Card>
        <Card title={l(W.byCounty)}>
          <TallyTable rows={byCounty} nameTitle={W.county} testId="fair-by-county" />
        </Card>
      </Space>
    </>
  );
}

export function FairDashboardPage() {
  const { l } = useI18n();
  const { data: me } = useSession();
  const id = idParam(useParams().id);
  const official = isOfficialRole(me?.role);
  const query = useFairDashboard(official ? id : null);
  const back = (
    <Link to={id !== null ? `/fairs/${id}` : '/fairs'}>
      <ArrowLeftOutlined /> {id !== null ? l(W.backToFair) : l(W.backToList)}
    </Link>
  );

  if (!me) return null;
  if (!official) return <Result status="403" title="403" subTitle={l(W.notManager)} extra={back} />;
  if (id === null || (query.error instanceof ApiError && query.error.status === 404)) {
    return <Result status="404" title="404" subTitle={l(W.notFound)} extra={back} />;
  }
  if (!query.data) {
    return query.isError ? <Alert type="error" showIcon title={errorText(query.error)} /> : <Spin style={{ display: 'block', padding: 48 }} />;
  }
  return (
    <>
      {/* A failed refresh keeps the last figures on screen and says so. */}
      {query.isError && <Alert type="warning" showIcon title={errorText(query.error)} style={{ marginBottom: 16 }} />}
      <Dashboard
        dashboard={query.data}
        updatedAt={query.dataUpdatedAt}
        refreshing={query.isFetching}
        onRefresh={() => void query.refetch()}
      />
    </>
  );
}
