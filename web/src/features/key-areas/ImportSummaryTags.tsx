// The counts of an import: entries by how they matched, and those with problems to fix in the sheet.
import { Space, Tag } from 'antd';
import type { KeyAreaImport } from '../../api/keyAreaImports.ts';
import { useI18n } from '../../i18n/index.tsx';
import { ENTRY_STATUS_COLORS } from './EntryStatusTag.tsx';

export function ImportSummaryTags({ summary }: { summary: KeyAreaImport['summary'] }) {
  const { t } = useI18n();
  const items = [
    { key: 'entries', label: t('import.total'), n: summary.entries, color: 'default' },
    { key: 'exact', label: t('entryStatus.exact'), n: summary.exact, color: ENTRY_STATUS_COLORS.exact },
    { key: 'variant', label: t('entryStatus.variant'), n: summary.variant, color: ENTRY_STATUS_COLORS.variant },
    { key: 'ambiguous', label: t('entryStatus.ambiguous'), n: summary.ambiguous, color: ENTRY_STATUS_COLORS.ambiguous },
    { key: 'not_found', label: t('entryStatus.not_found'), n: summary.notFound, color: ENTRY_STATUS_COLORS.not_found },
    { key: 'problems', label: t('import.withProblems'), n: summary.problems, color: 'error' },
  ];
  return (
    <Space size={4} wrap data-testid="import-summary">
      {items.map((i) => (
        <Tag key={i.key} color={i.color} data-testid={`import-summary-${i.key}`}>
          {i.label} {i.n}
        </Tag>
      ))}
    </Space>
  );
}
