// The fair form, new or existing: kind, name, year, theme, description, regions (with the quick pick of a program's
// national key support counties), program, dates and sign-up deadline. The dates are checked here as the server
// checks them; whatever the server still refuses lands on its field.
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Alert, App, Button, Card, Col, DatePicker, Form, Input, InputNumber, Radio, Row, Select, Space } from 'antd';
import { chinaToday } from '../../../../src/common/glossary.ts';
import { useSession } from '../../api/auth.ts';
import { applyServerErrors } from '../../api/forms.ts';
import {
  FAIR_KIND_LABELS,
  FAIR_KINDS,
  useActivePrograms,
  useCreateFair,
  useUpdateFair,
  type FairDetail,
} from '../../api/fairs.ts';
import { useI18n, type Labels } from '../../i18n/index.tsx';
import { FormProblems } from '../../shared/FormProblems.tsx';
import { dateItemProps } from './dates.ts';
import {
  dateProblems,
  FAIR_FORM_FIELDS,
  fairChanges,
  formValuesOf,
  toCreateBody,
  withFormFields,
  type DateField,
  type FairFormValues,
} from './fairForm.ts';
import { KeyCountiesButton } from './KeyCountiesButton.tsx';
import { RegionsInput } from './RegionsInput.tsx';
import { fill, W } from './words.ts';

/** Programs whose region holds the caller's scope or lies inside it: the ones a fair of this area can serve. */
function relevant(regionCode: string, scope: string | null): boolean {
  return scope === null || regionCode.startsWith(scope) || scope.startsWith(regionCode);
}

