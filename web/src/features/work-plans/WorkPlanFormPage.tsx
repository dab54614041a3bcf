// An organization's work plan for one year: the plan in words, the people, funds (元, sent as fen) and materials it
// commits. “保存草稿” keeps it for later; “提交” (after a confirmation) saves what is in the form and submits it, after
// which it is fixed and officials in scope can read it.
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { Alert, App, Button, Card, Col, Form, Input, InputNumber, Modal, Result, Row, Space, Spin, Statistic, Typography } from 'antd';
import { ArrowLeftOutlined, SendOutlined } from '@ant-design/icons';
import { chinaToday } from '../../../../src/common/glossary.ts';
import { errorText } from '../../api/client.ts';
import { applyServerErrors } from '../../api/forms.ts';
import { useOwnWorkPlan, useSaveWorkPlan, useSubmitWorkPlan, type WorkPlanDetail } from '../../api/workPlans.ts';
import { useI18n } from '../../i18n/index.tsx';
import { FormProblems } from '../../shared/FormProblems.tsx';
import { PageHeader } from '../../shared/PageHeader.tsx';
import { formatYuan } from '../needs/format.ts';
import {
  amountProblem,
  formValuesOf,
  MAX_PEOPLE,
  PLAN_FORM_FIELDS,
  plannableYears,
  toPlanBody,
  withFormFields,
  yearParam,
  type PlanFormValues,
} from './planForm.ts';
import { fill, W } from './words.ts';

/** What the organization's projects and pairings of the year already add up to (from a saved plan). */
function YearFigures({ plan }: { plan: WorkPlanDetail }) {
  const { l, lang } = useI18n();
  return (
    <Card title={l(W.yearFigures)} size="small">
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
        {l(W.yearFiguresHelp)}
      </Typography.Paragraph>
      <Space orientation="vertical" size={12}>
        <Statistic title={l(W.projectCount)} value={plan.projectCount} data-testid="work-plan-form-project-count" />
        <Statistic title={l(W.projectBudget)} value={formatYuan(plan.projectBudgetFen, lang)} data-testid="work-plan-form-project-budget" />
        <Statistic title={l(W.pairingCount)} value={plan.pairingCount} data-testid="work-plan-form-pairing-count" />
      </Space>
    </Card>
  );
}

type Intent = 'save' | 'submit';

