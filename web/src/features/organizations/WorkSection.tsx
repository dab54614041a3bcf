// 业务领域与服务: the key fields it works in, where it serves, and what it can offer.
import { Form, Select } from 'antd';
import { useReferenceList } from '../../api/reference.ts';
import { useI18n } from '../../i18n/index.tsx';
import { FormSection } from './FormSection.tsx';
import { OffersEditor } from './OffersEditor.tsx';
import { ServiceRegionsEditor } from './ServiceRegionsEditor.tsx';

export function WorkSection() {
  const { t, lang } = useI18n();
  const keyFields = useReferenceList('key-fields');
  return (
    <FormSection title={t('org.sectionWork')}>
      <Form.Item name="fields" label={t('org.fields')} rules={[{ required: true, type: 'array', min: 1, message: t('org.fieldsRequired') }]}>
        <Select<string[]>
          data-testid="org-fields"
          mode="multiple"
          maxCount={20}
          loading={keyFields.isPending}
          showSearch={{ optionFilterProp: 'label' }}
          options={(keyFields.data ?? []).map((f) => ({ value: f.code, label: lang === 'zh' ? f.nameZh : f.nameEn }))}
        />
      </Form.Item>
      <ServiceRegionsEditor />
      <OffersEditor />
    </FormSection>
  );
}
