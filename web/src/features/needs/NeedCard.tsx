// One need in a list (the search, the suggestions, the public page): title and status, the place with its key-area
// badges, the field, what is needed with how much is claimed, and the deadline. The whole card opens the need.
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { Card, Space, Typography } from 'antd';
import { EnvironmentOutlined } from '@ant-design/icons';
import type { KeyAreaKind, NeedKind, NeedStatus } from '../../api/needs.ts';
import { useI18n } from '../../i18n/index.tsx';
import { ClaimProgress } from './ClaimProgress.tsx';
import { Deadline } from './Deadline.tsx';
import { formatQuantity, formatYuan } from './format.ts';
import { HouseholdNeedTag } from './HouseholdNeedTag.tsx';
import { KeyAreaBadges, KeyFieldTag, NeedKindTag, NeedStatusTag } from './NeedTags.tsx';

/** What every list item of needs carries (NeedSummary, SuggestedNeed and PublicNeed alike). */
export interface CardNeed {
  id: number;
  title: string;
  region: { code: string; name: string };
  isHouseholdNeed: boolean;
  keyFieldCode: string;
  kind: NeedKind;
  itemName: string | null;
  unit: string | null;
  quantity: number;
  claimedQuantity: number;
  confirmedQuantity: number;
  amountFen?: number | null;
  deadline: string;
  status: NeedStatus;
  keyAreaKinds: KeyAreaKind[];
}

export const isOpen = (status: NeedStatus) => status === 'published' || status === 'partly_claimed';

/** "物资：棉被 200 床" / "资金 50,000.00 元", with the estimated value of materials and services where given. */
export function WhatIsNeeded({ need }: { need: CardNeed }) {
  const { l, lang } = useI18n();
  const what = need.kind === 'money' ? null : need.itemName;
  return (
    <Typography.Text>
      <NeedKindTag kind={need.kind} />
      {what && <>{what} </>}
      <Typography.Text strong>{formatQuantity(need.kind, need.quantity, need.unit, lang)}</Typography.Text>
      {need.kind !== 'money' && need.amountFen ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {' '}
          （{l({ zh: '估值', en: 'valued at' })} {formatYuan(need.amountFen, lang)}）
        </Typography.Text>
      ) : null}
    </Typography.Text>
  );
}

export function NeedCard({
  need, to, publicView = false, children,
}: { need: CardNeed; to: string; publicView?: boolean; children?: ReactNode }) {
  return (
    <Link to={to} data-testid={`need-card-${need.id}`} style={{ display: 'block', height: '100%' }}>
      <Card hoverable size="small" style={{ height: '100%' }} styles={{ body: { display: 'flex', flexDirection: 'column', gap: 8 } }}>
        <div style={{ display: 'flex', gap: 8, alignItems: 'flex-start' }}>
          <Typography.Text strong style={{ fontSize: 15, flex: 1, minWidth: 0 }} ellipsis={{ tooltip: need.title }}>
            {need.title}
          </Typography.Text>
          <NeedStatusTag status={need.status} />
        </div>
        <Typography.Text type="secondary" style={{ fontSize: 13 }} ellipsis={{ tooltip: need.region.name }}>
          <EnvironmentOutlined /> {need.region.name}
        </Typography.Text>
        <Space size={[0, 4]} wrap>
          <KeyAreaBadges kinds={need.keyAreaKinds} />
          <KeyFieldTag code={need.keyFieldCode} />
          {need.isHouseholdNeed && <HouseholdNeedTag publicView={publicView} />}
        </Space>
        <WhatIsNeeded need={need} />
        <ClaimProgress
          need={need}
          brief={publicView}
          testId={`need-card-${need.id}-progress`}
        />
        <Deadline deadline={need.deadline} open={isOpen(need.status)} />
        {children}
      </Card>
    </Link>
  );
}
