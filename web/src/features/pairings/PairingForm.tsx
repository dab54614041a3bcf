// The pairing form: a new pairing (proposed at once for the department to confirm) or a pending / returned one. The
// program is fixed once proposed; saving a returned pairing sends it back to the department. The signed agreement is
// uploaded on the pairing's page afterwards.
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Alert, App, Button, Card, Col, DatePicker, Form, Input, InputNumber, Row, Select, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useSession } from '../../api/auth.ts';
import { applyServerErrors } from '../../api/forms.ts';
import {
  useCreatePairing,
  useProgramChoices,
  useSignedUpFairs,
  useUpdatePairing,
  type PairingDetail,
} from '../../api/pairings.ts';
import { useProgram } from '../../api/programs.ts';
import { useReferenceList } from '../../api/reference.ts';
import { useI18n } from '../../i18n/index.tsx';
import { FormProblems } from '../../shared/FormProblems.tsx';
import { yuanProblem } from '../needs/manage/needForm.ts';
import { restrictsPlaces } from '../programs/ProgramFacts.tsx';
import { MemberOrganizationsSelect } from './MemberOrganizationsSelect.tsx';
import {
  formValuesOf,
  PAIRING_FORM_FIELDS,
  pairingChanges,
  periodProblem,
  toCreateBody,
  withFormFields,
  type PairingFormValues,
} from './pairingForm.ts';
import { PlacesPicker } from './PlacesPicker.tsx';
import { fill, W } from './words.ts';

const dateItem = {
  getValueProps: (v: string | undefined) => ({ value: v ? dayjs(v) : null }),
  normalize: (d: Dayjs | null) => (d ? d.format('YYYY-MM-DD') : undefined),
};

