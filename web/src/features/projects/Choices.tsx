// The selects of the project pages whose options come from the server: fairs (an organization's signed-up ones, or
// those an official sees), active programs, and organizations found by name (officials), with the ones already on the
// page offered too, so that an organization from another province can be picked although it is not registered here.
import { useEffect, useMemo, useState, type CSSProperties } from 'react';
import { Select } from 'antd';
import { useFairChoices, useOrganizationChoices, useProgramChoices } from '../../api/projects.ts';
import { useI18n } from '../../i18n/index.tsx';

interface SelectProps<T> {
  value?: T | null;
  onChange?: (value: T | null) => void;
  placeholder?: string;
  disabled?: boolean;
  style?: CSSProperties;
  id?: string;
  'data-testid'?: string;
}

export function FairSelect({ mine, ...props }: SelectProps<number> & { mine: boolean }) {
  const fairs = useFairChoices(mine);
  return (
    <Select<number | null>
      id={props.id}
      data-testid={props['data-testid']}
      value={props.value ?? null}
      onChange={(v) => props.onChange?.(v ?? null)}
      allowClear
      disabled={props.disabled}
      placeholder={props.placeholder}
      style={props.style}
      popupMatchSelectWidth={false}
      loading={fairs.isPending}
      showSearch={{ optionFilterProp: 'label' }}
      options={(fairs.data ?? []).map((f) => ({ value: f.id, label: `${f.year} · ${f.name}` }))}
    />
  );
}

export function ProgramSelect(props: SelectProps<number>) {
  const programs = useProgramChoices();
  return (
    <Select<number | null>
      id={props.id}
      data-testid={props['data-testid']}
      value={props.value ?? null}
      onChange={(v) => props.onChange?.(v ?? null)}
      allowClear
      disabled={props.disabled}
      placeholder={props.placeholder}
      style={props.style}
      popupMatchSelectWidth={false}
      loading={programs.isPending}
      showSearch={{ optionFilterProp: 'label' }}
      options={(programs.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
    />
  );
}

export function OrganizationSelect({ known, ...props }: SelectProps<number> & { known: readonly { id: number; name: string }[] }) {
  const { lang } = useI18n();
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  // Ask the server once typing pauses.
  useEffect(() => {
    const timer = setTimeout(() => setQ(typed.trim().slice(0, 50)), 250);
    return () => clearTimeout(timer);
  }, [typed]);
  const found = useOrganizationChoices(q);
  // The chosen one keeps its name when the search moves on.
  const [chosen, setChosen] = useState<{ id: number; name: string } | null>(null);
  const options = useMemo(() => {
    const byId = new Map<number, string>();
    for (const o of [...(chosen ? [chosen] : []), ...known, ...(found.data ?? [])]) byId.set(o.id, o.name);
    const words = typed.trim();
    return [...byId]
      .filter(([, name]) => !words || name.includes(words))
      .map(([value, label]) => ({ value, label }));
  }, [chosen, known, found.data, typed]);

  return (
    <Select<number | null>
      id={props.id}
      data-testid={props['data-testid']}
      value={props.value ?? null}
      onChange={(v) => {
        const name = options.find((o) => o.value === v)?.label;
        setChosen(v !== null && v !== undefined && name ? { id: v, name } : null);
        setTyped('');
        props.onChange?.(v ?? null);
      }}
      allowClear
      disabled={props.disabled}
      placeholder={props.placeholder}
      style={props.style}
      popupMatchSelectWidth={false}
      loading={found.isFetching}
      showSearch={{ filterOption: false, onSearch: setTyped }}
      notFoundContent={typed ? (lang === 'zh' ? '没有找到' : 'Nothing found') : null}
      options={options}
    />
  );
}
