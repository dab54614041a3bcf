// The four fields a caring individual fills in at registration and edits later: name, mobile, region, key fields.
// The server checks them all again and answers field by field; these rules only spare a round trip.
import { Checkbox, Form, Input, Spin } from 'antd';
import { useReferenceList } from '../../api/reference.ts';
import { useI18n } from '../../i18n/index.tsx';
import { RegionCascader } from '../regions/RegionCascader.tsx';

export const PROFILE_FIELDS = ['realName', 'mobile', 'regionCode', 'fieldCodes'] as const;
export const MAX_FIELDS = 10;
const PERSON_REGION_LENGTHS = [6, 9, 12];
const MOBILE = /^1[3-9]\d{9}$/;

/** Spaces and hyphens are allowed while typing a number (138 0000 0000); the server drops them too. */
export function cleanMobile(value: string): string {
  return value.replace(/[\s-]/g, '');
}

export interface ProfileFieldsProps {
  /** data-testid prefix: "caring" gives caring-name, caring-mobile, caring-region, caring-fields. */
  testPrefix: string;
  /** Key fields the person holds that are no longer offered (retired), so they can still be seen and unticked. */
  heldFields?: { code: string; label: string }[];
}

export function ProfileFields({ testPrefix, heldFields = [] }: ProfileFieldsProps) {
  const { t, lang } = useI18n();
  const keyFields = useReferenceList('key-fields');
  const active = (keyFields.data ?? []).map((f) => ({ code: f.code, label: lang === 'zh' ? f.nameZh : f.nameEn }));
  const options = [...active, ...heldFields.filter((h) => !active.some((a) => a.code === h.code))];

  return (
    <>
      <Form.Item
        name="realName"
        label={t('caring.realName')}
        extra={t('caring.realNameHelp')}
        rules={[
          { required: true, whitespace: true, message: t('caring.required') },
          { min: 2, max: 30, message: t('caring.nameLength') },
        ]}
      >
        <Input data-testid={`${testPrefix}-name`} autoComplete="name" maxLength={30} />
      </Form.Item>
      <Form.Item
        name="mobile"
        label={t('caring.mobile')}
        extra={t('caring.mobileHelp')}
        rules={[
          { required: true, whitespace: true, message: t('caring.required') },
          {
            validator: (_, value: string | undefined) =>
              !value || MOBILE.test(cleanMobile(value))
                ? Promise.resolve()
                : Promise.reject(new Error(t('caring.mobileFormat'))),
          },
        ]}
      >
        <Input data-testid={`${testPrefix}-mobile`} autoComplete="tel" inputMode="tel" maxLength={20} />
      </Form.Item>
      <Form.Item
        name="regionCode"
        label={t('caring.region')}
        extra={t('caring.regionHelp')}
        required
        rules={[
          {
            validator: (_, value: string | undefined) =>
              !value
                ? Promise.reject(new Error(t('caring.regionRequired')))
                : PERSON_REGION_LENGTHS.includes(value.length)
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('caring.regionLevel'))),
          },
        ]}
      >
        <RegionCascader data-testid={`${testPrefix}-region`} maxLength={12} allowNameSearch />
      </Form.Item>
      <Form.Item
        name="fieldCodes"
        label={t('caring.fields')}
        extra={t('caring.fieldsHelp', { max: MAX_FIELDS })}
        required
        rules={[
          {
            validator: (_, value: string[] | undefined) =>
              !value || value.length === 0
                ? Promise.reject(new Error(t('caring.fieldsRequired')))
                : value.length > MAX_FIELDS
                  ? Promise.reject(new Error(t('caring.fieldsMax', { max: MAX_FIELDS })))
                  : Promise.resolve(),
          },
        ]}
      >
        <Checkbox.Group data-testid={`${testPrefix}-fields`} style={{ display: 'flex', flexWrap: 'wrap', rowGap: 8 }}>
          {keyFields.isPending && <Spin size="small" />}
          {options.map((o) => (
            <Checkbox key={o.code} value={o.code} style={{ width: 168, marginInlineStart: 0 }}>
              {o.label}
            </Checkbox>
          ))}
        </Checkbox.Group>
      </Form.Item>
    </>
  );
}
