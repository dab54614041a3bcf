// One published need for the public: what is needed, where, how much is claimed and by whom. No household identity
// and no contact (the server sends neither); signing in leads to the need's own page, where it is claimed.
import { Link, useParams } from 'react-router-dom';
import { Button, Card, Descriptions, Space, Typography } from 'antd';
import { ArrowLeftOutlined, LoginOutlined } from '@ant-design/icons';
import { useSession } from '../../../api/auth.ts';
import { usePublicNeed, type PublicNeed } from '../../../api/needs.ts';
import { useI18n } from '../../../i18n/index.tsx';
import { idParam } from '../../../shared/params.ts';
import { PublicLayout } from '../../../shell/PublicLayout.tsx';
import { ClaimProgress } from '../ClaimProgress.tsx';
import { Deadline } from '../Deadline.tsx';
import { isOpen, WhatIsNeeded } from '../NeedCard.tsx';
import { KeyFieldTag, NeedPlace, NeedStatusTag } from '../NeedTags.tsx';
import { isLoaded, ObjectFallback } from '../../../shared/ObjectFallback.tsx';
import { ClaimantList } from './Claimants.tsx';

function Need({ need }: { need: PublicNeed }) {
  const { l, dateTime } = useI18n();
  const session = useSession();
  const signedIn = !!session.data;
  return (
    <Card>
      <div style={{ display: 'flex', gap: 12, alignItems: 'flex-start', marginBottom: 16, flexWrap: 'wrap' }}>
        <Typography.Title level={3} style={{ margin: 0, flex: 1, minWidth: 240 }} data-testid="page-title">
          {need.title}
        </Typography.Title>
        <Space>
          <NeedStatusTag status={need.status} testId="public-need-status" />
          {isOpen(need.status) && (
            <Link
              to={signedIn ? `/needs/${need.id}` : '/login'}
              state={signedIn ? undefined : { from: `/needs/${need.id}` }}
              data-testid="public-need-claim"
            >
              <Button type="primary" icon={signedIn ? undefined : <LoginOutlined />}>
                {signedIn ? l({ zh: '去认领', en: 'Claim it' }) : l({ zh: '登录认领', en: 'Sign in to claim' })}
              </Button>
            </Link>
          )}
        </Space>
      </div>
      <Descriptions column={{ xs: 1, md: 2 }} size="small" styles={{ label: { width: 110 } }}>
        <Descriptions.Item label={l({ zh: '所在地区', en: 'Place' })} span={2}>
          <NeedPlace need={need} publicView testId="public-need" />
        </Descriptions.Item>
        <Descriptions.Item label={l({ zh: '重点领域', en: 'Key field' })}>
          <KeyFieldTag code={need.keyFieldCode} />
        </Descriptions.Item>
        <Descriptions.Item label={l({ zh: '发布时间', en: 'Published' })}>{dateTime(need.publishedAt)}</Descriptions.Item>
        <Descriptions.Item label={l({ zh: '需要', en: 'Needed' })} span={2}>
          <WhatIsNeeded need={need} />
        </Descriptions.Item>
        <Descriptions.Item label={l({ zh: '认领进度', en: 'Claimed' })} span={2}>
          <div style={{ maxWidth: 420, width: '100%' }}>
            <ClaimProgress
              need={need}
              testId="public-need-progress"
            />
          </div>
        </Descriptions.Item>
        <Descriptions.Item label={l({ zh: '截止日期', en: 'Deadline' })}>
          <Deadline deadline={need.deadline} open={isOpen(need.status)} />
        </Descriptions.Item>
      </Descriptions>
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {l({ zh: '需求说明', en: 'Description' })}
      </Typography.Title>
      <Typography.Paragraph data-testid="public-need-description" style={{ whiteSpace: 'pre-wrap' }}>
        {need.description}
      </Typography.Paragraph>
      <Typography.Title level={5}>{l({ zh: '认领情况', en: 'Claims' })}</Typography.Title>
      <ClaimantList need={need} />
    </Card>
  );
}

function PublicNeedView() {
  const { l } = useI18n();
  const id = idParam(useParams().id);
  const query = usePublicNeed(id);
  const back = (
    <Link to="/public/needs" data-testid="public-need-back">
      <ArrowLeftOutlined /> {l({ zh: '返回需求公开', en: 'Back to the needs' })}
    </Link>
  );
  if (!isLoaded(query)) {
    return (
      <ObjectFallback
        query={query}
        missing={id === null}
        notFound={l({ zh: '需求不存在或未公开', en: 'The need does not exist or is not public' })}
        back={back}
      />
    );
  }
  return (
    <>
      <div style={{ marginBottom: 12 }}>{back}</div>
      <Need need={query.data} />
    </>
  );
}

export function PublicNeedDetailPage() {
  return (
    <PublicLayout>
      <PublicNeedView />
    </PublicLayout>
  );
}
