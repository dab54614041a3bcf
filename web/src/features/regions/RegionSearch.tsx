// Finding a region by name ("大林村"), limited to a subtree; the options show full paths, so same-named villages
// in different townships can be told apart.
import { useEffect, useState, type CSSProperties } from 'react';
import { Select } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { searchRegions } from '../../api/regions.ts';
import { useI18n } from '../../i18n/index.tsx';

export interface RegionSearchProps {
  /** The chosen region's code and its full path. */
  onPick: (code: string, path: string) => void;
  within?: string | null;
  /** The deepest code length that may be chosen. */
  maxLength?: number;
  /** The shallowest code length that may be chosen (e.g. 12: villages only). */
  minLength?: number;
  placeholder?: string;
  style?: CSSProperties;
  'data-testid'?: string;
}

export function RegionSearch({ onPick, within, maxLength, minLength, placeholder, style, 'data-testid': testId }: RegionSearchProps) {
  const { lang } = useI18n();
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  // Ask the server once typing pauses.
  useEffect(() => {
    const timer = setTimeout(() => setQ(typed.trim()), 250);
    return () => clearTimeout(timer);
  }, [typed]);
  const found = useQuery({
    queryKey: ['regions', 'search', within ?? '', q],
    queryFn: ({ signal }) => searchRegions(q, within ?? null, signal),
    enabled: q.length > 0,
    staleTime: 60_000,
  });
  const options = (found.data ?? [])
    .filter((r) => (maxLength === undefined || r.code.length <= maxLength) && (minLength === undefined || r.code.length >= minLength))
    .map((r) => ({ value: r.code, label: r.path }));
  return (
    <Select
      data-testid={testId}
      showSearch={{ filterOption: false, onSearch: setTyped }}
      value={null}
      options={options}
      loading={found.isFetching}
      notFoundContent={q ? (lang === 'zh' ? '没有找到' : 'Nothing found') : null}
      placeholder={placeholder ?? (lang === 'zh' ? '按名称查找' : 'Search by name')}
      onChange={(code: string | null) => {
        if (code) onPick(code, options.find((o) => o.value === code)?.label ?? code);
        setTyped('');
      }}
      popupMatchSelectWidth={false}
      style={{ width: 160, ...style }}
    />
  );
}
