// 能提供的帮扶: money, materials, skills or people, each with a short note.
import { Button, Form, Input, Select, Space, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { OFFER_KINDS, type OfferKind } from '../../api/organizations.ts';
import { useI18n } from '../../i18n/index.tsx';

const MAX_OFFERS = 10;

export function OffersEditor() {
  const { t } = useI18n();
  return (
    <Form.Item label={t('org.offers')} extra={t('org.offersHelp')}>
      <Form.List name="offers">
        {(fields, { add, remove }, { errors }) => (
          <Space orientation="vertical" size={8} style={{ width: '100%' }} data-testid="org-offers">
            {fields.length === 0 && <Typography.Text type="secondary">{t('common.none')}</Typography.Text>}
            {fields.map((field) => (
              <div key={field.key} style={{ display: 'flex', gap: 8, alignItems: 'flex-start', flexWrap: 'wrap' }}>
                <Form.Item name={[field.name, 'kind']} rules={[{ required: true, message: t('org.offerKindRequired') }]} style={{ width: 120, marginBottom: 0 }}>
                  <Select<OfferKind>
                    data-testid={`org-offer-${field.name}-kind`}
                    options={OFFER_KINDS.map((k) => ({ value: k, label: t(`offerKind.${k}`) }))}
                  />
                </Form.Item>
                <Form.Item name={[field.name, 'text']} style={{ flex: 1, minWidth: 240, marginBottom: 0 }}>
                  <Input data-testid={`org-offer-${field.name}-text`} maxLength={200} placeholder={t('org.offerText')} />
                </Form.Item>
                <Button
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={t('org.remove')}
                  title={t('org.remove')}
                  onClick={() => remove(field.name)}
                />
              </div>
            ))}
            {fields.length < MAX_OFFERS && (
              <Button data-testid="org-offer-add" size="small" icon={<PlusOutlined />} onClick={() => add({ text: '' })}>
                {t('org.offerAdd')}
              </Button>
            )}
            <Form.ErrorList errors={errors} />
          </Space>
        )}
      </Form.List>
    </Form.Item>
  );
}
