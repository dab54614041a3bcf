// Step 2 of an import: how every name matched, and the official's decision on each one that is not a plain exact
// match. Saving is possible once nothing is undecided; the server checks the same rules again and names the entries
// it still refuses, which are then highlighted.
import { useMemo, useState } from 'react';
import { App, Button, Card, Popconfirm, Space, Switch, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { CheckOutlined, SaveOutlined } from '@ant-design/icons';
import { ApiError, errorText } from '../../api/client.ts';
import {
  IMPORT_LEVEL,
  useDiscardKeyAreaImport,
  useSaveKeyAreaImport,
  type ImportEntry,
  type KeyAreaImport,
} from '../../api/keyAreaImports.ts';
import type { Program } from '../../api/programs.ts';
import { useI18n } from '../../i18n/index.tsx';
import { FormProblems } from '../../shared/FormProblems.tsx';
import { ContactList } from '../programs/ContactList.tsx';
import { DesignationKindTag } from '../programs/DesignationKindTag.tsx';
import { DecisionCell } from './DecisionCell.tsx';
import { EntryStatusTag } from './EntryStatusTag.tsx';
import { ImportSummaryTags } from './ImportSummaryTags.tsx';
import { acceptVariants, attentionKeys, decisionsOf, flaggedKeys, needOf, review, type Choice } from './importReview.ts';
import { forgetChoices, useStoredChoices } from './useStoredChoices.ts';

export function ImportReviewStep({ program, imp, onDiscarded }: { program: Program; imp: KeyAreaImport; onDiscarded: () => void }) {
  const { t, dateTime } = useI18n();
  const { message } = App.useApp();
  const [choices, setChoices] = useStoredChoices(imp.id);
  const attention = useMemo(() => attentionKeys(imp.entries), [imp.entries]);
  /** For each entry, the later entries naming the same region (the server marks the later one only). */
  const duplicatedBy = useMemo(() => {
    const map = new Map<string, string[]>();
    for (const e of imp.entries) if (e.duplicateOf) map.set(e.duplicateOf, [...(map.get(e.duplicateOf) ?? []), e.key]);
    return map;
  }, [imp.entries]);
  const [onlyAttention, setOnlyAttention] = useState(() => attention.size > 0);
  const [problems, setProblems] = useState<string[]>([]);
  const [flagged, setFlagged] = useState<Set<string>>(new Set());
  const save = useSaveKeyAreaImport(program.id);
  const discard = useDiscardKeyAreaImport(program.id);

  const state = useMemo(() => review(imp.entries, choices), [imp.entries, choices]);
  const rows = onlyAttention ? imp.entries.filter((e) => attention.has(e.key) || flagged.has(e.key)) : imp.entries;
  const openVariants = imp.entries.filter((e) => needOf(e) === 'confirm' && choices[e.key] === undefined).length;
  const level = IMPORT_LEVEL[imp.kind];

  const choose = (key: string, choice: Choice | undefined) => {
    setChoices((prev) => {
      const next = { ...prev };
      if (choice) next[key] = choice;
      else delete next[key];
      return next;
    });
    if (flagged.has(key)) setFlagged((prev) => new Set([...prev].filter((k) => k !== key)));
  };

  const onSave = () => {
    setProblems([]);
    save.mutate(
      { id: imp.id, body: { decisions: decisionsOf(imp.entries, choices) } },
      {
        onSuccess: () => forgetChoices(imp.id),
        onError: (err) => {
          setProblems([errorText(err), ...(err instanceof ApiError ? err.fields.map((f) => f.message) : [])]);
          if (err instanceof ApiError) setFlagged(flaggedKeys(err.fields));
        },
      },
    );
  };

  const onDiscard = () =>
    discard.mutateAsync(imp.id).then(
      () => {
        forgetChoices(imp.id);
        message.success(t('import.discardedDone'));
        onDiscarded();
      },
      (err: unknown) => void message.error(errorText(err)),
    );

  // The kind each entry would be listed as varies only in a county list (国家级 / 市级 from its 备注).
  const showKind = imp.kind === 'county';
  const showProblems = imp.summary.problems > 0;
  const columns: TableColumnsType<ImportEntry> = [
    {
      title: t('import.cell'),
      key: 'cell',
      render: (_, e) => (
        <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
          {t('import.rowCell', { row: e.row, cell: e.cell })}
        </Typography.Text>
      ),
    },
    { title: t('import.seq'), dataIndex: 'seq', key: 'seq' },
    {
      title: t('import.input'),
      key: 'input',
      render: (_, e) => (
        <>
          {e.county && (
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {e.county}
            </Typography.Text>
          )}
          <Typography.Text strong>{e.input}</Typography.Text>
        </>
      ),
    },
    { title: t('import.status'), dataIndex: 'status', key: 'status', render: (s: ImportEntry['status']) => <EntryStatusTag status={s} /> },
    {
      title: t('import.matchedAndReason'),
      key: 'matched',
      render: (_, e) => {
        const sameAs = state.states.get(e.key)?.sameAs ?? null;
        return (
          <Space orientation="vertical" size={0} style={{ minWidth: 180, maxWidth: 320 }}>
            <Typography.Text>{e.name ?? t('common.none')}</Typography.Text>
            {e.reason && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {e.reason}
              </Typography.Text>
            )}
            {e.duplicateOf && !sameAs && (
              <Typography.Text type="warning" style={{ fontSize: 12 }}>
                {t('import.duplicateOf', { key: e.duplicateOf })}
              </Typography.Text>
            )}
            {duplicatedBy.has(e.key) && (
              <Typography.Text type="warning" style={{ fontSize: 12 }}>
                {t('import.duplicateOf', { key: (duplicatedBy.get(e.key) ?? []).join('、') })}
              </Typography.Text>
            )}
            {sameAs && (
              <Typography.Text type="danger" style={{ fontSize: 12 }} data-testid={`same-as-${e.key}`}>
                {t('import.sameAs', { key: sameAs })}
              </Typography.Text>
            )}
          </Space>
        );
      },
    },
    ...(showProblems
      ? [
          {
            title: t('import.problems'),
            key: 'problems',
            width: 260,
            onCell: () => ({ style: { minWidth: 260 } }),
            render: (_: unknown, e: ImportEntry) =>
              e.problems.length > 0 ? (
                <Space orientation="vertical" size={2} style={{ width: 240 }} data-testid={`problems-${e.key}`}>
                  {e.problems.map((p, i) => (
                    <Typography.Text key={i} type="danger" style={{ display: 'block', width: 240, whiteSpace: 'normal', overflowWrap: 'anywhere' }}>
                      {p}
                    </Typography.Text>
                  ))}
                </Space>
              ) : null,
          },
        ]
      : []),
    ...(showKind
      ? [
          {
            title: t('import.designationKind'),
            key: 'designationKind',
            render: (_: unknown, e: ImportEntry) => <DesignationKindTag kind={e.designationKind} />,
          },
        ]
      : []),
    {
      title: t('import.decision'),
      key: 'decision',
      fixed: 'right',
      render: (_, e) => (
        <DecisionCell entry={e} choice={choices[e.key]} onChange={(c) => choose(e.key, c)} within={program.regionCode} level={level} />
      ),
    },
  ];

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card size="small">
        <Space wrap size={[16, 8]} style={{ justifyContent: 'space-between', width: '100%' }}>
          <Space wrap size={8}>
            <Typography.Text>
              {t('import.fileLine', { file: imp.fileName, kind: t(`importKind.${imp.kind}`), at: dateTime(imp.createdAt) })}
            </Typography.Text>
            <ImportSummaryTags summary={imp.summary} />
          </Space>
          <Space size={6}>
            <Switch data-testid="import-only-attention" size="small" checked={onlyAttention} onChange={setOnlyAttention} />
            <Typography.Text>{t('import.onlyAttention')}</Typography.Text>
          </Space>
        </Space>
      </Card>
      <FormProblems problems={problems} testId="import-save-error" />
      <Card
        size="small"
        title={t('import.entries', { shown: rows.length, total: imp.entries.length })}
        extra={
          <Button data-testid="accept-all-variants" size="small" icon={<CheckOutlined />} disabled={openVariants === 0} onClick={() => setChoices((c) => acceptVariants(imp.entries, c))}>
            {t('import.acceptAllVariants', { n: openVariants })}
          </Button>
        }
      >
        <Table<ImportEntry>
          data-testid="import-entries"
          rowKey="key"
          size="small"
          scroll={{ x: 'max-content' }}
          columns={columns}
          dataSource={rows}
          pagination={false}
          rowClassName={(e) => {
            const s = state.states.get(e.key);
            if (flagged.has(e.key)) return 'import-row-flagged';
            if (s && (!s.decided || s.sameAs)) return 'import-row-open';
            return s?.kept === false ? 'import-row-dropped' : '';
          }}
          expandable={{
            rowExpandable: (e) => e.note !== null || e.contacts.length > 0,
            expandedRowRender: (e) => (
              <Space size={24} align="start" wrap>
                {e.note && (
                  <Space size={6}>
                    <Typography.Text type="secondary">{t('designations.note')}</Typography.Text>
                    <span>{e.note}</span>
                  </Space>
                )}
                {e.contacts.length > 0 && <ContactList contacts={e.contacts} />}
              </Space>
            ),
          }}
        />
      </Card>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Popconfirm
          title={t('import.discardConfirm')}
          description={t('import.discardHelp')}
          okText={t('common.confirm')}
          cancelText={t('common.cancel')}
          okButtonProps={{ danger: true }}
          onConfirm={onDiscard}
        >
          <Button data-testid="import-discard" danger loading={discard.isPending}>
            {t('import.discard')}
          </Button>
        </Popconfirm>
        <Space wrap>
          <Typography.Text type="secondary" data-testid="import-tally">
            {t('import.tally', { kept: state.kept, dropped: state.dropped })}
          </Typography.Text>
          {state.undecided > 0 && (
            <Tag color="warning" data-testid="import-undecided">
              {t('import.undecided', { n: state.undecided })}
            </Tag>
          )}
          <Button
            data-testid="import-save"
            type="primary"
            icon={<SaveOutlined />}
            disabled={state.undecided > 0}
            loading={save.isPending}
            onClick={onSave}
          >
            {state.undecided > 0 ? t('import.saveBlocked', { n: state.undecided }) : t('import.save')}
          </Button>
        </Space>
      </Space>
    </Space>
  );
}