function PlanForm({ year, plan }: { year: number; plan: WorkPlanDetail | null }) {
  const { l, dateTime } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<PlanFormValues>();
  const [problems, setProblems] = useState<string[]>([]);
  const [intent, setIntent] = useState<Intent | null>(null);
  const [confirming, setConfirming] = useState(false);
  const save = useSaveWorkPlan(year);
  const submit = useSubmitWorkPlan(year);
  const busy = save.isPending || submit.isPending;

  const fail = (err: unknown) => {
    setProblems(applyServerErrors(form, withFormFields(err), PLAN_FORM_FIELDS));
    setConfirming(false);
    setIntent(null);
  };

  const values = async (): Promise<PlanFormValues | null> => {
    setProblems([]);
    try {
      return await form.validateFields();
    } catch {
      return null;
    }
  };

  const onSave = async () => {
    const v = await values();
    if (!v) return;
    setIntent('save');
    try {
      await save.mutateAsync(toPlanBody(v));
      setIntent(null);
      message.success(l(W.saved));
    } catch (err) {
      fail(err);
    }
  };

  const onAskSubmit = async () => {
    if (await values()) setConfirming(true);
  };

  const onSubmit = async () => {
    const v = await values();
    if (!v) {
      setConfirming(false);
      return;
    }
    setIntent('submit');
    try {
      // What is in the form is what gets submitted: save it first, then submit the saved draft.
      await save.mutateAsync(toPlanBody(v));
      const done = await submit.mutateAsync();
      setConfirming(false);
      message.success(l(W.submitted));
      void navigate(`/work-plans/${done.id}`);
    } catch (err) {
      fail(err);
    }
  };

  const money = async (_: unknown, text: string | undefined) => {
    const problem = amountProblem(text);
    if (problem) throw new Error(l(problem));
  };

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={plan ? 16 : 24}>
        <Card>
          <Alert
            data-testid="work-plan-form-state"
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            title={plan ? fill(l(W.draftPlan), { time: dateTime(plan.updatedAt) }) : l(W.newPlan)}
          />
          <FormProblems problems={problems} testId="work-plan-form-error" />
          <Form<PlanFormValues> form={form} layout="vertical" initialValues={formValuesOf(plan)} scrollToFirstError={{ block: 'center' }} style={{ maxWidth: 760 }}>
            <Form.Item
              name="summary"
              label={l(W.summary)}
              extra={l(W.summaryHelp)}
              rules={[{ required: true, whitespace: true, message: l(W.summaryRequired) }]}
            >
              <Input.TextArea data-testid="work-plan-form-summary" maxLength={4000} showCount autoSize={{ minRows: 5, maxRows: 16 }} />
            </Form.Item>
            <Row gutter={16}>
              <Col xs={24} md={10}>
                <Form.Item name="people" label={l(W.peopleLabel)} rules={[{ required: true, message: l(W.peopleRequired) }]}>
                  <InputNumber<number> data-testid="work-plan-form-people" min={0} max={MAX_PEOPLE} precision={0} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col xs={24} md={14}>
                <Form.Item name="amountYuan" label={l(W.amountLabel)} extra={l(W.amountHelp)} required rules={[{ validator: money }]}>
                  <Input data-testid="work-plan-form-amount" inputMode="decimal" suffix="元" />
                </Form.Item>
              </Col>
            </Row>
            <Form.Item name="materials" label={l(W.materialsLabel)} extra={l(W.materialsHelp)}>
              <Input.TextArea data-testid="work-plan-form-materials" maxLength={1000} showCount autoSize={{ minRows: 2, maxRows: 8 }} />
            </Form.Item>
            <Space wrap>
              <Button data-testid="work-plan-form-save" onClick={() => void onSave()} loading={busy && intent === 'save'} disabled={busy}>
                {l(W.saveDraft)}
              </Button>
              <Button data-testid="work-plan-form-submit" type="primary" icon={<SendOutlined />} onClick={() => void onAskSubmit()} disabled={busy}>
                {l(W.submit)}
              </Button>
              <Button data-testid="work-plan-form-cancel" onClick={() => void navigate('/work-plans')} disabled={busy}>
                {l(W.cancel)}
              </Button>
            </Space>
          </Form>
        </Card>
      </Col>
      {plan && (
        <Col xs={24} xl={8}>
          <YearFigures plan={plan} />
        </Col>
      )}
      <Modal
        open={confirming}
        title={fill(l(W.submitTitle), { year })}
        onCancel={() => setConfirming(false)}
        footer={
          <Space>
            <Button onClick={() => setConfirming(false)} disabled={busy}>
              {l(W.cancel)}
            </Button>
            <Button data-testid="work-plan-submit-ok" type="primary" loading={busy && intent === 'submit'} onClick={() => void onSubmit()}>
              {l(W.submit)}
            </Button>
          </Space>
        }
        mask={{ closable: false }}
        destroyOnHidden
      >
        <Typography.Paragraph>{l(W.submitHelp)}</Typography.Paragraph>
      </Modal>
    </Row>
  );
}

export function WorkPlanFormPage() {
  const { l } = useI18n();
  const year = yearParam(useParams().year);
  const plannable = year !== null && plannableYears(chinaToday()).includes(year);
  const query = useOwnWorkPlan(plannable ? year : null);
  const back = (
    <Link to="/work-plans">
      <ArrowLeftOutlined /> {l(W.backToList)}
    </Link>
  );

  if (year === null || !plannable) {
    return <Result status="warning" title={l(W.yearNotPlannable)} extra={back} data-testid="work-plan-form-year-refused" />;
  }
  const header = <PageHeader title={fill(l(W.formTitle), { year })} description={back} />;
  if (query.isError) {
    return (
      <>
        {header}
        <Alert type="error" showIcon title={errorText(query.error)} />
      </>
    );
  }
  if (query.data === undefined) return <Spin style={{ display: 'block', padding: 48 }} />;
  const plan = query.data;
  if (plan?.status === 'submitted') {
    return (
      <>
        {header}
        <Result
          status="success"
          title={fill(l(W.submittedTitle), { year })}
          data-testid="work-plan-form-submitted"
          extra={
            <Link to={`/work-plans/${plan.id}`}>
              <Button type="primary" data-testid="work-plan-form-open">
                {l(W.openPlan)}
              </Button>
            </Link>
          }
        />
      </>
    );
  }
  return (
    <>
      {header}
      <PlanForm key={year} year={year} plan={plan} />
    </>
  );
}
