// 帮扶台账: the records the caller may see (a giver's own; an area's for liaisons and officials), filtered by what the
// address holds — so the statistics page can open the records behind any figure — with a line saying which filters
// apply, keyset paging, the Excel export of the filtered list, and the way to new records, the import and the
// possible duplications. A liaison sees what awaits confirmation and confirms from the row.
import { useMemo, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { Alert, App, Button, Card, Empty, Segmented, Space } from 'antd';
import { CopyOutlined, FileExcelOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { useSession } from '../../api/auth.ts';
import { errorFieldMessages, errorText } from '../../api/client.ts';
import {
  useAidReceipt,
  useAidRecords,
  useStartLedgerExport,
  type AidRecordView,
  type LedgerFilters,
} from '../../api/ledger.ts';
import { useI18n } from '../../i18n/index.tsx';
import { KeysetTable } from '../../shared/KeysetTable.tsx';
import { PageHeader } from '../../shared/PageHeader.tsx';
import { JobProgressPanel } from '../jobs/JobProgress.tsx';
import { FilterSummary, type KnownNames } from './FilterSummary.tsx';
import { LedgerFilterBar } from './LedgerFilterBar.tsx';
import { awaitingMe, filtersFromParams, isAwaitingMe, paramsFromFilters } from './filters.ts';
import { canImport, isGiver, isOfficial, seesDuplications } from './roles.ts';
import { useLedgerColumns } from './useLedgerColumns.tsx';
import { W } from './words.ts';

function useKnownNames(pages: readonly { items: AidRecordView[] }[] | undefined): KnownNames {
  return useMemo(() => {
    const organizations = new Map<number, string>();
    const households = new Map<number, string>();
    const projects = new Map<number, string>();
    for (const page of pages ?? []) {
      for (const r of page.items) {
        if (r.giver.organizationId !== null) organizations.set(r.giver.organizationId, r.giver.name);
        if (r.household) households.set(r.household.id, r.household.label);
        if (r.projectId !== null && r.projectName) projects.set(r.projectId, r.projectName);
      }
    }
    return { organizations, households, projects };
  }, [pages]);
}

export function LedgerPage() {
  const { l } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { data: me } = useSession();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersFromParams(params), [params]);
  const list = useAidRecords(filters);
  const exporter = useStartLedgerExport();
  const receipt = useAidReceipt();
  const [jobId, setJobId] = useState<string | null>(null);
  const names = useKnownNames(list.data?.pages);
  const knownOrganizations = useMemo(() => [...names.organizations].map(([id, name]) => ({ id, name })), [names]);
  const liaison = me?.role === 'liaison';
  const columns = useLedgerColumns(
    liaison
      ? {
          showGiver: true,
          onConfirm: (r) =>
            receipt.mutate(
              { id: r.id, body: { status: 'confirmed' } },
              {
                onSuccess: () => void message.success(l(W.confirmed)),
                onError: (err) => void message.error(errorText(err)),
              },
            ),
          confirmingId: receipt.isPending ? (receipt.variables?.id ?? null) : null,
        }
      : { showGiver: !isGiver(me) },
  );
  const refused = errorFieldMessages(list.error);

  const setFilters = (next: LedgerFilters) => setParams(paramsFromFilters(next));

  const startExport = () =>
    exporter.mutate(filters, {
      onSuccess: (reply) => setJobId(reply.jobId),
      onError: (err) => void message.error(errorText(err)),
    });

  if (!me) return null;
  const intro = isGiver(me) ? W.introGiver : liaison ? W.introLiaison : W.introOfficial;
  const empty = isGiver(me) && Object.keys(filters).length === 0 ? W.emptyGiver : W.empty;

  return (
    <>
      <PageHeader
        title={l(W.title)}
        description={l(intro)}
        extra={
          <Space wrap>
            {seesDuplications(me) && (
              <Button
                data-testid="ledger-duplications"
                icon={<CopyOutlined />}
                onClick={() => void navigate('/ledger/duplications')}
              >
                {l(W.duplications)}
              </Button>
            )}
            {canImport(me) && (
              <Button
                data-testid="ledger-import"
                icon={<UploadOutlined />}
                onClick={() => void navigate('/ledger/import')}
              >
                {l(W.import)}
              </Button>
            )}
            <Button
              data-testid="ledger-export"
              icon={<FileExcelOutlined />}
              loading={exporter.isPending}
              onClick={startExport}
            >
              {l(W.export)}
            </Button>
            {isGiver(me) && (
              <Link to="/ledger/new">
                <Button data-testid="ledger-new" type="primary" icon={<PlusOutlined />}>
                  {l(W.newRecord)}
                </Button>
              </Link>
            )}
          </Space>
        }
      />
      {jobId && <JobProgressPanel jobId={jobId} title={l(W.exportTitle)} onClose={() => setJobId(null)} />}
      <LedgerFilterBar me={me} filters={filters} onChange={setFilters} knownOrganizations={knownOrganizations} />
      <FilterSummary filters={filters} names={names} onChange={setFilters} />
      {refused.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={refused.join('；')}
          data-testid="ledger-refused"
        />
      )}
      <Card
        style={{ marginBottom: 16 }}
        title={
          liaison || isOfficial(me) ? (
            <Segmented<'all' | 'mine'>
              data-testid="ledger-quick"
              value={isAwaitingMe(filters) ? 'mine' : 'all'}
              onChange={(v) => setFilters(awaitingMe(filters, v === 'mine'))}
              options={[
                { value: 'all', label: l(W.allRecords) },
                {
                  value: 'mine',
                  label: <span data-testid="ledger-awaiting-me">{l(liaison ? W.awaitingMe : W.awaitingAnyone)}</span>,
                },
              ]}
            />
          ) : undefined
        }
      >
        <KeysetTable<AidRecordView>
          rowKey="id"
          columns={columns}
          query={list}
          testId="ledger"
          onRow={(r) => ({
            'data-testid': `aid-row-${r.id}`,
            style:
              r.standing === 'reversal'
                ? { background: '#fff1f0' }
                : r.standing === 'reversed'
                  ? { color: '#8c8c8c' }
                  : {},
          })}
          locale={{ emptyText: <Empty description={l(empty)} /> }}
        />
      </Card>
    </>
  );
}
