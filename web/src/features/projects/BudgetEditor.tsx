// The budget inside the project form: the total in 元 and the lines by source (one per source), with the running sum
// of the lines and its difference from the total shown as they are typed. A split that does not add up is refused
// here and by the server (`budgetLines`), whose message lands under the lines.
import { Button, Col, Form, Input, Row, Select, Space, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { FUNDING_SOURCE_LABELS } from '../../../../src/common/projects.ts';
import { FUNDING_SOURCES, type FundingSource } from '../../api/projects.ts';
import { useI18n } from '../../i18n/index.tsx';
import { formatYuan } from '../needs/format.ts';
import { budgetLinesProblem, budgetSummary, type BudgetLineValues, type ProjectFormValues } from './projectForm.ts';
import { W } from './words.ts';
import { yuanProblem } from '../needs/manage/needForm.ts';

function RunningSum() {
  const { l, lang } = useI18n();
  const total = Form.useWatch<string | undefined>('budgetYuan');
  const lines = Form.useWatch<BudgetLineValues[] | undefined>('budgetLines');
  const s = budgetSummary(total, lines);
  const balanced = s.differenceFen === 0;
  return (
    <Space wrap size={16} data-testid="project-budget-sum" data-balanced={balanced ? 'true' : 'false'}>
      <Typography.Text>
        {l(W.linesSum)}：<Typography.Text strong data-testid="project-budget-lines-sum">{formatYuan(s.linesFen, lang)}</Typography.Text>
      </Typography.Text>
      {s.differenceFen !== null && (
        <Typography.Text type={balanced ? 'success' : 'danger'} data-testid="project-budget-difference">
          {balanced ? l(W.balanced) : `${l(W.difference)}：${formatYuan(s.differenceFen, lang)}`}
        </Typography.Text>
      )}
    </Space>
  );
}

export function BudgetEditor({ disabled }: { disabled: boolean }) {
  const { l } = useI18n();
  const form = Form.useFormInstance<ProjectFormValues>();
  const money = async (_: unknown, value: string | undefined) => {
    const problem = yuanProblem(value ?? '', true);
    if (problem) throw new Error(problem);
  };
  const lineMoney = async (_: unknown, value: string | undefined) => {
    const problem = yuanProblem(value ?? '', false);
    if (problem) throw new Error(problem);
  };
  // Once the lines show a problem, it is checked again as amounts change, so that it goes away when fixed; before
  // that the running sum says enough.
  const recheck = () => {
    if (form.getFieldError(['budgetLines']).length > 0) void form.validateFields(['budgetLines']).catch(() => undefined);
  };
  const used = (Form.useWatch<BudgetLineValues[] | undefined>('budgetLines') ?? []).map((line) => line?.source);

  return (
    <>
      <Form.Item
        name="budgetYuan"
        label={l(W.budgetTotal)}
        extra={l(W.budgetHelp)}
        required
        rules={[{ validator: money }]}
      >
        <Input
          data-testid="project-form-budget"
          inputMode="decimal"
          suffix="元"
          disabled={disabled}
          style={{ maxWidth: 260 }}
          onChange={recheck}
        />
      </Form.Item>
      <Form.Item label={l(W.budgetLines)} extra={l(W.budgetLinesHelp)} required>
        <Form.List
          name="budgetLines"
          rules={[
            {
              validator: async (_, lines: BudgetLineValues[] | undefined) => {
                const problem = budgetLinesProblem(form.getFieldValue('budgetYuan') as string | undefined, lines);
                if (problem) throw new Error(problem);
              },
            },
          ]}
        >
          {(fields, { add, remove }, { errors }) => (
            <Space orientation="vertical" size={0} style={{ width: '100%' }} data-testid="project-budget-lines">
              {fields.map((field) => (
                <Row key={field.key} gutter={8} align="top" data-testid={`project-budget-line-${field.name}`}>
                  <Col flex="240px">
                    <Form.Item name={[field.name, 'source']} rules={[{ required: true, message: l(W.sourceRequired) }]}>
                      <Select<FundingSource>
                        data-testid={`project-budget-line-${field.name}-source`}
                        disabled={disabled}
                        placeholder={l(W.source)}
                        options={FUNDING_SOURCES.map((s) => ({
                          value: s,
                          label: l(FUNDING_SOURCE_LABELS[s]),
                          disabled: used.includes(s) && used[field.name] !== s,
                        }))}
                      />
                    </Form.Item>
                  </Col>
                  <Col flex="200px">
                    <Form.Item name={[field.name, 'amountYuan']} rules={[{ validator: lineMoney }]}>
                      <Input
                        data-testid={`project-budget-line-${field.name}-amount`}
                        inputMode="decimal"
                        suffix="元"
                        placeholder={l(W.amount)}
                        disabled={disabled}
                        onChange={recheck}
                      />
                    </Form.Item>
                  </Col>
                  {!disabled && (
                    <Col flex="40px">
                      <Button
                        type="text"
                        danger
                        icon={<DeleteOutlined />}
                        aria-label={l(W.removeLine)}
                        title={l(W.removeLine)}
                        data-testid={`project-budget-line-${field.name}-remove`}
                        onClick={() => remove(field.name)}
                      />
                    </Col>
                  )}
                </Row>
              ))}
              <Space wrap size={16} align="center">
                {!disabled && fields.length < FUNDING_SOURCES.length && (
                  <Button data-testid="project-budget-add" size="small" icon={<PlusOutlined />} onClick={() => add({})}>
                    {l(W.addLine)}
                  </Button>
                )}
                <RunningSum />
              </Space>
              <div data-testid="project-budget-lines-error">
                <Form.ErrorList errors={errors} />
              </div>
            </Space>
          )}
        </Form.List>
      </Form.Item>
    </>
  );
}
