// One need, for every signed-in role: what is needed and how much is taken, the place and its key areas, photos and
// documents, the household's masked view, the contact when the caller may have it, and what the caller may do now:
// the liaison's and officials' state buttons with the claims to decide, or “认领” for organizations and caring
// individuals.
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { Alert, App, Button, Card, Col, Descriptions, Row, Space, Tag, Typography } from 'antd';
import { ArrowLeftOutlined, HeartOutlined, PhoneOutlined } from '@ant-design/icons';
import { useSession } from '../../api/auth.ts';
import { useNeed, type Claim, type NeedDetail } from '../../api/needs.ts';
import { useI18n } from '../../i18n/index.tsx';
import { PageHeader } from '../../shared/PageHeader.tsx';
import { idParam } from '../../shared/params.ts';
import { NeedClaimsPanel } from '../claims/NeedClaimsPanel.tsx';
import { isLoaded, ObjectFallback } from '../../shared/ObjectFallback.tsx';
import { ClaimNeedModal } from './ClaimNeedModal.tsx';
import { ClaimProgress } from './ClaimProgress.tsx';
import { Deadline } from './Deadline.tsx';
import { NEED_STATUS_LABELS } from './labels.ts';
import { MaskedHouseholdView } from './MaskedHouseholdView.tsx';
import { isOpen, WhatIsNeeded } from './NeedCard.tsx';
import { NeedFiles } from './NeedFiles.tsx';
import { NeedStateActions } from './NeedStateActions.tsx';
import { OwnClaims } from './OwnClaims.tsx';
import { KeyFieldTag, NeedPlace, NeedStatusTag } from './NeedTags.tsx';
import { useReferenceNames } from './useReferenceNames.ts';

const MANAGER_ROLES: readonly string[] = ['liaison', 'department_official', 'platform_admin'];
const FINDER_ROLES: readonly string[] = ['organization_admin', 'organization_member', 'caring_individual'];

function StatusReason({ need }: { need: NeedDetail }) {
  const { l } = useI18n();
  if (!need.statusReason) return null;
  return (
    <Alert
      type={need.status === 'taken_down' ? 'error' : 'warning'}
      showIcon
      style={{ marginBottom: 16 }}
      title={l(NEED_STATUS_LABELS[need.status])}
      description={
        <>
          {l({ zh: '原因：', en: 'Reason: ' })}
          <span data-testid="need-status-reason" style={{ whiteSpace: 'pre-wrap' }}>
            {need.statusReason}
          </span>
        </>
      }
    />
  );
}

function Facts({ need }: { need: NeedDetail }) {
  const { l, dateTime } = useI18n();
  const populationName = useReferenceNames('key-populations');
  return (
    <Descriptions column={{ xs: 1, md: 2 }} size="small" styles={{ label: { width: 110 } }}>
      <Descriptions.Item label={l({ zh: '所在地区', en: 'Place' })} span={2}>
        <NeedPlace need={need} publicView={false} testId="need" />
      </Descriptions.Item>
      <Descriptions.Item label={l({ zh: '重点领域', en: 'Key field' })}>
        <KeyFieldTag code={need.keyFieldCode} />
      </Descriptions.Item>
      <Descriptions.Item label={l({ zh: '重点人群', en: 'Key populations' })}>
        {need.keyPopulationCodes.length === 0
          ? '—'
          : need.keyPopulationCodes.map((code) => (
              <Tag key={code} bordered={false}>
                {populationName(code)}
              </Tag>
            ))}
      </Descriptions.Item>
      <Descriptions.Item label={l({ zh: '需要', en: 'Needed' })} span={2}>
        <span data-testid="need-what">
          <WhatIsNeeded need={need} />
        </span>
      </Descriptions.Item>
      <Descriptions.Item label={l({ zh: '认领进度', en: 'Claimed' })} span={2}>
        <div style={{ maxWidth: 420, width: '100%' }}>
          <ClaimProgress
            need={need}
            testId="need-progress"
          />
        </div>
      </Descriptions.Item>
      <Descriptions.Item label={l({ zh: '截止日期', en: 'Deadline' })}>
        <Deadline deadline={need.deadline} open={isOpen(need.status)} testId="need-deadline" />
      </Descriptions.Item>
      <Descriptions.Item label={l({ zh: '发布时间', en: 'Published' })}>{dateTime(need.publishedAt)}</Descriptions.Item>
    </Descriptions>
  );
}

