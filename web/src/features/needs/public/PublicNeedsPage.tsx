// 帮扶需求公开 (no sign-in): the published needs with how much of each is claimed and by whom, searched with the same
// filters as the finders' page. Nothing identifies a household: a household need says only that it is one.
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Button, Card } from 'antd';
import { LoginOutlined } from '@ant-design/icons';
import { useSession } from '../../../api/auth.ts';
import { usePublicNeeds, type NeedFilters as NeedQuery } from '../../../api/needs.ts';
import { useI18n } from '../../../i18n/index.tsx';
import { PageHeader } from '../../../shared/PageHeader.tsx';
import { PublicLayout } from '../../../shell/PublicLayout.tsx';
import { toNeedFilters } from '../filters.ts';
import { NeedCard } from '../NeedCard.tsx';
import { DEFAULT_FILTER_VALUES, NeedFilters } from '../NeedFilters.tsx';
import { NeedGrid } from '../NeedGrid.tsx';
import { ClaimantNames } from './Claimants.tsx';

export function PublicNeedsPage() {
  const { l } = useI18n();
  const session = useSession();
  const [filters, setFilters] = useState<NeedQuery>(() => toNeedFilters(DEFAULT_FILTER_VALUES));
  const list = usePublicNeeds(filters);
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <PublicLayout>
      <PageHeader
        title={l({ zh: '帮扶需求公开', en: 'Published needs' })}
        description={l({
          zh: '乡镇、村发布的帮扶需求及认领情况。住户需求不公开任何住户信息。社会组织和爱心人士登录后即可认领。',
          en: 'Needs published by townships and villages, and how much of each is claimed. Household needs show nothing about the household. Organizations and caring individuals sign in to claim.',
        })}
        extra={
          !session.data && (
            <Link to="/login" state={{ from: '/needs' }} data-testid="public-needs-login">
              <Button type="primary" icon={<LoginOutlined />}>
                {l({ zh: '登录认领', en: 'Sign in to claim' })}
              </Button>
            </Link>
          )
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <NeedFilters testIdPrefix="public-needs-filter" initialValues={DEFAULT_FILTER_VALUES} onChange={setFilters} />
      </Card>
      <NeedGrid
        testId="public-needs"
        items={items}
        keyOf={(need) => need.id}
        render={(need) => (
          <NeedCard need={need} to={`/public/needs/${need.id}`} publicView>
            <ClaimantNames need={need} />
          </NeedCard>
        )}
        empty={l({ zh: '没有符合条件的需求', en: 'No needs match' })}
        error={list.error}
        loading={list.isPending || (list.isFetching && !list.isFetchingNextPage)}
        paging={{ hasMore: list.hasNextPage, loadingMore: list.isFetchingNextPage, onLoad: () => void list.fetchNextPage() }}
      />
    </PublicLayout>
  );
}
