import { Button, Typography } from 'antd';
import { useI18n } from '../i18n/index.tsx';

/** Keyset paging: "加载更多" while the server gave a next cursor. */
export function LoadMore({
  shown, hasMore, loading, onLoad, testId,
}: { shown: number; hasMore: boolean; loading: boolean; onLoad: () => void; testId: string }) {
  const { t } = useI18n();
  return (
    <div style={{ display: 'flex', justifyContent: 'center', alignItems: 'center', gap: 16, paddingTop: 16 }}>
      <Typography.Text type="secondary">{t('common.shownCount', { n: shown })}</Typography.Text>
      {hasMore ? (
        <Button data-testid={testId} onClick={onLoad} loading={loading}>
          {t('common.loadMore')}
        </Button>
      ) : (
        shown > 0 && <Typography.Text type="secondary">{t('common.noMore')}</Typography.Text>
      )}
    </div>
  );
}
