// 联系方式与简介: the contact person and phone (never shown to the public), email, website and description.
import { Form, Input } from 'antd';
import { useI18n } from '../../i18n/index.tsx';
import { FormSection } from './FormSection.tsx';

export function ContactSection() {
  const { t } = useI18n();
  const required = { required: true, whitespace: true, message: t('org.required') };
  return (
    <FormSection title={t('org.sectionContact')}>
      <div style={{ display: 'flex', flexWrap: 'wrap', columnGap: 16 }}>
        <Form.Item name="contactName" label={t('org.contactName')} rules={[required]} style={{ width: 220 }}>
          <Input data-testid="org-contact-name" maxLength={50} />
        </Form.Item>
        <Form.Item name="contactPhone" label={t('org.contactPhone')} rules={[required]} style={{ width: 220 }}>
          <Input data-testid="org-contact-phone" maxLength={20} inputMode="tel" />
        </Form.Item>
        <Form.Item name="contactEmail" label={t('org.contactEmail')} rules={[{ type: 'email', message: t('org.emailInvalid') }]} style={{ width: 300 }}>
          <Input data-testid="org-contact-email" maxLength={100} inputMode="email" />
        </Form.Item>
      </div>
      <Form.Item name="homepage" label={t('org.homepage')}>
        <Input data-testid="org-homepage" maxLength={200} placeholder="https://" inputMode="url" />
      </Form.Item>
      <Form.Item name="description" label={t('org.description')}>
        <Input.TextArea data-testid="org-description" maxLength={2000} showCount autoSize={{ minRows: 3, maxRows: 8 }} />
      </Form.Item>
    </FormSection>
  );
}
