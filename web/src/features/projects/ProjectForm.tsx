// The project form: a new project (on its own, or prefilled from a pairing or a confirmed claim) or an existing one.
// While planned everything may change; once signed only what the area did not sign for (summary, people responsible,
// beneficiaries) — the rest is shown disabled with the reason. The server's field errors land on the fields.
import { useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router-dom';
import { Alert, App, Button, Card, Col, DatePicker, Form, Input, InputNumber, Row, Select, Space } from 'antd';
import { PROJECT_STATUS_LABELS } from '../../../../src/common/projects.ts';
import { useSession } from '../../api/auth.ts';
import { applyServerErrors } from '../../api/forms.ts';
import { useCreateProject, useUpdateProject, type ProjectDetail } from '../../api/projects.ts';
import { useReferenceList } from '../../api/reference.ts';
import { useI18n } from '../../i18n/index.tsx';
import { FormProblems } from '../../shared/FormProblems.tsx';
import { BudgetEditor } from './BudgetEditor.tsx';
import { FairSelect, ProgramSelect } from './Choices.tsx';
import { PlacesInput } from './PlacesInput.tsx';
import {
  editableAfterSigning,
  formValuesOf,
  PROJECT_FORM_FIELDS,
  projectChanges,
  toCreateBody,
  withFormFields,
  type ProjectFormValues,
  type ProjectOrigin,
} from './projectForm.ts';
import { ResponsibleEditor } from './ResponsibleEditor.tsx';
import { dateItemProps } from './dates.ts';
import { fill, W } from './words.ts';


export interface ProjectFormProps {
  project: ProjectDetail | null;
  origin: ProjectOrigin;
  /** Values a pairing or a claim gives a new project. */
  prefill: ProjectFormValues;
  /** Where a new project comes from, shown above the form. */
  originNote?: ReactNode;
}

export function ProjectForm({ project, origin, prefill, originNote }: ProjectFormProps) {
  const { l, lang } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { data: me } = useSession();
  const [form] = Form.useForm<ProjectFormValues>();
  const [problems, setProblems] = useState<string[]>([]);
  const create = useCreateProject();
  const update = useUpdateProject(project?.id ?? 0);
  const keyFields = useReferenceList('key-fields');
  const populations = useReferenceList('key-populations');
  const busy = create.isPending || update.isPending;

  const canEdit = project === null || project.actions.edit;
  const locked = project !== null && project.status !== 'planned';
  const editable = (field: keyof ProjectFormValues) => canEdit && (!locked || editableAfterSigning(field));
  /** A disabled field says why. */
  const lockHint = (field: keyof ProjectFormValues) => (canEdit && !editable(field) ? l(W.lockedField) : undefined);

  const initialValues: ProjectFormValues = project
    ? formValuesOf(project)
    : {
        fieldCodes: [],
        places: [],
        keyPopulationCodes: [],
        targetPersons: 0,
        targetHouseholds: 0,
        budgetLines: [{}],
        responsible: [{ name: me?.displayName ?? '' }],
        ...prefill,
      };

  const fail = (err: unknown) => setProblems(applyServerErrors(form, withFormFields(err), PROJECT_FORM_FIELDS));

  const submit = async () => {
    setProblems([]);
    let values: ProjectFormValues;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    if (project === null) {
      create.mutate(toCreateBody(values, origin), {
        onSuccess: (saved) => {
          message.success(l(W.created));
          void navigate(`/projects/${saved.id}`);
        },
        onError: fail,
      });
      return;
    }
    const changes = projectChanges(project, values, locked);
    if (Object.keys(changes).length === 0) {
      message.info(l(W.nothingChanged));
      return;
    }
    update.mutate(changes, {
      onSuccess: () => {
        message.success(l(W.saved));
        void navigate(`/projects/${project.id}`);
      },
      onError: fail,
    });
  };

  const required = l(W.required);

  return (
    <Card>
      {originNote}
      {project && !canEdit && (
        <Alert
          data-testid="project-form-not-editable"
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={fill(l(W.notEditable), { status: l(PROJECT_STATUS_LABELS[project.status]) })}
        />
      )}
      {project && canEdit && locked && (
        <Alert data-testid="project-form-locked" type="warning" showIcon style={{ marginBottom: 16 }} title={l(W.lockedAfterSigning)} />
      )}
      <FormProblems problems={problems} testId="project-form-error" />
      <Form<ProjectFormValues>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        scrollToFirstError={{ block: 'center' }}
        style={{ maxWidth: 900 }}
      >
        <Form.Item name="name" label={l(W.name)} tooltip={lockHint('name')} rules={[{ required: true, whitespace: true, message: required }]}>
          <Input data-testid="project-form-name" maxLength={80} showCount disabled={!editable('name')} placeholder={l(W.namePlaceholder)} />
        </Form.Item>
        <Form.Item name="summary" label={l(W.summary)} rules={[{ required: true, whitespace: true, message: required }]}>
          <Input.TextArea
            data-testid="project-form-summary"
            maxLength={2000}
            showCount
            autoSize={{ minRows: 4, maxRows: 12 }}
            disabled={!editable('summary')}
            placeholder={l(W.summaryPlaceholder)}
          />
        </Form.Item>
        <Form.Item
          name="fieldCodes"
          label={l(W.fields)}
          tooltip={lockHint('fieldCodes')}
          rules={[{ required: true, type: 'array', min: 1, message: l(W.fieldsRequired) }]}
        >
          <Select
            data-testid="project-form-fields"
            mode="multiple"
            maxCount={10}
            disabled={!editable('fieldCodes')}
            showSearch={{ optionFilterProp: 'label' }}
            loading={keyFields.isPending}
            options={(keyFields.data ?? []).map((f) => ({ value: f.code, label: lang === 'zh' ? f.nameZh : f.nameEn }))}
          />
        </Form.Item>
        <Form.Item
          name="places"
          label={l(W.places)}
          extra={l(W.placesHelp)}
          tooltip={lockHint('places')}
          rules={[{ required: true, type: 'array', min: 1, message: l(W.placesRequired) }]}
        >
          <PlacesInput disabled={!editable('places')} />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="programId" label={l(W.program)} extra={l(W.programHelp)} tooltip={lockHint('programId')}>
              <ProgramSelect data-testid="project-form-program" disabled={!editable('programId')} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="fairId" label={l(W.fair)} extra={l(W.fairHelp)} tooltip={lockHint('fairId')}>
              <FairSelect data-testid="project-form-fair" mine disabled={!editable('fairId')} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col xs={12} md={6}>
            <Form.Item name="targetPersons" label={l(W.targetPersons)} rules={[{ type: 'integer', min: 0, message: l(W.wholeNumber) }]}>
              <InputNumber data-testid="project-form-persons" precision={0} min={0} disabled={!editable('targetPersons')} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="targetHouseholds" label={l(W.targetHouseholds)} rules={[{ type: 'integer', min: 0, message: l(W.wholeNumber) }]}>
              <InputNumber data-testid="project-form-households" precision={0} min={0} disabled={!editable('targetHouseholds')} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="keyPopulationCodes" label={l(W.populations)}>
              <Select
                data-testid="project-form-populations"
                mode="multiple"
                maxCount={10}
                allowClear
                disabled={!editable('keyPopulationCodes')}
                showSearch={{ optionFilterProp: 'label' }}
                loading={populations.isPending}
                options={(populations.data ?? []).map((p) => ({ value: p.code, label: lang === 'zh' ? p.nameZh : p.nameEn }))}
              />
            </Form.Item>
          </Col>
        </Row>
        <BudgetEditor disabled={!editable('budgetYuan')} />
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item
              name="plannedStart"
              label={l(W.plannedStart)}
              tooltip={lockHint('plannedStart')}
              rules={[{ required: true, message: l(W.chooseDate) }]}
              {...dateItemProps}
            >
              <DatePicker data-testid="project-form-start" disabled={!editable('plannedStart')} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name="plannedEnd"
              label={l(W.plannedEnd)}
              tooltip={lockHint('plannedEnd')}
              dependencies={['plannedStart']}
              rules={[
                { required: true, message: l(W.chooseDate) },
                ({ getFieldValue }) => ({
                  validator: async (_, end: string | undefined) => {
                    const start = getFieldValue('plannedStart') as string | undefined;
                    if (start && end && end < start) throw new Error(l(W.datesOrder));
                  },
                }),
              ]}
              {...dateItemProps}
            >
              <DatePicker data-testid="project-form-end" disabled={!editable('plannedEnd')} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <ResponsibleEditor disabled={!editable('responsible')} />
        <Form.Item name="naming" label={l(W.naming)} extra={l(W.namingHelp)} tooltip={lockHint('naming')}>
          <Input data-testid="project-form-naming" maxLength={60} disabled={!editable('naming')} style={{ maxWidth: 420 }} />
        </Form.Item>
        {canEdit && (
          <Space wrap>
            <Button data-testid="project-form-submit" type="primary" loading={busy} disabled={busy} onClick={() => void submit()}>
              {project ? l(W.save) : l(W.create)}
            </Button>
            <Button
              data-testid="project-form-cancel"
              disabled={busy}
              onClick={() => void navigate(project ? `/projects/${project.id}` : '/projects')}
            >
              {l(W.cancel)}
            </Button>
          </Space>
        )}
      </Form>
    </Card>
  );
}
