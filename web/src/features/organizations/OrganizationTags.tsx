// An organization's form, status, grade and qualifications as tags, the same on every page.
import { Tag } from 'antd';
import type { Grade, OrganizationForm, OrganizationStatus } from '../../api/organizations.ts';
import { useI18n } from '../../i18n/index.tsx';

const FORM_COLORS: Record<OrganizationForm, string> = { association: 'blue', foundation: 'purple', service_agency: 'cyan' };
const STATUS_COLORS: Record<OrganizationStatus, string> = { pending: 'processing', returned: 'error', approved: 'success' };

export function FormTag({ form }: { form: OrganizationForm }) {
  const { t } = useI18n();
  return <Tag color={FORM_COLORS[form]}>{t(`orgForm.${form}`)}</Tag>;
}

export function StatusTag({ status, testId }: { status: OrganizationStatus; testId?: string }) {
  const { t } = useI18n();
  return (
    <Tag color={STATUS_COLORS[status]} data-testid={testId} data-status={status}>
      {t(`orgStatus.${status}`)}
    </Tag>
  );
}

export function GradeTag({ grade, year }: { grade: Grade | null; year?: number | null }) {
  if (!grade) return null;
  return <Tag color="gold">{year ? `${grade} · ${year}` : grade}</Tag>;
}

/** 行业协会商会, 慈善组织, 公开募捐资格: only those the organization holds. */
export function QualificationTags({
  org,
}: {
  org: { isIndustryAssociation: boolean; isCharity: boolean; hasPublicFundraising: boolean };
}) {
  const { t } = useI18n();
  return (
    <>
      {org.isIndustryAssociation && <Tag>{t('org.industry')}</Tag>}
      {org.isCharity && <Tag color="magenta">{t('org.charity')}</Tag>}
      {org.hasPublicFundraising && <Tag color="red">{t('org.fundraising')}</Tag>}
    </>
  );
}
