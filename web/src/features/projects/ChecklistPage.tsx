// 项目落地清单 (officials): every signed project with a place in scope and its landing state — the four totals (which
// also choose the state shown), filters by region, organization, fair and program, the table with a follow-up inline,
// the Excel export of what is shown, and the landing grace period of the official's region.
import { useMemo, useState } from 'react';
import { Alert, App, Button, Card, Empty, Form } from 'antd';
import { FileExcelOutlined } from '@ant-design/icons';
import { useSession } from '../../api/auth.ts';
import { errorFieldMessages, errorText } from '../../api/client.ts';
import {
  useChecklist,
  useProjectStep,
  useStartChecklistExport,
  type ChecklistFilters,
  type ChecklistItem,
  type ChecklistState,
} from '../../api/projects.ts';
import { useI18n } from '../../i18n/index.tsx';
import { FilterBar } from '../../shared/FilterBar.tsx';
import { KeysetTable } from '../../shared/KeysetTable.tsx';
import { PageHeader } from '../../shared/PageHeader.tsx';
import { TextModal } from '../../shared/TextModal.tsx';
import { JobProgressPanel } from '../jobs/JobProgress.tsx';
import { RegionCascader } from '../regions/RegionCascader.tsx';
import { ChecklistTotals } from './ChecklistTotals.tsx';
import { FairSelect, OrganizationSelect, ProgramSelect } from './Choices.tsx';
import { LandingSettingsCard } from './LandingSettingsCard.tsx';
import { useChecklistColumns } from './useChecklistColumns.tsx';
import { W } from './words.ts';

interface FilterValues {
  region?: string;
  organizationId?: number | null;
  fairId?: number | null;
  programId?: number | null;
}

const NO_FILTERS: FilterValues = {};

function toFilters(state: ChecklistState, values: FilterValues): ChecklistFilters {
  const out: ChecklistFilters = { state };
  if (values.region) out.region = values.region;
  if (values.organizationId) out.organizationId = values.organizationId;
  if (values.fairId) out.fairId = values.fairId;
  if (values.programId) out.programId = values.programId;
  return out;
}

export function ChecklistPage() {
  const { l } = useI18n();
  const { message } = App.useApp();
  const { data: me } = useSession();
  const [form] = Form.useForm<FilterValues>();
  const [state, setState] = useState<ChecklistState>('all');
  const [values, setValues] = useState<FilterValues>(NO_FILTERS);
  const filters = useMemo(() => toFilters(state, values), [state, values]);
  const list = useChecklist(filters);
  const exporter = useStartChecklistExport();
  const [jobId, setJobId] = useState<string | null>(null);
  const [following, setFollowing] = useState<ChecklistItem | null>(null);
  const followUp = useProjectStep('follow-ups');
  const columns = useChecklistColumns({ onFollowUp: setFollowing });
  const scope = me?.scopeRegionCode ?? null;
  const totals = list.data?.pages[0]?.totals;
  // The organizations already listed are offered in the filter even when the directory search would not find them.
  const known = useMemo(() => {
    const byId = new Map<number, string>();
    for (const page of list.data?.pages ?? []) for (const item of page.items) byId.set(item.organization.id, item.organization.name);
    return [...byId].map(([id, name]) => ({ id, name }));
  }, [list.data]);
  const refused = errorFieldMessages(list.error);

  const startExport = () => {
    const { state: chosen, ...rest } = filters;
    exporter.mutate(
      { ...rest, ...(chosen ? { state: chosen } : {}) },
      {
        onSuccess: (reply) => setJobId(reply.jobId),
        onError: (err) => void message.error(errorText(err)),
      },
    );
  };

  return (
    <>
      <PageHeader
        title={l(W.checklistTitle)}
        description={l(W.checklistIntro)}
        extra={
          <Button data-testid="checklist-export" icon={<FileExcelOutlined />} loading={exporter.isPending} onClick={startExport}>
            {l(W.export)}
          </Button>
        }
      />
      {jobId && <JobProgressPanel jobId={jobId} title={l(W.exportTitle)} onClose={() => setJobId(null)} />}
      <ChecklistTotals totals={totals} state={state} onState={setState} loading={list.isPending} />
      <FilterBar<FilterValues>
        form={form}
        initialValues={NO_FILTERS}
        onChange={setValues}
        resetTestId="checklist-reset"
      >
        {scope?.length !== 12 && (
          <Form.Item name="region">
            <RegionCascader data-testid="checklist-region" scope={scope} maxLength={12} placeholder={l(W.region)} style={{ width: 240 }} />
          </Form.Item>
        )}
        <Form.Item name="organizationId">
          <OrganizationSelect data-testid="checklist-organization" known={known} placeholder={l(W.organizationSearch)} style={{ width: 220 }} />
        </Form.Item>
        <Form.Item name="fairId">
          <FairSelect data-testid="checklist-fair" mine={false} placeholder={l(W.fair)} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="programId">
          <ProgramSelect data-testid="checklist-program" placeholder={l(W.program)} style={{ width: 220 }} />
        </Form.Item>
      </FilterBar>
      {refused.length > 0 && <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={refused.join('；')} data-testid="checklist-refused" />}
      <Card style={{ marginBottom: 16 }}>
        <KeysetTable<ChecklistItem>
          rowKey="id"
          columns={columns}
          query={list}
          testId="checklist"
          onRow={(p) => ({ style: p.overdue ? { background: '#fff1f0' } : {} })}
          locale={{ emptyText: <Empty description={l(W.emptyChecklist)} /> }}
        />
      </Card>
      <LandingSettingsCard />
      {following && (
        <TextModal
          title={`${l(W.followUp)} · ${following.name}`}
          field="note"
          label={l(W.followUpNote)}
          help={l(W.followUpHelp)}
          requiredMessage={l(W.noteRequired)}
          maxLength={1000}
          submitText={l(W.submit)}
          testId="checklist-follow-up"
          onSubmit={(note) =>
            followUp.mutateAsync({ id: following.id, body: { note } }).then(() => void message.success(l(W.followUpDone)))
          }
          onClose={() => setFollowing(null)}
        />
      )}
    </>
  );
}
