// The filters above a list: one inline form in a card, ending with a reset button. Choices apply as they change; a
// search box named `q` applies on Enter or its button, so that a query is not sent for every letter typed.
import type { ReactNode } from 'react';
import { Button, Card, Form, type FormInstance } from 'antd';
import { useI18n } from '../i18n/index.tsx';

interface Props<V> {
  form: FormInstance<V>;
  /** What the filters start at, and what the reset button returns them to. */
  initialValues: V;
  onChange: (values: V) => void;
  /** The reset button's test id. */
  resetTestId: string;
  children: ReactNode;
}

export function FilterBar<V extends object>({ form, initialValues, onChange, resetTestId, children }: Props<V>) {
  const { t } = useI18n();
  return (
    <Card style={{ marginBottom: 16 }}>
      <Form<V>
        form={form}
        layout="inline"
        initialValues={initialValues}
        style={{ rowGap: 12 }}
        onFinish={onChange}
        onValuesChange={(changed: Partial<V>, all) => {
          if (!('q' in changed)) onChange(all);
        }}
      >
        {children}
        <Form.Item>
          <Button
            data-testid={resetTestId}
            onClick={() => {
              form.resetFields();
              onChange(initialValues);
            }}
          >
            {t('common.reset')}
          </Button>
        </Form.Item>
      </Form>
    </Card>
  );
}
