// A list fed by a keyset-paged query: the error, the table of every page loaded so far, and "加载更多".
// Every list page of the platform uses it, so paging behaves the same everywhere.
import type { InfiniteData, UseInfiniteQueryResult } from '@tanstack/react-query';
import { Alert, Table, type TableProps } from 'antd';
import { errorText } from '../api/client.ts';
import { LoadMore } from './LoadMore.tsx';

export interface KeysetPage<T> {
  items: T[];
  nextCursor: string | null;
}

type Props<T> = Omit<TableProps<T>, 'dataSource' | 'loading' | 'pagination'> & {
  query: UseInfiniteQueryResult<InfiniteData<KeysetPage<T>>>;
  /** Prefix of the test ids: `<testId>-table` and `<testId>-load-more`. */
  testId: string;
};

export function KeysetTable<T extends object>({ query, testId, ...table }: Props<T>) {
  const rows = query.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <>
      {query.isError && <Alert type="error" showIcon title={errorText(query.error)} style={{ marginBottom: 16 }} />}
      <Table<T>
        data-testid={`${testId}-table`}
        size="middle"
        scroll={{ x: 'max-content' }}
        {...table}
        dataSource={rows}
        loading={query.isPending || (query.isFetching && !query.isFetchingNextPage && !query.isRefetching)}
        pagination={false}
      />
      <LoadMore
        testId={`${testId}-load-more`}
        shown={rows.length}
        hasMore={query.hasNextPage}
        loading={query.isFetchingNextPage}
        onLoad={() => void query.fetchNextPage()}
      />
    </>
  );
}
