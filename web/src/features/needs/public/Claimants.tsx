// Who took a need on, as the public may know it: organizations by name, caring individuals only as “爱心人士”
// (the server words it), with how much each took and where the claim stands.
import { List, Space, Tag, Typography } from 'antd';
import { TeamOutlined } from '@ant-design/icons';
import { CLAIM_STATUSES, type ClaimStatus } from '../../../api/claims.ts';
import type { PublicNeed } from '../../../api/needs.ts';
import { useI18n } from '../../../i18n/index.tsx';
import { CLAIM_STATUS_LABELS } from '../../claims/words.ts';
import { formatQuantity } from '../format.ts';

/** The public reply carries the claim's status as plain text. */
const isClaimStatus = (status: string): status is ClaimStatus => (CLAIM_STATUSES as readonly string[]).includes(status);

/** One line under a card: the claimants' names. */
export function ClaimantNames({ need }: { need: PublicNeed }) {
  const { l } = useI18n();
  if (need.claimants.length === 0) return null;
  const names = [...new Set(need.claimants.map((c) => c.name))];
  return (
    <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid={`need-card-${need.id}-claimants`} ellipsis={{ tooltip: names.join('、') }}>
      <TeamOutlined /> {l({ zh: '认领方：', en: 'Claimed by: ' })}
      {names.join('、')}
    </Typography.Text>
  );
}

export function ClaimantList({ need }: { need: PublicNeed }) {
  const { l, lang } = useI18n();
  return (
    <List
      data-testid="public-need-claimants"
      size="small"
      locale={{ emptyText: l({ zh: '尚无认领，欢迎社会组织和爱心人士认领', en: 'Not claimed yet' }) }}
      dataSource={need.claimants}
      renderItem={(c) => (
        <List.Item>
          <Space wrap>
            <Typography.Text strong>{c.name}</Typography.Text>
            <Typography.Text>{formatQuantity(need.kind, c.quantity, need.unit, lang)}</Typography.Text>
            <Tag bordered={false} color={c.status === 'confirmed' || c.status === 'fulfilled' ? 'green' : 'blue'}>
              {isClaimStatus(c.status) ? l(CLAIM_STATUS_LABELS[c.status]) : c.status}
            </Tag>
          </Space>
        </List.Item>
      )}
    />
  );
}
