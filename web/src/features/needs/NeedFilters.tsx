// The search form of needs (the finders' page and the public page): keyword, region (any), key field and population,
// kind, amount range in 元, deadline range, status, key areas only, household needs only, and the order. Choices
// apply at once; typed text (keyword, amounts) applies on Enter or when the box is left.
import { Button, Checkbox, DatePicker, Form, Input, Select, Space } from 'antd';
import { SEARCH_STATUSES, NEED_KINDS, NEED_SORTS, type NeedFilters as NeedQuery } from '../../api/needs.ts';
import { useReferenceList } from '../../api/reference.ts';
import { useI18n } from '../../i18n/index.tsx';
import { RegionCascader } from '../regions/RegionCascader.tsx';
import { toNeedFilters, yuanProblem, type NeedFilterValues } from './filters.ts';
import { NEED_KIND_LABELS, NEED_SORT_LABELS, SEARCH_STATUS_LABELS } from './labels.ts';

/** Fields whose every keystroke is not a search. */
const TYPED: readonly (keyof NeedFilterValues)[] = ['q', 'minYuan', 'maxYuan'];

export const DEFAULT_FILTER_VALUES: NeedFilterValues = { status: 'open', sort: 'deadline' };

interface Props {
  testIdPrefix: string;
  initialValues: NeedFilterValues;
  onChange: (filters: NeedQuery) => void;
}

export function NeedFilters({ testIdPrefix: p, initialValues, onChange }: Props) {
  const { l, lang, t } = useI18n();
  const [form] = Form.useForm<NeedFilterValues>();
  const keyFields = useReferenceList('key-fields');
  const keyPopulations = useReferenceList('key-populations');
  const name = (item: { nameZh: string; nameEn: string }) => (lang === 'zh' ? item.nameZh : item.nameEn);

  const amountRule = {
    validator: (_: unknown, value: string | undefined) => {
      const problem = yuanProblem(value);
      if (problem === 'format') return Promise.reject(new Error(l({ zh: '请输入金额（元），最多两位小数', en: 'An amount in yuan, at most two decimals' })));
      if (problem === 'range') return Promise.reject(new Error(l({ zh: '金额过大', en: 'Amount too large' })));
      return Promise.resolve();
    },
  };
  const submit = () => form.submit();

  return (
    <Form<NeedFilterValues>
      form={form}
      layout="inline"
      style={{ rowGap: 12 }}
      initialValues={initialValues}
      onFinish={(values) => onChange(toNeedFilters(values))}
      onValuesChange={(changed: Partial<NeedFilterValues>) => {
        if (!Object.keys(changed).some((k) => TYPED.includes(k as keyof NeedFilterValues))) submit();
      }}
    >
      <Form.Item name="q">
        <Input.Search
          data-testid={`${p}-q`}
          allowClear
          maxLength={50}
          placeholder={l({ zh: '标题关键词', en: 'Words in the title' })}
          style={{ width: 220 }}
          onSearch={submit}
        />
      </Form.Item>
      <Form.Item name="region">
        <RegionCascader data-testid={`${p}-region`} scope={null} placeholder={l({ zh: '地区（含下级）', en: 'Region (and below)' })} style={{ width: 240 }} />
      </Form.Item>
      <Form.Item name="field">
        <Select
          data-testid={`${p}-field`}
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={l({ zh: '重点领域', en: 'Key field' })}
          style={{ width: 150 }}
          popupMatchSelectWidth={false}
          options={(keyFields.data ?? []).map((f) => ({ value: f.code, label: name(f) }))}
        />
      </Form.Item>
      <Form.Item name="population">
        <Select
          data-testid={`${p}-population`}
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={l({ zh: '重点人群', en: 'Key population' })}
          style={{ width: 150 }}
          popupMatchSelectWidth={false}
          options={(keyPopulations.data ?? []).map((f) => ({ value: f.code, label: name(f) }))}
        />
      </Form.Item>
      <Form.Item name="kind">
        <Select
          data-testid={`${p}-kind`}
          allowClear
          placeholder={l({ zh: '需求类型', en: 'Kind' })}
          style={{ width: 130 }}
          options={NEED_KINDS.map((k) => ({ value: k, label: l(NEED_KIND_LABELS[k]) }))}
        />
      </Form.Item>
      {/* The two boxes share one label, which shows their errors (antd gathers those of noStyle items). */}
      <Form.Item label={l({ zh: '金额（元）', en: 'Amount (yuan)' })}>
        <Space.Compact>
          <Form.Item name="minYuan" noStyle rules={[amountRule]}>
            <Input data-testid={`${p}-min-yuan`} inputMode="decimal" placeholder={l({ zh: '最低', en: 'Min' })} style={{ width: 100 }} onPressEnter={submit} onBlur={submit} />
          </Form.Item>
          <Form.Item name="maxYuan" noStyle rules={[amountRule]}>
            <Input data-testid={`${p}-max-yuan`} inputMode="decimal" placeholder={l({ zh: '最高', en: 'Max' })} style={{ width: 100 }} onPressEnter={submit} onBlur={submit} />
          </Form.Item>
        </Space.Compact>
      </Form.Item>
      <Form.Item name="deadline" label={l({ zh: '截止日期', en: 'Deadline' })}>
        <DatePicker.RangePicker data-testid={`${p}-deadline`} allowEmpty={[true, true]} style={{ width: 250 }} />
      </Form.Item>
      <Form.Item name="status">
        <Select
          data-testid={`${p}-status`}
          style={{ width: 200 }}
          popupMatchSelectWidth={false}
          options={SEARCH_STATUSES.map((s) => ({ value: s, label: l(SEARCH_STATUS_LABELS[s]) }))}
        />
      </Form.Item>
      <Form.Item name="keyAreasOnly" valuePropName="checked">
        <Checkbox data-testid={`${p}-key-areas-only`}>{l({ zh: '只看重点地区', en: 'Key areas only' })}</Checkbox>
      </Form.Item>
      <Form.Item name="householdOnly" valuePropName="checked">
        <Checkbox data-testid={`${p}-household-only`}>{l({ zh: '只看住户需求', en: 'Household needs only' })}</Checkbox>
      </Form.Item>
      <Form.Item name="sort" label={l({ zh: '排序', en: 'Sort' })}>
        <Select
          data-testid={`${p}-sort`}
          style={{ width: 120 }}
          options={NEED_SORTS.map((s) => ({ value: s, label: l(NEED_SORT_LABELS[s]) }))}
        />
      </Form.Item>
      <Form.Item>
        <Button
          data-testid={`${p}-reset`}
          onClick={() => {
            form.resetFields();
            onChange(toNeedFilters(initialValues));
          }}
        >
          {t('common.reset')}
        </Button>
      </Form.Item>
    </Form>
  );
}
