// 重点领域与重点人群: the platform admin's page for the two reference lists. Entries are retired, never deleted,
// and their codes never change, because needs, projects and aid records reference them.
import { useState } from 'react';
import {
  Alert,
  App,
  Button,
  Card,
  Form,
  Input,
  InputNumber,
  Modal,
  Popconfirm,
  Space,
  Table,
  Tabs,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import {
  useCreateReference,
  useReferenceList,
  useSetReferenceRetired,
  useUpdateReference,
  type CreateReferenceBody,
  type ReferenceItem,
  type ReferenceKind,
} from '../../api/reference.ts';
import { errorText } from '../../api/client.ts';
import { applyServerErrors } from '../../api/forms.ts';
import { useI18n } from '../../i18n/index.tsx';
import { PageHeader } from '../../shared/PageHeader.tsx';
import { FormProblems } from '../../shared/FormProblems.tsx';

interface ItemForm {
  code: string;
  nameZh: string;
  nameEn: string;
  description?: string;
  source?: string;
  sortOrder?: number | null;
}

const FIELDS = ['code', 'nameZh', 'nameEn', 'description', 'source', 'sortOrder'] as const;

/** Add (no `item`) or edit (`item`) one entry; mounted only while open, so each opening starts afresh. */
function ItemModal({ kind, item, onClose }: { kind: ReferenceKind; item: ReferenceItem | null; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<ItemForm>();
  const create = useCreateReference(kind);
  const update = useUpdateReference(kind);
  const [problems, setProblems] = useState<string[]>([]);
  const pending = create.isPending || update.isPending;

  const onFinish = (values: ItemForm) => {
    setProblems([]);
    // Empty text clears the description or source; an empty sort order on a new entry puts it last.
    const common = {
      nameZh: values.nameZh,
      nameEn: values.nameEn,
      description: values.description ?? '',
      source: values.source ?? '',
      ...(typeof values.sortOrder === 'number' ? { sortOrder: values.sortOrder } : {}),
    };
    const done = {
      onSuccess: () => {
        message.success(t('reference.saved'));
        onClose();
      },
      onError: (err: unknown) => setProblems(applyServerErrors(form, err, FIELDS)),
    };
    if (item) update.mutate({ code: item.code, body: common }, done);
    else create.mutate({ code: values.code, ...common } satisfies CreateReferenceBody, done);
  };

  return (
    <Modal
      open
      title={item ? t('reference.edit') : t('reference.add')}
      onCancel={onClose}
      mask={{ closable: false }}
      width={560}
      footer={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button data-testid="reference-save" type="primary" loading={pending} onClick={() => form.submit()}>
            {t('reference.save')}
          </Button>
        </Space>
      }
    >
      <FormProblems problems={problems} testId="reference-form-error" />
      <Form<ItemForm>
        form={form}
        layout="vertical"
        requiredMark
        initialValues={
          item
            ? {
                code: item.code,
                nameZh: item.nameZh,
                nameEn: item.nameEn,
                description: item.description ?? '',
                source: item.source ?? '',
                sortOrder: item.sortOrder,
              }
            : {}
        }
        onFinish={onFinish}
      >
        <Form.Item
          name="code"
          label={t('reference.code')}
          extra={item ? t('reference.codeFixed') : t('reference.codeHelp')}
          rules={[
            { required: true, message: t('reference.required') },
            { pattern: /^[a-z][a-z0-9_]{1,47}$/, message: t('reference.codeHelp') },
          ]}
        >
          <Input data-testid="reference-code" disabled={item !== null} maxLength={48} />
        </Form.Item>
        <Form.Item
          name="nameZh"
          label={t('reference.nameZh')}
          rules={[{ required: true, whitespace: true, message: t('reference.required') }]}
        >
          <Input data-testid="reference-name-zh" maxLength={64} />
        </Form.Item>
        <Form.Item
          name="nameEn"
          label={t('reference.nameEn')}
          rules={[{ required: true, whitespace: true, message: t('reference.required') }]}
        >
          <Input data-testid="reference-name-en" maxLength={128} />
        </Form.Item>
        <Form.Item name="description" label={t('reference.description')}>
          <Input.TextArea maxLength={500} autoSize={{ minRows: 2, maxRows: 5 }} />
        </Form.Item>
        <Form.Item name="source" label={t('reference.source')} extra={t('reference.sourceHelp')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name="sortOrder"
          label={t('reference.sortOrder')}
          extra={item ? undefined : t('reference.sortOrderHelp')}
        >
          <InputNumber min={0} max={1_000_000} precision={0} style={{ width: 160 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function ReferenceTable({ kind }: { kind: ReferenceKind }) {
  const { t, lang, dateTime } = useI18n();
  const { message } = App.useApp();
  const list = useReferenceList(kind, true);
  const setRetired = useSetReferenceRetired(kind);
  // null: closed; 'new': adding; an item: editing it.
  const [editing, setEditing] = useState<ReferenceItem | 'new' | null>(null);

  const toggle = (item: ReferenceItem, retired: boolean) =>
    setRetired.mutateAsync({ code: item.code, retired }).then(
      () => void message.success(retired ? t('reference.retiredDone') : t('reference.restoredDone')),
      (err: unknown) => void message.error(errorText(err)),
    );

  const columns: TableColumnsType<ReferenceItem> = [
    { title: t('reference.sortOrder'), dataIndex: 'sortOrder', key: 'sortOrder', width: 80 },
    {
      title: t('reference.name'),
      key: 'name',
      render: (_, i) => (
        <>
          <Typography.Text delete={i.retiredAt !== null}>{lang === 'zh' ? i.nameZh : i.nameEn}</Typography.Text>
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
            {lang === 'zh' ? i.nameEn : i.nameZh}
          </Typography.Text>
        </>
      ),
    },
    {
      title: t('reference.code'),
      dataIndex: 'code',
      key: 'code',
      render: (c: string) => <Typography.Text code>{c}</Typography.Text>,
    },
    {
      title: t('reference.description'),
      dataIndex: 'description',
      key: 'description',
      render: (v: string | null) => v ?? t('common.none'),
    },
    {
      title: t('reference.source'),
      dataIndex: 'source',
      key: 'source',
      render: (v: string | null) => v ?? t('common.none'),
    },
    {
      title: t('reference.state'),
      key: 'state',
      render: (_, i) =>
        i.retiredAt ? (
          <Tag data-testid="reference-state">
            {t('reference.retired')} · {dateTime(i.retiredAt)}
          </Tag>
        ) : (
          <Tag data-testid="reference-state" color="success">
            {t('reference.active')}
          </Tag>
        ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, i) => (
        <Space size={4}>
          <Button size="small" onClick={() => setEditing(i)}>
            {t('reference.edit')}
          </Button>
          {i.retiredAt ? (
            <Button size="small" onClick={() => void toggle(i, false)}>
              {t('reference.restore')}
            </Button>
          ) : (
            <Popconfirm
              title={t('reference.retireConfirm', { name: lang === 'zh' ? i.nameZh : i.nameEn })}
              description={t('reference.retireHelp')}
              okText={t('common.confirm')}
              cancelText={t('common.cancel')}
              okButtonProps={{ danger: true }}
              onConfirm={() => toggle(i, true)}
            >
              <Button size="small" danger>
                {t('reference.retire')}
              </Button>
            </Popconfirm>
          )}
        </Space>
      ),
    },
  ];

  return (
    <>
      <div style={{ display: 'flex', justifyContent: 'flex-end', marginBottom: 12 }}>
        <Button
          data-testid={`reference-add-${kind}`}
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setEditing('new')}
        >
          {t('reference.add')}
        </Button>
      </div>
      {list.isError && <Alert type="error" showIcon title={errorText(list.error)} style={{ marginBottom: 12 }} />}
      <Table<ReferenceItem>
        data-testid={`reference-table-${kind}`}
        rowKey="code"
        columns={columns}
        dataSource={list.data ?? []}
        loading={list.isPending}
        pagination={false}
        size="middle"
      />
      {editing !== null && (
        <ItemModal kind={kind} item={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      )}
    </>
  );
}

export function ReferencePage() {
  const { t } = useI18n();
  const [tab, setTab] = useState<ReferenceKind>('key-fields');
  return (
    <>
      <PageHeader title={t('reference.title')} description={t('reference.intro')} />
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(key) => setTab(key as ReferenceKind)}
          destroyOnHidden
          items={[
            { key: 'key-fields', label: t('reference.keyFields'), children: <ReferenceTable kind="key-fields" /> },
            {
              key: 'key-populations',
              label: t('reference.keyPopulations'),
              children: <ReferenceTable kind="key-populations" />,
            },
          ]}
        />
      </Card>
    </>
  );
}
