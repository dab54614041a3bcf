// The statistics filters, kept in the URL by the page: the region within the caller's scope, the months, program,
// key field, giver form and (officials) an organization found by name. Every change applies at once.
import { useMemo } from 'react';
import { Button, Card, DatePicker, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { GIVER_FORM_LABELS, GIVER_FORMS, type GiverForm } from '../../../../src/common/ledger.ts';
import type { SessionAccount } from '../../api/auth.ts';
import { useReferenceList } from '../../api/reference.ts';
import { useI18n } from '../../i18n/index.tsx';
import { OrganizationSelect, ProgramSelect } from '../projects/Choices.tsx';
import { RegionCascader } from '../regions/RegionCascader.tsx';
import { withFilter, type ResolvedFilters, type StatFilters } from './filters.ts';
import { viewerOf } from './viewer.ts';
import { W } from './words.ts';

interface Props {
  filters: StatFilters;
  /** The same filters with the period resolved (what the pickers show). */
  resolved: ResolvedFilters;
  account: SessionAccount | null | undefined;
  /** Organizations already named on the page (the top list), offered before any search. */
  knownOrganizations: readonly { id: number; name: string }[];
  today: string;
  onChange: (filters: StatFilters) => void;
}

export function StatisticsFilterBar({ filters, resolved, account, knownOrganizations, today, onChange }: Props) {
  const { l, lang } = useI18n();
  const viewer = viewerOf(account);
  const scope = viewer === 'organization' ? null : (account?.scopeRegionCode ?? null);
  const keyFields = useReferenceList('key-fields');
  const set = <K extends keyof StatFilters>(key: K, value: StatFilters[K] | null) => onChange(withFilter(filters, key, value));

  const presets = useMemo(() => {
    const now = dayjs(today);
    return [
      { label: lang === 'zh' ? '本年' : 'This year', value: [now.startOf('year'), now] as [Dayjs, Dayjs] },
      { label: lang === 'zh' ? '上一年' : 'Last year', value: [now.subtract(1, 'year').startOf('year'), now.subtract(1, 'year').endOf('year')] as [Dayjs, Dayjs] },
      { label: lang === 'zh' ? '近 12 个月' : 'Last 12 months', value: [now.subtract(11, 'month'), now] as [Dayjs, Dayjs] },
    ];
  }, [today, lang]);

  return (
    <Card style={{ marginBottom: 16 }} data-testid="statistics-filters">
      <Space wrap size={[12, 12]}>
        {(scope === null || scope.length < 12) && (
          <RegionCascader
            data-testid="statistics-region"
            scope={scope}
            maxLength={12}
            value={filters.region ?? null}
            onChange={(code) => set('region', code)}
            placeholder={l(viewer === 'organization' ? W.regionAnywhere : W.regionAll)}
            allowNameSearch
            style={{ width: 400 }}
          />
        )}
        <DatePicker.RangePicker
          data-testid="statistics-months"
          picker="month"
          allowClear={false}
          aria-label={l(W.months)}
          value={[dayjs(`${resolved.from}-01`), dayjs(`${resolved.to}-01`)]}
          presets={presets}
          onChange={(range) => {
            const [from, to] = range ?? [];
            if (!from || !to) return;
            onChange({ ...filters, from: from.format('YYYY-MM'), to: to.format('YYYY-MM') });
          }}
        />
        <ProgramSelect
          data-testid="statistics-program"
          value={filters.programId ?? null}
          onChange={(id) => set('programId', id)}
          placeholder={l(W.program)}
          style={{ width: 240 }}
        />
        <Select<string | null>
          data-testid="statistics-key-field"
          value={filters.keyField ?? null}
          onChange={(code) => set('keyField', code)}
          allowClear
          placeholder={l(W.keyField)}
          style={{ width: 180 }}
          popupMatchSelectWidth={false}
          loading={keyFields.isPending}
          showSearch={{ optionFilterProp: 'label' }}
          options={(keyFields.data ?? []).map((f) => ({ value: f.code, label: lang === 'zh' ? f.nameZh : f.nameEn }))}
        />
        {viewer !== 'organization' && (
          <Select<GiverForm | null>
            data-testid="statistics-giver-form"
            value={filters.giverForm ?? null}
            onChange={(form) => set('giverForm', form)}
            allowClear
            placeholder={l(W.giverForm)}
            style={{ width: 180 }}
            popupMatchSelectWidth={false}
            options={GIVER_FORMS.map((form) => ({ value: form, label: l(GIVER_FORM_LABELS[form]) }))}
          />
        )}
        {viewer === 'official' && (
          <OrganizationSelect
            data-testid="statistics-organization"
            known={knownOrganizations}
            value={filters.organizationId ?? null}
            onChange={(id) => set('organizationId', id)}
            placeholder={l(W.organization)}
            style={{ width: 240 }}
          />
        )}
        <Button data-testid="statistics-reset" onClick={() => onChange({})}>
          {l(W.reset)}
        </Button>
      </Space>
    </Card>
  );
}
