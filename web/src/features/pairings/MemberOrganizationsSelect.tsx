// The other organizations of a group pairing, found by name among approved organizations (the caller's own one is
// the lead and is not offered). The value is their ids; names are remembered from the saved pairing and the searches.
import { useEffect, useState } from 'react';
import { Select } from 'antd';
import { useOrganizationSearch, type OrganizationChoice } from '../../api/pairings.ts';
import { useI18n } from '../../i18n/index.tsx';
import { W } from './words.ts';

export interface MemberOrganizationsSelectProps {
  value?: number[];
  onChange?: (ids: number[]) => void;
  id?: string;
  /** The lead (the caller's organization): never a member of its own group. */
  leadId: number | null;
  known?: OrganizationChoice[];
}

export function MemberOrganizationsSelect({ value, onChange, id, leadId, known = [] }: MemberOrganizationsSelectProps) {
  const { l } = useI18n();
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  const [names, setNames] = useState<Map<number, string>>(() => new Map(known.map((o) => [o.id, o.name])));
  // Ask the server once typing pauses.
  useEffect(() => {
    const timer = setTimeout(() => setQ(typed.trim()), 250);
    return () => clearTimeout(timer);
  }, [typed]);
  const found = useOrganizationSearch(q);
  const results = (found.data ?? []).filter((o) => o.id !== leadId);
  const selected = value ?? [];
  const options = [
    ...selected.map((orgId) => ({ value: orgId, label: names.get(orgId) ?? `#${orgId}` })),
    ...results.filter((o) => !selected.includes(o.id)).map((o) => ({ value: o.id, label: o.name })),
  ];

  return (
    <Select<number[]>
      id={id}
      data-testid="pairing-form-members"
      mode="multiple"
      maxCount={20}
      allowClear
      value={selected}
      options={options}
      showSearch={{ filterOption: false, onSearch: setTyped }}
      loading={found.isFetching}
      placeholder={l(W.membersPlaceholder)}
      notFoundContent={q ? l(W.membersNotFound) : null}
      onChange={(ids) => {
        const next = new Map(names);
        for (const o of results) if (ids.includes(o.id)) next.set(o.id, o.name);
        setNames(next);
        setTyped('');
        onChange?.(ids);
      }}
    />
  );
}
