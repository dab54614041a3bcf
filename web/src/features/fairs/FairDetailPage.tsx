// One fair: its facts and status, the steps the caller may take, and what the fair is for. A signed-up organization
// sees the regions' key areas (paired or not) and open needs, and starts a pairing or a project tagged with the fair;
// officials see who signed up and open the dashboard; liaisons and officials see the regions' key areas and needs too.
import { Link, useParams } from 'react-router-dom';
import { Alert, Button, Card, Space } from 'antd';
import { ArrowLeftOutlined, ProjectOutlined, TeamOutlined } from '@ant-design/icons';
import { chinaToday } from '../../../../src/common/glossary.ts';
import { useSession } from '../../api/auth.ts';
import { FAIR_STATUS_LABELS, useFair, type FairDetail } from '../../api/fairs.ts';
import { useI18n, type Labels } from '../../i18n/index.tsx';
import { PageHeader } from '../../shared/PageHeader.tsx';
import { idParam } from '../../shared/params.ts';
import { isLoaded, ObjectFallback } from '../../shared/ObjectFallback.tsx';
import { FairActions } from './FairActions.tsx';
import { FairFacts } from './FairFacts.tsx';
import { FairKeyAreas } from './FairKeyAreas.tsx';
import { FairNeeds } from './FairNeeds.tsx';
import { FairSignups } from './FairSignups.tsx';
import { FairStatusTag } from './FairTags.tsx';
import { isOfficialRole, isOrganizationRole } from './roles.ts';
import { fill, W } from './words.ts';

/** Why the fair is over (closed, or cancelled with the reason), or, for an organization, where it stands. */
function StatusBanner({ fair, organization }: { fair: FairDetail; organization: boolean }) {
  const { l } = useI18n();
  const style = { marginBottom: 16 };
  if (fair.status !== 'open') {
    return (
      <Alert
        data-testid="fair-status-banner"
        type={fair.status === 'cancelled' ? 'error' : 'info'}
        showIcon
        style={style}
        title={l(FAIR_STATUS_LABELS[fair.status])}
        description={
          fair.statusReason ? (
            <>
              {l(W.statusReason)}：
              <span data-testid="fair-status-reason" style={{ whiteSpace: 'pre-wrap' }}>
                {fair.statusReason}
              </span>
            </>
          ) : undefined
        }
      />
    );
  }
  if (!organization) return null;
  if (fair.signedUp) return <Alert data-testid="fair-signed-up-banner" type="success" showIcon style={style} title={l(W.signedUpBanner)} />;
  return (
    <Alert
      data-testid="fair-signup-hint"
      type="info"
      showIcon
      style={style}
      title={fair.actions.signUp ? l(W.signUpFirst) : whyNoSignup(fair, l)}
    />
  );
}

/** Why an organization cannot sign up to an open fair: the last day has passed, or it is not approved yet. */
function whyNoSignup(fair: FairDetail, l: (labels: Labels) => string): string {
  const lastDay = fair.signupDeadline ?? fair.endDate;
  return lastDay < chinaToday() ? fill(l(W.signupClosedNote), { date: lastDay }) : l(W.signupNotApproved);
}

/** "发起结对" and "新建项目", tagged with this fair, for a signed-up organization while the fair stands. */
function StartButtons({ fair }: { fair: FairDetail }) {
  const { l } = useI18n();
  return (
    <Space wrap>
      <Link to={`/pairings/new?fairId=${fair.id}`}>
        <Button type="primary" icon={<TeamOutlined />} data-testid="fair-new-pairing">
          {l(W.newPairing)}
        </Button>
      </Link>
      <Link to={`/projects/new?fairId=${fair.id}`}>
        <Button icon={<ProjectOutlined />} data-testid="fair-new-project">
          {l(W.newProject)}
        </Button>
      </Link>
    </Space>
  );
}

export function FairDetailPage() {
  const { l } = useI18n();
  const { data: me } = useSession();
  const id = idParam(useParams().id);
  const query = useFair(id);
  const back = (
    <Link to="/fairs">
      <ArrowLeftOutlined /> {l(W.backToList)}
    </Link>
  );

  if (!isLoaded(query) || !me) {
    return <ObjectFallback query={query} missing={id === null} notFound={l(W.notFound)} back={back} />;
  }
  const fair = query.data;
  const organization = isOrganizationRole(me.role);
  const official = isOfficialRole(me.role);
  // An organization sees what the regions hold once it signed up; the area's own people always; nobody once cancelled.
  const showAround = fair.status !== 'cancelled' && (organization ? fair.signedUp : true);
  const canStart = organization && fair.signedUp && fair.status !== 'cancelled';

  return (
    <>
      <PageHeader
        title={fair.name}
        description={back}
        extra={
          <Space wrap align="center">
            <FairStatusTag status={fair.status} testId="fair-status" />
            <FairActions fair={fair} />
          </Space>
        }
      />
      <StatusBanner fair={fair} organization={organization} />
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <Card title={l(W.facts)}>
          <FairFacts fair={fair} />
        </Card>
        {official && (
          <Card title={l(W.signupsTitle)} data-testid="fair-signups-card">
            <FairSignups fairId={fair.id} />
          </Card>
        )}
        {showAround && (
          <Card title={l(W.keyAreasTitle)} data-testid="fair-key-areas-card" extra={canStart && <StartButtons fair={fair} />}>
            <FairKeyAreas fairId={fair.id} />
          </Card>
        )}
        {showAround && (
          <Card title={l(W.needsTitle)} data-testid="fair-needs-card">
            <FairNeeds fairId={fair.id} />
          </Card>
        )}
      </Space>
    </>
  );
}
