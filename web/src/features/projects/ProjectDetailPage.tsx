// One project: its status and the steps the caller may take, the overdue alert, the life as a steps bar, the facts,
// budget and people, the files by kind, and the timeline of events with the area's follow-up notes.
import { Link, useParams } from 'react-router-dom';
import { Alert, Card, Col, Row, Space } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { PROJECT_STATUS_LABELS } from '../../../../src/common/projects.ts';
import { useSession } from '../../api/auth.ts';
import { useProject, type ProjectDetail } from '../../api/projects.ts';
import { useI18n } from '../../i18n/index.tsx';
import { PageHeader } from '../../shared/PageHeader.tsx';
import { idParam } from '../../shared/params.ts';
import { isLoaded, ObjectFallback } from '../../shared/ObjectFallback.tsx';
import { ProjectActions } from './ProjectActions.tsx';
import { ProjectBudgetCard } from './ProjectBudgetCard.tsx';
import { ProjectFacts } from './ProjectFacts.tsx';
import { ProjectFiles } from './ProjectFiles.tsx';
import { ProjectLife } from './ProjectLife.tsx';
import { ProjectPeopleCard } from './ProjectPeopleCard.tsx';
import { CounterpartTag, OverdueTag, ProjectStatusTag } from './ProjectTags.tsx';
import { ProjectTimeline } from './ProjectTimeline.tsx';
import { isOrganizationRole } from './roles.ts';
import { fill, W } from './words.ts';

/** "已逾期 N 天未落地，应于 YYYY-MM-DD 前落地", or why the project was returned, cancelled. */
function StatusBanner({ project }: { project: ProjectDetail }) {
  const { l } = useI18n();
  const { data: me } = useSession();
  const style = { marginBottom: 16 };
  if (project.overdue && project.landingDue) {
    return (
      <Alert
        data-testid="project-overdue-alert"
        type="error"
        showIcon
        style={style}
        title={fill(l(W.overdueAlert), { n: project.overdueDays, due: project.landingDue })}
        description={me && isOrganizationRole(me.role) ? l(W.overdueOrganization) : undefined}
      />
    );
  }
  if (project.statusReason && (project.status === 'cancelled' || project.status === 'planned')) {
    return (
      <Alert
        data-testid="project-status-reason"
        type={project.status === 'cancelled' ? 'error' : 'warning'}
        showIcon
        style={style}
        title={project.status === 'cancelled' ? l(PROJECT_STATUS_LABELS.cancelled) : l(W.returned)}
        description={
          <span style={{ whiteSpace: 'pre-wrap' }}>
            {l(W.statusReason)}：{project.statusReason}
          </span>
        }
      />
    );
  }
  if (project.status === 'signed' && project.landingDue) {
    return (
      <Alert data-testid="project-landing-due-note" type="info" showIcon style={style} title={fill(l(W.landingDueNote), { due: project.landingDue })} />
    );
  }
  return null;
}

export function ProjectDetailPage() {
  const { l } = useI18n();
  const id = idParam(useParams().id);
  const query = useProject(id);
  const back = (
    <Link to="/projects">
      <ArrowLeftOutlined /> {l(W.backToList)}
    </Link>
  );

  if (!isLoaded(query)) {
    return <ObjectFallback query={query} missing={id === null} notFound={l(W.notFound)} back={back} />;
  }
  const project = query.data;

  return (
    <>
      <PageHeader
        title={project.name}
        description={back}
        extra={
          <Space wrap align="center">
            <ProjectStatusTag status={project.status} testId="project-status" />
            <OverdueTag overdue={project.overdue} days={project.overdueDays} due={project.landingDue} testId="project-overdue" />
            <CounterpartTag show={project.isCounterpart} />
          </Space>
        }
      />
      <div style={{ marginBottom: 16 }}>
        <ProjectActions project={project} />
      </div>
      <StatusBanner project={project} />
      <Card style={{ marginBottom: 16 }} title={l(W.life)}>
        <ProjectLife project={project} />
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={15}>
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <Card title={l(W.facts)}>
              <ProjectFacts project={project} />
            </Card>
            <ProjectBudgetCard project={project} />
            <ProjectPeopleCard project={project} />
            <ProjectFiles project={project} />
          </Space>
        </Col>
        <Col xs={24} xl={9}>
          <Card title={l(W.timeline)}>
            <ProjectTimeline events={project.events} />
          </Card>
        </Col>
      </Row>
    </>
  );
}
