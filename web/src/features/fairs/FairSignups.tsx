// The organizations signed up for a fair (for the officials who see it), marking those registered in another
// province (counterpart support), with what each said it brings.
import { Empty, Tag, Typography, type TableColumnsType } from 'antd';
import { ORGANIZATION_FORMS, type OrganizationForm } from '../../../../src/common/glossary.ts';
import { useFairSignups, type Signup } from '../../api/fairs.ts';
import { useI18n } from '../../i18n/index.tsx';
import { KeysetTable } from '../../shared/KeysetTable.tsx';
import { W } from './words.ts';

const isForm = (form: string): form is OrganizationForm => (ORGANIZATION_FORMS as readonly string[]).includes(form);

export function FairSignups({ fairId }: { fairId: number }) {
  const { l, t, dateTime } = useI18n();
  const list = useFairSignups(fairId, true);
  const columns: TableColumnsType<Signup> = [
    {
      title: l(W.organization),
      key: 'organization',
      render: (_, s) => (
        <>
          <span data-testid={`fair-signup-${s.organization.id}`}>{s.organization.name}</span>
          {s.isCounterpart && (
            <Tag color="purple" style={{ marginInlineStart: 8 }} data-testid={`fair-signup-counterpart-${s.organization.id}`}>
              {l(W.counterpart)}
            </Tag>
          )}
        </>
      ),
    },
    {
      title: l(W.organizationForm),
      key: 'form',
      render: (_, s) => (isForm(s.organization.form) ? t(`orgForm.${s.organization.form}`) : s.organization.form),
    },
    {
      title: l(W.note),
      key: 'note',
      render: (_, s) =>
        s.note ? <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{s.note}</Typography.Text> : l(W.none),
    },
    { title: l(W.signedUpAt), key: 'createdAt', render: (_, s) => dateTime(s.createdAt) },
  ];
  return (
    <KeysetTable<Signup>
      rowKey={(s) => s.organization.id}
      columns={columns}
      query={list}
      testId="fair-signups"
      size="small"
      locale={{ emptyText: <Empty description={l(W.noSignups)} /> }}
    />
  );
}
