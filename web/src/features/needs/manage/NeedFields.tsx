// The fields of a need: title and description, key field and populations, what is needed (money in 元, or
// materials / services with item, count and unit), the deadline and the contact. `editable` says which fields the
// server still lets change (all of them, or with claims only a few).
import { AutoComplete, Col, DatePicker, Form, Input, InputNumber, Radio, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { chinaToday } from '../../../../../src/common/glossary.ts';
import { NEED_KINDS, type NeedKind } from '../../../api/needManagement.ts';
import { useReferenceList } from '../../../api/reference.ts';
import { useI18n } from '../../../i18n/index.tsx';
import { MAX_QUANTITY } from '../format.ts';
import { NEED_KIND_LABELS } from '../labels.ts';
import { yuanProblem, type NeedFormValues } from './needForm.ts';

const UNIT_SUGGESTIONS: Record<Exclude<NeedKind, 'money'>, string[]> = {
  materials: ['个', '件', '套', '台', '箱', '袋', '吨', '株', '只'],
  service: ['人', '人次', '次', '课时', '天'],
};

// The server's rule (modules/programs/contacts.ts): a mobile, or a landline with its area code and maybe an extension.
const PHONE = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(-\d{1,6})?)$/;

/** Deadlines are at most 3 years ahead (the server's rule). */
const MAX_YEARS = 3;

export interface NeedFieldsProps {
  editable: (field: keyof NeedFormValues) => boolean;
  /** With claims the deadline may only move later than this. */
  earliestDeadline: string;
}

