// The ledger's filter bar, kept in step with the address: a link from the statistics page shows its filters here,
// and every choice made here rewrites the address. Filters about an area (place, giver form, counterpart support,
// organization) are offered to those who see many givers' records.
import { useEffect } from 'react';
import { Checkbox, DatePicker, Form, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { SessionAccount } from '../../api/auth.ts';
import {
  AID_CONFIRMATIONS,
  AID_CONFIRMATION_LABELS,
  AID_KINDS,
  AID_KIND_LABELS,
  AID_RECORD_STANDINGS,
  AID_RECORD_STANDING_LABELS,
  GIVER_FORMS,
  GIVER_FORM_LABELS,
  PURCHASE_CHANNELS,
  PURCHASE_CHANNEL_LABELS,
  type LedgerFilters,
} from '../../api/ledger.ts';
import { useReferenceList } from '../../api/reference.ts';
import { useI18n } from '../../i18n/index.tsx';
import { FilterBar } from '../../shared/FilterBar.tsx';
import { OrganizationSelect, ProgramSelect } from '../projects/Choices.tsx';
import { RegionCascader } from '../regions/RegionCascader.tsx';
import { filterValuesOf, filtersOfValues, type LedgerFilterValues } from './filters.ts';
import { isOfficial, picksRegion, seesArea } from './roles.ts';
import { W } from './words.ts';

const NO_FILTERS: LedgerFilterValues = {};

type Period = readonly [string | null, string | null] | null | undefined;

/** The range picker works on dayjs values; the form keeps the two dates as YYYY-MM-DD. */
const periodItemProps = {
  getValueProps: (v: Period) => ({ value: v ? [v[0] ? dayjs(v[0]) : null, v[1] ? dayjs(v[1]) : null] : null }),
  normalize: (d: [Dayjs | null, Dayjs | null] | null): Period =>
    d && (d[0] || d[1]) ? [d[0] ? d[0].format('YYYY-MM-DD') : null, d[1] ? d[1].format('YYYY-MM-DD') : null] : null,
};

export interface LedgerFilterBarProps {
  me: SessionAccount;
  filters: LedgerFilters;
  onChange: (filters: LedgerFilters) => void;
  /** Organizations already on the page, offered in the organization filter. */
  knownOrganizations: readonly { id: number; name: string }[];
}

export function LedgerFilterBar({ me, filters, onChange, knownOrganizations }: LedgerFilterBarProps) {
  const { l, lang } = useI18n();
  const [form] = Form.useForm<LedgerFilterValues>();
  const keyFields = useReferenceList('key-fields');
  const kind = Form.useWatch('kind', form);
  const area = seesArea(me);

  // The address is the truth: show what it holds whenever it changes (a link, the summary's clear, back and forward).
  useEffect(() => {
    form.setFieldsValue(filterValuesOf(filters));
  }, [form, filters]);

  const options = <T extends string>(codes: readonly T[], labels: Record<T, { zh: string; en: string }>) =>
    codes.map((code) => ({ value: code, label: l(labels[code]) }));

  return (
    <FilterBar<LedgerFilterValues>
      form={form}
      initialValues={NO_FILTERS}
      onChange={(values) =>
        // The reset button hands back NO_FILTERS itself: it clears everything, links' filters too. Any other change
        // carries only the filters shown here, so those not shown to this person (a drill-down's region for an
        // organization) stay as the address has them.
        onChange(values === NO_FILTERS ? {} : filtersOfValues({ ...filterValuesOf(filters), ...values }, filters))
      }
      resetTestId="ledger-filters-reset"
    >
      {picksRegion(me) && (
        <Form.Item name="region">
          <RegionCascader
            data-testid="ledger-filter-region"
            scope={me.scopeRegionCode}
            maxLength={12}
            placeholder={l(W.region)}
            style={{ width: 240 }}
          />
        </Form.Item>
      )}
      <Form.Item name="period" {...periodItemProps}>
        <DatePicker.RangePicker
          data-testid="ledger-filter-period"
          allowEmpty={[true, true]}
          placeholder={[l(W.periodStart), l(W.periodEnd)]}
          style={{ width: 250 }}
        />
      </Form.Item>
      <Form.Item name="kind">
        <Select
          data-testid="ledger-filter-kind"
          allowClear
          placeholder={l(W.kind)}
          style={{ width: 180 }}
          popupMatchSelectWidth={false}
          options={options(AID_KINDS, AID_KIND_LABELS)}
        />
      </Form.Item>
      {(kind === 'purchase' || filters.purchaseChannel) && (
        <Form.Item name="purchaseChannel">
          <Select
            data-testid="ledger-filter-channel"
            allowClear
            placeholder={l(W.channel)}
            style={{ width: 160 }}
            popupMatchSelectWidth={false}
            options={options(PURCHASE_CHANNELS, PURCHASE_CHANNEL_LABELS)}
          />
        </Form.Item>
      )}
      <Form.Item name="keyField">
        <Select
          data-testid="ledger-filter-field"
          allowClear
          placeholder={l(W.keyField)}
          style={{ width: 150 }}
          popupMatchSelectWidth={false}
          loading={keyFields.isPending}
          showSearch={{ optionFilterProp: 'label' }}
          options={(keyFields.data ?? []).map((f) => ({ value: f.code, label: lang === 'zh' ? f.nameZh : f.nameEn }))}
        />
      </Form.Item>
      <Form.Item name="programId">
        <ProgramSelect data-testid="ledger-filter-program" placeholder={l(W.program)} style={{ width: 200 }} />
      </Form.Item>
      {area && (
        <Form.Item name="giverForm">
          <Select
            data-testid="ledger-filter-giver-form"
            allowClear
            placeholder={l(W.giverForm)}
            style={{ width: 150 }}
            popupMatchSelectWidth={false}
            options={options(GIVER_FORMS, GIVER_FORM_LABELS)}
          />
        </Form.Item>
      )}
      {isOfficial(me) && (
        <Form.Item name="organizationId">
          <OrganizationSelect
            data-testid="ledger-filter-organization"
            known={knownOrganizations}
            placeholder={l(W.organizationSearch)}
            style={{ width: 220 }}
          />
        </Form.Item>
      )}
      <Form.Item name="confirmation">
        <Select
          data-testid="ledger-filter-confirmation"
          allowClear
          placeholder={l(W.confirmation)}
          style={{ width: 140 }}
          popupMatchSelectWidth={false}
          options={options(AID_CONFIRMATIONS, AID_CONFIRMATION_LABELS)}
        />
      </Form.Item>
      <Form.Item name="standing">
        <Select
          data-testid="ledger-filter-standing"
          allowClear
          placeholder={l(W.standing)}
          style={{ width: 130 }}
          popupMatchSelectWidth={false}
          options={options(AID_RECORD_STANDINGS, AID_RECORD_STANDING_LABELS)}
        />
      </Form.Item>
      {area && (
        <Form.Item name="counterpart">
          <Select
            data-testid="ledger-filter-counterpart"
            allowClear
            placeholder={l(W.counterpart)}
            style={{ width: 150 }}
            popupMatchSelectWidth={false}
            options={[
              { value: 'yes', label: l(W.counterpartYes) },
              { value: 'no', label: l(W.counterpartNo) },
            ]}
          />
        </Form.Item>
      )}
      <Form.Item name="duplicateOnly" valuePropName="checked">
        <Checkbox data-testid="ledger-filter-duplicates">{l(W.duplicateOnly)}</Checkbox>
      </Form.Item>
    </FilterBar>
  );
}
