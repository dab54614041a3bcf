// The fields of a household, for registering and for editing. Only what a need may require is asked: no phone, no
// address beyond the village, and of minors only how many there are.
import { Checkbox, Col, Form, Input, InputNumber, Row, Select, Switch } from 'antd';
import { chinaToday } from '../../../../src/common/glossary.ts';
import { idNumberProblem } from '../../../../src/common/id-number.ts';
import { HOUSEHOLD_CATEGORIES, HOUSEHOLD_SITUATIONS } from '../../api/households.ts';
import { useI18n } from '../../i18n/index.tsx';
import { HOUSEHOLD_CATEGORY_LABELS } from '../needs/labels.ts';
import { useSituationNames } from './useSituationNames.ts';
import { VillagePicker } from './VillagePicker.tsx';

const HEAD_NAME = /^[\p{Script=Han}A-Za-z·•.\s]+$/u;

export function HouseholdFields({ scope, scopeName }: { scope: string | null; scopeName: string | null }) {
  const { l } = useI18n();
  const situationName = useSituationNames();
  const required = l({ zh: '请填写此项', en: 'Required' });

  return (
    <>
      {scope && (
        <Form.Item
          name="regionCode"
          label={l({ zh: '所在村（社区）', en: 'Village' })}
          rules={[
            { required: true, message: l({ zh: '请选择住户所在的村（社区）', en: 'Choose the household’s village' }) },
          ]}
        >
          <VillagePicker data-testid="household-form-village" scope={scope} scopeName={scopeName} />
        </Form.Item>
      )}
      <Row gutter={16}>
        <Col xs={24} sm={10}>
          <Form.Item
            name="headName"
            label={l({ zh: '户主姓名', en: 'Head of household' })}
            rules={[
              { required: true, whitespace: true, message: required },
              {
                pattern: HEAD_NAME,
                message: l({ zh: '只能包含汉字、字母和间隔号“·”', en: 'Chinese characters, letters and “·” only' }),
              },
            ]}
          >
            <Input data-testid="household-form-head-name" maxLength={30} autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={14}>
          <Form.Item
            name="idNumber"
            label={l({ zh: '户主身份证号', en: 'Head’s ID number' })}
            validateFirst
            hasFeedback
            extra={l({
              zh: '18 位，按 GB 11643 核对校验码和出生日期。加密保存，列表中只显示前 6 位和后 4 位。',
              en: '18 characters, checked against GB 11643 (check digit, birth date). Stored encrypted; lists show only the first 6 and last 4.',
            })}
            rules={[
              { required: true, whitespace: true, message: required },
              {
                validator: async (_, value: string | undefined) => {
                  const problem = value ? idNumberProblem(value, chinaToday()) : undefined;
                  if (problem) throw new Error(problem);
                },
              },
            ]}
          >
            <Input data-testid="household-form-id-number" maxLength={22} autoComplete="off" spellCheck={false} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={12} sm={6}>
          <Form.Item
            name="membersCount"
            label={l({ zh: '家庭人口数', en: 'Members' })}
            rules={[
              { required: true, message: required },
              {
                type: 'integer',
                min: 1,
                max: 30,
                message: l({ zh: '应为 1–30 的整数', en: 'A whole number from 1 to 30' }),
              },
            ]}
          >
            <InputNumber data-testid="household-form-members" precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} sm={6}>
          <Form.Item
            name="minorsCount"
            label={l({ zh: '未成年人数', en: 'Minors' })}
            dependencies={['membersCount']}
            rules={[
              {
                type: 'integer',
                min: 0,
                max: 29,
                message: l({ zh: '应为 0–29 的整数', en: 'A whole number from 0 to 29' }),
              },
              ({ getFieldValue }) => ({
                validator: async (_, value: number | null | undefined) => {
                  const members = getFieldValue('membersCount') as number | null | undefined;
                  if (value != null && members != null && value >= members) {
                    throw new Error(l({ zh: '应少于家庭人口数', en: 'Must be fewer than the members' }));
                  }
                },
              }),
            ]}
          >
            <InputNumber data-testid="household-form-minors" precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="category"
            label={l({ zh: '户类别', en: 'Category' })}
            rules={[{ required: true, message: l({ zh: '请选择户类别', en: 'Choose a category' }) }]}
          >
            <Select
              data-testid="household-form-category"
              options={HOUSEHOLD_CATEGORIES.map((c) => ({ value: c, label: l(HOUSEHOLD_CATEGORY_LABELS[c]) }))}
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="situations" label={l({ zh: '家庭情况', en: 'Situations' })}>
        <Checkbox.Group
          data-testid="household-form-situations"
          options={HOUSEHOLD_SITUATIONS.map((s) => ({
            value: s,
            label: <span data-testid={`household-form-situation-${s}`}>{situationName(s)}</span>,
          }))}
        />
      </Form.Item>
      <Form.Item
        name="hasDisability"
        label={l({ zh: '家中有残疾人', en: 'Someone with a disability' })}
        valuePropName="checked"
      >
        <Switch data-testid="household-form-disability" />
      </Form.Item>
      <div data-testid="household-form-minors-note" style={{ color: '#8c8c8c', fontSize: 13 }}>
        {l({
          zh: '未成年人只登记人数，不收集姓名。住户的信息只有本辖区的联系人和部门工作人员可见；社会组织和爱心人士只看到“姓 + 某”、所在村、户类别和家庭情况。',
          en: 'Minors are counted, never named. Only the liaisons and officials of this area see the household; organizations and caring individuals see the surname with 某, the village, the category and the situations.',
        })}
      </div>
    </>
  );
}
