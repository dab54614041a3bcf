// 帮扶项目: an organization's own projects, or the projects with a place in an official's or liaison's scope; filters
// (name, status, region, year, fair, program) and keyset paging; organizations start a new project here.
import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { Alert, Button, Card, Empty, Form, Input, Select } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { chinaToday } from '../../../../src/common/glossary.ts';
import { PROJECT_STATUS_LABELS } from '../../../../src/common/projects.ts';
import { useSession } from '../../api/auth.ts';
import { errorFieldMessages } from '../../api/client.ts';
import {
  PROJECT_STATUSES,
  useProjects,
  type ProjectFilters,
  type ProjectStatus,
  type ProjectSummary,
} from '../../api/projects.ts';
import { useI18n } from '../../i18n/index.tsx';
import { FilterBar } from '../../shared/FilterBar.tsx';
import { KeysetTable } from '../../shared/KeysetTable.tsx';
import { PageHeader } from '../../shared/PageHeader.tsx';
import { RegionCascader } from '../regions/RegionCascader.tsx';
import { FairSelect, ProgramSelect } from './Choices.tsx';
import { isOrganizationRole } from './roles.ts';
import { useProjectColumns } from './useProjectColumns.tsx';
import { W } from './words.ts';

interface FilterValues {
  q?: string;
  status?: ProjectStatus;
  region?: string;
  year?: number;
  fairId?: number | null;
  programId?: number | null;
}

const NO_FILTERS: FilterValues = {};

function toFilters(values: FilterValues): ProjectFilters {
  const out: ProjectFilters = {};
  const q = values.q?.trim();
  if (q) out.q = q.slice(0, 50);
  if (values.status) out.status = values.status;
  if (values.region) out.region = values.region;
  if (values.year) out.year = values.year;
  if (values.fairId) out.fairId = values.fairId;
  if (values.programId) out.programId = values.programId;
  return out;
}

/** Next year down to ten years back: projects are planned a year ahead and looked back on for years. */
function yearOptions(): number[] {
  const now = Number(chinaToday().slice(0, 4));
  return Array.from({ length: 12 }, (_, i) => now + 1 - i);
}

export function ProjectsPage() {
  const { l } = useI18n();
  const navigate = useNavigate();
  const { data: me } = useSession();
  const [form] = Form.useForm<FilterValues>();
  const [values, setValues] = useState<FilterValues>(NO_FILTERS);
  const filters = useMemo(() => toFilters(values), [values]);
  const list = useProjects(filters, me !== undefined && me !== null);
  const organization = me ? isOrganizationRole(me.role) : false;
  const columns = useProjectColumns({ showOrganization: !organization });
  const scope = me?.scopeRegionCode ?? null;
  const refused = errorFieldMessages(list.error);
  if (!me) return null;

  return (
    <>
      <PageHeader
        title={l(W.title)}
        description={organization ? l(W.introOrganization) : l(W.introArea)}
        extra={
          organization && (
            <Button data-testid="projects-new" type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/projects/new')}>
              {l(W.newProject)}
            </Button>
          )
        }
      />
      <FilterBar<FilterValues> form={form} initialValues={NO_FILTERS} onChange={setValues} resetTestId="projects-reset">
        <Form.Item name="q">
          <Input.Search
            data-testid="projects-q"
            allowClear
            maxLength={50}
            placeholder={l(W.q)}
            style={{ width: 220 }}
            onSearch={() => form.submit()}
          />
        </Form.Item>
        <Form.Item name="status">
          <Select
            data-testid="projects-status"
            allowClear
            placeholder={l(W.status)}
            style={{ width: 130 }}
            popupMatchSelectWidth={false}
            options={PROJECT_STATUSES.map((s) => ({ value: s, label: l(PROJECT_STATUS_LABELS[s]) }))}
          />
        </Form.Item>
        {scope?.length !== 12 && (
          <Form.Item name="region">
            <RegionCascader data-testid="projects-region" scope={scope} maxLength={12} placeholder={l(W.region)} style={{ width: 240 }} />
          </Form.Item>
        )}
        <Form.Item name="year">
          <Select
            data-testid="projects-year"
            allowClear
            placeholder={l(W.year)}
            style={{ width: 130 }}
            options={yearOptions().map((y) => ({ value: y, label: String(y) }))}
          />
        </Form.Item>
        <Form.Item name="fairId">
          <FairSelect data-testid="projects-fair" mine={organization} placeholder={l(W.fair)} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="programId">
          <ProgramSelect data-testid="projects-program" placeholder={l(W.program)} style={{ width: 220 }} />
        </Form.Item>
      </FilterBar>
      {refused.length > 0 && <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={refused.join('；')} data-testid="projects-refused" />}
      <Card>
        <KeysetTable<ProjectSummary>
          rowKey="id"
          columns={columns}
          query={list}
          testId="projects"
          locale={{
            emptyText: (
              <Empty description={organization && Object.keys(filters).length === 0 ? l(W.emptyOrganization) : l(W.empty)}>
                {organization && (
                  <Link to="/projects/new">
                    <Button icon={<PlusOutlined />}>{l(W.newProject)}</Button>
                  </Link>
                )}
              </Empty>
            ),
          }}
        />
      </Card>
    </>
  );
}
