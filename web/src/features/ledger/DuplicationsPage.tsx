// 疑似重复帮扶 (liaisons and officials): households helped in the same key field by several givers within the window,
// each with its givers and records (links to them) and a link to all the household's records; names are masked.
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Card, DatePicker, Empty, Form, Space, Typography, type TableColumnsType } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useSession } from '../../api/auth.ts';
import {
  DUPLICATION_WINDOW_DAYS,
  useDuplications,
  type DuplicationFilters,
  type DuplicationRow,
} from '../../api/ledger.ts';
import { useI18n } from '../../i18n/index.tsx';
import { FilterBar } from '../../shared/FilterBar.tsx';
import { KeysetTable } from '../../shared/KeysetTable.tsx';
import { PageHeader } from '../../shared/PageHeader.tsx';
import { useReferenceNames } from '../needs/useReferenceNames.ts';
import { RegionCascader } from '../regions/RegionCascader.tsx';
import { Amount, KindTag } from './LedgerTags.tsx';
import { paramsFromFilters } from './filters.ts';
import { picksRegion } from './roles.ts';
import { W, fill } from './words.ts';

interface Values {
  region?: string | null;
  period?: [Dayjs | null, Dayjs | null] | null;
}

const NO_FILTERS: Values = {};

function toFilters(values: Values): DuplicationFilters {
  const [from, to] = values.period ?? [null, null];
  return {
    ...(values.region ? { region: values.region } : {}),
    ...(from ? { from: from.format('YYYY-MM-DD') } : {}),
    ...(to ? { to: to.format('YYYY-MM-DD') } : {}),
  };
}

function useColumns(): TableColumnsType<DuplicationRow> {
  const { l } = useI18n();
  const fieldName = useReferenceNames('key-fields');
  return [
    {
      title: l(W.household),
      key: 'household',
      render: (_, d) => (
        <Space orientation="vertical" size={0}>
          <Typography.Text strong>{d.householdLabel}</Typography.Text>
          <Link
            to={`/ledger?${paramsFromFilters({ householdId: d.householdId }).toString()}`}
            data-testid={`dup-household-${d.householdId}`}
          >
            {l(W.allOfHousehold)}
          </Link>
        </Space>
      ),
    },
    {
      title: l(W.place),
      key: 'place',
      render: (_, d) => <span style={{ display: 'inline-block', maxWidth: 220 }}>{d.regionName}</span>,
    },
    { title: l(W.keyField), key: 'field', render: (_, d) => fieldName(d.keyFieldCode) },
    {
      title: l(W.records),
      key: 'records',
      render: (_, d) => (
        <Space orientation="vertical" size={4}>
          {d.records.map((r) => (
            <Space key={r.id} size={8} wrap data-testid={`dup-record-${r.id}`}>
              <Link to={`/ledger/${r.id}`}>{r.occurredOn}</Link>
              <span>{r.giverName}</span>
              <KindTag kind={r.kind} />
              <Amount fen={r.amountFen} />
            </Space>
          ))}
        </Space>
      ),
    },
  ];
}

export function DuplicationsPage() {
  const { l } = useI18n();
  const { data: me } = useSession();
  const [form] = Form.useForm<Values>();
  const [filters, setFilters] = useState<DuplicationFilters>({});
  const list = useDuplications(filters);
  const columns = useColumns();

  return (
    <>
      <PageHeader
        title={l(W.duplicationsTitle)}
        description={
          <>
            <Link to="/ledger">{l(W.backToList)}</Link>
            {' · '}
            {fill(l(W.duplicationsIntro), { days: DUPLICATION_WINDOW_DAYS })}
          </>
        }
      />
      <FilterBar<Values>
        form={form}
        initialValues={NO_FILTERS}
        onChange={(v) => setFilters(toFilters(v))}
        resetTestId="dup-reset"
      >
        {picksRegion(me) && (
          <Form.Item name="region">
            <RegionCascader
              data-testid="dup-region"
              scope={me?.scopeRegionCode ?? null}
              maxLength={12}
              placeholder={l(W.region)}
              style={{ width: 240 }}
            />
          </Form.Item>
        )}
        <Form.Item name="period">
          <DatePicker.RangePicker
            data-testid="dup-period"
            allowEmpty={[true, true]}
            placeholder={[l(W.periodStart), l(W.periodEnd)]}
            disabledDate={(d) => d.isAfter(dayjs(), 'day')}
            style={{ width: 250 }}
          />
        </Form.Item>
      </FilterBar>
      <Card>
        <KeysetTable<DuplicationRow>
          rowKey={(d) => `${d.householdId}-${d.keyFieldCode}`}
          columns={columns}
          query={list}
          testId="dup"
          locale={{ emptyText: <Empty description={l(W.duplicationsEmpty)} /> }}
        />
      </Card>
    </>
  );
}
