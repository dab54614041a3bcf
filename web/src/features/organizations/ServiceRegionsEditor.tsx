// 服务地区: one or more region subtrees, each chosen with the cascader (or found by name).
import { Button, Form, Space } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useI18n } from '../../i18n/index.tsx';
import { RegionCascader } from '../regions/RegionCascader.tsx';

const MAX_REGIONS = 50;

export function ServiceRegionsEditor() {
  const { t } = useI18n();
  return (
    <Form.Item label={t('org.serviceRegions')} extra={t('org.serviceRegionsHelp')} required>
      <Form.List
        name="serviceRegions"
        rules={[
          {
            validator: async (_, regions: (string | null | undefined)[] | undefined) => {
              if (!(regions ?? []).some((r) => !!r)) throw new Error(t('org.serviceRegionsRequired'));
            },
          },
        ]}
      >
        {(fields, { add, remove }, { errors }) => (
          <Space orientation="vertical" size={8} style={{ width: '100%' }} data-testid="org-service-regions">
            {fields.map((field) => (
              <div key={field.key} style={{ display: 'flex', gap: 8, alignItems: 'flex-start' }}>
                <Form.Item name={field.name} noStyle>
                  <RegionCascader data-testid={`org-service-region-${field.name}`} allowNameSearch style={{ flex: 1, maxWidth: 560 }} />
                </Form.Item>
                {fields.length > 1 && (
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={t('org.remove')}
                    title={t('org.remove')}
                    data-testid={`org-service-region-${field.name}-remove`}
                    onClick={() => remove(field.name)}
                  />
                )}
              </div>
            ))}
            {fields.length < MAX_REGIONS && (
              <Button data-testid="org-service-region-add" size="small" icon={<PlusOutlined />} onClick={() => add(undefined)}>
                {t('org.serviceRegionAdd')}
              </Button>
            )}
            <Form.ErrorList errors={errors} />
          </Space>
        )}
      </Form.List>
    </Form.Item>
  );
}
