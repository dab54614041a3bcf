// The need form: a new need (of a place in scope, or of a household) or an existing one. “保存草稿” keeps it for
// later (and opens the way to photos and documents); “发布” makes it findable. A need with claims keeps what the
// claimants agreed to: only its description, contact and a later deadline can change.
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { Alert, App, Button, Card, Form, Space, Tag, Typography } from 'antd';
import { chinaToday } from '../../../../../src/common/glossary.ts';
import { useSession } from '../../../api/auth.ts';
import { applyServerErrors } from '../../../api/forms.ts';
import {
  useCreateNeed,
  usePublishNeed,
  useUpdateNeed,
  type NeedDetail,
  type NeedKind,
} from '../../../api/needManagement.ts';
import { useI18n } from '../../../i18n/index.tsx';
import { FormProblems } from '../../../shared/FormProblems.tsx';
import { formatQuantity } from '../format.ts';
import { HOUSEHOLD_CATEGORY_LABELS, NEED_STATUS_LABELS } from '../labels.ts';
import { NeedFields } from './NeedFields.tsx';
import {
  FIELDS_EDITABLE_WITH_CLAIMS,
  formValuesOf,
  NEED_FORM_FIELDS,
  needChanges,
  toCreateBody,
  withFormFields,
  type HouseholdNeedPlace,
  type NeedFormValues,
} from './needForm.ts';
import { NEED_PLACE_LENGTHS, NeedPlacePicker } from './NeedPlacePicker.tsx';
import { KeyAreaTags } from './NeedTags.tsx';

type Intent = 'draft' | 'publish' | 'save';

function PlaceOfSavedNeed({ need }: { need: NeedDetail }) {
  const { l } = useI18n();
  return (
    <Space orientation="vertical" size={4}>
      <Typography.Text data-testid="need-form-place-fixed">{need.region.name}</Typography.Text>
      {need.household && (
        <Typography.Text data-testid="need-form-household">
          <Tag color="purple">{l({ zh: '住户需求', en: 'Household need' })}</Tag>
          {need.household.maskedName} · {l(HOUSEHOLD_CATEGORY_LABELS[need.household.category], need.household.category)}
        </Typography.Text>
      )}
      <Space size={4} wrap>
        <Typography.Text type="secondary">
          {l({ zh: '所在地的重点地区：', en: 'Key areas of the place:' })}
        </Typography.Text>
        <KeyAreaTags
          testId="need-form-key-areas"
          kinds={need.keyAreaKinds}
          emptyText={l({ zh: '不在重点帮扶地区', en: 'Not in a key area' })}
        />
      </Space>
    </Space>
  );
}

function HouseholdPlace({ household }: { household: HouseholdNeedPlace }) {
  const { l } = useI18n();
  return (
    <Space orientation="vertical" size={4}>
      <Typography.Text data-testid="need-form-household">
        <Tag color="purple">{l({ zh: '住户需求', en: 'Household need' })}</Tag>
        {household.maskedName} · {household.village.name}
      </Typography.Text>
      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
        {l({
          zh: '认领方只看到“姓 + 某”、所在村、户类别和家庭情况；联系通过您进行。',
          en: 'Claimants see only the surname with 某, the village, the category and the situations; contact goes through you.',
        })}{' '}
        <Link to="/needs/new" data-testid="need-form-not-household">
          {l({ zh: '改为发布地区需求', en: 'Publish a need of a place instead' })}
        </Link>
      </Typography.Text>
    </Space>
  );
}

