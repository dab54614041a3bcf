// Where a new need belongs, limited to the caller's scope: a village liaison's own village; a township liaison's
// township or one of its villages; an official's counties, townships and villages (not a province or city).
import { Input, Select } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { fetchRegionChildren, regionChildrenKey } from '../../../api/regions.ts';
import { useI18n } from '../../../i18n/index.tsx';
import { RegionCascader } from '../../regions/RegionCascader.tsx';

export const NEED_PLACE_LENGTHS = [6, 9, 12] as const;

export interface NeedPlacePickerProps {
  scope: string | null;
  scopeName: string | null;
  value?: string;
  onChange?: (code: string | undefined) => void;
  id?: string;
}

function TownshipPicker({ scope, scopeName, value, onChange, id }: NeedPlacePickerProps & { scope: string }) {
  const { l } = useI18n();
  const villages = useQuery({
    queryKey: regionChildrenKey(scope),
    queryFn: () => fetchRegionChildren(scope),
    staleTime: Infinity,
  });
  const options = [
    { value: scope, label: `${scopeName ?? scope}${l({ zh: '（全乡镇）', en: ' (whole township)' })}` },
    ...(villages.data ?? []).map((v) => ({ value: v.code, label: v.displayName })),
  ];
  return (
    <Select
      id={id}
      data-testid="need-form-place"
      value={value}
      onChange={(code: string | undefined) => onChange?.(code)}
      loading={villages.isPending}
      showSearch={{ optionFilterProp: 'label' }}
      placeholder={l({ zh: '本乡镇，或本乡镇的一个村（社区）', en: 'The township, or one of its villages' })}
      options={options}
    />
  );
}

export function NeedPlacePicker(props: NeedPlacePickerProps) {
  const { l } = useI18n();
  const { scope, scopeName, value, onChange, id } = props;
  if (scope?.length === 12) return <Input id={id} data-testid="need-form-place" value={scopeName ?? scope} disabled />;
  if (scope?.length === 9) return <TownshipPicker {...props} scope={scope} />;
  return (
    <RegionCascader
      id={id}
      data-testid="need-form-place"
      scope={scope}
      maxLength={12}
      allowNameSearch
      value={value ?? null}
      onChange={onChange}
      placeholder={l({ zh: '区县、乡镇或村（社区）', en: 'County, township or village' })}
    />
  );
}
