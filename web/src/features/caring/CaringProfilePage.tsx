// A caring individual's own profile: what they registered with, the real-name check's state, and editing it.
// The mobile is shown only here, to its owner.
import { useState } from 'react';
import { App, Button, Card, Descriptions, Form, Result, Space, Spin, Tag, Typography } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { useCaringProfile, useUpdateCaringProfile, type CaringProfile } from '../../api/caring.ts';
import { errorText } from '../../api/client.ts';
import { applyServerErrors } from '../../api/forms.ts';
import { useI18n } from '../../i18n/index.tsx';
import { FormProblems } from '../../shared/FormProblems.tsx';
import { PageHeader } from '../../shared/PageHeader.tsx';
import { cleanMobile, PROFILE_FIELDS, ProfileFields } from './ProfileFields.tsx';
import { RealNameTag } from './RealNameTag.tsx';

interface EditForm {
  realName: string;
  mobile: string;
  regionCode?: string;
  fieldCodes?: string[];
}

function EditProfile({ profile, onDone }: { profile: CaringProfile; onDone: () => void }) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<EditForm>();
  const update = useUpdateCaringProfile();
  const [problems, setProblems] = useState<string[]>([]);

  const onFinish = (values: EditForm) => {
    setProblems([]);
    update.mutate(
      {
        realName: values.realName,
        mobile: cleanMobile(values.mobile),
        regionCode: values.regionCode ?? '',
        fieldCodes: values.fieldCodes ?? [],
      },
      {
        onSuccess: () => {
          message.success(t('caring.saved'));
          onDone();
        },
        onError: (err) => setProblems(applyServerErrors(form, err, PROFILE_FIELDS)),
      },
    );
  };

  return (
    <Form<EditForm>
      form={form}
      layout="vertical"
      requiredMark={false}
      onFinish={onFinish}
      style={{ maxWidth: 640 }}
      initialValues={{
        realName: profile.realName,
        mobile: profile.mobile,
        regionCode: profile.regionCode,
        fieldCodes: profile.fields.map((f) => f.code),
      }}
    >
      <FormProblems problems={problems} testId="caring-profile-error" />
      <Typography.Paragraph type="secondary">{t('caring.statusHelp')}</Typography.Paragraph>
      <ProfileFields
        testPrefix="caring-profile-form"
        heldFields={profile.fields.map((f) => ({ code: f.code, label: lang === 'zh' ? f.nameZh : f.nameEn }))}
      />
      <Space>
        <Button data-testid="caring-profile-save" type="primary" htmlType="submit" loading={update.isPending}>
          {t('caring.save')}
        </Button>
        <Button data-testid="caring-profile-cancel" onClick={onDone} disabled={update.isPending}>
          {t('common.cancel')}
        </Button>
      </Space>
    </Form>
  );
}

export function CaringProfilePage() {
  const { t, lang, dateTime } = useI18n();
  const profile = useCaringProfile();
  const [editing, setEditing] = useState(false);

  if (profile.isPending) {
    return (
      <div style={{ padding: 48, textAlign: 'center' }}>
        <Spin description={t('common.loading')} />
      </div>
    );
  }
  if (profile.isError) {
    return (
      <Result
        data-testid="caring-profile-missing"
        status="warning"
        title={t('caring.noProfile')}
        subTitle={errorText(profile.error)}
        extra={<Button onClick={() => void profile.refetch()}>{t('common.retry')}</Button>}
      />
    );
  }
  const p = profile.data;

  return (
    <>
      <PageHeader
        title={t('caring.profileTitle')}
        description={t('caring.profileIntro')}
        extra={
          !editing && (
            <Button
              data-testid="caring-profile-edit"
              type="primary"
              icon={<EditOutlined />}
              onClick={() => setEditing(true)}
            >
              {t('caring.edit')}
            </Button>
          )
        }
      />
      <Card>
        {editing ? (
          <EditProfile profile={p} onDone={() => setEditing(false)} />
        ) : (
          <Descriptions
            column={1}
            bordered
            size="middle"
            styles={{ label: { width: 160 } }}
            items={[
              {
                key: 'name',
                label: t('caring.realName'),
                children: <span data-testid="caring-profile-name">{p.realName}</span>,
              },
              {
                key: 'status',
                label: t('caring.status'),
                children: (
                  <Space size={8} wrap>
                    <RealNameTag status={p.realNameStatus} testId="caring-profile-status" />
                    {p.realNameStatus !== 'verified' && (
                      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                        {t(p.realNameStatus === 'failed' ? 'caring.statusFailedHelp' : 'caring.statusUnverifiedHelp')}
                      </Typography.Text>
                    )}
                  </Space>
                ),
              },
              {
                key: 'mobile',
                label: t('caring.mobile'),
                children: <span data-testid="caring-profile-mobile">{p.mobile}</span>,
              },
              {
                key: 'region',
                label: t('caring.region'),
                children: <span data-testid="caring-profile-region">{p.regionPath ?? p.regionCode}</span>,
              },
              {
                key: 'fields',
                label: t('caring.fields'),
                children: (
                  <span data-testid="caring-profile-fields">
                    {p.fields.map((f) => (
                      <Tag key={f.code} color="blue">
                        {lang === 'zh' ? f.nameZh : f.nameEn}
                      </Tag>
                    ))}
                  </span>
                ),
              },
              {
                key: 'username',
                label: t('caring.account'),
                children: <span data-testid="caring-profile-username">{p.username}</span>,
              },
              { key: 'since', label: t('caring.registeredAt'), children: dateTime(p.createdAt) },
            ]}
          />
        )}
      </Card>
    </>
  );
}
