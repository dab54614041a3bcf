// One annual work plan: what the organization commits (people, funds, materials, in its words), and the projects it
// plans to start that year and the pairings current in it, each a link to its own page.
import { Link, useParams } from 'react-router-dom';
import { Button, Card, Col, Descriptions, Row, Space, Statistic, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { ArrowLeftOutlined, EditOutlined } from '@ant-design/icons';
import { PAIRING_STATUS_LABELS, PROJECT_STATUS_LABELS } from '../../../../src/common/projects.ts';
import { useWorkPlan, type WorkPlanDetail } from '../../api/workPlans.ts';
import { useI18n, type Labels } from '../../i18n/index.tsx';
import { PageHeader } from '../../shared/PageHeader.tsx';
import { idParam } from '../../shared/params.ts';
import { formatYuan } from '../needs/format.ts';
import { isLoaded, ObjectFallback } from '../../shared/ObjectFallback.tsx';
import { WorkPlanStatusTag } from './WorkPlanStatusTag.tsx';
import { fill, W } from './words.ts';

type PlanProject = WorkPlanDetail['projects'][number];
type PlanPairing = WorkPlanDetail['pairings'][number];

/** The label of a status the server sends as text; an unknown one shows as sent. */
function labelOf(labels: Record<string, Labels>, status: string): Labels {
  return (Object.hasOwn(labels, status) ? labels[status] : undefined) ?? { zh: status, en: status };
}

function Figures({ plan }: { plan: WorkPlanDetail }) {
  const { l, lang } = useI18n();
  const figures = [
    { key: 'people', title: l(W.people), value: fill(l(W.peopleValue), { n: plan.people }) },
    { key: 'amount', title: l(W.amount), value: formatYuan(plan.amountFen, lang) },
    { key: 'project-count', title: l(W.projectCount), value: String(plan.projectCount) },
    { key: 'project-budget', title: l(W.projectBudget), value: formatYuan(plan.projectBudgetFen, lang) },
    { key: 'pairing-count', title: l(W.pairingCount), value: String(plan.pairingCount) },
  ];
  return (
    <Card>
      <Row gutter={[16, 16]}>
        {figures.map((f) => (
          <Col key={f.key} xs={12} md={8} xl={4}>
            <Statistic title={f.title} value={f.value} data-testid={`work-plan-${f.key}`} />
          </Col>
        ))}
      </Row>
    </Card>
  );
}

function ProjectsCard({ projects }: { projects: PlanProject[] }) {
  const { l, lang } = useI18n();
  const columns: TableColumnsType<PlanProject> = [
    {
      title: l(W.projectName),
      key: 'name',
      render: (_, p) => (
        <Link to={`/projects/${p.id}`} data-testid={`work-plan-project-${p.id}`}>
          {p.name}
        </Link>
      ),
    },
    { title: l(W.status), key: 'status', render: (_, p) => <Tag>{l(labelOf(PROJECT_STATUS_LABELS, p.status))}</Tag> },
    { title: l(W.plannedStart), dataIndex: 'plannedStart', key: 'plannedStart' },
    {
      title: l(W.places),
      key: 'places',
      render: (_, p) => (
        <Space orientation="vertical" size={0}>
          {p.places.map((name) => (
            <Typography.Text key={name} style={{ fontSize: 13 }}>
              {name}
            </Typography.Text>
          ))}
        </Space>
      ),
    },
    { title: l(W.budget), key: 'budget', align: 'right', render: (_, p) => formatYuan(p.budgetFen, lang) },
  ];
  return (
    <Card title={l(W.projectsCard)}>
      <Table<PlanProject>
        data-testid="work-plan-projects-table"
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={projects}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: l(W.noProjects) }}
      />
    </Card>
  );
}

function PairingsCard({ pairings }: { pairings: PlanPairing[] }) {
  const { l, lang } = useI18n();
  const columns: TableColumnsType<PlanPairing> = [
    {
      title: l(W.pairingTitle),
      key: 'title',
      render: (_, p) => (
        <Link to={`/pairings/${p.id}`} data-testid={`work-plan-pairing-${p.id}`}>
          {p.title}
        </Link>
      ),
    },
    { title: l(W.status), key: 'status', render: (_, p) => <Tag>{l(labelOf(PAIRING_STATUS_LABELS, p.status))}</Tag> },
    { title: l(W.period), key: 'period', render: (_, p) => `${p.startDate} ~ ${p.endDate}` },
    { title: l(W.pairingAmount), key: 'amount', align: 'right', render: (_, p) => formatYuan(p.amountFen, lang) },
    { title: l(W.pairingPeople), key: 'people', align: 'right', render: (_, p) => fill(l(W.peopleValue), { n: p.people }) },
  ];
  return (
    <Card title={l(W.pairingsCard)}>
      <Table<PlanPairing>
        data-testid="work-plan-pairings-table"
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={pairings}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: l(W.noPairings) }}
      />
    </Card>
  );
}

export function WorkPlanDetailPage() {
  const { l, dateTime } = useI18n();
  const id = idParam(useParams().id);
  const query = useWorkPlan(id);
  const back = (
    <Link to="/work-plans">
      <ArrowLeftOutlined /> {l(W.backToList)}
    </Link>
  );

  if (!isLoaded(query)) {
    return <ObjectFallback query={query} missing={id === null} notFound={l(W.notFound)} back={back} />;
  }
  const plan = query.data;

  return (
    <>
      <PageHeader
        title={fill(l(W.detailTitle), { organization: plan.organization.name, year: plan.year })}
        description={back}
        extra={
          <Space wrap align="center">
            <WorkPlanStatusTag status={plan.status} testId="work-plan-status" />
            {plan.actions.edit && (
              <Link to={`/work-plans/year/${plan.year}`}>
                <Button type="primary" icon={<EditOutlined />} data-testid="work-plan-edit">
                  {l(W.edit)}
                </Button>
              </Link>
            )}
          </Space>
        }
      />
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <Figures plan={plan} />
        <Card title={l(W.planCard)}>
          <Descriptions
            column={1}
            items={[
              {
                key: 'summary',
                label: l(W.summary),
                children: (
                  <Typography.Paragraph data-testid="work-plan-summary" style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
                    {plan.summary}
                  </Typography.Paragraph>
                ),
              },
              {
                key: 'materials',
                label: l(W.materialsLabel),
                children: (
                  <span data-testid="work-plan-materials" style={{ whiteSpace: 'pre-wrap' }}>
                    {plan.materials ?? l(W.noMaterials)}
                  </span>
                ),
              },
              { key: 'submittedAt', label: l(W.submittedAt), children: dateTime(plan.submittedAt) },
              { key: 'updatedAt', label: l(W.updatedAt), children: dateTime(plan.updatedAt) },
            ]}
          />
        </Card>
        <ProjectsCard projects={plan.projects} />
        <PairingsCard pairings={plan.pairings} />
      </Space>
    </>
  );
}
