// How a name in the sheet matched the region tree: 完全匹配 green, 近似匹配 orange, 多处相符 purple, 未找到 red.
import { Tag } from 'antd';
import type { EntryStatus } from '../../api/keyAreaImports.ts';
import { useI18n } from '../../i18n/index.tsx';

export const ENTRY_STATUS_COLORS: Record<EntryStatus, string> = {
  exact: 'green',
  variant: 'orange',
  ambiguous: 'purple',
  not_found: 'red',
};

export function EntryStatusTag({ status }: { status: EntryStatus }) {
  const { t } = useI18n();
  return (
    <Tag color={ENTRY_STATUS_COLORS[status]} data-testid="entry-status">
      {t(`entryStatus.${status}`)}
    </Tag>
  );
}