export function NeedForm({ need, household }: { need: NeedDetail | null; household: HouseholdNeedPlace | null }) {
  const { l } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { data: me } = useSession();
  const [form] = Form.useForm<NeedFormValues>();
  const [problems, setProblems] = useState<string[]>([]);
  const [intent, setIntent] = useState<Intent | null>(null);
  const create = useCreateNeed();
  const update = useUpdateNeed(need?.id ?? 0);
  const publish = usePublishNeed(need?.id ?? 0);
  const scope = me?.scopeRegionCode ?? null;

  const canEdit = need === null || need.actions.edit;
  const hasClaims = need !== null && need.claimedQuantity > 0;
  const editable = (field: keyof NeedFormValues) =>
    canEdit && (!hasClaims || (FIELDS_EDITABLE_WITH_CLAIMS as readonly string[]).includes(field));
  const today = chinaToday();
  const earliestDeadline = hasClaims && need.deadline > today ? need.deadline : today;
  const busy = create.isPending || update.isPending || publish.isPending;

  const initialValues: NeedFormValues = need
    ? formValuesOf(need)
    : {
        regionCode: scope?.length === 12 ? scope : undefined,
        kind: 'money',
        keyPopulationCodes: [],
        contactName: me?.displayName ?? '',
      };

  const fail = (kind: NeedKind) => (err: unknown) => {
    setProblems(applyServerErrors(form, withFormFields(err, kind), NEED_FORM_FIELDS));
    setIntent(null);
  };

  const submit = async (next: Intent) => {
    setProblems([]);
    let values: NeedFormValues;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    setIntent(next);
    const kind = values.kind ?? 'money';
    if (need === null) {
      create.mutate(
        toCreateBody(
          { ...values, regionCode: scope?.length === 12 ? scope : values.regionCode },
          household,
          next === 'publish',
        ),
        {
          onSuccess: (saved) => {
            if (next === 'publish') {
              message.success(l({ zh: '需求已发布', en: 'Need published' }));
              void navigate(`/needs/${saved.id}`);
            } else {
              message.success(
                l({
                  zh: '草稿已保存，现在可以上传照片和文件',
                  en: 'Draft saved; you can add photos and documents now',
                }),
              );
              void navigate(`/needs/${saved.id}/edit`, { replace: true });
            }
          },
          onError: fail(kind),
        },
      );
      return;
    }
    const changes = needChanges(need, values);
    const afterSave = () => {
      if (next === 'publish') {
        publish.mutate(undefined, {
          onSuccess: () => {
            message.success(l({ zh: '需求已发布', en: 'Need published' }));
            void navigate(`/needs/${need.id}`);
          },
          onError: fail(kind),
        });
        return;
      }
      setIntent(null);
      message.success(l({ zh: '已保存', en: 'Saved' }));
      if (need.status !== 'draft') void navigate(`/needs/${need.id}`);
    };
    if (Object.keys(changes).length === 0) {
      if (next !== 'publish') {
        setIntent(null);
        message.info(l({ zh: '没有修改', en: 'Nothing changed' }));
        return;
      }
      afterSave();
      return;
    }
    update.mutate(changes, { onSuccess: afterSave, onError: fail(kind) });
  };

  const isDraft = need === null || need.status === 'draft';

  return (
    <Card>
      {need && !canEdit && (
        <Alert
          data-testid="need-form-locked"
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={l({
            zh: `这条需求的状态是“${NEED_STATUS_LABELS[need.status].zh}”，不能再修改。`,
            en: `This need is “${NEED_STATUS_LABELS[need.status].en}” and can no longer be changed.`,
          })}
        />
      )}
      {need && canEdit && hasClaims && (
        <Alert
          data-testid="need-form-has-claims"
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={l({
            zh: `已有认领（${formatQuantity(need.kind, need.claimedQuantity, need.unit, 'zh')}），只能修改需求说明、对接联系人和电话，截止日期只能延后。`,
            en: `Claimed already (${formatQuantity(need.kind, need.claimedQuantity, need.unit, 'en')}): only the description, the contact and a later deadline can change.`,
          })}
          description={l({
            zh: '认领方是按现在的内容答应帮扶的。如需改变所需内容或地区，请先与认领方沟通，待认领撤回或婉拒后再修改。',
            en: 'Claimants agreed to the need as it stands. To change what is needed, talk to them first and change it once their claims are withdrawn or declined.',
          })}
        />
      )}
      <FormProblems problems={problems} testId="need-form-error" />
      <Form<NeedFormValues>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        scrollToFirstError={{ block: 'center' }}
        style={{ maxWidth: 860 }}
      >
        <Form.Item label={l({ zh: '需求所属', en: 'Whose need' })} required={need === null && household === null}>
          {need ? (
            <PlaceOfSavedNeed need={need} />
          ) : household ? (
            <HouseholdPlace household={household} />
          ) : (
            <>
              <Form.Item
                noStyle
                name="regionCode"
                rules={[
                  {
                    required: true,
                    message: l({ zh: '请选择需求所属的区县、乡镇或村', en: 'Choose the county, township or village' }),
                  },
                  {
                    validator: async (_, code: string | undefined) => {
                      if (code && !(NEED_PLACE_LENGTHS as readonly number[]).includes(code.length)) {
                        throw new Error(
                          l({ zh: '请选择到区县、乡镇或村（社区）', en: 'Choose a county, township or village' }),
                        );
                      }
                    },
                  },
                ]}
              >
                <NeedPlacePicker scope={scope} scopeName={me?.scopeRegionName ?? null} />
              </Form.Item>
              <Typography.Text type="secondary" style={{ display: 'block', fontSize: 13, marginTop: 4 }}>
                {l({
                  zh: '为某一住户发布需求，请从“住户”页面打开该户后点“为该户发布需求”。重点地区标识在保存后显示。',
                  en: 'For a household’s need, open the household under “Households” and choose “Publish a need for this household”. Key-area badges show once saved.',
                })}
              </Typography.Text>
            </>
          )}
        </Form.Item>
        <NeedFields editable={editable} earliestDeadline={earliestDeadline} />
        {canEdit && (
          <Space wrap>
            {isDraft ? (
              <>
                <Button
                  data-testid="need-form-save-draft"
                  onClick={() => void submit('draft')}
                  loading={busy && intent === 'draft'}
                  disabled={busy}
                >
                  {l({ zh: '保存草稿', en: 'Save draft' })}
                </Button>
                <Button
                  data-testid="need-form-publish"
                  type="primary"
                  onClick={() => void submit('publish')}
                  loading={busy && intent === 'publish'}
                  disabled={busy}
                >
                  {l({ zh: '发布', en: 'Publish' })}
                </Button>
              </>
            ) : (
              <Button
                data-testid="need-form-save"
                type="primary"
                onClick={() => void submit('save')}
                loading={busy}
                disabled={busy}
              >
                {l({ zh: '保存', en: 'Save' })}
              </Button>
            )}
            <Button
              data-testid="need-form-cancel"
              onClick={() => void navigate(need ? `/needs/${need.id}` : '/needs/manage')}
              disabled={busy}
            >
              {l({ zh: '取消', en: 'Cancel' })}
            </Button>
            {isDraft && (
              <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                {l({
                  zh: '发布后社会组织和爱心人士即可查找、认领；草稿只有本辖区的联系人和部门能看到。',
                  en: 'Once published, organizations and caring individuals can find and claim it; a draft is seen only by the liaisons and officials of the area.',
                })}
              </Typography.Text>
            )}
          </Space>
        )}
      </Form>
    </Card>
  );
}
