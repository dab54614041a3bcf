// 落地宽限期 for officials: how many days after its planned start a signed project may go unlanded before it is
// overdue in their region (or a region below it), where that value comes from, and the form to change it (0–365).
import { useState } from 'react';
import { Alert, App, Button, Card, Form, InputNumber, Space, Tag, Typography } from 'antd';
import { DEFAULT_LANDING_GRACE_DAYS } from '../../../../src/common/projects.ts';
import { useSession } from '../../api/auth.ts';
import { errorText } from '../../api/client.ts';
import { applyServerErrors } from '../../api/forms.ts';
import { useLandingSettings, useUpdateLandingSettings, type LandingSettings } from '../../api/projects.ts';
import { useRegion } from '../../api/regions.ts';
import { useI18n, type Labels } from '../../i18n/index.tsx';
import { FormProblems } from '../../shared/FormProblems.tsx';
import { RegionCascader } from '../regions/RegionCascader.tsx';
import { fill, W } from './words.ts';

const SOURCE_LABELS: Record<LandingSettings['source'], Labels> = {
  own: W.sourceOwn,
  inherited: W.sourceInherited,
  default: W.sourceDefault,
};
const SOURCE_COLORS: Record<LandingSettings['source'], string> = { own: 'blue', inherited: 'cyan', default: 'default' };

function SettingsForm({ settings, region }: { settings: LandingSettings; region: string | null }) {
  const { l } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ graceDays: number }>();
  const update = useUpdateLandingSettings(region);
  const [problems, setProblems] = useState<string[]>([]);
  return (
    <>
      <FormProblems problems={problems} testId="landing-settings-error" />
      <Form<{ graceDays: number }>
        form={form}
        layout="inline"
        initialValues={{ graceDays: settings.graceDays }}
        onFinish={(values) => {
          setProblems([]);
          update.mutate(values, {
            onSuccess: (saved) => void message.success(fill(l(W.graceSaved), { n: saved.graceDays })),
            onError: (err) => setProblems(applyServerErrors(form, err, ['graceDays'])),
          });
        }}
      >
        <Form.Item
          name="graceDays"
          label={l(W.changeTo)}
          rules={[{ required: true, type: 'integer', min: 0, max: 365, message: l(W.graceRange) }]}
        >
          <InputNumber data-testid="landing-settings-days" precision={0} suffix={l(W.daysUnit)} style={{ width: 130 }} />
        </Form.Item>
        <Form.Item>
          <Button data-testid="landing-settings-save" type="primary" htmlType="submit" loading={update.isPending}>
            {l(W.save)}
          </Button>
        </Form.Item>
      </Form>
    </>
  );
}

export function LandingSettingsCard() {
  const { l } = useI18n();
  const { data: me } = useSession();
  const scope = me?.scopeRegionCode ?? null;
  // null: the official's own scope (the server's default); a national admin has none and must choose.
  const [region, setRegion] = useState<string | null>(null);
  const effective = region ?? scope;
  const settings = useLandingSettings(region, effective !== null);
  const place = useRegion(effective);

  return (
    <Card
      data-testid="landing-settings"
      title={l(W.graceTitle)}
      style={{ marginBottom: 16 }}
      extra={
        <RegionCascader
          data-testid="landing-settings-region"
          scope={scope}
          maxLength={9}
          value={effective}
          onChange={(code) => setRegion(code && code !== scope ? code : null)}
          placeholder={l(W.chooseRegion)}
          style={{ width: 280 }}
        />
      }
    >
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        {fill(l(W.graceHelp), { n: DEFAULT_LANDING_GRACE_DAYS })}
      </Typography.Paragraph>
      {effective === null ? (
        <Alert type="info" showIcon title={l(W.chooseRegionFirst)} />
      ) : settings.isError ? (
        <Alert type="error" showIcon title={errorText(settings.error)} />
      ) : settings.data ? (
        <Space orientation="vertical" size={12} style={{ width: '100%' }}>
          <Space wrap size={12} align="center">
            <Typography.Text>{place.data?.path ?? effective}</Typography.Text>
            <Typography.Text strong style={{ fontSize: 20 }} data-testid="landing-settings-current">
              {fill(l(W.days), { n: settings.data.graceDays })}
            </Typography.Text>
            <Tag color={SOURCE_COLORS[settings.data.source]} data-testid="landing-settings-source" data-source={settings.data.source}>
              {l(SOURCE_LABELS[settings.data.source])}
            </Tag>
          </Space>
          <SettingsForm key={`${effective}-${settings.data.graceDays}`} settings={settings.data} region={region} />
        </Space>
      ) : (
        <Typography.Text type="secondary">{l(W.loading)}</Typography.Text>
      )}
    </Card>
  );
}
