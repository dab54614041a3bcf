// 统计分析: the ledger summed for the filters in the URL — the cards departments report, the confirmation strip, the
// counterpart part, the trend by month, breakdowns by field, kind, region, giver form and organization, and the
// region tree by amount. Every figure opens the records behind it in the ledger; the figures refresh by themselves
// (every 30 s, and on coming back to the window); the Excel export follows its job here.
import { useCallback, useMemo, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { Alert, App, Button, Col, Row, Segmented, Space } from 'antd';
import { FileExcelOutlined, RadarChartOutlined } from '@ant-design/icons';
import { chinaToday } from '../../../../src/common/glossary.ts';
import { useSession } from '../../api/auth.ts';
import { errorFieldMessages, errorText } from '../../api/client.ts';
import { useStartStatisticsExport, useStatisticsBreakdown, useStatisticsSummary } from '../../api/statistics.ts';
import { useI18n } from '../../i18n/index.tsx';
import { PageHeader } from '../../shared/PageHeader.tsx';
import { JobProgressPanel } from '../jobs/JobProgress.tsx';
import { BreakdownCard } from './BreakdownCard.tsx';
import { ConfirmationStrip } from './ConfirmationStrip.tsx';
import { CounterpartBlock } from './CounterpartBlock.tsx';
import { FigureCards } from './FigureCards.tsx';
import { filtersFromParams, filtersToParams, resolveFilters, withFilter, type StatFilters } from './filters.ts';
import { RegionAmountTree } from './RegionAmountTree.tsx';
import { ScopeLine } from './ScopeLine.tsx';
import { StatisticsFilterBar } from './StatisticsFilterBar.tsx';
import { TrendCard } from './TrendCard.tsx';
import { effectiveRegion, filtersFor, isVillage, viewerOf } from './viewer.ts';
import { fill, W } from './words.ts';

type RegionBy = 'county' | 'child';

export function StatisticsPage() {
  const { l } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { data: me } = useSession();
  const viewer = viewerOf(me);
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersFor(viewer, filtersFromParams(params)), [params, viewer]);
  const today = chinaToday();
  const query = useMemo(() => resolveFilters(filters, today), [filters, today]);
  const setFilters = useCallback((next: StatFilters) => setParams(filtersToParams(next), { replace: true }), [setParams]);
  const narrow = useCallback((code: string) => setFilters(withFilter(filters, 'region', code)), [filters, setFilters]);

  const summary = useStatisticsSummary(query);
  const showOrganizations = viewer !== 'organization';
  const organizations = useStatisticsBreakdown(query, 'organization', showOrganizations);
  const known = useMemo(
    () => (organizations.data ?? []).map((r) => ({ id: Number(r.key), name: r.label })).filter((o) => Number.isSafeInteger(o.id) && o.id > 0),
    [organizations.data],
  );

  const region = effectiveRegion(filters.region, me);
  const [regionByChoice, setRegionBy] = useState<RegionBy | null>(null);
  // Above a county the counties say most; from a county down, the next level does.
  const regionBy: RegionBy = regionByChoice ?? (region === null || region.length < 6 ? 'county' : 'child');

  const exporter = useStartStatisticsExport();
  const [jobId, setJobId] = useState<string | null>(null);
  const startExport = () =>
    exporter.mutate(query, {
      onSuccess: (reply) => {
        setJobId(reply.jobId);
        message.success(l(W.exportStarted));
      },
      onError: (err) => void message.error([errorText(err), ...errorFieldMessages(err)].join('；')),
    });

  const intro =
    viewer === 'organization'
      ? fill(l(W.introOrganization), { name: me?.organizationName ?? '' })
      : viewer === 'liaison'
        ? `${fill(l(W.introLiaison), { scope: me?.scopeRegionName ?? '' })}${l(W.intro)}`
        : l(W.intro);
  const refused = errorFieldMessages(summary.error);

  return (
    <>
      <PageHeader
        title={l(W.title)}
        description={<span data-testid="statistics-intro">{intro}</span>}
        extra={
          <Space wrap>
            {viewer !== 'organization' && (
              <Button data-testid="statistics-coverage-link" icon={<RadarChartOutlined />} onClick={() => void navigate('/statistics/coverage')}>
                {l(W.coverageLink)}
              </Button>
            )}
            <Button data-testid="statistics-export" icon={<FileExcelOutlined />} loading={exporter.isPending} onClick={startExport}>
              {l(W.export)}
            </Button>
          </Space>
        }
      />
      {jobId && <JobProgressPanel jobId={jobId} title={l(W.exportTitle)} onClose={() => setJobId(null)} />}
      <StatisticsFilterBar
        filters={filters}
        resolved={query}
        account={me}
        knownOrganizations={known}
        today={today}
        onChange={setFilters}
      />
      <ScopeLine summary={summary.data} updatedAt={summary.dataUpdatedAt} fetching={summary.isFetching} />
      {summary.isError && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="statistics-error"
          title={errorText(summary.error)}
          description={refused.length > 0 ? refused.join('；') : undefined}
        />
      )}
      {!summary.isError && (
        <>
          <FigureCards summary={summary.data} filters={query} loading={summary.isPending} />
          {summary.data && (
            <Row gutter={16}>
              <Col xs={24} xl={10}>
                <ConfirmationStrip figures={summary.data.figures} filters={query} />
              </Col>
              <Col xs={24} xl={14}>
                <CounterpartBlock figures={summary.data.counterpart} filters={query} />
              </Col>
            </Row>
          )}
          <TrendCard filters={query} />
          <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
            <Col xs={24} lg={12}>
              <BreakdownCard by="field" title={l(W.byField)} filters={query} chart="pie" testId="statistics-by-field" />
            </Col>
            <Col xs={24} lg={12}>
              <BreakdownCard by="kind" title={l(W.byKind)} filters={query} chart="bar" testId="statistics-by-kind" />
            </Col>
            {!isVillage(region) && (
              <Col xs={24} lg={viewer === 'organization' ? 24 : 12}>
                <BreakdownCard
                  key={regionBy}
                  by={regionBy}
                  title={l(W.byRegion)}
                  filters={query}
                  chart="bar"
                  onNarrow={narrow}
                  help={l(W.byRegionHelp)}
                  testId="statistics-by-region"
                  extra={
                    <Segmented<RegionBy>
                      size="small"
                      value={regionBy}
                      onChange={setRegionBy}
                      data-testid="statistics-region-by"
                      options={[
                        { value: 'county', label: l(W.byCounty) },
                        { value: 'child', label: l(W.byChild) },
                      ]}
                    />
                  }
                />
              </Col>
            )}
            {viewer !== 'organization' && (
              <Col xs={24} lg={12}>
                <BreakdownCard by="form" title={l(W.byForm)} filters={query} chart="pie" testId="statistics-by-form" />
              </Col>
            )}
            {showOrganizations && (
              <Col xs={24}>
                <BreakdownCard by="organization" title={l(W.topOrganizations)} filters={query} chart="bar" testId="statistics-by-organization" />
              </Col>
            )}
          </Row>
          {!isVillage(region) && <RegionAmountTree key={query.region ?? ''} filters={query} onNarrow={narrow} />}
        </>
      )}
    </>
  );
}
