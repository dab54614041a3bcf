// 找需求: organizations see what is suggested for them (with the reasons) and can search every open need; caring
// individuals search household needs (point-to-point help) by default. Each card opens the need, where it is claimed.
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Card, Tabs } from 'antd';
import { useSession } from '../../api/auth.ts';
import { useNeedSearch, useSuggestedNeeds, type NeedFilters as NeedQuery } from '../../api/needs.ts';
import { useI18n } from '../../i18n/index.tsx';
import { PageHeader } from '../../shared/PageHeader.tsx';
import { toNeedFilters, type NeedFilterValues } from './filters.ts';
import { NeedCard } from './NeedCard.tsx';
import { DEFAULT_FILTER_VALUES, NeedFilters } from './NeedFilters.tsx';
import { NeedGrid } from './NeedGrid.tsx';
import { SuggestionReasons } from './SuggestionReasons.tsx';

function SearchPanel({ initialValues }: { initialValues: NeedFilterValues }) {
  const { l } = useI18n();
  const [filters, setFilters] = useState<NeedQuery>(() => toNeedFilters(initialValues));
  const list = useNeedSearch(filters);
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <>
      <Card style={{ marginBottom: 16 }}>
        <NeedFilters testIdPrefix="needs-filter" initialValues={initialValues} onChange={setFilters} />
      </Card>
      <NeedGrid
        testId="needs"
        items={items}
        keyOf={(need) => need.id}
        render={(need) => <NeedCard need={need} to={`/needs/${need.id}`} />}
        empty={l({ zh: '没有符合条件的需求，可放宽筛选条件再试', en: 'No needs match; try fewer filters' })}
        error={list.error}
        loading={list.isPending || (list.isFetching && !list.isFetchingNextPage)}
        paging={{ hasMore: list.hasNextPage, loadingMore: list.isFetchingNextPage, onLoad: () => void list.fetchNextPage() }}
      />
    </>
  );
}

function SuggestedPanel() {
  const { l } = useI18n();
  const suggested = useSuggestedNeeds(true);
  const items = suggested.data ?? [];
  return (
    <NeedGrid
      testId="needs-suggested"
      items={items}
      keyOf={(need) => need.id}
      render={(need) => (
        <NeedCard need={need} to={`/needs/${need.id}`}>
          <SuggestionReasons reasons={need.reasons} score={need.score} testId={`need-reasons-${need.id}`} />
        </NeedCard>
      )}
      empty={
        <>
          {l({ zh: '暂时没有推荐的需求。完善本组织的业务领域、服务地区和能提供的帮扶，推荐会更准确。', en: 'No suggestions yet. Fill in your organization’s fields, service regions and offers for better ones.' })}{' '}
          <Link to="/organization">{l({ zh: '去完善资料', en: 'Edit the profile' })}</Link>
        </>
      }
      error={suggested.error}
      loading={suggested.isPending}
    />
  );
}

export function FindNeedsPage() {
  const { l } = useI18n();
  const { data: account } = useSession();
  const organization = account?.role === 'organization_admin' || account?.role === 'organization_member';

  if (!organization) {
    return (
      <>
        <PageHeader
          title={l({ zh: '找需求', en: 'Find needs' })}
          description={l({
            zh: '爱心人士与一户困难家庭点对点结对帮扶：选择一项住户需求认领，经联系人确认后结对。住户信息由联系人保管，联系也经由联系人。',
            en: 'Caring individuals help one household point to point: claim a household need and the liaison confirms the pair. The household’s details stay with the liaison, and so does the contact.',
          })}
        />
        <SearchPanel initialValues={{ ...DEFAULT_FILTER_VALUES, householdOnly: true }} />
      </>
    );
  }

  return (
    <>
      <PageHeader
        title={l({ zh: '找需求', en: 'Find needs' })}
        description={l({
          zh: '乡镇、村发布的帮扶需求。推荐按本组织的业务领域、服务地区、能提供的帮扶和重点地区排序。',
          en: 'Needs published by townships and villages. Suggestions follow your fields, service regions, offers and the key areas.',
        })}
      />
      <Tabs
        defaultActiveKey="suggested"
        items={[
          {
            key: 'suggested',
            label: <span data-testid="needs-tab-suggested">{l({ zh: '为我推荐', en: 'Suggested for us' })}</span>,
            children: <SuggestedPanel />,
          },
          {
            key: 'all',
            label: <span data-testid="needs-tab-all">{l({ zh: '全部需求', en: 'All needs' })}</span>,
            children: <SearchPanel initialValues={DEFAULT_FILTER_VALUES} />,
          },
        ]}
      />
    </>
  );
}
