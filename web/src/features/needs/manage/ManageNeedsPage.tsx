// 需求发布与管理: every need in the caller's scope, drafts and withdrawn ones included, with filters and keyset
// paging; the ways to publish one (the form, or a spreadsheet for a township); and for officials the claim lapse
// period of their region.
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Button, Card, Form, Input, Select, Space } from 'antd';
import { FileExcelOutlined, PlusOutlined } from '@ant-design/icons';
import { useSession } from '../../../api/auth.ts';
import {
  NEED_STATUSES,
  useManagedNeeds,
  type ManagedNeedFilters,
  type NeedStatus,
} from '../../../api/needManagement.ts';
import { useReferenceList } from '../../../api/reference.ts';
import { useI18n } from '../../../i18n/index.tsx';
import { FilterBar } from '../../../shared/FilterBar.tsx';
import { PageHeader } from '../../../shared/PageHeader.tsx';
import { RegionCascader } from '../../regions/RegionCascader.tsx';
import { NEED_STATUS_LABELS } from '../labels.ts';
import { ClaimSettingsCard } from './ClaimSettingsCard.tsx';
import { ManagedNeedsTable } from './ManagedNeedsTable.tsx';

interface FilterValues {
  q?: string;
  status?: NeedStatus;
  field?: string;
  region?: string;
}

const NO_FILTERS: FilterValues = {};

function toFilters(values: FilterValues): ManagedNeedFilters {
  const out: ManagedNeedFilters = {};
  const q = values.q?.trim();
  if (q) out.q = q.slice(0, 50);
  if (values.status) out.status = values.status;
  if (values.field) out.field = values.field;
  if (values.region) out.region = values.region;
  return out;
}

export function ManageNeedsPage() {
  const { l, lang } = useI18n();
  const navigate = useNavigate();
  const { data: me } = useSession();
  const [form] = Form.useForm<FilterValues>();
  const [values, setValues] = useState<FilterValues>(NO_FILTERS);
  const filters = useMemo(() => toFilters(values), [values]);
  const list = useManagedNeeds(filters);
  const keyFields = useReferenceList('key-fields');
  const scope = me?.scopeRegionCode ?? null;
  const isOfficial = me?.role === 'platform_admin' || me?.role === 'department_official';
  // A spreadsheet is a township's list of needs: a village liaison publishes one by one.
  const canImport = scope?.length !== 12;

  return (
    <>
      <PageHeader
        title={l({ zh: '需求发布与管理', en: 'Needs' })}
        description={l({
          zh: '本辖区的全部需求，包括草稿和已撤回的。发布后社会组织和爱心人士可以查找、认领；认领后请在需求详情中确认对接或婉拒。',
          en: 'Every need of your area, drafts and withdrawn ones included. Once published, organizations and caring individuals can find and claim them; confirm or decline claims on each need’s page.',
        })}
        extra={
          <Space wrap>
            {canImport && (
              <Button
                data-testid="needs-import"
                icon={<FileExcelOutlined />}
                onClick={() => void navigate('/needs/import')}
              >
                {l({ zh: '表格导入', en: 'Import a sheet' })}
              </Button>
            )}
            <Button
              data-testid="needs-new"
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => void navigate('/needs/new')}
            >
              {l({ zh: '发布需求', en: 'Publish a need' })}
            </Button>
          </Space>
        }
      />
      {isOfficial && <ClaimSettingsCard />}
      <FilterBar<FilterValues> form={form} initialValues={NO_FILTERS} onChange={setValues} resetTestId="needs-reset">
        <Form.Item name="q">
          <Input.Search
            data-testid="needs-q"
            allowClear
            maxLength={50}
            placeholder={l({ zh: '标题中的字词', en: 'Words in the title' })}
            style={{ width: 220 }}
            onSearch={() => form.submit()}
          />
        </Form.Item>
        <Form.Item name="status">
          <Select
            data-testid="needs-status"
            allowClear
            placeholder={l({ zh: '状态', en: 'Status' })}
            style={{ width: 140 }}
            popupMatchSelectWidth={false}
            options={NEED_STATUSES.map((s) => ({ value: s, label: l(NEED_STATUS_LABELS[s]) }))}
          />
        </Form.Item>
        <Form.Item name="field">
          <Select
            data-testid="needs-field"
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={l({ zh: '重点领域', en: 'Key field' })}
            style={{ width: 160 }}
            popupMatchSelectWidth={false}
            options={(keyFields.data ?? []).map((f) => ({
              value: f.code,
              label: lang === 'zh' ? f.nameZh : f.nameEn,
            }))}
          />
        </Form.Item>
        {scope?.length !== 12 && (
          <Form.Item name="region">
            <RegionCascader
              data-testid="needs-region"
              scope={scope}
              maxLength={12}
              placeholder={l({ zh: '地区', en: 'Region' })}
              style={{ width: 260 }}
            />
          </Form.Item>
        )}
      </FilterBar>
      <Card>
        <ManagedNeedsTable query={list} testId="needs" />
      </Card>
    </>
  );
}
