// The needs still open to claim in the fair's regions, soonest deadline first, each opening the need's page.
import { useFairNeeds } from '../../api/fairs.ts';
import { useI18n } from '../../i18n/index.tsx';
import { NeedCard } from '../needs/NeedCard.tsx';
import { NeedGrid } from '../needs/NeedGrid.tsx';
import { W } from './words.ts';

export function FairNeeds({ fairId }: { fairId: number }) {
  const { l } = useI18n();
  const list = useFairNeeds(fairId, true);
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <NeedGrid
      items={items}
      keyOf={(n) => n.id}
      render={(n) => <NeedCard need={n} to={`/needs/${n.id}`} />}
      testId="fair-needs"
      empty={l(W.noNeeds)}
      error={list.error}
      loading={list.isPending}
      paging={{ hasMore: list.hasNextPage, loadingMore: list.isFetchingNextPage, onLoad: () => void list.fetchNextPage() }}
    />
  );
}
