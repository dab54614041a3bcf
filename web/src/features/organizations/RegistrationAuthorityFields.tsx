// 登记管理机关: its level (民政部, 省级, 市级, 县级) and, below the national level, its region at the matching depth.
import { Form, Select, Typography } from 'antd';
import { REGISTRATION_LEVELS, type RegistrationLevel } from '../../api/organizations.ts';
import { useI18n } from '../../i18n/index.tsx';
import type { MessageKey } from '../../i18n/messages.ts';
import { RegionCascader } from '../regions/RegionCascader.tsx';
import { LEVEL_CODE_LENGTH } from './profileForm.ts';

const PICK: Record<number, MessageKey> = { 2: 'org.pickProvince', 4: 'org.pickCity', 6: 'org.pickCounty' };

export function RegistrationAuthorityFields() {
  const { t } = useI18n();
  const form = Form.useFormInstance();
  const level = (Form.useWatch('registrationLevel', form) as RegistrationLevel | undefined) ?? 'county';
  const length = LEVEL_CODE_LENGTH[level];
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', columnGap: 16 }}>
      <Form.Item
        name="registrationLevel"
        label={t('org.regLevel')}
        rules={[{ required: true, message: t('org.required') }]}
        style={{ width: 220 }}
      >
        <Select<RegistrationLevel>
          data-testid="org-reg-level"
          options={REGISTRATION_LEVELS.map((l) => ({ value: l, label: t(`orgLevel.${l}`) }))}
        />
      </Form.Item>
      {length === null ? (
        <Form.Item label={t('org.regRegion')} style={{ flex: 1, minWidth: 260 }}>
          <Typography.Text type="secondary" data-testid="org-reg-national">
            {t('org.regNational')}
          </Typography.Text>
        </Form.Item>
      ) : (
        <Form.Item
          name="registrationRegionCode"
          label={t('org.regRegion')}
          required
          dependencies={['registrationLevel']}
          style={{ flex: 1, minWidth: 300 }}
          rules={[
            {
              validator: (_, value: string | null | undefined) =>
                value && value.length === length ? Promise.resolve() : Promise.reject(new Error(t(PICK[length] ?? 'org.required'))),
            },
          ]}
        >
          <RegionCascader data-testid="org-reg-region" maxLength={length} allowNameSearch placeholder={t(PICK[length] ?? 'org.regRegion')} />
        </Form.Item>
      )}
    </div>
  );
}
