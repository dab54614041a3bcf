// A number of days an official sets per region, where "most specific wins" (认领失效期限, 落地宽限期): the value for
// their region (or a region below it), where it comes from (this region, one above, the platform default), and the
// form to change it. Each use gives its words, its field, its lowest value and its two endpoints' hooks.
import { useState } from 'react';
import { Alert, App, Button, Card, Form, InputNumber, Space, Tag, Typography } from 'antd';
import type { UseMutationResult, UseQueryResult } from '@tanstack/react-query';
import { useSession } from '../../api/auth.ts';
import { errorText } from '../../api/client.ts';
import { applyServerErrors } from '../../api/forms.ts';
import { useRegion } from '../../api/regions.ts';
import { useI18n, type Labels } from '../../i18n/index.tsx';
import { FormProblems } from '../../shared/FormProblems.tsx';
import { RegionCascader } from './RegionCascader.tsx';

type SettingSource = 'own' | 'inherited' | 'default';
export type RegionSetting<F extends string> = Record<F, number> & { source: SettingSource };

/** The highest number of days any of these settings takes. */
const MAX_DAYS = 365;

const SOURCE_LABELS: Record<SettingSource, Labels> = {
  own: { zh: '本地区设定', en: 'Set for this region' },
  inherited: { zh: '沿用上级地区的设定', en: 'Inherited from a region above' },
  default: { zh: '平台默认', en: 'Platform default' },
};
const SOURCE_COLORS: Record<SettingSource, string> = { own: 'blue', inherited: 'cyan', default: 'default' };

const daysText = (n: number): Labels => ({ zh: `${n} 天`, en: `${n} days` });

export interface RegionSettingCardProps<F extends string, S extends RegionSetting<F>> {
  /** "claim-settings": the card, its region, current value, source, days box, save button and error carry it. */
  testId: string;
  /** The setting's field on the server ("lapseDays"), also the form item's name so its errors land there. */
  field: F;
  min: number;
  title: string;
  help: string;
  useSetting: (region: string | null, enabled: boolean) => UseQueryResult<S>;
  useUpdate: (region: string | null) => UseMutationResult<S, Error, Record<F, number>>;
}

interface FormProps<F extends string, S extends RegionSetting<F>> {
  testId: string;
  field: F;
  min: number;
  setting: S;
  region: string | null;
  useUpdate: RegionSettingCardProps<F, S>['useUpdate'];
}

function SettingForm<F extends string, S extends RegionSetting<F>>({ testId, field, min, setting, region, useUpdate }: FormProps<F, S>) {
  const { l } = useI18n();
  const { message } = App.useApp();
  // The form knows its one item by name only; what it gives back is the body { [field]: days }.
  const [form] = Form.useForm<Record<string, number>>();
  const update = useUpdate(region);
  const [problems, setProblems] = useState<string[]>([]);
  // Widened to string for Form.Item, whose name type cannot follow a generic field.
  const itemName: string = field;
  return (
    <>
      <FormProblems problems={problems} testId={`${testId}-error`} />
      <Form<Record<string, number>>
        form={form}
        layout="inline"
        initialValues={{ [field]: setting[field] }}
        onFinish={(values) => {
          setProblems([]);
          update.mutate(values, {
            onSuccess: (saved) => void message.success(l({ zh: `已设为 ${saved[field]} 天`, en: `Set to ${saved[field]} days` })),
            onError: (err) => setProblems(applyServerErrors(form, err, [field])),
          });
        }}
      >
        <Form.Item
          name={itemName}
          label={l({ zh: '改为', en: 'Change to' })}
          rules={[
            {
              required: true,
              type: 'integer',
              min,
              max: MAX_DAYS,
              message: l({ zh: `请填写 ${min}–${MAX_DAYS} 之间的整数`, en: `A whole number from ${min} to ${MAX_DAYS}` }),
            },
          ]}
        >
          <InputNumber data-testid={`${testId}-days`} precision={0} suffix={l({ zh: '天', en: 'days' })} style={{ width: 130 }} />
        </Form.Item>
        <Form.Item>
          <Button data-testid={`${testId}-save`} type="primary" htmlType="submit" loading={update.isPending}>
            {l({ zh: '保存', en: 'Save' })}
          </Button>
        </Form.Item>
      </Form>
    </>
  );
}

export function RegionSettingCard<F extends string, S extends RegionSetting<F>>(props: RegionSettingCardProps<F, S>) {
  const { testId, field, min, title, help, useSetting, useUpdate } = props;
  const { l } = useI18n();
  const { data: me } = useSession();
  const scope = me?.scopeRegionCode ?? null;
  // null: the official's own scope (the server's default); a national admin has none and must choose.
  const [region, setRegion] = useState<string | null>(null);
  const effective = region ?? scope;
  const setting = useSetting(region, effective !== null);
  const place = useRegion(effective);

  return (
    <Card
      data-testid={testId}
      title={title}
      style={{ marginBottom: 16 }}
      extra={
        <RegionCascader
          data-testid={`${testId}-region`}
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
        {help}
      </Typography.Paragraph>
      {effective === null ? (
        <Alert type="info" showIcon title={l({ zh: '请先选择地区', en: 'Choose a region first' })} />
      ) : setting.isError ? (
        <Alert type="error" showIcon title={errorText(setting.error)} />
      ) : setting.data ? (
        <Space orientation="vertical" size={12} style={{ width: '100%' }}>
          <Space wrap size={12} align="center">
            <Typography.Text>{place.data?.path ?? effective}</Typography.Text>
            <Typography.Text strong style={{ fontSize: 20 }} data-testid={`${testId}-current`}>
              {l(daysText(setting.data[field]))}
            </Typography.Text>
            <Tag color={SOURCE_COLORS[setting.data.source]} data-testid={`${testId}-source`} data-source={setting.data.source}>
              {l(SOURCE_LABELS[setting.data.source])}
            </Tag>
          </Space>
          <SettingForm
            key={`${effective}-${setting.data[field]}`}
            testId={testId}
            field={field}
            min={min}
            setting={setting.data}
            region={region}
            useUpdate={useUpdate}
          />
        </Space>
      ) : (
        <Typography.Text type="secondary">{l({ zh: '正在加载……', en: 'Loading…' })}</Typography.Text>
      )}
    </Card>
  );
}
