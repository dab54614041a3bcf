// One claim: its need and claimant, what was claimed, the status with its reason, the timeline, the steps the
// caller may take, and — for the claimant once confirmed — what it needs to deliver and, for an organization, the way
// to turn it into a project.
import { Link, useParams } from 'react-router-dom';
import { Alert, Button, Card, Col, Row, Space } from 'antd';
import { ArrowLeftOutlined, ProjectOutlined } from '@ant-design/icons';
import { useSession } from '../../api/auth.ts';
import { useClaim, type Claim } from '../../api/claims.ts';
import { useI18n } from '../../i18n/index.tsx';
import { PageHeader } from '../../shared/PageHeader.tsx';
import { idParam } from '../../shared/params.ts';
import { isLoaded, ObjectFallback } from '../../shared/ObjectFallback.tsx';
import { ClaimActions } from './ClaimActions.tsx';
import { ClaimStatusTag } from './ClaimStatusTag.tsx';
import { ClaimSummary } from './ClaimSummary.tsx';
import { ClaimTimeline } from './ClaimTimeline.tsx';
import { DeliveryCard } from './DeliveryCard.tsx';
import { CLAIM_STATUS_LABELS, W } from './words.ts';

/** Why the claim ended (declined, withdrawn, lapsed), or that it waits for the liaison. */
function StatusBanner({ claim }: { claim: Claim }) {
  const { l } = useI18n();
  const style = { marginBottom: 16 };
  if (claim.status === 'pending' && claim.actions.withdraw) {
    return <Alert type="info" showIcon style={style} title={l(W.pendingNote)} data-testid="claim-pending-note" />;
  }
  if (claim.statusReason && (claim.status === 'declined' || claim.status === 'withdrawn' || claim.status === 'lapsed')) {
    return (
      <Alert
        type={claim.status === 'declined' ? 'error' : 'warning'}
        showIcon
        style={style}
        title={l(CLAIM_STATUS_LABELS[claim.status])}
        description={
          <>
            {l(W.statusReason)}：
            <span data-testid="claim-status-reason" style={{ whiteSpace: 'pre-wrap' }}>
              {claim.statusReason}
            </span>
          </>
        }
      />
    );
  }
  return null;
}

/** An organization's confirmed claim becomes a project (帮扶项目) prefilled from the claimed need. */
function CreateProjectButton({ claim }: { claim: Claim }) {
  const { l } = useI18n();
  const { data: me } = useSession();
  const own =
    me !== undefined &&
    me !== null &&
    (me.role === 'organization_admin' || me.role === 'organization_member') &&
    claim.claimant.type === 'organization' &&
    claim.claimant.organizationId === me.organizationId;
  if (!own || claim.status !== 'confirmed') return null;
  return (
    <Link to={`/projects/new?claimId=${claim.id}`}>
      <Button data-testid="claim-create-project" icon={<ProjectOutlined />}>
        {l({ zh: '创建帮扶项目', en: 'Create a project' })}
      </Button>
    </Link>
  );
}

export function ClaimDetailPage() {
  const { l } = useI18n();
  const id = idParam(useParams().id);
  const query = useClaim(id);
  const back = (
    <Link to="/claims">
      <ArrowLeftOutlined /> {l(W.backToList)}
    </Link>
  );

  if (!isLoaded(query)) {
    return <ObjectFallback query={query} missing={id === null} notFound={l(W.notFound)} back={back} />;
  }
  const claim = query.data;

  return (
    <>
      <PageHeader
        title={claim.need.title}
        description={back}
        extra={
          <Space wrap align="center">
            <ClaimStatusTag status={claim.status} testId="claim-status" />
            <ClaimActions claim={claim} />
            <CreateProjectButton claim={claim} />
          </Space>
        }
      />
      <StatusBanner claim={claim} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={15}>
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <Card title={l(W.claimCard)}>
              <ClaimSummary claim={claim} />
            </Card>
            {claim.delivery && <DeliveryCard delivery={claim.delivery} />}
          </Space>
        </Col>
        <Col xs={24} xl={9}>
          <Card title={l(W.timeline)}>
            <ClaimTimeline events={claim.events} />
          </Card>
        </Col>
      </Row>
    </>
  );
}