function ContactCard({ need, finder }: { need: NeedDetail; finder: boolean }) {
  const { l } = useI18n();
  if (need.contact) {
    return (
      <Card size="small" title={l({ zh: '对接联系人', en: 'Contact' })} style={{ marginBottom: 16 }}>
        <div data-testid="need-contact">
          <Typography.Text strong>{need.contact.name}</Typography.Text>
          <div>
            <PhoneOutlined /> <a href={`tel:${need.contact.phone}`}>{need.contact.phone}</a>
          </div>
        </div>
      </Card>
    );
  }
  if (!finder) return null;
  return (
    <Card size="small" title={l({ zh: '对接联系人', en: 'Contact' })} style={{ marginBottom: 16 }}>
      <Typography.Text type="secondary" data-testid="need-contact-hidden">
        {l({
          zh: '认领经联系人确认（对接成功）后，可在此看到联系人和电话。',
          en: 'Once the liaison confirms your claim, the contact and phone appear here.',
        })}
      </Typography.Text>
    </Card>
  );
}

function ClaimedNotice({ claim, onClose }: { claim: Claim; onClose: () => void }) {
  const { l } = useI18n();
  return (
    <Alert
      type="success"
      showIcon
      closable={{ onClose }}
      style={{ marginBottom: 16 }}
      data-testid="claim-created"
      title={l({ zh: '已提交认领，等待联系人确认', en: 'Claimed; the liaison will confirm' })}
      description={l({
        zh: '联系人确认（对接成功）或婉拒后，您会收到通知。长时间无进展的认领会失效，请及时在认领页记录进展。',
        en: 'You will be told when the liaison confirms or declines. A claim without progress lapses: record progress on the claim’s page.',
      })}
      action={
        <Link to={`/claims/${claim.id}`} data-testid="claim-created-link">
          <Button type="primary" size="small">
            {l({ zh: '查看认领', en: 'Open the claim' })}
          </Button>
        </Link>
      }
    />
  );
}

export function NeedDetailPage() {
  const { l } = useI18n();
  const { message } = App.useApp();
  const id = idParam(useParams().id);
  const { data: account } = useSession();
  const query = useNeed(id);
  const [claiming, setClaiming] = useState(false);
  const [claimed, setClaimed] = useState<Claim | null>(null);

  const role = account?.role ?? '';
  const finder = FINDER_ROLES.includes(role);
  const backTo = finder ? '/needs' : MANAGER_ROLES.includes(role) ? '/needs/manage' : '/';
  const back = (
    <Link to={backTo} data-testid="need-back">
      <ArrowLeftOutlined /> {finder ? l({ zh: '返回找需求', en: 'Back to finding needs' }) : l({ zh: '返回需求列表', en: 'Back to the needs' })}
    </Link>
  );

  if (!isLoaded(query)) {
    return (
      <ObjectFallback
        query={query}
        missing={id === null}
        notFound={l({ zh: '需求不存在，或不在您可查看的范围内', en: 'The need does not exist or is not yours to see' })}
        back={back}
      />
    );
  }
  const need = query.data;
  const manager = need.actions.edit || need.actions.takeDown || MANAGER_ROLES.includes(role);
  const caring = role === 'caring_individual';

  return (
    <>
      <PageHeader
        title={need.title}
        description={back}
        extra={
          <Space wrap align="center">
            <NeedStatusTag status={need.status} testId="need-status" />
            <NeedStateActions need={need} />
            {need.actions.claim && (
              <Button data-testid="need-claim" type="primary" icon={<HeartOutlined />} onClick={() => setClaiming(true)}>
                {l({ zh: '认领', en: 'Claim' })}
              </Button>
            )}
          </Space>
        }
      />
      {claimed ? <ClaimedNotice claim={claimed} onClose={() => setClaimed(null)} /> : finder && <OwnClaims need={need} />}
      <StatusReason need={need} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Card>
            <Facts need={need} />
            <Typography.Title level={5} style={{ marginTop: 16 }}>
              {l({ zh: '需求说明', en: 'Description' })}
            </Typography.Title>
            <Typography.Paragraph data-testid="need-description" style={{ whiteSpace: 'pre-wrap' }}>
              {need.description}
            </Typography.Paragraph>
            {need.files.length > 0 && (
              <>
                <Typography.Title level={5}>{l({ zh: '照片与材料', en: 'Photos and documents' })}</Typography.Title>
                <NeedFiles files={need.files} />
              </>
            )}
          </Card>
        </Col>
        <Col xs={24} xl={8}>
          {need.household && (
            <Card size="small" title={l({ zh: '帮扶对象', en: 'Household' })} style={{ marginBottom: 16 }}>
              <MaskedHouseholdView household={need.household} />
            </Card>
          )}
          <ContactCard need={need} finder={finder} />
        </Col>
      </Row>
      {manager && (
        <div style={{ marginTop: 16 }} data-testid="need-claims">
          <NeedClaimsPanel needId={need.id} />
        </div>
      )}
      {claiming && (
        <ClaimNeedModal
          need={need}
          caring={caring}
          onClose={() => setClaiming(false)}
          onClaimed={(claim) => {
            setClaiming(false);
            setClaimed(claim);
            void message.success(l({ zh: '认领已提交', en: 'Claim sent' }));
          }}
        />
      )}
    </>
  );
}
