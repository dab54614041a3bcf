// Registering a household (liaisons) or editing one: the same fields in a drawer. The server's field errors go on
// the fields; a duplicate ID number goes on the ID number without repeating it.
import { useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router-dom';
import { App, Button, Drawer, Form, Grid, Space, type FormInstance } from 'antd';
import { useSession } from '../../api/auth.ts';
import { ApiError } from '../../api/client.ts';
import { applyServerErrors } from '../../api/forms.ts';
import { useCreateHousehold, useUpdateHousehold, type Household } from '../../api/households.ts';
import { useI18n } from '../../i18n/index.tsx';
import { FormProblems } from '../../shared/FormProblems.tsx';
import { HouseholdFields } from './HouseholdFields.tsx';
import {
  formValuesOf,
  HOUSEHOLD_FIELDS,
  householdChanges,
  toCreateBody,
  type HouseholdFormValues,
} from './householdForm.ts';

function problemsOf(form: FormInstance<HouseholdFormValues>, err: unknown): string[] {
  if (err instanceof ApiError && err.code === 'HOUSEHOLD_EXISTS') {
    form.setFields([{ name: 'idNumber', errors: [err.message] }]);
    return [];
  }
  return applyServerErrors(form, err, HOUSEHOLD_FIELDS);
}

interface FormDrawerProps {
  title: string;
  submitText: string;
  pending: boolean;
  problems: string[];
  form: FormInstance<HouseholdFormValues>;
  initialValues: Partial<HouseholdFormValues>;
  onFinish: (values: HouseholdFormValues) => void;
  onClose: () => void;
  children: ReactNode;
}

/** The drawer registering and editing share: cancel and save at the top, the server's problems, then the fields. */
function HouseholdFormDrawer({
  title,
  submitText,
  pending,
  problems,
  form,
  initialValues,
  onFinish,
  onClose,
  children,
}: FormDrawerProps) {
  const { l } = useI18n();
  const screens = Grid.useBreakpoint();
  return (
    <Drawer
      open
      title={title}
      size={screens.md ? 640 : '100%'}
      onClose={onClose}
      mask={{ closable: false }}
      extra={
        <Space>
          <Button onClick={onClose}>{l({ zh: '取消', en: 'Cancel' })}</Button>
          <Button data-testid="household-form-save" type="primary" loading={pending} onClick={() => form.submit()}>
            {submitText}
          </Button>
        </Space>
      }
    >
      <FormProblems problems={problems} testId="household-form-error" />
      <Form<HouseholdFormValues>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={onFinish}
        scrollToFirstError={{ block: 'center' }}
      >
        {children}
      </Form>
    </Drawer>
  );
}

/** Mounted only while open, so it starts empty. */
export function RegisterHouseholdDrawer({ onClose }: { onClose: () => void }) {
  const { l } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { data: me } = useSession();
  const [form] = Form.useForm<HouseholdFormValues>();
  const create = useCreateHousehold();
  const [problems, setProblems] = useState<string[]>([]);
  const scope = me?.scopeRegionCode ?? null;

  const onFinish = (values: HouseholdFormValues) => {
    setProblems([]);
    create.mutate(toCreateBody({ ...values, regionCode: scope?.length === 12 ? scope : values.regionCode }), {
      onSuccess: (household) => {
        message.success(l({ zh: '住户已登记', en: 'Household registered' }));
        onClose();
        void navigate(`/households/${household.id}`);
      },
      onError: (err) => setProblems(problemsOf(form, err)),
    });
  };

  return (
    <HouseholdFormDrawer
      title={l({ zh: '登记住户', en: 'Register a household' })}
      submitText={l({ zh: '登记', en: 'Register' })}
      pending={create.isPending}
      problems={problems}
      form={form}
      initialValues={{
        regionCode: scope?.length === 12 ? scope : undefined,
        situations: [],
        hasDisability: false,
        minorsCount: 0,
      }}
      onFinish={onFinish}
      onClose={onClose}
    >
      <HouseholdFields scope={scope} scopeName={me?.scopeRegionName ?? null} />
    </HouseholdFormDrawer>
  );
}

export function EditHouseholdDrawer({ household, onClose }: { household: Household; onClose: () => void }) {
  const { l } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<HouseholdFormValues>();
  const update = useUpdateHousehold(household.id);
  const [problems, setProblems] = useState<string[]>([]);

  const onFinish = (values: HouseholdFormValues) => {
    setProblems([]);
    const changes = householdChanges(household, values);
    if (Object.keys(changes).length === 0) {
      message.info(l({ zh: '没有修改', en: 'Nothing changed' }));
      onClose();
      return;
    }
    update.mutate(changes, {
      onSuccess: () => {
        message.success(l({ zh: '已保存', en: 'Saved' }));
        onClose();
      },
      onError: (err) => setProblems(problemsOf(form, err)),
    });
  };

  return (
    <HouseholdFormDrawer
      title={l({ zh: '修改住户信息', en: 'Edit the household' })}
      submitText={l({ zh: '保存', en: 'Save' })}
      pending={update.isPending}
      problems={problems}
      form={form}
      initialValues={formValuesOf(household)}
      onFinish={onFinish}
      onClose={onClose}
    >
      <HouseholdFields scope={null} scopeName={null} />
    </HouseholdFormDrawer>
  );
}
