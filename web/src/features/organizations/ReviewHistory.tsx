// 审核记录: every step of the organization's review (registration, return, resubmission, approval, changes of key
// data), newest last, each with who took it, the reason of a return and what changed in that step.
import { Empty, Table, Timeline, Typography } from 'antd';
import type { ReviewAction, ReviewEvent } from '../../api/organizations.ts';
import { useI18n } from '../../i18n/index.tsx';
import { changeValueText, FIELD_LABELS, type ValueWords } from './history.ts';
import { useKeyFieldNames } from './useKeyFieldNames.ts';

const COLORS: Record<ReviewAction, string> = {
  submit: 'blue',
  resubmit: 'blue',
  approve: 'green',
  return: 'red',
  change_submit: 'blue',
  change_approve: 'green',
  change_return: 'red',
  import: 'gray',
};

function useValueWords(): ValueWords {
  const { t } = useI18n();
  const keyField = useKeyFieldNames();
  return {
    yes: t('org.yes'),
    no: t('org.no'),
    none: t('common.none'),
    term: (field, code) => {
      switch (field) {
        case 'form':
          return code === 'association' || code === 'foundation' || code === 'service_agency' ? t(`orgForm.${code}`) : undefined;
        case 'registrationLevel':
          return code === 'national' || code === 'provincial' || code === 'municipal' || code === 'county' ? t(`orgLevel.${code}`) : undefined;
        case 'offerKind':
          return code === 'money' || code === 'materials' || code === 'skills' || code === 'people' ? t(`offerKind.${code}`) : undefined;
        case 'fields':
          return keyField(code);
        default:
          return undefined;
      }
    },
  };
}

function Changes({ changes }: { changes: ReviewEvent['changes'] }) {
  const { t } = useI18n();
  const words = useValueWords();
  const rows = Object.entries(changes).map(([field, change]) => ({ field, before: change[0], after: change[1] }));
  if (rows.length === 0) return null;
  return (
    <Table
      size="small"
      rowKey="field"
      pagination={false}
      dataSource={rows}
      style={{ marginTop: 8, maxWidth: 760 }}
      columns={[
        {
          title: t('orgReview.field'),
          dataIndex: 'field',
          key: 'field',
          width: 160,
          render: (f: string) => (FIELD_LABELS[f] ? t(FIELD_LABELS[f]) : f),
        },
        {
          title: t('audit.before'),
          key: 'before',
          render: (_, r) => <Typography.Text type="secondary">{changeValueText(r.field, r.before, words)}</Typography.Text>,
        },
        {
          title: t('audit.after'),
          key: 'after',
          render: (_, r) => <Typography.Text strong>{changeValueText(r.field, r.after, words)}</Typography.Text>,
        },
      ]}
    />
  );
}

export function ReviewHistory({ history }: { history: ReviewEvent[] }) {
  const { t, dateTime } = useI18n();
  if (history.length === 0) return <Empty data-testid="org-history" description={t('org.historyEmpty')} />;
  return (
    <div data-testid="org-history">
      <Timeline
        items={history.map((e) => ({
          key: e.id,
          color: COLORS[e.action],
          content: (
            <div data-testid={`org-history-${e.action}`}>
              <Typography.Text strong>{t(`orgEvent.${e.action}`)}</Typography.Text>
              <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>
                {dateTime(e.createdAt)}
                {e.actor ? ` · ${e.actor}` : ''}
              </Typography.Text>
              {e.reason && (
                <Typography.Paragraph style={{ margin: '4px 0 0', whiteSpace: 'pre-wrap' }}>
                  {t('org.returnReason')}：{e.reason}
                </Typography.Paragraph>
              )}
              <Changes changes={e.changes} />
            </div>
          ),
        }))}
      />
    </div>
  );
}
