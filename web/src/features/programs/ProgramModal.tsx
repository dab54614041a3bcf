// Creating a program (no `program`) or editing one. The slug and the region never change once saved: imports and
// links name the program by them.
import { useState } from 'react';
import { App, Button, Form, Input, InputNumber, Modal, Radio, Space, Switch } from 'antd';
import {
  PROGRAM_KINDS,
  useCreateProgram,
  useUpdateProgram,
  type Program,
  type ProgramKind,
} from '../../api/programs.ts';
import { applyServerErrors } from '../../api/forms.ts';
import { useSession } from '../../api/auth.ts';
import { useI18n } from '../../i18n/index.tsx';
import { FormProblems } from '../../shared/FormProblems.tsx';
import { RegionCascader } from '../regions/RegionCascader.tsx';
import { RESTRICT_PLACES_WORDS, restrictsPlaces } from './ProgramFacts.tsx';

interface ProgramForm {
  slug: string;
  name: string;
  kind: ProgramKind;
  regionCode: string;
  departmentName: string;
  startYear: number;
  endYear?: number | null;
  description?: string;
  restrictPlaces: boolean;
}

const FIELDS = ['slug', 'name', 'kind', 'regionCode', 'departmentName', 'startYear', 'endYear', 'description', 'restrictPlaces'] as const;

export function ProgramModal({ program, onClose, onCreated }: { program: Program | null; onClose: () => void; onCreated?: (p: Program) => void }) {
  const { t, l } = useI18n();
  const { message } = App.useApp();
  const { data: me } = useSession();
  const [form] = Form.useForm<ProgramForm>();
  const create = useCreateProgram();
  const update = useUpdateProgram();
  const [problems, setProblems] = useState<string[]>([]);

  const onFinish = (values: ProgramForm) => {
    setProblems([]);
    const common = {
      name: values.name.trim(),
      kind: values.kind,
      departmentName: values.departmentName.trim(),
      startYear: values.startYear,
      endYear: values.endYear ?? null,
      description: values.description ?? '',
      restrictPlaces: values.restrictPlaces,
    };
    const onError = (err: unknown) => setProblems(applyServerErrors(form, err, FIELDS));
    if (program) {
      update.mutate(
        { id: program.id, body: common },
        {
          onSuccess: () => {
            message.success(t('programs.saved'));
            onClose();
          },
          onError,
        },
      );
    } else {
      create.mutate(
        { ...common, slug: values.slug.trim(), regionCode: values.regionCode },
        {
          onSuccess: (created) => {
            message.success(t('programs.created'));
            onClose();
            onCreated?.(created);
          },
          onError,
        },
      );
    }
  };

  return (
    <Modal
      open
      title={program ? t('programs.edit') : t('programs.new')}
      onCancel={onClose}
      mask={{ closable: false }}
      width={620}
      footer={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button data-testid="program-save" type="primary" loading={create.isPending || update.isPending} onClick={() => form.submit()}>
            {t('programs.save')}
          </Button>
        </Space>
      }
    >
      <FormProblems problems={problems} testId="program-form-error" />
      <Form<ProgramForm>
        form={form}
        layout="vertical"
        requiredMark
        initialValues={
          program
            ? {
                slug: program.slug,
                name: program.name,
                kind: program.kind,
                regionCode: program.regionCode,
                departmentName: program.departmentName,
                startYear: program.startYear,
                endYear: program.endYear,
                description: program.description ?? '',
                restrictPlaces: restrictsPlaces(program),
              }
            : {
                kind: 'rural_revitalization',
                startYear: new Date().getFullYear(),
                regionCode: me?.scopeRegionCode ?? undefined,
                restrictPlaces: false,
              }
        }
        onFinish={onFinish}
      >
        <Form.Item name="name" label={t('programs.name')} rules={[{ required: true, whitespace: true, message: t('programs.required') }]}>
          <Input data-testid="program-name" maxLength={100} />
        </Form.Item>
        <Form.Item
          name="slug"
          label={t('programs.slug')}
          extra={program ? t('programs.slugFixed') : t('programs.slugHelp')}
          rules={[
            { required: true, message: t('programs.required') },
            { pattern: /^[a-z0-9-]{3,60}$/, message: t('programs.slugHelp') },
          ]}
        >
          <Input data-testid="program-slug" disabled={program !== null} maxLength={60} placeholder="cq-2021-revitalization" />
        </Form.Item>
        <Form.Item name="kind" label={t('programs.kind')} rules={[{ required: true }]}>
          <Radio.Group
            data-testid="program-kind"
            optionType="button"
            buttonStyle="solid"
            options={PROGRAM_KINDS.map((k) => ({ value: k, label: t(`programKind.${k}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="regionCode"
          label={t('programs.region')}
          extra={program ? t('programs.regionFixed') : t('programs.regionHelp')}
          rules={[{ required: true, message: t('programs.regionRequired') }]}
        >
          <RegionCascader
            data-testid="program-region"
            scope={me?.scopeRegionCode ?? null}
            maxLength={6}
            allowNameSearch
            disabled={program !== null}
          />
        </Form.Item>
        <Form.Item
          name="departmentName"
          label={t('programs.department')}
          rules={[{ required: true, whitespace: true, message: t('programs.required') }]}
        >
          <Input data-testid="program-department" maxLength={100} placeholder={t('programs.departmentPlaceholder')} />
        </Form.Item>
        <Space size={16} align="start" wrap>
          <Form.Item name="startYear" label={t('programs.startYear')} rules={[{ required: true, message: t('programs.required') }]}>
            <InputNumber data-testid="program-start-year" min={1949} max={2100} precision={0} style={{ width: 140 }} />
          </Form.Item>
          <Form.Item name="endYear" label={t('programs.endYear')} extra={t('programs.endYearHelp')}>
            <InputNumber data-testid="program-end-year" min={1949} max={2100} precision={0} style={{ width: 140 }} />
          </Form.Item>
        </Space>
        <Form.Item
          name="restrictPlaces"
          label={l(RESTRICT_PLACES_WORDS.label)}
          extra={l(RESTRICT_PLACES_WORDS.help)}
          valuePropName="checked"
        >
          <Switch data-testid="program-restrict-places" />
        </Form.Item>
        <Form.Item name="description" label={t('programs.description')}>
          <Input.TextArea data-testid="program-description" maxLength={2000} autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
