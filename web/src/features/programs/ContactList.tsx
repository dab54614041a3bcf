// A key area's contacts: office phones, and people with their post and mobile (masked by the server for the public).
import { Space, Typography } from 'antd';
import { MobileOutlined, PhoneOutlined, UserOutlined } from '@ant-design/icons';
import type { Contact } from '../../api/programs.ts';
import { useI18n } from '../../i18n/index.tsx';

function Phone({ icon, number }: { icon: 'office' | 'mobile'; number: string }) {
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      {icon === 'office' ? <PhoneOutlined /> : <MobileOutlined />} {number}
    </span>
  );
}

export function ContactList({ contacts }: { contacts: Contact[] }) {
  const { t } = useI18n();
  if (contacts.length === 0) return <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;
  return (
    <Space orientation="vertical" size={2}>
      {contacts.map((c, i) =>
        c.kind === 'office' ? (
          <span key={i} data-testid="contact-office">
            <Typography.Text type="secondary">{t('contacts.office')}</Typography.Text>{' '}
            {c.officePhone && <Phone icon="office" number={c.officePhone} />}
          </span>
        ) : (
          <Space key={i} size={8} wrap data-testid="contact-person">
            <span>
              <UserOutlined /> {c.name ?? t('common.none')}
              {c.post && <Typography.Text type="secondary">（{c.post}）</Typography.Text>}
            </span>
            {c.mobile && <Phone icon="mobile" number={c.mobile} />}
            {c.officePhone && <Phone icon="office" number={c.officePhone} />}
          </Space>
        ),
      )}
    </Space>
  );
}
