// What an organization states about itself, as descriptions. The public view has no credit code, contacts or
// review dates; the full view (the organization itself, officials in scope) has them all.
import { Descriptions, Space, Tag, Typography, type DescriptionsProps } from 'antd';
import type { Organization, PublicOrganization } from '../../api/organizations.ts';
import { useI18n } from '../../i18n/index.tsx';
import { FormTag, GradeTag, QualificationTags } from './OrganizationTags.tsx';

function isFull(org: PublicOrganization | Organization): org is Organization {
  return 'creditCode' in org;
}

export function OrganizationProfile({ org }: { org: PublicOrganization | Organization }) {
  const { t, dateTime } = useI18n();
  const none = t('common.none');
  const full = isFull(org) ? org : null;

  const items: DescriptionsProps['items'] = [
    ...(full ? [{ key: 'creditCode', label: t('org.creditCode'), children: <Typography.Text code copyable>{full.creditCode}</Typography.Text> }] : []),
    {
      key: 'form',
      label: t('org.form'),
      children: (
        <Space size={0} wrap>
          <FormTag form={org.form} />
          <QualificationTags org={org} />
        </Space>
      ),
    },
    {
      key: 'authority',
      label: t('org.regAuthority'),
      children: [t(`orgLevel.${org.registrationLevel}`), org.registrationRegion?.name].filter(Boolean).join(' · '),
    },
    ...(full ? [{ key: 'supervising', label: t('org.supervising'), children: full.supervisingUnit ?? none }] : []),
    { key: 'grade', label: t('org.grade'), children: org.grade ? <GradeTag grade={org.grade} year={org.gradeYear} /> : t('org.gradeNone') },
    {
      key: 'fields',
      label: t('org.fields'),
      span: 'filled',
      children: (
        <Space size={[0, 4]} wrap>
          {org.fields.map((f) => (
            <Tag key={f.code}>{f.name}</Tag>
          ))}
        </Space>
      ),
    },
    {
      key: 'serviceRegions',
      label: t('org.serviceRegions'),
      span: 'filled',
      children: org.serviceRegions.length ? org.serviceRegions.map((r) => r.name).join('；') : none,
    },
    {
      key: 'offers',
      label: t('org.offers'),
      span: 'filled',
      children: org.offers.length ? (
        <Space orientation="vertical" size={2}>
          {org.offers.map((o, i) => (
            <span key={i}>
              <Tag color="green">{t(`offerKind.${o.kind}`)}</Tag>
              {o.text}
            </span>
          ))}
        </Space>
      ) : (
        none
      ),
    },
    ...(full
      ? [
          { key: 'contactName', label: t('org.contactName'), children: full.contactName ?? none },
          { key: 'contactPhone', label: t('org.contactPhone'), children: full.contactPhone ?? none },
          { key: 'contactEmail', label: t('org.contactEmail'), children: full.contactEmail ?? none },
        ]
      : []),
    {
      key: 'homepage',
      label: t('org.homepage'),
      children: org.homepage ? (
        <Typography.Link href={org.homepage} target="_blank" rel="noopener noreferrer">
          {org.homepage}
        </Typography.Link>
      ) : (
        none
      ),
    },
    ...(full
      ? [
          { key: 'source', label: t('org.source'), children: full.source === 'registry_import' ? t('org.sourceImport') : t('org.sourceRegistration') },
          { key: 'createdAt', label: t('org.createdAt'), children: dateTime(full.createdAt) },
          { key: 'submittedAt', label: t('org.submittedAt'), children: dateTime(full.submittedAt) },
          { key: 'reviewedAt', label: t('org.reviewedAt'), children: dateTime(full.reviewedAt) },
        ]
      : []),
    {
      key: 'description',
      label: t('org.description'),
      span: 'filled',
      children: org.description ? (
        <Typography.Paragraph data-testid="org-profile-description" style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
          {org.description}
        </Typography.Paragraph>
      ) : (
        none
      ),
    },
  ];

  return <Descriptions data-testid="org-profile" column={{ xs: 1, sm: 2, lg: 3 }} items={items} />;
}
