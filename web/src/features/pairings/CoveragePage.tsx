// 结对覆盖 for officials: for a program and a day, how its key areas in the caller's scope are paired — cards per kind,
// the counties coloured by state opening to their key areas and the pairings covering them, the areas still to pair,
// and the Excel export of it all.
import { useState } from 'react';
import { Alert, App, Button, Card, DatePicker, Empty, Result, Select, Space, Spin } from 'antd';
import { FileExcelOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { chinaToday } from '../../../../src/common/glossary.ts';
import { useSession } from '../../api/auth.ts';
import { errorFieldMessages, errorText } from '../../api/client.ts';
import {
  useCoverageSummary,
  useFirstProgramWithKeyAreas,
  useStartCoverageExport,
  type CoverageQuery,
} from '../../api/coverage.ts';
import { useProgramChoices } from '../../api/pairings.ts';
import { useI18n } from '../../i18n/index.tsx';
import { PageHeader } from '../../shared/PageHeader.tsx';
import { JobProgressPanel } from '../jobs/JobProgress.tsx';
import { RegionCascader } from '../regions/RegionCascader.tsx';
import { CoverageCards, CoverageLegend } from './CoverageCards.tsx';
import { CoverageGaps } from './CoverageGaps.tsx';
import { CoverageTree } from './CoverageTree.tsx';
import { W } from './words.ts';

function CoverageBody({ query }: { query: CoverageQuery }) {
  const summary = useCoverageSummary(query);
  if (summary.isError) {
    const fields = errorFieldMessages(summary.error);
    return (
      <Alert
        data-testid="coverage-error"
        type="error"
        showIcon
        title={errorText(summary.error)}
        description={fields.length > 0 ? fields.join('；') : undefined}
      />
    );
  }
  if (!summary.data) return <Spin style={{ display: 'block', padding: 48 }} />;
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <CoverageCards summary={summary.data} />
      <CoverageLegend />
      <CoverageTree query={query} />
      <CoverageGaps query={query} kinds={summary.data.kinds} />
    </Space>
  );
}

export function CoveragePage() {
  const { l } = useI18n();
  const { message } = App.useApp();
  const { data: me } = useSession();
  const today = chinaToday();
  const [chosen, setChosen] = useState<number | null>(null);
  const [asOf, setAsOf] = useState(today);
  const [region, setRegion] = useState<string | undefined>();
  const [jobId, setJobId] = useState<string | null>(null);
  const programs = useProgramChoices('active');
  const ids = (programs.data ?? []).map((p) => p.id);
  // Until the official picks one: the first active program with key areas in their scope.
  const first = useFirstProgramWithKeyAreas(chosen === null ? ids : [], today);
  const programId = chosen ?? first.data ?? null;
  const startExport = useStartCoverageExport();
  const scope = me?.scopeRegionCode ?? null;

  const query: CoverageQuery | null =
    programId === null ? null : { programId, asOf, ...(region ? { region } : {}) };

  const onExport = () => {
    if (!query) return;
    startExport.mutate(query, {
      onSuccess: (reply) => {
        setJobId(reply.jobId);
        message.success(l(W.exportStarted));
      },
      onError: (err) => void message.error([errorText(err), ...errorFieldMessages(err)].join('；')),
    });
  };

  const deciding = chosen === null && (programs.isPending || first.isPending) && ids.length > 0;

  return (
    <>
      <PageHeader
        title={l(W.coverageTitle)}
        description={l(W.coverageIntro)}
        extra={
          <Button
            data-testid="coverage-export"
            icon={<FileExcelOutlined />}
            disabled={query === null}
            loading={startExport.isPending}
            onClick={onExport}
          >
            {l(W.export)}
          </Button>
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <Space wrap size={12}>
          <Select<number>
            data-testid="coverage-program"
            value={programId ?? undefined}
            onChange={setChosen}
            loading={programs.isPending || deciding}
            placeholder={l(W.chooseProgram)}
            style={{ width: 300 }}
            popupMatchSelectWidth={false}
            options={(programs.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
          />
          <Space size={4}>
            <span>{l(W.asOf)}</span>
            <DatePicker
              data-testid="coverage-as-of"
              value={dayjs(asOf)}
              allowClear={false}
              onChange={(d) => setAsOf(d ? d.format('YYYY-MM-DD') : today)}
            />
          </Space>
          {scope?.length !== 12 && (
            <RegionCascader
              data-testid="coverage-region"
              scope={scope}
              maxLength={9}
              value={region ?? null}
              onChange={setRegion}
              placeholder={l(W.regionAll)}
              style={{ width: 260 }}
            />
          )}
        </Space>
      </Card>
      {jobId && <JobProgressPanel jobId={jobId} title={l(W.exportTitle)} onClose={() => setJobId(null)} />}
      {programs.isError && <Alert type="error" showIcon title={errorText(programs.error)} />}
      {first.isError && <Alert type="error" showIcon title={errorText(first.error)} />}
      {deciding ? (
        <Spin style={{ display: 'block', padding: 48 }} />
      ) : query ? (
        <CoverageBody key={query.programId} query={query} />
      ) : programs.data && (programs.data.length === 0 || first.data === null) ? (
        <Result icon={<Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />} subTitle={l(W.noProgram)} data-testid="coverage-no-program" />
      ) : null}
    </>
  );
}
