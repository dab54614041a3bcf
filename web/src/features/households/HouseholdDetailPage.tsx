// One household's whole record for its liaison and the officials in scope: the full ID number (this read is in the
// access log), editing and archiving for the liaison, and the household's needs with a way to publish one more.
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { App, Button, Card, Descriptions, Popconfirm, Space, Typography } from 'antd';
import { ArrowLeftOutlined, EditOutlined, EyeOutlined, PlusOutlined } from '@ant-design/icons';
import { maskPersonName } from '../../../../src/common/id-number.ts';
import { useSession } from '../../api/auth.ts';
import { errorText } from '../../api/client.ts';
import { useHousehold, useUpdateHousehold, type Household } from '../../api/households.ts';
import { useManagedNeeds } from '../../api/needManagement.ts';
import { useI18n } from '../../i18n/index.tsx';
import { PageHeader } from '../../shared/PageHeader.tsx';
import { idParam } from '../../shared/params.ts';
import { ManagedNeedsTable } from '../needs/manage/ManagedNeedsTable.tsx';
import type { HouseholdNeedPlace } from '../needs/manage/needForm.ts';
import { isLoaded, ObjectFallback } from '../../shared/ObjectFallback.tsx';
import { EditHouseholdDrawer } from './HouseholdDrawer.tsx';
import { CategoryTag, HouseholdStatusTag, SituationTags } from './HouseholdTags.tsx';

function ArchiveButton({ household }: { household: Household }) {
  const { l } = useI18n();
  const { message } = App.useApp();
  const update = useUpdateHousehold(household.id);
  const archiving = household.status === 'active';
  return (
    <Popconfirm
      title={
        archiving
          ? l({
              zh: '归档后不能再为该户发布需求，已有需求不受影响。确定归档？',
              en: 'No new needs can be published for an archived household; existing needs stay. Archive?',
            })
          : l({ zh: '恢复为在册住户？', en: 'Make the household active again?' })
      }
      okText={l({ zh: '确定', en: 'OK' })}
      cancelText={l({ zh: '取消', en: 'Cancel' })}
      onConfirm={() =>
        update.mutate(
          { status: archiving ? 'archived' : 'active' },
          {
            onSuccess: () =>
              void message.success(
                archiving ? l({ zh: '已归档', en: 'Archived' }) : l({ zh: '已恢复', en: 'Restored' }),
              ),
            onError: (err) => void message.error(errorText(err)),
          },
        )
      }
    >
      <Button
        data-testid={archiving ? 'household-archive' : 'household-restore'}
        loading={update.isPending}
        danger={archiving}
      >
        {archiving ? l({ zh: '归档', en: 'Archive' }) : l({ zh: '恢复', en: 'Restore' })}
      </Button>
    </Popconfirm>
  );
}

function HouseholdNeeds({ household }: { household: Household }) {
  const { l } = useI18n();
  const navigate = useNavigate();
  const needs = useManagedNeeds({ householdId: household.id });
  // The form shows whose need it is from this, without reading the whole record again (that read would be logged).
  const place: HouseholdNeedPlace = {
    id: household.id,
    maskedName: maskPersonName(household.headName),
    village: household.region,
  };
  return (
    <Card
      title={l({ zh: '该户的需求', en: 'This household’s needs' })}
      extra={
        household.status === 'active' && (
          <Button
            data-testid="household-new-need"
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => void navigate(`/needs/new?household=${household.id}`, { state: { household: place } })}
          >
            {l({ zh: '为该户发布需求', en: 'Publish a need for this household' })}
          </Button>
        )
      }
    >
      <ManagedNeedsTable query={needs} testId="household-needs" showPlace={false} />
    </Card>
  );
}

export function HouseholdDetailPage() {
  const { l, dateTime } = useI18n();
  const id = idParam(useParams().id);
  const query = useHousehold(id);
  const { data: me } = useSession();
  const [editing, setEditing] = useState(false);
  const back = (
    <Link to="/households">
      <ArrowLeftOutlined /> {l({ zh: '返回住户列表', en: 'Back to households' })}
    </Link>
  );

  if (!isLoaded(query)) {
    return (
      <ObjectFallback
        query={query}
        missing={id === null}
        notFound={l({ zh: '没有这个住户，或不在您的管辖范围内', en: 'No such household in your area' })}
        back={back}
      />
    );
  }
  const h = query.data;
  const canWrite = me?.role === 'liaison';

  return (
    <>
      <PageHeader
        title={h.headName}
        description={back}
        extra={
          <Space wrap align="center">
            <HouseholdStatusTag status={h.status} testId="household-status" />
            {canWrite && (
              <Button data-testid="household-edit" icon={<EditOutlined />} onClick={() => setEditing(true)}>
                {l({ zh: '修改', en: 'Edit' })}
              </Button>
            )}
            {canWrite && <ArchiveButton household={h} />}
          </Space>
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, sm: 1, md: 2 }} bordered size="middle">
          <Descriptions.Item label={l({ zh: '户主姓名', en: 'Head of household' })}>
            <span data-testid="household-head-name">{h.headName}</span>
          </Descriptions.Item>
          <Descriptions.Item label={l({ zh: '户主身份证号', en: 'Head’s ID number' })}>
            <Space orientation="vertical" size={0}>
              <Typography.Text code copyable={false} data-testid="household-id-number">
                {h.idNumber}
              </Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="household-read-logged">
                <EyeOutlined /> {l({ zh: '查看已记入访问日志', en: 'This view is recorded in the access log' })}
              </Typography.Text>
            </Space>
          </Descriptions.Item>
          <Descriptions.Item label={l({ zh: '所在村（社区）', en: 'Village' })}>{h.region.name}</Descriptions.Item>
          <Descriptions.Item label={l({ zh: '户类别', en: 'Category' })}>
            <CategoryTag category={h.category} />
          </Descriptions.Item>
          <Descriptions.Item label={l({ zh: '家庭人口数', en: 'Members' })}>{h.membersCount}</Descriptions.Item>
          <Descriptions.Item label={l({ zh: '未成年人数', en: 'Minors' })}>
            {h.minorsCount}
            <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 8 }}>
              {l({ zh: '（不收集姓名）', en: '(names are not collected)' })}
            </Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={l({ zh: '家庭情况', en: 'Situations' })} span={2}>
            <SituationTags situations={h.situations} />
          </Descriptions.Item>
          <Descriptions.Item label={l({ zh: '家中有残疾人', en: 'Someone with a disability' })}>
            {h.hasDisability ? l({ zh: '是', en: 'Yes' }) : l({ zh: '否', en: 'No' })}
          </Descriptions.Item>
          <Descriptions.Item label={l({ zh: '登记时间', en: 'Registered' })}>{dateTime(h.createdAt)}</Descriptions.Item>
          <Descriptions.Item label={l({ zh: '更新时间', en: 'Updated' })}>{dateTime(h.updatedAt)}</Descriptions.Item>
        </Descriptions>
        <Typography.Paragraph type="secondary" style={{ margin: '12px 0 0', fontSize: 13 }}>
          {l({
            zh: '社会组织和爱心人士只看到“姓 + 某”、所在村、户类别和家庭情况；身份证号、残疾和未成年人情况只在这里显示。',
            en: 'Organizations and caring individuals see only the surname with 某, the village, the category and the situations; the ID number, disability and minors show only here.',
          })}
        </Typography.Paragraph>
      </Card>
      <HouseholdNeeds household={h} />
      {editing && <EditHouseholdDrawer household={h} onClose={() => setEditing(false)} />}
    </>
  );
}
