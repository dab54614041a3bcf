// The people responsible for a project inside the form (`responsible`): name, post and phone, at least one. The
// server checks the phones too; its field errors (responsible.1.phone) land on the matching input.
import { Button, Col, Form, Input, Row, Space } from 'antd';
import { DeleteOutlined, UserAddOutlined } from '@ant-design/icons';
import { useI18n } from '../../i18n/index.tsx';
import type { PersonValues } from './projectForm.ts';
import { W } from './words.ts';

// The server's rule (modules/programs/contacts.ts): a mobile, or a landline with its area code and maybe an extension.
const PHONE = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(-\d{1,6})?)$/;
const MAX_PEOPLE = 10;

export function ResponsibleEditor({ disabled }: { disabled: boolean }) {
  const { l } = useI18n();
  return (
    <Form.Item label={l(W.responsible)} required>
      <Form.List
        name="responsible"
        rules={[
          {
            validator: async (_, people: PersonValues[] | undefined) => {
              if (!(people ?? []).some((p) => p?.name?.trim())) throw new Error(l(W.responsibleRequired));
            },
          },
        ]}
      >
        {(fields, { add, remove }, { errors }) => (
          <Space orientation="vertical" size={0} style={{ width: '100%' }} data-testid="project-responsible">
            {fields.map((field) => (
              <Row key={field.key} gutter={8} align="top" data-testid={`project-person-${field.name}`}>
                <Col flex="150px">
                  <Form.Item name={[field.name, 'name']} rules={[{ required: true, whitespace: true, message: l(W.required) }]}>
                    <Input data-testid={`project-person-${field.name}-name`} placeholder={l(W.personName)} maxLength={30} disabled={disabled} />
                  </Form.Item>
                </Col>
                <Col flex="170px">
                  <Form.Item name={[field.name, 'post']}>
                    <Input data-testid={`project-person-${field.name}-post`} placeholder={l(W.personPost)} maxLength={30} disabled={disabled} />
                  </Form.Item>
                </Col>
                <Col flex="200px">
                  <Form.Item
                    name={[field.name, 'phone']}
                    rules={[
                      { required: true, whitespace: true, message: l(W.required) },
                      { pattern: PHONE, transform: (v: string) => v.replace(/\s+/g, ''), message: l(W.phoneFormat) },
                    ]}
                  >
                    <Input
                      data-testid={`project-person-${field.name}-phone`}
                      placeholder={l(W.personPhone)}
                      maxLength={20}
                      inputMode="tel"
                      disabled={disabled}
                    />
                  </Form.Item>
                </Col>
                {!disabled && fields.length > 1 && (
                  <Col flex="40px">
                    <Button
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={l(W.removePerson)}
                      title={l(W.removePerson)}
                      onClick={() => remove(field.name)}
                    />
                  </Col>
                )}
              </Row>
            ))}
            {!disabled && fields.length < MAX_PEOPLE && (
              <Button data-testid="project-person-add" size="small" icon={<UserAddOutlined />} onClick={() => add({})} style={{ alignSelf: 'flex-start' }}>
                {l(W.addPerson)}
              </Button>
            )}
            <Form.ErrorList errors={errors} />
          </Space>
        )}
      </Form.List>
    </Form.Item>
  );
}