export function PairingForm({ pairing, fairId }: { pairing: PairingDetail | null; fairId: number | null }) {
  const { l, lang } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { data: me } = useSession();
  const [form] = Form.useForm<PairingFormValues>();
  const [problems, setProblems] = useState<string[]>([]);
  const create = useCreatePairing();
  const update = useUpdatePairing(pairing?.id ?? 0);
  const programs = useProgramChoices('active');
  const fairs = useSignedUpFairs();
  const keyFields = useReferenceList('key-fields');
  const busy = create.isPending || update.isPending;

  const programId = Form.useWatch('programId', form);
  const chosenFairId = Form.useWatch('fairId', form);
  // A saved pairing's program may have been retired since: it is read on its own then.
  const savedProgram = useProgram(pairing?.program.id ?? null);
  const program = (programs.data ?? []).find((p) => p.id === programId) ?? savedProgram.data ?? null;
  const fair = (fairs.data ?? []).find((f) => f.id === chosenFairId) ?? null;
  const returned = pairing?.status === 'returned';

  // A fair named in the link (from the fair's page) that the organization has not signed up for is dropped, so that
  // the form never sends a fair the server will refuse for a reason the person cannot see.
  useEffect(() => {
    if (!fairs.data || !chosenFairId) return;
    if (!fairs.data.some((f) => f.id === chosenFairId)) form.setFieldValue('fairId', null);
  }, [fairs.data, chosenFairId, form]);

  const initialValues: PairingFormValues = pairing
    ? formValuesOf(pairing)
    : { places: [], memberOrganizationIds: [], fieldCodes: [], amountYuan: '0', people: 0, fairId };

  const fail = (err: unknown) => setProblems(applyServerErrors(form, withFormFields(err), PAIRING_FORM_FIELDS));

  const submit = async () => {
    setProblems([]);
    let values: PairingFormValues;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    if (pairing === null) {
      create.mutate(toCreateBody(values), {
        onSuccess: (saved) => {
          message.success(l(W.submitted));
          void navigate(`/pairings/${saved.id}`);
        },
        onError: fail,
      });
      return;
    }
    const changes = pairingChanges(pairing, values);
    // A returned pairing is resubmitted by saving it, even unchanged (its agreement may be what was asked for).
    if (Object.keys(changes).length === 0 && !returned) {
      message.info(l(W.nothingChanged));
      return;
    }
    update.mutate(changes, {
      onSuccess: () => {
        message.success(l(W.saved));
        void navigate(`/pairings/${pairing.id}`);
      },
      onError: fail,
    });
  };

  const required = l(W.required);

  return (
    <Card>
      {returned && pairing.statusReason && (
        <Alert
          data-testid="pairing-form-returned"
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={fill(l(W.returnedEditNote), { reason: pairing.statusReason })}
        />
      )}
      <FormProblems problems={problems} testId="pairing-form-error" />
      <Form<PairingFormValues>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        scrollToFirstError={{ block: 'center' }}
        style={{ maxWidth: 860 }}
      >
        <Form.Item
          name="programId"
          label={l(W.program)}
          extra={l(W.programHelp)}
          rules={[{ required: true, message: l(W.programRequired) }]}
        >
          <Select
            data-testid="pairing-form-program"
            disabled={pairing !== null}
            loading={programs.isPending}
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={l(W.choose)}
            options={[
              ...(pairing && !(programs.data ?? []).some((p) => p.id === pairing.program.id)
                ? [{ value: pairing.program.id, label: pairing.program.name }]
                : []),
              ...(programs.data ?? []).map((p) => ({ value: p.id, label: p.name })),
            ]}
            onChange={() => form.setFieldValue('places', [])}
          />
        </Form.Item>
        {program && restrictsPlaces(program) && (
          <Alert
            data-testid="pairing-form-restricted"
            type="info"
            showIcon
            style={{ marginTop: -8, marginBottom: 16 }}
            title={l({
              zh: '本计划要求在本组织的服务地区内结对：结对地区须在本组织登记的服务地区之内。',
              en: 'This program asks for pairings inside your organization’s service regions.',
            })}
          />
        )}
        <Form.Item name="title" label={l(W.pairing)} rules={[{ required: true, whitespace: true, message: required }]}>
          <Input data-testid="pairing-form-title" maxLength={80} showCount placeholder={l(W.titlePlaceholder)} />
        </Form.Item>
        <Form.Item
          name="places"
          label={l(W.places)}
          extra={l(W.placesHelp)}
          required
          rules={[{ type: 'array', min: 1, message: l(W.placesRequired) }]}
        >
          <PlacesPicker
            program={program}
            knownNames={pairing?.places ?? []}
            fairRegions={fair?.regions ?? []}
          />
        </Form.Item>
        <Form.Item name="memberOrganizationIds" label={l(W.members)} extra={l(W.membersHelp)}>
          <MemberOrganizationsSelect leadId={me?.organizationId ?? null} known={pairing?.members ?? []} />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item
              name="startDate"
              label={l(W.startDate)}
              rules={[{ required: true, message: required }]}
              {...dateItem}
            >
              <DatePicker data-testid="pairing-form-start" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name="endDate"
              label={l(W.endDate)}
              dependencies={['startDate']}
              rules={[
                { required: true, message: required },
                ({ getFieldValue }) => ({
                  validator: async (_, end: string | undefined) => {
                    if (periodProblem(getFieldValue('startDate') as string | undefined, end)) throw new Error(l(W.endBeforeStart));
                  },
                }),
              ]}
              {...dateItem}
            >
              <DatePicker data-testid="pairing-form-end" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="fieldCodes"
          label={l(W.fields)}
          rules={[{ type: 'array', required: true, min: 1, message: l(W.fieldsRequired) }]}
        >
          <Select
            data-testid="pairing-form-fields"
            mode="multiple"
            maxCount={10}
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            loading={keyFields.isPending}
            placeholder={l(W.fieldsPlaceholder)}
            options={(keyFields.data ?? []).map((f) => ({ value: f.code, label: lang === 'zh' ? f.nameZh : f.nameEn }))}
          />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={10}>
            <Form.Item
              name="amountYuan"
              label={l(W.amount)}
              extra={l(W.amountHelp)}
              required
              rules={[
                {
                  validator: async (_, value: string | undefined) => {
                    const problem = yuanProblem(value ?? '', true);
                    if (problem) throw new Error(problem);
                  },
                },
              ]}
            >
              <Input data-testid="pairing-form-amount" inputMode="decimal" suffix="元" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name="people"
              label={l(W.people)}
              extra={l(W.peopleHelp)}
              rules={[{ required: true, type: 'integer', min: 0, max: 1_000_000, message: l(W.peopleInvalid) }]}
            >
              <InputNumber data-testid="pairing-form-people" precision={0} min={0} max={1_000_000} style={{ width: '100%' }} suffix="人" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="commitments" label={l(W.commitments)} rules={[{ required: true, whitespace: true, message: required }]}>
          <Input.TextArea
            data-testid="pairing-form-commitments"
            maxLength={2000}
            showCount
            autoSize={{ minRows: 4, maxRows: 12 }}
            placeholder={l(W.commitmentsPlaceholder)}
          />
        </Form.Item>
        <Form.Item name="fairId" label={l(W.fair)} extra={l(W.fairHelp)}>
          <Select
            data-testid="pairing-form-fair"
            allowClear
            loading={fairs.isPending}
            placeholder={l(W.none)}
            notFoundContent={l(W.fairNone)}
            style={{ maxWidth: 480 }}
            options={(fairs.data ?? []).map((f) => ({ value: f.id, label: `${f.name}（${f.year}）` }))}
          />
        </Form.Item>
        <Space wrap>
          <Button data-testid="pairing-form-submit" type="primary" loading={busy} onClick={() => void submit()}>
            {pairing === null ? l(W.submit) : returned ? l(W.saveResubmit) : l(W.save)}
          </Button>
          <Button
            data-testid="pairing-form-cancel"
            disabled={busy}
            onClick={() => void navigate(pairing ? `/pairings/${pairing.id}` : '/pairings')}
          >
            {l(W.cancel)}
          </Button>
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {l(W.formIntro)}
          </Typography.Text>
        </Space>
      </Form>
    </Card>
  );
}
