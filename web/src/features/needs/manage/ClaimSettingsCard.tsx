// 认领失效期限 for officials: how many days a claim may go without progress before it lapses in their region (or a
// region below it), where that value comes from, and the form to change it (3–365 days).
import { useState } from 'react';
import { Alert, App, Button, Card, Form, InputNumber, Space, Tag, Typography } from 'antd';
import { useSession } from '../../../api/auth.ts';
import { errorText } from '../../../api/client.ts';
import { applyServerErrors } from '../../../api/forms.ts';
import { useClaimSettings, useUpdateClaimSettings, type ClaimSettings } from '../../../api/needManagement.ts';
import { useRegion } from '../../../api/regions.ts';
import { useI18n, type Labels } from '../../../i18n/index.tsx';
import { FormProblems } from '../../../shared/FormProblems.tsx';
import { RegionCascader } from '../../regions/RegionCascader.tsx';

const SOURCE_LABELS: Record<ClaimSettings['source'], Labels> = {
  own: { zh: '本地区设定', en: 'Set for this region' },
  inherited: { zh: '沿用上级地区的设定', en: 'Inherited from a region above' },
  default: { zh: '平台默认', en: 'Platform default' },
};
const SOURCE_COLORS: Record<ClaimSettings['source'], string> = { own: 'blue', inherited: 'cyan', default: 'default' };

function SettingsForm({ settings, region }: { settings: ClaimSettings; region: string | null }) {
  const { l } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ lapseDays: number }>();
  const update = useUpdateClaimSettings(region);
  const [problems, setProblems] = useState<string[]>([]);
  return (
    <>
      <FormProblems problems={problems} testId="claim-settings-error" />
      <Form<{ lapseDays: number }>
        form={form}
        layout="inline"
        initialValues={{ lapseDays: settings.lapseDays }}
        onFinish={(values) => {
          setProblems([]);
          update.mutate(values, {
            onSuccess: (saved) =>
              void message.success(l({ zh: `已设为 ${saved.lapseDays} 天`, en: `Set to ${saved.lapseDays} days` })),
            onError: (err) => setProblems(applyServerErrors(form, err, ['lapseDays'])),
          });
        }}
      >
        <Form.Item
          name="lapseDays"
          label={l({ zh: '改为', en: 'Change to' })}
          rules={[
            {
              required: true,
              type: 'integer',
              min: 3,
              max: 365,
              message: l({ zh: '请填写 3–365 之间的整数', en: 'A whole number from 3 to 365' }),
            },
          ]}
        >
          <InputNumber
            data-testid="claim-settings-days"
            precision={0}
            suffix={l({ zh: '天', en: 'days' })}
            style={{ width: 130 }}
          />
        </Form.Item>
        <Form.Item>
          <Button data-testid="claim-settings-save" type="primary" htmlType="submit" loading={update.isPending}>
            {l({ zh: '保存', en: 'Save' })}
          </Button>
        </Form.Item>
      </Form>
    </>
  );
}

export function ClaimSettingsCard() {
  const { l } = useI18n();
  const { data: me } = useSession();
  const scope = me?.scopeRegionCode ?? null;
  // null: the official's own scope (the server's default); a national admin has none and must choose.
  const [region, setRegion] = useState<string | null>(null);
  const effective = region ?? scope;
  const settings = useClaimSettings(region, effective !== null);
  const place = useRegion(effective);

  return (
    <Card
      data-testid="claim-settings"
      title={l({ zh: '认领失效期限', en: 'Claim lapse period' })}
      style={{ marginBottom: 16 }}
      extra={
        <RegionCascader
          data-testid="claim-settings-region"
          scope={scope}
          maxLength={9}
          value={effective}
          onChange={(code) => setRegion(code && code !== scope ? code : null)}
          placeholder={l({ zh: '选择地区', en: 'Choose a region' })}
          style={{ width: 280 }}
        />
      }
    >
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        {l({
          zh: '认领后超过这一天数没有进展（确认、进展记录）的认领自动失效，数量退回需求供他人认领，双方都会收到通知。下级地区没有单独设定的，沿用上级的设定；都没有设定时为 30 天。',
          en: 'A claim with no progress (confirmation, progress note) for this many days lapses: its quantity returns to the need and both sides are notified. Regions without their own setting inherit the one above; with none, 30 days.',
        })}
      </Typography.Paragraph>
      {effective === null ? (
        <Alert type="info" showIcon title={l({ zh: '请先选择地区', en: 'Choose a region first' })} />
      ) : settings.isError ? (
        <Alert type="error" showIcon title={errorText(settings.error)} />
      ) : settings.data ? (
        <Space orientation="vertical" size={12} style={{ width: '100%' }}>
          <Space wrap size={12} align="center">
            <Typography.Text>{place.data?.path ?? effective}</Typography.Text>
            <Typography.Text strong style={{ fontSize: 20 }} data-testid="claim-settings-current">
              {l({ zh: `${settings.data.lapseDays} 天`, en: `${settings.data.lapseDays} days` })}
            </Typography.Text>
            <Tag
              color={SOURCE_COLORS[settings.data.source]}
              data-testid="claim-settings-source"
              data-source={settings.data.source}
            >
              {l(SOURCE_LABELS[settings.data.source])}
            </Tag>
          </Space>
          <SettingsForm key={`${effective}-${settings.data.lapseDays}`} settings={settings.data} region={region} />
        </Space>
      ) : (
        <Typography.Text type="secondary">{l({ zh: '正在加载……', en: 'Loading…' })}</Typography.Text>
      )}
    </Card>
  );
}
