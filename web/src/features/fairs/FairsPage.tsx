// 对接会与乡村行: every fair the caller sees, newest first, filtered by year, kind and status; an organization can keep
// to the ones it signed up for, and officials start a new one.
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Button, Card, Checkbox, Empty, Form, Select } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { chinaToday } from '../../../../src/common/glossary.ts';
import { useSession } from '../../api/auth.ts';
import {
  FAIR_KIND_LABELS,
  FAIR_KINDS,
  FAIR_STATUS_LABELS,
  FAIR_STATUSES,
  useFairs,
  type FairFilters,
  type FairKind,
  type FairStatus,
  type FairSummary,
} from '../../api/fairs.ts';
import { useI18n } from '../../i18n/index.tsx';
import { FilterBar } from '../../shared/FilterBar.tsx';
import { KeysetTable } from '../../shared/KeysetTable.tsx';
import { PageHeader } from '../../shared/PageHeader.tsx';
import { isOfficialRole, isOrganizationRole } from './roles.ts';
import { useFairColumns } from './useFairColumns.tsx';
import { fill, W } from './words.ts';

interface FilterValues {
  year?: number;
  kind?: FairKind;
  status?: FairStatus;
  mine?: boolean;
}

function toFilters(values: FilterValues): FairFilters {
  return {
    ...(values.year ? { year: values.year } : {}),
    ...(values.kind ? { kind: values.kind } : {}),
    ...(values.status ? { status: values.status } : {}),
    ...(values.mine ? { mine: true } : {}),
  };
}

/** Next year (fairs are planned ahead) back to ten years ago. */
function yearChoices(): number[] {
  const now = Number(chinaToday().slice(0, 4));
  return Array.from({ length: 11 }, (_, i) => now + 1 - i);
}

export function FairsPage() {
  const { l } = useI18n();
  const { data: me } = useSession();
  const [form] = Form.useForm<FilterValues>();
  const [values, setValues] = useState<FilterValues>({});
  const organization = isOrganizationRole(me?.role);
  const official = isOfficialRole(me?.role);
  const list = useFairs(toFilters(values));
  const columns = useFairColumns({ organization });
  if (!me) return null;

  const intro = official ? W.introOfficial : organization ? W.introOrganization : W.introLiaison;
  return (
    <>
      <PageHeader
        title={l(W.title)}
        description={l(intro)}
        extra={
          official && (
            <Link to="/fairs/new">
              <Button type="primary" icon={<PlusOutlined />} data-testid="fairs-new">
                {l(W.newFair)}
              </Button>
            </Link>
          )
        }
      />
      <FilterBar<FilterValues> form={form} initialValues={{}} onChange={setValues} resetTestId="fairs-reset">
        <Form.Item name="year">
          <Select
            data-testid="fairs-year"
            allowClear
            placeholder={l(W.allYears)}
            style={{ width: 130 }}
            options={yearChoices().map((y) => ({ value: y, label: fill(l(W.yearSuffix), { year: y }) }))}
          />
        </Form.Item>
        <Form.Item name="kind">
          <Select
            data-testid="fairs-kind"
            allowClear
            placeholder={l(W.allKinds)}
            style={{ width: 150 }}
            options={FAIR_KINDS.map((k) => ({ value: k, label: l(FAIR_KIND_LABELS[k]) }))}
          />
        </Form.Item>
        <Form.Item name="status">
          <Select
            data-testid="fairs-status"
            allowClear
            placeholder={l(W.allStatuses)}
            style={{ width: 130 }}
            options={FAIR_STATUSES.map((s) => ({ value: s, label: l(FAIR_STATUS_LABELS[s]) }))}
          />
        </Form.Item>
        {organization && (
          <Form.Item name="mine" valuePropName="checked">
            <Checkbox data-testid="fairs-mine">{l(W.mineOnly)}</Checkbox>
          </Form.Item>
        )}
      </FilterBar>
      <Card>
        <KeysetTable<FairSummary>
          rowKey="id"
          columns={columns}
          query={list}
          testId="fairs"
          locale={{ emptyText: <Empty description={values.mine ? l(W.emptyMine) : l(W.empty)} /> }}
        />
      </Card>
    </>
  );
}
