// A proposed change of key data (name, credit code, form) beside the values kept until it is approved.
import { Table, Typography } from 'antd';
import type { Organization, PendingChange } from '../../api/organizations.ts';
import { useI18n } from '../../i18n/index.tsx';
import { KEY_FIELDS } from './profileForm.ts';

type KeyField = (typeof KEY_FIELDS)[number];

export function PendingChangeTable({ org, change }: { org: Organization; change: PendingChange }) {
  const { t } = useI18n();
  const show = (field: KeyField, value: string | undefined) =>
    value === undefined ? t('common.none') : field === 'form' ? t(`orgForm.${value as Organization['form']}`) : value;
  const rows = KEY_FIELDS.filter((f) => change.proposed[f] !== undefined).map((field) => ({
    field,
    current: show(field, org[field]),
    proposed: show(field, change.proposed[field]),
  }));
  return (
    <Table
      data-testid="org-pending-change"
      size="small"
      rowKey="field"
      pagination={false}
      dataSource={rows}
      style={{ maxWidth: 760 }}
      columns={[
        { title: t('orgReview.field'), dataIndex: 'field', key: 'field', width: 180, render: (f: KeyField) => t(`org.${f}`) },
        { title: t('orgReview.current'), dataIndex: 'current', key: 'current', render: (v: string) => <Typography.Text type="secondary">{v}</Typography.Text> },
        {
          title: t('orgReview.proposed'),
          dataIndex: 'proposed',
          key: 'proposed',
          render: (v: string) => (
            <Typography.Text strong type="warning">
              {v}
            </Typography.Text>
          ),
        },
      ]}
    />
  );
}
