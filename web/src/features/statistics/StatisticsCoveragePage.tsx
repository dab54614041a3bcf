// 覆盖与空白: for a program and a period, its key areas in scope — how many received aid, which received nothing,
// which are not paired — as totals, a map coloured by amount and a table opening each area's records; and the key
// populations of the region with the households not helped. The program defaults to the first active one with key
// areas in the caller's scope; the choices stay in the URL.
import { useCallback, useMemo } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { Alert, Button, Card, DatePicker, Empty, Result, Select, Space, Spin, Switch } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { chinaToday } from '../../../../src/common/glossary.ts';
import { useSession } from '../../api/auth.ts';
import { errorText } from '../../api/client.ts';
import { useProgramChoices } from '../../api/pairings.ts';
import { useAreaCoverage, useFirstProgramWithAreas, type AreaCoverageFilters, type AreaCoverageRow } from '../../api/statistics.ts';
import { useI18n } from '../../i18n/index.tsx';
import { KeysetTable } from '../../shared/KeysetTable.tsx';
import { PageHeader } from '../../shared/PageHeader.tsx';
import { RegionCascader } from '../regions/RegionCascader.tsx';
import { AreaMap } from './AreaMap.tsx';
import { AreaTotals } from './AreaTotals.tsx';
import { coverageFromParams, coverageToParams, programsInScope, type CoverageFilters } from './coverage.ts';
import { resolveFilters } from './filters.ts';
import { PopulationTable } from './PopulationTable.tsx';
import { useAreaColumns } from './useAreaColumns.tsx';
import { viewerOf } from './viewer.ts';
import { W } from './words.ts';

function AreasTable({ filters }: { filters: AreaCoverageFilters & { from: string; to: string } }) {
  const { l } = useI18n();
  const areas = useAreaCoverage(filters);
  const columns = useAreaColumns(filters);
  return (
    <Card size="small" title={l(W.areasTitle)} style={{ marginBottom: 16 }} data-testid="coverage-areas">
      <KeysetTable<AreaCoverageRow>
        rowKey={(a) => `${a.regionCode}-${a.designationKind}`}
        size="small"
        columns={columns}
        query={areas}
        testId="coverage-areas"
        onRow={(a) => ({ style: a.gap ? { background: '#fff1f0' } : {} })}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={l(filters.onlyGaps ? W.gapsEmpty : W.areasEmpty)} /> }}
      />
    </Card>
  );
}

function AreaTotalsOf({ filters, onOnlyGaps }: { filters: AreaCoverageFilters & { from: string; to: string }; onOnlyGaps: (on: boolean) => void }) {
  // The same query as the table's: its first page carries the totals.
  const areas = useAreaCoverage(filters);
  return <AreaTotals totals={areas.data?.pages[0]?.totals} onlyGaps={filters.onlyGaps === true} onOnlyGaps={onOnlyGaps} loading={areas.isPending} />;
}

export function StatisticsCoveragePage() {
  const { l } = useI18n();
  const navigate = useNavigate();
  const { data: me } = useSession();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => coverageFromParams(params), [params]);
  const setFilters = useCallback((next: CoverageFilters) => setParams(coverageToParams(next), { replace: true }), [setParams]);
  const today = chinaToday();
  const period = useMemo(() => {
    const { from, to } = resolveFilters({ ...(filters.from ? { from: filters.from } : {}), ...(filters.to ? { to: filters.to } : {}) }, today);
    return { from, to };
  }, [filters.from, filters.to, today]);
  const scope = viewerOf(me) === 'organization' ? null : (me?.scopeRegionCode ?? null);

  const programs = useProgramChoices('active');
  const candidates = useMemo(() => programsInScope(programs.data ?? [], scope).map((p) => p.id), [programs.data, scope]);
  const first = useFirstProgramWithAreas(filters.programId === undefined ? candidates : [], period);
  const programId = filters.programId ?? first.data ?? null;
  const deciding = filters.programId === undefined && (programs.isPending || (candidates.length > 0 && first.isPending));

  const areaFilters = useMemo(
    () =>
      programId === null
        ? null
        : {
            programId,
            ...period,
            ...(filters.region ? { region: filters.region } : {}),
            ...(filters.onlyGaps ? { onlyGaps: true } : {}),
          },
    [programId, period, filters.region, filters.onlyGaps],
  );
  const populationQuery = useMemo(() => ({ ...period, ...(filters.region ? { region: filters.region } : {}) }), [period, filters.region]);

  return (
    <>
      <PageHeader
        title={l(W.coverageTitle)}
        description={l(W.coverageIntro)}
        extra={
          <Button icon={<ArrowLeftOutlined />} onClick={() => void navigate('/statistics')} data-testid="coverage-back">
            {l(W.backToStatistics)}
          </Button>
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <Space wrap size={12}>
          <Select<number>
            data-testid="coverage-program"
            value={programId ?? undefined}
            onChange={(id) => setFilters({ ...filters, programId: id })}
            loading={programs.isPending || deciding}
            placeholder={l(W.chooseProgram)}
            style={{ width: 320 }}
            popupMatchSelectWidth={false}
            options={(programs.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
          />
          <DatePicker.RangePicker
            data-testid="coverage-months"
            picker="month"
            allowClear={false}
            value={[dayjs(`${period.from}-01`), dayjs(`${period.to}-01`)]}
            onChange={(range) => {
              const [from, to] = range ?? [];
              if (from && to) setFilters({ ...filters, from: from.format('YYYY-MM'), to: to.format('YYYY-MM') });
            }}
          />
          {(scope === null || scope.length < 12) && (
            <RegionCascader
              data-testid="coverage-region"
              scope={scope}
              maxLength={12}
              value={filters.region ?? null}
              onChange={(region) => {
                const { region: _old, ...rest } = filters;
                setFilters(region ? { ...rest, region } : rest);
              }}
              placeholder={l(W.regionAll)}
              style={{ width: 280 }}
            />
          )}
          <Space size={6}>
            <Switch
              data-testid="coverage-only-gaps"
              checked={filters.onlyGaps === true}
              onChange={(on) => {
                const { onlyGaps: _old, ...rest } = filters;
                setFilters(on ? { ...rest, onlyGaps: true } : rest);
              }}
            />
            <span>{l(W.onlyGaps)}</span>
          </Space>
        </Space>
      </Card>
      {programs.isError && <Alert type="error" showIcon title={errorText(programs.error)} style={{ marginBottom: 16 }} />}
      {first.isError && <Alert type="error" showIcon title={errorText(first.error)} style={{ marginBottom: 16 }} />}
      {deciding ? (
        <Spin style={{ display: 'block', padding: 48 }} />
      ) : areaFilters ? (
        <>
          <AreaTotalsOf
            filters={areaFilters}
            onOnlyGaps={(on) => {
              const { onlyGaps: _old, ...rest } = filters;
              setFilters(on ? { ...rest, onlyGaps: true } : rest);
            }}
          />
          <AreaMap filters={areaFilters} />
          <AreasTable filters={areaFilters} />
        </>
      ) : (
        <Result icon={<Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />} subTitle={l(W.noProgram)} data-testid="coverage-no-program" />
      )}
      {!deciding && <PopulationTable query={populationQuery} />}
    </>
  );
}
