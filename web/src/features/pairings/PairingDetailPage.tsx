// One pairing: its status (and why it was returned or ended), what it commits to, the signed agreement, its
// projects, the timeline, and the steps the caller may take.
import { Link, useParams } from 'react-router-dom';
import { Alert, Card, Col, Empty, Row, Space, Tag } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { PROJECT_STATUS_LABELS, PROJECT_STATUSES, type ProjectStatus } from '../../../../src/common/projects.ts';
import { usePairing, type PairingDetail } from '../../api/pairings.ts';
import { useI18n } from '../../i18n/index.tsx';
import { PageHeader } from '../../shared/PageHeader.tsx';
import { idParam } from '../../shared/params.ts';
import { isLoaded, ObjectFallback } from '../../shared/ObjectFallback.tsx';
import { AgreementCard } from './AgreementCard.tsx';
import { PairingActions } from './PairingActions.tsx';
import { PairingFacts } from './PairingFacts.tsx';
import { CounterpartTag, PairingStatusTag } from './PairingTags.tsx';
import { PairingTimeline } from './PairingTimeline.tsx';
import { fill, PAIRING_SIDE_LABELS, W } from './words.ts';

function StatusBanner({ pairing }: { pairing: PairingDetail }) {
  const { l } = useI18n();
  const style = { marginBottom: 16 };
  const reason = pairing.statusReason && (
    <>
      {l(W.reason)}：
      <span data-testid="pairing-status-reason" style={{ whiteSpace: 'pre-wrap' }}>
        {pairing.statusReason}
      </span>
    </>
  );
  switch (pairing.status) {
    case 'pending':
      return pairing.actions.withdraw ? (
        <Alert data-testid="pairing-pending-note" type="info" showIcon style={style} title={l(W.pendingBanner)} />
      ) : null;
    case 'returned':
      return <Alert data-testid="pairing-banner" type="warning" showIcon style={style} title={l(W.returnedBanner)} description={reason} />;
    case 'ended':
      return (
        <Alert
          data-testid="pairing-banner"
          type="error"
          showIcon
          style={style}
          title={fill(l(W.endedBanner), { side: l(pairing.endedBySide ? PAIRING_SIDE_LABELS[pairing.endedBySide] : undefined, '—') })}
          description={reason}
        />
      );
    case 'withdrawn':
      return <Alert data-testid="pairing-banner" type="info" showIcon style={style} title={l(W.withdrawnBanner)} description={reason} />;
    case 'confirmed':
      return null;
  }
}

const isProjectStatus = (s: string): s is ProjectStatus => (PROJECT_STATUSES as readonly string[]).includes(s);

function ProjectsCard({ pairing }: { pairing: PairingDetail }) {
  const { l } = useI18n();
  return (
    <Card title={l(W.projectsCard)} data-testid="pairing-projects">
      {pairing.projects.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={l(W.projectsEmpty)} />
      ) : (
        <Space orientation="vertical" size={8} style={{ width: '100%' }}>
          {pairing.projects.map((p) => (
            <div key={p.id} style={{ display: 'flex', justifyContent: 'space-between', gap: 12 }}>
              <Link to={`/projects/${p.id}`} data-testid={`pairing-project-${p.id}`}>
                {p.name}
              </Link>
              <Tag style={{ marginInlineEnd: 0 }}>{isProjectStatus(p.status) ? l(PROJECT_STATUS_LABELS[p.status]) : p.status}</Tag>
            </div>
          ))}
        </Space>
      )}
    </Card>
  );
}

export function PairingDetailPage() {
  const { l } = useI18n();
  const id = idParam(useParams().id);
  const query = usePairing(id);
  const back = (
    <Link to="/pairings">
      <ArrowLeftOutlined /> {l(W.backToList)}
    </Link>
  );

  if (!isLoaded(query)) {
    return <ObjectFallback query={query} missing={id === null} notFound={l(W.notFound)} back={back} />;
  }
  const pairing = query.data;

  return (
    <>
      <PageHeader
        title={pairing.title}
        description={back}
        extra={
          <Space wrap align="center">
            <PairingStatusTag status={pairing.status} testId="pairing-status" />
            {pairing.isCounterpart && <CounterpartTag province={pairing.organizationProvince} testId="pairing-counterpart" />}
            <PairingActions pairing={pairing} />
          </Space>
        }
      />
      <StatusBanner pairing={pairing} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={15}>
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <Card title={l(W.factsCard)}>
              <PairingFacts pairing={pairing} />
            </Card>
            <ProjectsCard pairing={pairing} />
          </Space>
        </Col>
        <Col xs={24} xl={9}>
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <AgreementCard pairing={pairing} />
            <Card title={l(W.timeline)}>
              <PairingTimeline events={pairing.events} />
            </Card>
          </Space>
        </Col>
      </Row>
    </>
  );
}
