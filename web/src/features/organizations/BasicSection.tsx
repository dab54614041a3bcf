// 基本信息: name, credit code, form, qualifications, registration authority, supervising unit and grade.
import { Form, Input, InputNumber, Radio, Select, Space, Switch } from 'antd';
import { ORGANIZATION_FORMS } from '../../../../src/common/glossary.ts';
import { GRADES, type Grade } from '../../api/organizations.ts';
import { useI18n } from '../../i18n/index.tsx';
import { FormSection } from './FormSection.tsx';
import { normalizeCreditCode } from './profileForm.ts';
import { RegistrationAuthorityFields } from './RegistrationAuthorityFields.tsx';

const THIS_YEAR = new Date().getFullYear();

export function BasicSection() {
  const { t } = useI18n();
  const form = Form.useFormInstance();
  const charity = Form.useWatch('isCharity', form) as boolean | undefined;
  const grade = Form.useWatch('grade', form) as Grade | null | undefined;
  const required = { required: true, whitespace: true, message: t('org.required') };
  return (
    <FormSection title={t('org.sectionBasic')}>
      <Form.Item name="name" label={t('org.name')} rules={[required]}>
        <Input data-testid="org-name" maxLength={100} />
      </Form.Item>
      <Form.Item
        name="creditCode"
        label={t('org.creditCode')}
        extra={t('org.creditCodeHelp')}
        normalize={(v: string | undefined) => normalizeCreditCode(v)}
        rules={[required]}
      >
        <Input data-testid="org-credit-code" maxLength={18} style={{ maxWidth: 320, fontFamily: 'monospace' }} autoComplete="off" />
      </Form.Item>
      <Form.Item name="form" label={t('org.form')} rules={[{ required: true, message: t('org.required') }]}>
        <Radio.Group
          data-testid="org-form"
          optionType="button"
          buttonStyle="solid"
          options={ORGANIZATION_FORMS.map((f) => ({ value: f, label: t(`orgForm.${f}`) }))}
        />
      </Form.Item>
      <Space size={32} wrap>
        <Form.Item name="isIndustryAssociation" label={t('org.industry')} valuePropName="checked">
          <Switch data-testid="org-industry" checkedChildren={t('org.yes')} unCheckedChildren={t('org.no')} />
        </Form.Item>
        <Form.Item name="isCharity" label={t('org.charity')} valuePropName="checked">
          <Switch data-testid="org-charity" checkedChildren={t('org.yes')} unCheckedChildren={t('org.no')} />
        </Form.Item>
        {charity && (
          <Form.Item name="hasPublicFundraising" label={t('org.fundraising')} valuePropName="checked">
            <Switch data-testid="org-fundraising" checkedChildren={t('org.yes')} unCheckedChildren={t('org.no')} />
          </Form.Item>
        )}
      </Space>
      <RegistrationAuthorityFields />
      <Form.Item name="supervisingUnit" label={t('org.supervising')}>
        <Input data-testid="org-supervising" maxLength={100} />
      </Form.Item>
      <Space size={16} align="start" wrap>
        <Form.Item name="grade" label={t('org.grade')}>
          <Select<Grade>
            data-testid="org-grade"
            allowClear
            placeholder={t('org.gradeNone')}
            style={{ width: 160 }}
            options={GRADES.map((g) => ({ value: g, label: g }))}
          />
        </Form.Item>
        <Form.Item
          name="gradeYear"
          label={t('org.gradeYear')}
          dependencies={['grade']}
          rules={[{ required: !!grade, message: t('org.gradeYearRequired') }]}
        >
          <InputNumber data-testid="org-grade-year" min={1990} max={THIS_YEAR} precision={0} style={{ width: 140 }} disabled={!grade} />
        </Form.Item>
      </Space>
    </FormSection>
  );
}
