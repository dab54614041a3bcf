// Cards of needs in a responsive grid, with the list's error, its empty state and keyset "加载更多".
import type { ReactNode } from 'react';
import { Alert, Card, Col, Empty, Row, Spin } from 'antd';
import { errorFieldMessages, errorText } from '../../api/client.ts';
import { LoadMore } from '../../shared/LoadMore.tsx';

interface Props<T> {
  items: readonly T[];
  render: (item: T) => ReactNode;
  keyOf: (item: T) => number;
  testId: string;
  empty: ReactNode;
  error: unknown;
  loading: boolean;
  /** Keyset paging; absent for a list the server sends whole (the suggestions). */
  paging?: { hasMore: boolean; loadingMore: boolean; onLoad: () => void };
}

export function NeedGrid<T>({ items, render, keyOf, testId, empty, error, loading, paging }: Props<T>) {
  return (
    <>
      {error ? (
        <Alert
          data-testid={`${testId}-error`}
          type="error"
          showIcon
          title={errorText(error)}
          description={errorFieldMessages(error).join('；') || undefined}
          style={{ marginBottom: 16 }}
        />
      ) : null}
      <Spin spinning={loading}>
        <div data-testid={`${testId}-list`} style={{ minHeight: 80 }}>
          {items.length === 0 && !loading ? (
            error ? null : (
              <Card>
                <Empty description={empty} />
              </Card>
            )
          ) : (
            <Row gutter={[16, 16]}>
              {items.map((item) => (
                <Col key={keyOf(item)} xs={24} md={12} xl={8}>
                  {render(item)}
                </Col>
              ))}
            </Row>
          )}
        </div>
      </Spin>
      {paging && (
        <LoadMore
          testId={`${testId}-load-more`}
          shown={items.length}
          hasMore={paging.hasMore}
          loading={paging.loadingMore}
          onLoad={paging.onLoad}
        />
      )}
    </>
  );
}
