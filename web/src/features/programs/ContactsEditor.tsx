// The contacts of a key area inside a form (`contacts`): office phones (单位) and people (姓名、职务、手机). The server
// checks the numbers; its field errors (contacts.1.mobile) land on the matching input.
import { Button, Card, Form, Input, Select, Space, Typography } from 'antd';
import { DeleteOutlined, PhoneOutlined, UserAddOutlined } from '@ant-design/icons';
import type { ContactInput } from '../../api/programs.ts';
import { useI18n } from '../../i18n/index.tsx';

export type ContactDraft = ContactInput;

/** Drops empty strings so that the server sees only what was filled in. */
export function cleanContacts(drafts: ContactDraft[] | undefined): ContactInput[] {
  return (drafts ?? []).map((c) => ({
    kind: c.kind,
    ...(c.name?.trim() ? { name: c.name.trim() } : {}),
    ...(c.post?.trim() ? { post: c.post.trim() } : {}),
    ...(c.officePhone?.trim() ? { officePhone: c.officePhone.trim() } : {}),
    ...(c.mobile?.trim() ? { mobile: c.mobile.trim() } : {}),
  }));
}

const MAX_CONTACTS = 20;
const ROW = { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-start', gap: 8 } as const;

export function ContactsEditor() {
  const { t } = useI18n();
  return (
    <Form.List name="contacts">
      {(fields, { add, remove }) => (
        <Space orientation="vertical" size={8} style={{ width: '100%' }} data-testid="contacts-editor">
          {fields.length === 0 && <Typography.Text type="secondary">{t('contacts.empty')}</Typography.Text>}
          {fields.map((field) => (
            <Card key={field.key} size="small" styles={{ body: { paddingBottom: 0 } }} data-testid={`contact-${field.name}`}>
              <div style={ROW}>
                <Form.Item name={[field.name, 'kind']} style={{ width: 110 }}>
                  <Select
                    data-testid={`contact-${field.name}-kind`}
                    options={[
                      { value: 'office', label: t('contacts.office') },
                      { value: 'person', label: t('contacts.person') },
                    ]}
                  />
                </Form.Item>
                <Form.Item noStyle dependencies={[['contacts', field.name, 'kind']]}>
                  {({ getFieldValue }) =>
                    getFieldValue(['contacts', field.name, 'kind']) === 'person' ? (
                      <div style={ROW}>
                        <Form.Item name={[field.name, 'name']} style={{ width: 110 }}>
                          <Input data-testid={`contact-${field.name}-name`} placeholder={t('contacts.name')} maxLength={50} />
                        </Form.Item>
                        <Form.Item name={[field.name, 'post']} style={{ width: 150 }}>
                          <Input data-testid={`contact-${field.name}-post`} placeholder={t('contacts.post')} maxLength={50} />
                        </Form.Item>
                        <Form.Item name={[field.name, 'mobile']} style={{ width: 150 }}>
                          <Input data-testid={`contact-${field.name}-mobile`} placeholder={t('contacts.mobile')} maxLength={20} inputMode="tel" />
                        </Form.Item>
                        <Form.Item name={[field.name, 'officePhone']} style={{ width: 160 }}>
                          <Input data-testid={`contact-${field.name}-office-phone`} placeholder={t('contacts.officePhone')} maxLength={20} inputMode="tel" />
                        </Form.Item>
                      </div>
                    ) : (
                      <Form.Item name={[field.name, 'officePhone']} style={{ width: 200 }}>
                        <Input data-testid={`contact-${field.name}-office-phone`} placeholder={t('contacts.officePhoneExample')} maxLength={20} inputMode="tel" />
                      </Form.Item>
                    )
                  }
                </Form.Item>
                <Button
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={t('contacts.remove')}
                  title={t('contacts.remove')}
                  onClick={() => remove(field.name)}
                />
              </div>
            </Card>
          ))}
          {fields.length < MAX_CONTACTS && (
            <Space>
              <Button data-testid="contacts-add-office" size="small" icon={<PhoneOutlined />} onClick={() => add({ kind: 'office' })}>
                {t('contacts.addOffice')}
              </Button>
              <Button data-testid="contacts-add-person" size="small" icon={<UserAddOutlined />} onClick={() => add({ kind: 'person' })}>
                {t('contacts.addPerson')}
              </Button>
            </Space>
          )}
        </Space>
      )}
    </Form.List>
  );
}
