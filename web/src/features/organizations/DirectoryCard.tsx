// One approved organization in the public directory: logo, name, form, grade, qualifications, fields and where it
// serves; the whole card leads to its public profile.
import { Card, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { PublicOrganization } from '../../api/organizations.ts';
import { useI18n } from '../../i18n/index.tsx';
import { OrganizationLogo } from './OrganizationLogo.tsx';
import { FormTag, GradeTag, QualificationTags } from './OrganizationTags.tsx';

const SHOWN_FIELDS = 4;

export function DirectoryCard({ org }: { org: PublicOrganization }) {
  const { t } = useI18n();
  return (
    <Link to={`/directory/${org.id}`} data-testid={`directory-item-${org.id}`} style={{ display: 'block', height: '100%' }}>
      <Card hoverable size="small" style={{ height: '100%' }}>
        <div style={{ display: 'flex', gap: 12, alignItems: 'flex-start' }}>
          <OrganizationLogo name={org.name} logoUrl={org.logoUrl} />
          <div style={{ minWidth: 0, flex: 1 }}>
            <Typography.Text strong style={{ fontSize: 15, display: 'block' }} ellipsis={{ tooltip: org.name }}>
              {org.name}
            </Typography.Text>
            <Space size={0} wrap style={{ marginTop: 4 }}>
              <FormTag form={org.form} />
              <GradeTag grade={org.grade} year={org.gradeYear} />
              <QualificationTags org={org} />
            </Space>
          </div>
        </div>
        <Space size={[0, 4]} wrap style={{ marginTop: 8 }}>
          {org.fields.slice(0, SHOWN_FIELDS).map((f) => (
            <Tag key={f.code} bordered={false} color="blue">
              {f.name}
            </Tag>
          ))}
          {org.fields.length > SHOWN_FIELDS && <Tag bordered={false}>+{org.fields.length - SHOWN_FIELDS}</Tag>}
        </Space>
        <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} style={{ margin: '8px 0 0', fontSize: 13 }}>
          {t('org.serviceRegions')}：{org.serviceRegions.map((r) => r.name).join('；') || t('common.none')}
        </Typography.Paragraph>
      </Card>
    </Link>
  );
}
