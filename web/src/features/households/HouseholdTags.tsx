// A household's category, situations and status as tags, the same on the list and the record.
import { Space, Tag } from 'antd';
import type { HouseholdCategory, HouseholdStatus } from '../../api/households.ts';
import { useI18n } from '../../i18n/index.tsx';
import { HOUSEHOLD_CATEGORY_LABELS } from '../needs/labels.ts';
import { useSituationNames } from './useSituationNames.ts';

const CATEGORY_COLORS: Record<HouseholdCategory, string> = {
  registered_poor: 'volcano',
  lifted_out: 'green',
  edge: 'orange',
  monitored: 'gold',
  dibao: 'blue',
  tekun: 'purple',
  other: 'default',
};

export function CategoryTag({ category }: { category: HouseholdCategory }) {
  const { l } = useI18n();
  return <Tag color={CATEGORY_COLORS[category]}>{l(HOUSEHOLD_CATEGORY_LABELS[category], category)}</Tag>;
}

export function SituationTags({ situations }: { situations: readonly string[] }) {
  const name = useSituationNames();
  const { l } = useI18n();
  if (situations.length === 0) return <span style={{ color: '#8c8c8c' }}>{l({ zh: '无', en: 'None' })}</span>;
  return (
    <Space size={[0, 4]} wrap>
      {situations.map((s) => (
        <Tag key={s}>{name(s)}</Tag>
      ))}
    </Space>
  );
}

export const HOUSEHOLD_STATUS_LABELS: Record<HouseholdStatus, { zh: string; en: string }> = {
  active: { zh: '在册', en: 'Active' },
  archived: { zh: '已归档', en: 'Archived' },
};

export function HouseholdStatusTag({ status, testId }: { status: HouseholdStatus; testId?: string }) {
  const { l } = useI18n();
  return (
    <Tag color={status === 'active' ? 'success' : 'default'} data-testid={testId} data-status={status}>
      {l(HOUSEHOLD_STATUS_LABELS[status])}
    </Tag>
  );
}
