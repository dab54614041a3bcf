// The village of a household, limited to the liaison's scope: a village liaison's own village (fixed), or one of
// the villages of a township liaison's township. Households belong to villages only.
import { Input, Select } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { fetchRegionChildren, regionChildrenKey } from '../../api/regions.ts';
import { useI18n } from '../../i18n/index.tsx';

export interface VillagePickerProps {
  /** The liaison's scope: a township (9 digits) or a village (12). */
  scope: string;
  scopeName: string | null;
  value?: string;
  onChange?: (code: string | undefined) => void;
  id?: string;
  'data-testid'?: string;
}

export function VillagePicker({ scope, scopeName, value, onChange, id, 'data-testid': testId }: VillagePickerProps) {
  const { l } = useI18n();
  const villages = useQuery({
    queryKey: regionChildrenKey(scope),
    queryFn: () => fetchRegionChildren(scope),
    staleTime: Infinity,
    enabled: scope.length === 9,
  });
  if (scope.length === 12) {
    return <Input id={id} data-testid={testId} value={scopeName ?? scope} disabled />;
  }
  return (
    <Select
      id={id}
      data-testid={testId}
      value={value}
      onChange={(code: string | undefined) => onChange?.(code)}
      loading={villages.isPending}
      showSearch={{ optionFilterProp: 'label' }}
      placeholder={l({ zh: '选择本乡镇的村（社区）', en: 'Choose a village of your township' })}
      options={(villages.data ?? []).map((v) => ({ value: v.code, label: v.displayName }))}
    />
  );
}
