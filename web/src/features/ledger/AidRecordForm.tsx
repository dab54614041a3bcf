// The aid record form: a new record (on its own, or for a claimed need, a project or a pairing) or the correction of
// one (prefilled with it, with a reason). The kind decides which fields show: an activity's type, a donation's items
// with their live sum, a purchase's channel. The server's field errors land on the fields; a suspected double entry
// (409 AID_DUPLICATE) is shown with a way to save anyway; a record saved beside another giver's help for the same
// household is flagged on the record's page.
import { useRef, useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router-dom';
import {
  Alert,
  App,
  AutoComplete,
  Button,
  Card,
  Col,
  DatePicker,
  Divider,
  Form,
  Input,
  InputNumber,
  Radio,
  Row,
  Select,
  Space,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { chinaToday } from '../../../../src/common/glossary.ts';
import {
  FUNDING_SOURCES,
  FUNDING_SOURCE_LABELS,
  PAIRING_STATUS_LABELS,
  PROJECT_STATUS_LABELS,
} from '../../../../src/common/projects.ts';
import { useSession } from '../../api/auth.ts';
import { ApiError } from '../../api/client.ts';
import { applyServerErrors } from '../../api/forms.ts';
import {
  ACTIVITY_TYPES,
  ACTIVITY_TYPE_LABELS,
  AID_KINDS,
  AID_KIND_LABELS,
  PURCHASE_CHANNELS,
  PURCHASE_CHANNEL_LABELS,
  useCorrectAidRecord,
  useCreateAidRecord,
  useOwnPairingChoices,
  useOwnProjectChoices,
  type AidKind,
  type AidRecordDetail,
} from '../../api/ledger.ts';
import { useReferenceList } from '../../api/reference.ts';
import { useI18n } from '../../i18n/index.tsx';
import { FormProblems } from '../../shared/FormProblems.tsx';
import { MAX_QUANTITY, parseYuan } from '../needs/format.ts';
import { ProgramSelect } from '../projects/Choices.tsx';
import { dateItemProps } from '../projects/dates.ts';
import { RegionCascader } from '../regions/RegionCascader.tsx';
import { ItemsEditor, ItemsTotalLine } from './ItemsEditor.tsx';
import {
  AID_FORM_FIELDS,
  AMOUNT_REQUIRED,
  HAS_ACTIVITY_TYPE,
  toAidRecordInput,
  withFormFields,
  type AidItemValues,
  type AidRecordFormValues,
} from './recordForm.ts';
import { isOrganization } from './roles.ts';
import { W, fill } from './words.ts';

export interface AidRecordFormProps {
  /** The record being corrected; null for a new record. */
  correcting: AidRecordDetail | null;
  prefill: AidRecordFormValues;
  /** Where a new record comes from (a claimed need), shown above the form. */
  originNote?: ReactNode;
  /** The masked household a need brought, shown beside its number. */
  householdLabel?: string | null;
}

interface Duplicate {
  message: string;
  /** False once "save anyway" was refused too (the same receipt number is never kept twice). */
  canOverride: boolean;
}

const EMPTY_ITEM: AidItemValues = {};

/** The amount of a donation of materials: the items' sum, shown where the amount's field errors land. */
function MaterialsAmount({
  items,
}: {
  items: AidItemValues[] | undefined;
  value?: unknown;
  onChange?: unknown;
  id?: string;
}) {
  return <ItemsTotalLine items={items} />;
}

function amountLabel(kind: AidKind | undefined) {
  if (kind === 'funds') return W.amountFunds;
  if (kind === 'purchase') return W.amountPurchase;
  if (kind === 'materials') return W.amountMaterials;
  return W.amountCost;
}

export function AidRecordForm({ correcting, prefill, originNote, householdLabel }: AidRecordFormProps) {
  const { l, lang } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { data: me } = useSession();
  const [form] = Form.useForm<AidRecordFormValues>();
  const [problems, setProblems] = useState<string[]>([]);
  const [duplicate, setDuplicate] = useState<Duplicate | null>(null);
  const create = useCreateAidRecord();
  const correct = useCorrectAidRecord(correcting?.record.id ?? 0);
  const organization = isOrganization(me);
  const projects = useOwnProjectChoices(organization);
  const pairings = useOwnPairingChoices(organization);
  const keyFields = useReferenceList('key-fields');
  const kind = Form.useWatch('kind', form);
  const items = Form.useWatch('items', form);
  const householdId = Form.useWatch('householdId', form);
  const needId = Form.useWatch('needId', form);
  const busy = create.isPending || correct.isPending;
  const today = chinaToday();
  const canSave = correcting === null || correcting.can.correct;
  /** The submit buttons, with what the server said about the whole record just above them. */
  const bottom = useRef<HTMLDivElement>(null);

  // After the message above the buttons has rendered.
  const showBottom = () => setTimeout(() => bottom.current?.scrollIntoView({ behavior: 'smooth', block: 'center' }), 0);

  /** The first field with an error, in the middle of the screen. */
  const showFirstError = () => {
    const first = form.getFieldsError().find((f) => f.errors.length > 0);
    if (first) form.scrollToField(first.name, { behavior: 'smooth', block: 'center' });
    return first !== undefined;
  };

  const initialValues: AidRecordFormValues = {
    kind: 'activity',
    occurredOn: today,
    items: [EMPTY_ITEM],
    staffCount: 0,
    volunteerCount: 0,
    enterpriseCount: 0,
    beneficiaryCount: 0,
    beneficiaryHouseholds: 0,
    ...prefill,
  };

  const fail = (err: unknown, confirmDuplicate: boolean) => {
    const placed = applyServerErrors(form, withFormFields(err), AID_FORM_FIELDS);
    if (err instanceof ApiError && err.code === 'AID_DUPLICATE') {
      const sameRef = err.fields.some((f) => f.field.endsWith('externalRef'));
      setDuplicate({ message: err.message, canOverride: !confirmDuplicate && !sameRef });
      showBottom();
      return;
    }
    setProblems(placed);
    if (!showFirstError()) showBottom();
  };

  const submit = async (confirmDuplicate: boolean) => {
    setProblems([]);
    setDuplicate(null);
    let values: AidRecordFormValues;
    try {
      await form.validateFields();
      // Everything the form holds, shown or not (a need's id, fields of a kind chosen before): the kind decides.
      values = form.getFieldsValue(true) as AidRecordFormValues;
    } catch {
      showFirstError();
      return;
    }
    const record = toAidRecordInput(values, { confirmDuplicate });
    if (correcting) {
      correct.mutate(
        { reason: (values.reason ?? '').trim(), record },
        {
          onSuccess: (reply) => {
            message.success(l(W.corrected));
            void navigate(`/ledger/${reply.replacement.id}`);
          },
          onError: (err) => fail(err, confirmDuplicate),
        },
      );
      return;
    }
    create.mutate(record, {
      onSuccess: (reply) => {
        message.success(l(W.saved));
        void navigate(`/ledger/${reply.record.id}`, { state: { possibleDuplications: reply.possibleDuplications } });
      },
      onError: (err) => fail(err, confirmDuplicate),
    });
  };

  /** A project or pairing brings its program, unless one was chosen already. */
  const takeProgram = (programId: number | null | undefined) => {
    if (programId && !form.getFieldValue('programId')) form.setFieldValue('programId', programId);
  };

  const required = l(W.required);
  const count = (name: keyof AidRecordFormValues, label: string, testId: string) => (
    <Form.Item name={name} label={label} rules={[{ type: 'integer', min: 0, message: l(W.wholeNumber) }]}>
      <InputNumber data-testid={testId} precision={0} min={0} max={10_000_000} style={{ width: '100%' }} />
    </Form.Item>
  );
  const notFuture = (d: Dayjs) => d.format('YYYY-MM-DD') > today;

  return (
    <Card>
      {originNote}
      {correcting && (
        <Alert
          data-testid="aid-form-correcting"
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={l(W.correctIntro)}
        />
      )}
      {correcting && !correcting.can.correct && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={l({
            zh: '这条记录不能再更正（已冲销，或不是本主体的记录）',
            en: 'This record can no longer be corrected',
          })}
        />
      )}
      <Form<AidRecordFormValues>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        scrollToFirstError={{ block: 'center' }}
        style={{ maxWidth: 960 }}
        disabled={!canSave}
      >
        <Divider titlePlacement="start">{l(W.sectionWhom)}</Divider>
        <Form.Item name="needId" hidden>
          <InputNumber />
        </Form.Item>
        <Form.Item
          name="regionCode"
          label={l(W.placeLabel)}
          rules={[
            {
              validator: async (_, code: string | null | undefined) => {
                if (!code || code.length < 6) throw new Error(l(W.placeRequired));
              },
            },
          ]}
        >
          <RegionCascader data-testid="aid-form-region" maxLength={12} allowNameSearch style={{ maxWidth: 640 }} />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item
              name="householdId"
              label={l(W.householdId)}
              extra={
                householdLabel && householdId === prefill.householdId
                  ? fill(l(W.householdFromNeed), { label: householdLabel })
                  : undefined
              }
              tooltip={l(W.householdHelp)}
            >
              <InputNumber
                data-testid="aid-form-household"
                min={1}
                precision={0}
                controls={false}
                style={{ width: '100%' }}
              />
            </Form.Item>
          </Col>
          {needId ? (
            <Col xs={24} md={16}>
              <Form.Item label={l(W.need)}>
                <Space>
                  <Typography.Link href={`/needs/${needId}`} target="_blank" data-testid="aid-form-need">
                    {fill(l(W.needLinked), { id: needId })}
                  </Typography.Link>
                  <Button size="small" type="text" onClick={() => form.setFieldValue('needId', null)}>
                    {l({ zh: '不关联', en: 'Unlink' })}
                  </Button>
                </Space>
              </Form.Item>
            </Col>
          ) : null}
        </Row>
        {organization && (
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name="projectId" label={l(W.projectLabel)}>
                <Select<number | null>
                  data-testid="aid-form-project"
                  allowClear
                  showSearch={{ optionFilterProp: 'label' }}
                  loading={projects.isPending}
                  popupMatchSelectWidth={false}
                  onChange={(id) => takeProgram((projects.data ?? []).find((p) => p.id === id)?.program?.id)}
                  options={(projects.data ?? []).map((p) => ({
                    value: p.id,
                    label: `${p.name}（${l(PROJECT_STATUS_LABELS[p.status])}）`,
                  }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="pairingId" label={l(W.pairingLabel)}>
                <Select<number | null>
                  data-testid="aid-form-pairing"
                  allowClear
                  showSearch={{ optionFilterProp: 'label' }}
                  loading={pairings.isPending}
                  popupMatchSelectWidth={false}
                  onChange={(id) => takeProgram((pairings.data ?? []).find((p) => p.id === id)?.program.id)}
                  options={(pairings.data ?? []).map((p) => ({
                    value: p.id,
                    label: `${p.title}（${l(PAIRING_STATUS_LABELS[p.status])}）`,
                  }))}
                />
              </Form.Item>
            </Col>
          </Row>
        )}
        <Form.Item name="programId" label={l(W.programLabel)} extra={l(W.programHelp)}>
          <ProgramSelect data-testid="aid-form-program" style={{ maxWidth: 420 }} />
        </Form.Item>

        <Divider titlePlacement="start">{l(W.sectionWhat)}</Divider>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item
              name="occurredOn"
              label={l(W.occurredOn)}
              rules={[
                { required: true, message: l(W.chooseDate) },
                {
                  validator: async (_, d: string | undefined) => {
                    if (d && d > today) throw new Error(l(W.noFuture));
                  },
                },
              ]}
              {...dateItemProps}
            >
              <DatePicker data-testid="aid-form-date" disabledDate={notFuture} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name="periodEnd"
              label={l(W.periodEndLabel)}
              dependencies={['occurredOn']}
              rules={[
                ({ getFieldValue }) => ({
                  validator: async (_, end: string | null | undefined) => {
                    const start = getFieldValue('occurredOn') as string | undefined;
                    if (end && start && end < start) throw new Error(l(W.endBeforeStart));
                    if (end && end > today) throw new Error(l(W.noFuture));
                  },
                }),
              ]}
              {...dateItemProps}
            >
              <DatePicker data-testid="aid-form-period-end" disabledDate={notFuture} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name="keyFieldCode"
              label={l(W.keyField)}
              rules={[{ required: true, message: l(W.keyFieldRequired) }]}
            >
              <Select
                data-testid="aid-form-field"
                showSearch={{ optionFilterProp: 'label' }}
                loading={keyFields.isPending}
                popupMatchSelectWidth={false}
                options={(keyFields.data ?? []).map((f) => ({
                  value: f.code,
                  label: lang === 'zh' ? f.nameZh : f.nameEn,
                }))}
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="kind" label={l(W.kind)} rules={[{ required: true, message: l(W.kindRequired) }]}>
          <Radio.Group data-testid="aid-form-kind" optionType="button" buttonStyle="solid">
            {AID_KINDS.map((k) => (
              <Radio.Button key={k} value={k} data-testid={`aid-form-kind-${k}`}>
                {l(AID_KIND_LABELS[k])}
              </Radio.Button>
            ))}
          </Radio.Group>
        </Form.Item>
        {kind && HAS_ACTIVITY_TYPE.has(kind) && (
          <Form.Item
            name="activityType"
            label={l(W.activityType)}
            rules={
              kind === 'activity' ? [{ required: true, whitespace: true, message: l(W.activityTypeRequired) }] : []
            }
          >
            <AutoComplete
              data-testid="aid-form-activity-type"
              maxLength={30}
              placeholder={l(W.activityTypePlaceholder)}
              style={{ maxWidth: 320 }}
              options={ACTIVITY_TYPES.map((t) => ({ value: l(ACTIVITY_TYPE_LABELS[t]) }))}
              showSearch={{
                filterOption: (input, option) => (option?.value ?? '').toLowerCase().includes(input.toLowerCase()),
              }}
            />
          </Form.Item>
        )}
        {kind === 'materials' && (
          <Form.Item label={l(W.items)} required>
            <ItemsEditor />
          </Form.Item>
        )}
        {kind === 'purchase' && (
          <Form.Item
            name="purchaseChannel"
            label={l(W.channel)}
            rules={[{ required: true, message: l(W.channelRequired) }]}
          >
            <Select
              data-testid="aid-form-channel"
              popupMatchSelectWidth={false}
              style={{ maxWidth: 320 }}
              options={PURCHASE_CHANNELS.map((c) => ({ value: c, label: l(PURCHASE_CHANNEL_LABELS[c]) }))}
            />
          </Form.Item>
        )}
        {kind === 'materials' ? (
          <Form.Item name="amountYuan" label={l(W.amountMaterials)}>
            <MaterialsAmount items={items} />
          </Form.Item>
        ) : (
          <Form.Item
            name="amountYuan"
            label={l(amountLabel(kind))}
            extra={kind && !AMOUNT_REQUIRED.has(kind) ? l(W.amountCostHelp) : undefined}
            rules={[
              {
                validator: async (_, text: string | undefined) => {
                  const mustHave = kind !== undefined && AMOUNT_REQUIRED.has(kind);
                  if (!text?.trim()) {
                    if (mustHave) throw new Error(l(W.amountRequired));
                    return;
                  }
                  const fen = parseYuan(text);
                  if (fen === null) throw new Error(l(W.amountFormat));
                  if (fen > MAX_QUANTITY) throw new Error(l(W.amountTooLarge));
                  if (mustHave && fen <= 0) throw new Error(l(W.amountRequired));
                },
              },
            ]}
          >
            <Input data-testid="aid-form-amount" inputMode="decimal" suffix="元" style={{ maxWidth: 240 }} />
          </Form.Item>
        )}
        <Form.Item
          name="summary"
          label={l(W.summaryLabel)}
          rules={[{ required: true, whitespace: true, message: required }]}
        >
          <Input data-testid="aid-form-summary" maxLength={200} showCount placeholder={l(W.summaryPlaceholder)} />
        </Form.Item>

        <Divider titlePlacement="start">{l(W.sectionPeople)}</Divider>
        <Row gutter={16}>
          <Col xs={12} md={8}>
            {count('staffCount', l(W.staffCount), 'aid-form-staff')}
          </Col>
          <Col xs={12} md={8}>
            {count('volunteerCount', l(W.volunteerCount), 'aid-form-volunteers')}
          </Col>
          <Col xs={12} md={8}>
            {count('enterpriseCount', l(W.enterpriseCount), 'aid-form-enterprises')}
          </Col>
        </Row>
        <Row gutter={16}>
          <Col xs={12} md={8}>
            {count(
              'beneficiaryCount',
              l(kind === 'employment' ? W.beneficiaryCountEmployment : W.beneficiaryCount),
              'aid-form-beneficiaries',
            )}
          </Col>
          <Col xs={12} md={8}>
            <Form.Item
              name="beneficiaryHouseholds"
              label={l(W.beneficiaryHouseholds)}
              dependencies={['householdId']}
              rules={[
                { type: 'integer', min: 0, message: l(W.wholeNumber) },
                ({ getFieldValue }) => ({
                  validator: async (_, n: number | null | undefined) => {
                    if (getFieldValue('householdId') && (n ?? 0) > 1) {
                      throw new Error(
                        l({
                          zh: '指定了受助住户的记录，受益户数最多为 1',
                          en: 'At most 1 household when one is named',
                        }),
                      );
                    }
                  },
                }),
              ]}
            >
              <InputNumber
                data-testid="aid-form-households"
                precision={0}
                min={0}
                max={10_000_000}
                style={{ width: '100%' }}
              />
            </Form.Item>
          </Col>
        </Row>

        <Divider titlePlacement="start">{l(W.sectionMore)}</Divider>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name="fundingSource" label={l(W.fundingSource)}>
              <Select
                data-testid="aid-form-funding"
                allowClear
                popupMatchSelectWidth={false}
                options={FUNDING_SOURCES.map((s) => ({ value: s, label: l(FUNDING_SOURCE_LABELS[s]) }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="externalRef" label={l(W.externalRef)} tooltip={l(W.externalRefHelp)}>
              <Input data-testid="aid-form-ref" maxLength={60} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="description" label={l(W.description)} extra={l(W.descriptionHelp)}>
          <Input.TextArea
            data-testid="aid-form-description"
            maxLength={2000}
            showCount
            autoSize={{ minRows: 3, maxRows: 10 }}
          />
        </Form.Item>
        {correcting && (
          <Form.Item
            name="reason"
            label={l(W.reason)}
            rules={[{ required: true, whitespace: true, message: l(W.reasonRequired) }]}
          >
            <Input.TextArea
              data-testid="aid-form-reason"
              maxLength={500}
              showCount
              autoSize={{ minRows: 2, maxRows: 6 }}
            />
          </Form.Item>
        )}
        {canSave && (
          <div ref={bottom}>
            <FormProblems problems={problems} testId="aid-form-error" />
            {duplicate && (
              <Alert
                data-testid="aid-form-duplicate"
                type="warning"
                showIcon
                style={{ marginBottom: 16 }}
                title={l(W.duplicateTitle)}
                description={duplicate.message}
                action={
                  duplicate.canOverride && (
                    <Button data-testid="aid-form-save-anyway" danger loading={busy} onClick={() => void submit(true)}>
                      {l(W.duplicateKeep)}
                    </Button>
                  )
                }
              />
            )}
            <Space wrap>
              <Button
                data-testid="aid-form-submit"
                type="primary"
                loading={busy}
                disabled={busy}
                onClick={() => void submit(false)}
              >
                {correcting ? l(W.saveCorrection) : l(W.save)}
              </Button>
              <Button
                data-testid="aid-form-cancel"
                disabled={busy}
                onClick={() => void navigate(correcting ? `/ledger/${correcting.record.id}` : '/ledger')}
              >
                {l(W.cancel)}
              </Button>
            </Space>
          </div>
        )}
      </Form>
    </Card>
  );
}
