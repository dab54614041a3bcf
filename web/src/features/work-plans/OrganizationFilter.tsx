// The organization filter of the officials' list: type part of a name or credit code, pick one of the organizations
// in scope the server finds. The typed text waits a moment so a query is not sent for every letter.
import { useEffect, useState } from 'react';
import { Select } from 'antd';
import { useOrganizations } from '../../api/organizations.ts';
import { useI18n } from '../../i18n/index.tsx';
import { W } from './words.ts';

interface Props {
  id?: string;
  value?: number | null;
  onChange?: (value: number | null) => void;
}

export function OrganizationFilter({ id, value, onChange }: Props) {
  const { l } = useI18n();
  const [typed, setTyped] = useState('');
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState<{ id: number; name: string } | null>(null);
  useEffect(() => {
    const timer = setTimeout(() => setQuery(typed.trim().slice(0, 50)), 300);
    return () => clearTimeout(timer);
  }, [typed]);
  const found = useOrganizations(query ? { q: query } : {});
  const options = (found.data?.pages[0]?.items ?? []).map((o) => ({ value: o.id, label: o.name }));
  if (chosen && chosen.id === value && !options.some((o) => o.value === chosen.id)) options.unshift({ value: chosen.id, label: chosen.name });

  return (
    <Select<number | null>
      id={id}
      data-testid="work-plans-organization"
      value={value ?? null}
      onChange={(v) => {
        const name = options.find((o) => o.value === v)?.label;
        setChosen(v !== null && v !== undefined && name ? { id: v, name } : null);
        setTyped('');
        onChange?.(v ?? null);
      }}
      allowClear
      placeholder={l(W.organizationSearch)}
      style={{ width: 280 }}
      popupMatchSelectWidth={false}
      loading={found.isFetching}
      showSearch={{ filterOption: false, onSearch: setTyped }}
      options={options}
    />
  );
}