export function FairForm({ fair }: { fair: FairDetail | null }) {
  const { l, t } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { data: me } = useSession();
  const [form] = Form.useForm<FairFormValues>();
  const [problems, setProblems] = useState<string[]>([]);
  const create = useCreateFair();
  const update = useUpdateFair(fair?.id ?? 0);
  const programs = useActivePrograms();
  const scope = me?.scopeRegionCode ?? null;
  const programId = Form.useWatch('programId', form) ?? null;
  const regions = Form.useWatch('regions', form) ?? [];
  const busy = create.isPending || update.isPending;
  const canEdit = fair === null || fair.actions.edit;

  const initialValues: FairFormValues = fair
    ? formValuesOf(fair)
    : { kind: 'matching_fair', year: Number(chinaToday().slice(0, 4)), regions: [], programId: null };

  const required = (field: Labels) => ({ required: true, message: fill(l(W.required), { field: l(field) }) });
  /** The form-side date check of one field, re-run when the fields it compares with change. */
  const dateRule = (field: DateField) => ({
    validator: async () => {
      const problem = dateProblems({
        startDate: form.getFieldValue('startDate') as string | null | undefined,
        endDate: form.getFieldValue('endDate') as string | null | undefined,
        signupDeadline: form.getFieldValue('signupDeadline') as string | null | undefined,
        year: form.getFieldValue('year') as number | null | undefined,
      })[field];
      if (problem) throw new Error(l(problem));
    },
  });

  const fail = (err: unknown) => setProblems(applyServerErrors(form, withFormFields(err), FAIR_FORM_FIELDS));

  const submit = async () => {
    setProblems([]);
    let values: FairFormValues;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    if (fair === null) {
      create.mutate(toCreateBody(values), {
        onSuccess: (saved) => {
          void message.success(l(W.created));
          void navigate(`/fairs/${saved.id}`);
        },
        onError: fail,
      });
      return;
    }
    const changes = fairChanges(fair, values);
    if (Object.keys(changes).length === 0) {
      void message.info(l(W.noChanges));
      void navigate(`/fairs/${fair.id}`);
      return;
    }
    update.mutate(changes, {
      onSuccess: () => {
        void message.success(l(W.saved));
        void navigate(`/fairs/${fair.id}`);
      },
      onError: fail,
    });
  };

  return (
    <Card>
      {!canEdit && <Alert type="warning" showIcon title={l(W.notEditable)} style={{ marginBottom: 16 }} data-testid="fair-form-locked" />}
      <FormProblems problems={problems} testId="fair-form-error" />
      <Form<FairFormValues>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        disabled={!canEdit || busy}
        onValuesChange={(changed: Partial<FairFormValues>) => {
          // The year follows the start date (the server wants them to agree); it can still be changed by hand.
          if (changed.startDate) form.setFieldValue('year', Number(changed.startDate.slice(0, 4)));
          if ('startDate' in changed || 'endDate' in changed || 'signupDeadline' in changed) {
            void form.validateFields(['endDate', 'signupDeadline', 'year']).catch(() => undefined);
          }
        }}
      >
        <Form.Item name="kind" label={l(W.kind)} rules={[required(W.kind)]}>
          <Radio.Group
            data-testid="fair-form-kind"
            optionType="button"
            options={FAIR_KINDS.map((k) => ({ value: k, label: <span data-testid={`fair-form-kind-${k}`}>{l(FAIR_KIND_LABELS[k])}</span> }))}
          />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={18}>
            <Form.Item name="name" label={l(W.name)} rules={[{ ...required(W.name), whitespace: true }]}>
              <Input data-testid="fair-form-name" maxLength={80} showCount placeholder={l(W.namePlaceholder)} />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item name="year" label={l(W.year)} rules={[required(W.year), dateRule('year')]}>
              <InputNumber data-testid="fair-form-year" min={2000} max={2100} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="theme" label={l(W.theme)}>
          <Input data-testid="fair-form-theme" maxLength={100} showCount placeholder={l(W.themePlaceholder)} />
        </Form.Item>
        <Form.Item name="description" label={l(W.description)}>
          <Input.TextArea
            data-testid="fair-form-description"
            maxLength={2000}
            showCount
            autoSize={{ minRows: 3, maxRows: 10 }}
            placeholder={l(W.descriptionPlaceholder)}
          />
        </Form.Item>
        <Form.Item name="programId" label={l(W.program)} extra={l(W.programHelp)}>
          <Select
            data-testid="fair-form-program"
            allowClear
            placeholder={l(W.noProgram)}
            loading={programs.isPending}
            style={{ maxWidth: 480 }}
            popupMatchSelectWidth={false}
            options={[
              // A saved fair's program stays shown even if it has since been retired or lies elsewhere.
              ...(fair?.program && !(programs.data ?? []).some((p) => p.id === fair.program?.id)
                ? [{ value: fair.program.id, label: fair.program.name }]
                : []),
              ...(programs.data ?? []).filter((p) => relevant(p.regionCode, scope)).map((p) => ({ value: p.id, label: p.name })),
            ]}
          />
        </Form.Item>
        <Form.Item label={l(W.regions)} required extra={l(W.regionsHelp)}>
          <Space orientation="vertical" size={8} style={{ width: '100%' }}>
            <KeyCountiesButton
              programId={programId}
              scope={scope}
              regions={regions}
              disabled={!canEdit || busy}
              onPick={(next) => {
                form.setFieldValue('regions', next);
                void form.validateFields(['regions']).catch(() => undefined);
              }}
            />
            <Form.Item
              name="regions"
              noStyle
              rules={[{ type: 'array', min: 1, required: true, message: fill(l(W.required), { field: l(W.regions) }) }]}
            >
              <RegionsInput scope={scope} knownNames={fair?.regions ?? []} disabled={!canEdit || busy} />
            </Form.Item>
          </Space>
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name="startDate" label={l(W.startDate)} rules={[required(W.startDate)]} {...dateItemProps}>
              <DatePicker data-testid="fair-form-start" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="endDate" label={l(W.endDate)} rules={[required(W.endDate), dateRule('endDate')]} {...dateItemProps}>
              <DatePicker data-testid="fair-form-end" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name="signupDeadline"
              label={l(W.signupDeadline)}
              extra={l(W.signupDeadlineHelp)}
              rules={[dateRule('signupDeadline')]}
              {...dateItemProps}
            >
              <DatePicker data-testid="fair-form-deadline" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        {canEdit && (
          <Space>
            <Button type="primary" data-testid="fair-form-submit" loading={busy} onClick={() => void submit()}>
              {fair === null ? l(W.create) : l(W.save)}
            </Button>
            <Button disabled={busy} onClick={() => void navigate(fair ? `/fairs/${fair.id}` : '/fairs')}>
              {t('common.cancel')}
            </Button>
          </Space>
        )}
      </Form>
    </Card>
  );
}
