// Adding a key area to a program (a county, township or village inside the program's region, its kind, note and
// contacts), or editing the note and contacts of one. The region and kind of a key area never change: retire it and
// add another instead.
import { useState } from 'react';
import { App, Button, Descriptions, Form, Input, Modal, Select, Space } from 'antd';
import {
  DESIGNATION_KINDS,
  DESIGNATION_LEVEL,
  useCreateDesignation,
  useUpdateDesignation,
  type Designation,
  type DesignationKind,
  type Program,
} from '../../api/programs.ts';
import { applyServerErrors } from '../../api/forms.ts';
import { useI18n } from '../../i18n/index.tsx';
import { FormProblems } from '../../shared/FormProblems.tsx';
import { RegionCascader } from '../regions/RegionCascader.tsx';
import { cleanContacts, ContactsEditor, type ContactDraft } from './ContactsEditor.tsx';
import { DesignationKindTag } from './DesignationKindTag.tsx';

interface DesignationForm {
  regionCode?: string;
  kind?: DesignationKind;
  note?: string;
  contacts?: ContactDraft[];
}

const FIELDS = ['regionCode', 'kind', 'note', 'contacts'] as const;
const LEVELS = [6, 9, 12];

/** The kinds that fit a region of this code length (all of them while no region is chosen). */
function kindsFor(code: string | undefined): DesignationKind[] {
  const fitting = DESIGNATION_KINDS.filter((k) => DESIGNATION_LEVEL[k] === code?.length);
  return fitting.length > 0 ? fitting : [...DESIGNATION_KINDS];
}

function draftsOf(designation: Designation): ContactDraft[] {
  return designation.contacts.map((c) => ({
    kind: c.kind,
    name: c.name ?? '',
    post: c.post ?? '',
    officePhone: c.officePhone ?? '',
    mobile: c.mobile ?? '',
  }));
}

export function DesignationModal({
  program, designation, onClose,
}: { program: Program; designation: Designation | null; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<DesignationForm>();
  const create = useCreateDesignation(program.id);
  const update = useUpdateDesignation(program.id);
  const [problems, setProblems] = useState<string[]>([]);
  const regionCode = Form.useWatch('regionCode', form);
  const kinds = kindsFor(regionCode);

  const onFinish = (values: DesignationForm) => {
    setProblems([]);
    const done = {
      onSuccess: () => {
        message.success(t('designations.saved'));
        onClose();
      },
      onError: (err: unknown) => setProblems(applyServerErrors(form, err, FIELDS)),
    };
    const contacts = cleanContacts(values.contacts);
    if (designation) {
      update.mutate({ id: designation.id, body: { note: values.note ?? '', contacts } }, done);
    } else if (values.regionCode && values.kind) {
      const note = values.note?.trim();
      create.mutate({ regionCode: values.regionCode, kind: values.kind, ...(note ? { note } : {}), contacts }, done);
    }
  };

  return (
    <Modal
      open
      title={designation ? t('designations.edit') : t('designations.add')}
      onCancel={onClose}
      mask={{ closable: false }}
      width={760}
      footer={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button data-testid="designation-save" type="primary" loading={create.isPending || update.isPending} onClick={() => form.submit()}>
            {t('designations.save')}
          </Button>
        </Space>
      }
    >
      <FormProblems problems={problems} testId="designation-form-error" />
      {designation && (
        <Descriptions
          size="small"
          column={1}
          style={{ marginBottom: 16 }}
          items={[
            { key: 'region', label: t('designations.region'), children: designation.regionPath ?? designation.regionCode },
            { key: 'kind', label: t('designations.kind'), children: <DesignationKindTag kind={designation.kind} /> },
          ]}
        />
      )}
      <Form<DesignationForm>
        form={form}
        layout="vertical"
        requiredMark
        initialValues={designation ? { note: designation.note ?? '', contacts: draftsOf(designation) } : { contacts: [] }}
        onValuesChange={(changed: Partial<DesignationForm>) => {
          // A region of one level admits one kind, or a few (counties): choose it when there is only one.
          if ('regionCode' in changed) {
            const fitting = kindsFor(changed.regionCode);
            const kind = form.getFieldValue('kind') as DesignationKind | undefined;
            if (fitting.length === 1) form.setFieldValue('kind', fitting[0]);
            else if (kind && !fitting.includes(kind)) form.setFieldValue('kind', undefined);
          }
        }}
        onFinish={onFinish}
      >
        {!designation && (
          <>
            <Form.Item
              name="regionCode"
              label={t('designations.region')}
              required
              extra={t('designations.regionHelp', { region: program.regionName ?? program.regionCode })}
              rules={[
                {
                  validator: (_, value: string | undefined) =>
                    !value
                      ? Promise.reject(new Error(t('designations.regionRequired')))
                      : LEVELS.includes(value.length)
                        ? Promise.resolve()
                        : Promise.reject(new Error(t('designations.regionLevel'))),
                },
              ]}
            >
              <RegionCascader data-testid="designation-region" scope={program.regionCode} maxLength={12} allowNameSearch />
            </Form.Item>
            <Form.Item name="kind" label={t('designations.kind')} rules={[{ required: true, message: t('designations.kindRequired') }]}>
              <Select<DesignationKind>
                data-testid="designation-kind"
                style={{ maxWidth: 320 }}
                options={kinds.map((k) => ({ value: k, label: t(`designationKind.${k}`) }))}
              />
            </Form.Item>
          </>
        )}
        <Form.Item name="note" label={t('designations.note')}>
          <Input.TextArea data-testid="designation-note" maxLength={500} autoSize={{ minRows: 1, maxRows: 4 }} />
        </Form.Item>
        <Form.Item label={t('designations.contacts')} extra={t('contacts.help')}>
          <ContactsEditor />
        </Form.Item>
      </Form>
    </Modal>
  );
}
