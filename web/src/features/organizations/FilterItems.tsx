// The filters the officials' list and the public directory share: form, key field, grade, region and charity.
import { Form, Select } from 'antd';
import { ORGANIZATION_FORMS } from '../../../../src/common/glossary.ts';
import { GRADES } from '../../api/organizations.ts';
import { useReferenceList } from '../../api/reference.ts';
import { useI18n } from '../../i18n/index.tsx';
import { RegionCascader } from '../regions/RegionCascader.tsx';

export function FilterItems({ testIdPrefix, scope, regionLabel }: { testIdPrefix: string; scope?: string | null; regionLabel: string }) {
  const { t, lang } = useI18n();
  const keyFields = useReferenceList('key-fields');
  return (
    <>
      <Form.Item name="form">
        <Select
          data-testid={`${testIdPrefix}-form`}
          allowClear
          placeholder={t('org.form')}
          style={{ width: 150 }}
          options={ORGANIZATION_FORMS.map((f) => ({ value: f, label: t(`orgForm.${f}`) }))}
        />
      </Form.Item>
      <Form.Item name="field">
        <Select
          data-testid={`${testIdPrefix}-field`}
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('org.fields')}
          style={{ width: 160 }}
          popupMatchSelectWidth={false}
          options={(keyFields.data ?? []).map((f) => ({ value: f.code, label: lang === 'zh' ? f.nameZh : f.nameEn }))}
        />
      </Form.Item>
      <Form.Item name="grade">
        <Select
          data-testid={`${testIdPrefix}-grade`}
          allowClear
          placeholder={t('org.grade')}
          style={{ width: 110 }}
          options={GRADES.map((g) => ({ value: g, label: g }))}
        />
      </Form.Item>
      <Form.Item name="region">
        <RegionCascader data-testid={`${testIdPrefix}-region`} scope={scope ?? null} placeholder={regionLabel} style={{ width: 260 }} />
      </Form.Item>
      <Form.Item name="charity">
        <Select
          data-testid={`${testIdPrefix}-charity`}
          allowClear
          placeholder={t('org.charity')}
          style={{ width: 130 }}
          options={[
            { value: 'yes', label: `${t('org.charity')}：${t('org.yes')}` },
            { value: 'no', label: `${t('org.charity')}：${t('org.no')}` },
          ]}
        />
      </Form.Item>
    </>
  );
}
