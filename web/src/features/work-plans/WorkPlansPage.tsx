// 年度工作计划: an organization lists its plans by year and opens the form for this year or next; officials list the
// submitted plans of organizations in their scope, filtered by year and organization.
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Button, Card, Empty, Form, Select, Space } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { chinaToday } from '../../../../src/common/glossary.ts';
import { useSession } from '../../api/auth.ts';
import { useWorkPlans, type WorkPlanFilters, type WorkPlanSummary } from '../../api/workPlans.ts';
import { useI18n } from '../../i18n/index.tsx';
import { FilterBar } from '../../shared/FilterBar.tsx';
import { KeysetTable } from '../../shared/KeysetTable.tsx';
import { PageHeader } from '../../shared/PageHeader.tsx';
import { OrganizationFilter } from './OrganizationFilter.tsx';
import { offeredYears } from './planForm.ts';
import { useWorkPlanColumns } from './useWorkPlanColumns.tsx';
import { fill, W } from './words.ts';

/** The years offered in the officials' year filter: next year back to six years ago. */
function filterYears(today: string): number[] {
  const next = Number(today.slice(0, 4)) + 1;
  return Array.from({ length: 8 }, (_, i) => next - i);
}

function OwnPlans() {
  const { l } = useI18n();
  const list = useWorkPlans({});
  const columns = useWorkPlanColumns({ official: false });
  return (
    <Card>
      <KeysetTable<WorkPlanSummary>
        rowKey="id"
        columns={columns}
        query={list}
        testId="work-plans"
        locale={{ emptyText: <Empty description={l(W.emptyOwn)} /> }}
      />
    </Card>
  );
}

interface Filters {
  year: number | 'all';
  organizationId: number | null;
}

function ScopePlans() {
  const { l } = useI18n();
  const [form] = Form.useForm<Filters>();
  const initial: Filters = { year: 'all', organizationId: null };
  const [filters, setFilters] = useState<Filters>(initial);
  const query: WorkPlanFilters = {
    ...(typeof filters.year === 'number' ? { year: filters.year } : {}),
    ...(typeof filters.organizationId === 'number' ? { organizationId: filters.organizationId } : {}),
  };
  const list = useWorkPlans(query);
  const columns = useWorkPlanColumns({ official: true });
  return (
    <>
      <FilterBar<Filters> form={form} initialValues={initial} onChange={setFilters} resetTestId="work-plans-reset">
        <Form.Item name="year" label={l(W.year)}>
          <Select<number | 'all'>
            data-testid="work-plans-year"
            style={{ width: 140 }}
            options={[
              { value: 'all', label: l(W.allYears) },
              ...filterYears(chinaToday()).map((y) => ({ value: y, label: fill(l(W.yearValue), { year: y }) })),
            ]}
          />
        </Form.Item>
        <Form.Item name="organizationId" label={l(W.organizationFilter)}>
          <OrganizationFilter />
        </Form.Item>
      </FilterBar>
      <Card>
        <KeysetTable<WorkPlanSummary>
          rowKey="id"
          columns={columns}
          query={list}
          testId="work-plans"
          locale={{ emptyText: <Empty description={l(W.empty)} /> }}
        />
      </Card>
    </>
  );
}

export function WorkPlansPage() {
  const { l } = useI18n();
  const { data: me } = useSession();
  if (!me) return null;
  const organization = me.role === 'organization_admin' || me.role === 'organization_member';
  return (
    <>
      <PageHeader
        title={l(W.title)}
        description={organization ? l(W.introOrganization) : l(W.introOfficial)}
        extra={
          organization && (
            <Space wrap>
              {offeredYears(chinaToday()).map((year, i) => (
                <Link key={year} to={`/work-plans/year/${year}`}>
                  <Button type={i === 0 ? 'primary' : 'default'} icon={<EditOutlined />} data-testid={`work-plans-write-${year}`}>
                    {fill(l(W.writeYear), { year })}
                  </Button>
                </Link>
              ))}
            </Space>
          )
        }
      />
      {organization ? <OwnPlans /> : <ScopePlans />}
    </>
  );
}
