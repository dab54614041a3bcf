// 住户: the households registered in the caller's scope (liaisons: their township or village; officials: their
// region), with filters and keyset paging. ID numbers are masked here; the whole record is one click away, and
// opening it is logged. Liaisons register households from this page.
import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { Button, Card, Form, Select, Typography, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useSession } from '../../api/auth.ts';
import {
  HOUSEHOLD_CATEGORIES,
  HOUSEHOLD_SITUATIONS,
  HOUSEHOLD_STATUSES,
  useHouseholds,
  type HouseholdFilters,
  type HouseholdListItem,
} from '../../api/households.ts';
import { useI18n } from '../../i18n/index.tsx';
import { FilterBar } from '../../shared/FilterBar.tsx';
import { KeysetTable } from '../../shared/KeysetTable.tsx';
import { PageHeader } from '../../shared/PageHeader.tsx';
import { HOUSEHOLD_CATEGORY_LABELS } from '../needs/labels.ts';
import { placeWithin } from '../needs/manage/place.ts';
import { RegionCascader } from '../regions/RegionCascader.tsx';
import { RegisterHouseholdDrawer } from './HouseholdDrawer.tsx';
import { CategoryTag, HOUSEHOLD_STATUS_LABELS, HouseholdStatusTag, SituationTags } from './HouseholdTags.tsx';
import { useSituationNames } from './useSituationNames.ts';

type FilterValues = {
  region?: string;
  category?: HouseholdFilters['category'];
  situation?: HouseholdFilters['situation'];
  status?: HouseholdFilters['status'];
};

/** Active households of the whole scope. */
const INITIAL: FilterValues = { status: 'active' };

/** Empty choices are not sent: the server's defaults (active households, the whole scope) apply. */
function toFilters(values: FilterValues): HouseholdFilters {
  const out: HouseholdFilters = {};
  if (values.region) out.region = values.region;
  if (values.category) out.category = values.category;
  if (values.situation) out.situation = values.situation;
  if (values.status) out.status = values.status;
  return out;
}

export function HouseholdsPage() {
  const { l, dateTime } = useI18n();
  const { data: me } = useSession();
  const [form] = Form.useForm<FilterValues>();
  const [values, setValues] = useState<FilterValues>(INITIAL);
  const filters = useMemo(() => toFilters(values), [values]);
  const list = useHouseholds(filters);
  const situationName = useSituationNames();
  const [registering, setRegistering] = useState(false);
  const scope = me?.scopeRegionCode ?? null;
  const isLiaison = me?.role === 'liaison';

  const columns: TableColumnsType<HouseholdListItem> = [
    {
      title: l({ zh: '户主', en: 'Head of household' }),
      key: 'head',
      render: (_, h) => (
        <Link to={`/households/${h.id}`} data-testid={`household-link-${h.id}`}>
          {h.headName}
        </Link>
      ),
    },
    {
      title: l({ zh: '身份证号', en: 'ID number' }),
      key: 'id',
      render: (_, h) => (
        <Typography.Text code data-testid={`household-id-${h.id}`}>
          {h.idNumberMasked}
        </Typography.Text>
      ),
    },
    {
      title: l({ zh: '所在村（社区）', en: 'Village' }),
      key: 'village',
      render: (_, h) => placeWithin(h.region.name, me?.scopeRegionName),
    },
    { title: l({ zh: '人口', en: 'Members' }), dataIndex: 'membersCount', key: 'members', align: 'right' },
    {
      title: l({ zh: '户类别', en: 'Category' }),
      key: 'category',
      render: (_, h) => <CategoryTag category={h.category} />,
    },
    {
      title: l({ zh: '家庭情况', en: 'Situations' }),
      key: 'situations',
      render: (_, h) => <SituationTags situations={h.situations} />,
    },
    {
      title: l({ zh: '状态', en: 'Status' }),
      key: 'status',
      render: (_, h) => <HouseholdStatusTag status={h.status} />,
    },
    { title: l({ zh: '登记时间', en: 'Registered' }), key: 'createdAt', render: (_, h) => dateTime(h.createdAt) },
  ];

  return (
    <>
      <PageHeader
        title={l({ zh: '住户', en: 'Households' })}
        description={l({
          zh: '本辖区登记的住户。列表中身份证号只显示前 6 位和后 4 位；打开住户查看完整信息会记入访问日志。',
          en: 'Households registered in your area. Lists show only the first 6 and last 4 characters of ID numbers; opening a household is recorded in the access log.',
        })}
        extra={
          isLiaison && (
            <Button
              data-testid="households-register"
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setRegistering(true)}
            >
              {l({ zh: '登记住户', en: 'Register a household' })}
            </Button>
          )
        }
      />
      <FilterBar<FilterValues> form={form} initialValues={INITIAL} onChange={setValues} resetTestId="households-reset">
        {scope?.length !== 12 && (
          <Form.Item name="region">
            <RegionCascader
              data-testid="households-region"
              scope={scope}
              maxLength={12}
              placeholder={l({ zh: '村（社区）或上级地区', en: 'Village or a region above' })}
              style={{ width: 280 }}
            />
          </Form.Item>
        )}
        <Form.Item name="category">
          <Select
            data-testid="households-category"
            allowClear
            placeholder={l({ zh: '户类别', en: 'Category' })}
            style={{ width: 170 }}
            popupMatchSelectWidth={false}
            options={HOUSEHOLD_CATEGORIES.map((c) => ({ value: c, label: l(HOUSEHOLD_CATEGORY_LABELS[c]) }))}
          />
        </Form.Item>
        <Form.Item name="situation">
          <Select
            data-testid="households-situation"
            allowClear
            placeholder={l({ zh: '家庭情况', en: 'Situation' })}
            style={{ width: 190 }}
            popupMatchSelectWidth={false}
            options={HOUSEHOLD_SITUATIONS.map((s) => ({ value: s, label: situationName(s) }))}
          />
        </Form.Item>
        <Form.Item name="status">
          <Select
            data-testid="households-status"
            style={{ width: 120 }}
            options={HOUSEHOLD_STATUSES.map((s) => ({ value: s, label: l(HOUSEHOLD_STATUS_LABELS[s]) }))}
          />
        </Form.Item>
      </FilterBar>
      <Card>
        <KeysetTable<HouseholdListItem> rowKey="id" columns={columns} query={list} testId="households" />
      </Card>
      {registering && <RegisterHouseholdDrawer onClose={() => setRegistering(false)} />}
    </>
  );
}
