// A program's recent spreadsheet imports: what was read, what became of it, and the way back to one still pending.
import { Link } from 'react-router-dom';
import { Card, Tag, Typography, type TableColumnsType } from 'antd';
import { useKeyAreaImports, type ImportListItem, type ImportStatus } from '../../api/keyAreaImports.ts';
import { useI18n } from '../../i18n/index.tsx';
import { KeysetTable } from '../../shared/KeysetTable.tsx';

const STATUS_COLORS: Record<ImportStatus, string> = { pending: 'processing', saved: 'success', discarded: 'default' };

export function ImportStatusTag({ status }: { status: ImportStatus }) {
  const { t } = useI18n();
  return (
    <Tag color={STATUS_COLORS[status]} data-testid="import-status">
      {t(`importStatus.${status}`)}
    </Tag>
  );
}

export function ProgramImports({ programId, canManage }: { programId: number; canManage: boolean }) {
  const { t, dateTime } = useI18n();
  const list = useKeyAreaImports(programId);

  const columns: TableColumnsType<ImportListItem> = [
    { title: t('imports.createdAt'), dataIndex: 'createdAt', key: 'createdAt', render: (v: string) => dateTime(v) },
    { title: t('imports.file'), dataIndex: 'fileName', key: 'file' },
    { title: t('imports.kind'), dataIndex: 'kind', key: 'kind', render: (k: ImportListItem['kind']) => t(`importKind.${k}`) },
    { title: t('imports.status'), dataIndex: 'status', key: 'status', render: (s: ImportStatus) => <ImportStatusTag status={s} /> },
    {
      title: t('imports.summary'),
      key: 'summary',
      render: (_, i) => (
        <Typography.Text type="secondary">
          {t('imports.summaryText', {
            entries: i.summary.entries,
            exact: i.summary.exact,
            variant: i.summary.variant,
            ambiguous: i.summary.ambiguous,
            notFound: i.summary.notFound,
          })}
        </Typography.Text>
      ),
    },
    {
      title: t('imports.result'),
      key: 'result',
      render: (_, i) =>
        i.result
          ? t('imports.resultText', { ...i.result })
          : t('common.none'),
    },
    { title: t('imports.createdBy'), dataIndex: 'createdBy', key: 'createdBy', render: (v: string | null) => v ?? t('common.none') },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, i) =>
        i.status === 'pending' && canManage ? (
          <Link to={`/programs/${programId}/import?import=${i.id}`} data-testid={`import-continue-${i.id}`}>
            {t('imports.continue')}
          </Link>
        ) : i.status === 'saved' ? (
          <Link to={`/programs/${programId}/import?import=${i.id}`}>{t('imports.view')}</Link>
        ) : null,
    },
  ];

  return (
    <Card title={t('imports.title')}>
      <KeysetTable<ImportListItem> rowKey="id" columns={columns} query={list} testId="imports" />
    </Card>
  );
}
