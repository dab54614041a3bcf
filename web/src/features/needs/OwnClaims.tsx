// The caller's own claims on this need (an organization's, or a caring individual's), so that someone who already
// took it on sees where that stands and opens it, instead of wondering why “认领” is gone.
import { Link } from 'react-router-dom';
import { Alert, Space, Tag } from 'antd';
import { useClaims } from '../../api/claims.ts';
import type { NeedDetail } from '../../api/needs.ts';
import { useI18n } from '../../i18n/index.tsx';
import { CLAIM_STATUS_LABELS } from '../claims/words.ts';
import { formatQuantity } from './format.ts';

export function OwnClaims({ need }: { need: NeedDetail }) {
  const { l, lang } = useI18n();
  const claims = useClaims({ needId: need.id }, { pageSize: 20 });
  const items = claims.data?.pages.flatMap((page) => page.items) ?? [];
  const live = items.filter((c) => c.status === 'pending' || c.status === 'confirmed');
  if (live.length === 0) return null;
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="need-own-claims"
      title={l({ zh: '您已认领此需求', en: 'You have claimed this need' })}
      description={
        <Space orientation="vertical" size={4}>
          {live.map((c) => (
            <Space key={c.id} wrap>
              <span>{formatQuantity(need.kind, c.quantity, need.unit, lang)}</span>
              <Tag color={c.status === 'confirmed' ? 'green' : 'blue'} bordered={false}>
                {l(CLAIM_STATUS_LABELS[c.status])}
              </Tag>
              <Link to={`/claims/${c.id}`} data-testid={`need-own-claim-${c.id}`}>
                {l({ zh: '查看认领', en: 'Open the claim' })}
              </Link>
            </Space>
          ))}
        </Space>
      }
    />
  );
}