export function NeedFields({ editable, earliestDeadline }: NeedFieldsProps) {
  const { l, lang } = useI18n();
  const keyFields = useReferenceList('key-fields');
  const populations = useReferenceList('key-populations');
  const kind = Form.useWatch<NeedKind | undefined>('kind') ?? 'money';
  const required = l({ zh: '请填写此项', en: 'Required' });
  const today = chinaToday();
  const lastDay = dayjs(today).add(MAX_YEARS, 'year');
  const money = async (_: unknown, value: string | undefined) => {
    const problem = yuanProblem(value ?? '');
    if (problem) throw new Error(problem);
  };
  const optionalMoney = async (_: unknown, value: string | undefined) => {
    const problem = value?.trim() ? yuanProblem(value, true) : undefined;
    if (problem) throw new Error(problem);
  };

  return (
    <>
      <Form.Item
        name="title"
        label={l({ zh: '标题', en: 'Title' })}
        rules={[{ required: true, whitespace: true, message: required }]}
      >
        <Input
          data-testid="need-form-title"
          maxLength={60}
          showCount
          disabled={!editable('title')}
          placeholder={l({ zh: '如“中岗村产业路硬化资金缺口”', en: 'e.g. “Funds to surface Zhonggang’s farm road”' })}
        />
      </Form.Item>
      <Form.Item
        name="description"
        label={l({ zh: '需求说明', en: 'Description' })}
        rules={[{ required: true, whitespace: true, message: required }]}
      >
        <Input.TextArea
          data-testid="need-form-description"
          maxLength={2000}
          showCount
          autoSize={{ minRows: 4, maxRows: 12 }}
          disabled={!editable('description')}
          placeholder={l({
            zh: '缺什么、用在哪里、惠及多少人。不要写住户的姓名、身份证号或病情细节。',
            en: 'What is missing, where it goes, whom it helps. No names, ID numbers or medical details of households.',
          })}
        />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={10}>
          <Form.Item
            name="keyFieldCode"
            label={l({ zh: '重点领域', en: 'Key field' })}
            rules={[{ required: true, message: l({ zh: '请选择重点领域', en: 'Choose a key field' }) }]}
          >
            <Select
              data-testid="need-form-field"
              disabled={!editable('keyFieldCode')}
              showSearch={{ optionFilterProp: 'label' }}
              loading={keyFields.isPending}
              options={(keyFields.data ?? []).map((f) => ({
                value: f.code,
                label: lang === 'zh' ? f.nameZh : f.nameEn,
              }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={14}>
          <Form.Item name="keyPopulationCodes" label={l({ zh: '重点人群', en: 'Key populations' })}>
            <Select
              data-testid="need-form-populations"
              mode="multiple"
              maxCount={10}
              allowClear
              disabled={!editable('keyPopulationCodes')}
              showSearch={{ optionFilterProp: 'label' }}
              loading={populations.isPending}
              placeholder={l({ zh: '可多选', en: 'Any number' })}
              options={(populations.data ?? []).map((p) => ({
                value: p.code,
                label: lang === 'zh' ? p.nameZh : p.nameEn,
              }))}
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="kind" label={l({ zh: '需求类型', en: 'Kind' })} rules={[{ required: true, message: required }]}>
        <Radio.Group
          data-testid="need-form-kind"
          optionType="button"
          buttonStyle="solid"
          disabled={!editable('kind')}
          options={NEED_KINDS.map((k) => ({
            value: k,
            label: <span data-testid={`need-form-kind-${k}`}>{l(NEED_KIND_LABELS[k])}</span>,
          }))}
        />
      </Form.Item>
      {kind === 'money' ? (
        <Form.Item
          name="moneyYuan"
          label={l({ zh: '所需资金', en: 'Funds needed' })}
          extra={l({ zh: '按元填写，最多两位小数', en: 'In yuan, at most two decimals' })}
          required
          rules={[{ validator: money }]}
        >
          <Input
            data-testid="need-form-money"
            inputMode="decimal"
            suffix="元"
            disabled={!editable('moneyYuan')}
            style={{ maxWidth: 260 }}
          />
        </Form.Item>
      ) : (
        <Row gutter={16}>
          <Col xs={24} md={10}>
            <Form.Item
              name="itemName"
              label={kind === 'materials' ? l({ zh: '物资名称', en: 'Item' }) : l({ zh: '服务内容', en: 'Service' })}
              rules={[{ required: true, whitespace: true, message: required }]}
            >
              <Input
                data-testid="need-form-item"
                maxLength={50}
                disabled={!editable('itemName')}
                placeholder={
                  kind === 'materials'
                    ? l({ zh: '如“书包”', en: 'e.g. school bags' })
                    : l({ zh: '如“义诊医生”', en: 'e.g. doctors for a free clinic' })
                }
              />
            </Form.Item>
          </Col>
          <Col xs={12} md={7}>
            <Form.Item
              name="quantity"
              label={l({ zh: '数量', en: 'Quantity' })}
              rules={[
                {
                  required: true,
                  type: 'integer',
                  min: 1,
                  max: MAX_QUANTITY,
                  message: l({ zh: '请填写大于 0 的整数', en: 'A whole number above 0' }),
                },
              ]}
            >
              <InputNumber
                data-testid="need-form-quantity"
                precision={0}
                disabled={!editable('quantity')}
                style={{ width: '100%' }}
              />
            </Form.Item>
          </Col>
          <Col xs={12} md={7}>
            <Form.Item
              name="unit"
              label={l({ zh: '单位', en: 'Unit' })}
              rules={[{ required: true, whitespace: true, message: required }]}
            >
              <AutoComplete
                data-testid="need-form-unit"
                disabled={!editable('unit')}
                options={UNIT_SUGGESTIONS[kind].map((u) => ({ value: u }))}
                maxLength={10}
                placeholder={kind === 'materials' ? '个 / 套 / 台' : '人 / 人次'}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={10}>
            <Form.Item
              name="amountYuan"
              label={l({ zh: '估算价值（选填）', en: 'Estimated value (optional)' })}
              extra={l({ zh: '按元填写，便于按金额查找', en: 'In yuan; lets organizations find it by amount' })}
              rules={[{ validator: optionalMoney }]}
            >
              <Input
                data-testid="need-form-amount"
                inputMode="decimal"
                suffix="元"
                disabled={!editable('amountYuan')}
              />
            </Form.Item>
          </Col>
        </Row>
      )}
      <Form.Item
        name="deadline"
        label={l({ zh: '截止日期', en: 'Deadline' })}
        rules={[{ required: true, message: l({ zh: '请选择截止日期', en: 'Choose a deadline' }) }]}
        getValueProps={(v: string | undefined) => ({ value: v ? dayjs(v) : null })}
        normalize={(d: Dayjs | null) => (d ? d.format('YYYY-MM-DD') : undefined)}
      >
        <DatePicker
          data-testid="need-form-deadline"
          disabled={!editable('deadline')}
          disabledDate={(d) => d.format('YYYY-MM-DD') < earliestDeadline || d.isAfter(lastDay, 'day')}
          style={{ width: 200 }}
        />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={10}>
          <Form.Item
            name="contactName"
            label={l({ zh: '对接联系人', en: 'Contact' })}
            rules={[{ required: true, whitespace: true, message: required }]}
          >
            <Input data-testid="need-form-contact-name" maxLength={30} disabled={!editable('contactName')} />
          </Form.Item>
        </Col>
        <Col xs={24} md={10}>
          <Form.Item
            name="contactPhone"
            label={l({ zh: '联系电话', en: 'Phone' })}
            rules={[
              { required: true, whitespace: true, message: required },
              {
                pattern: PHONE,
                transform: (v: string) => v.replace(/\s+/g, ''),
                message: l({
                  zh: '应为 11 位手机号或带区号的固定电话，如 023-58569600',
                  en: 'An 11-digit mobile or a landline with area code, e.g. 023-58569600',
                }),
              },
            ]}
          >
            <Input
              data-testid="need-form-contact-phone"
              maxLength={20}
              inputMode="tel"
              disabled={!editable('contactPhone')}
            />
          </Form.Item>
        </Col>
      </Row>
      <div style={{ color: '#8c8c8c', fontSize: 13, marginTop: -8, marginBottom: 16 }}>
        {l({
          zh: '联系人和电话不公开，只给确认对接成功的认领方。',
          en: 'The contact is not public: only claimants whose claim is confirmed see it.',
        })}
      </div>
    </>
  );
}
