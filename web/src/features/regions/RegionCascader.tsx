// Choosing a region: a cascader that loads each level when it is opened, with the region code string as its value.
// `scope` keeps the choice inside the caller's region (its ancestors are shown as the only path down to it);
// `maxLength` stops at a level (6 = county); `allowCodeInput` adds a box to type the code directly.
import { useCallback, useEffect, useMemo, useState, type CSSProperties } from 'react';
import { Cascader, Input, Space } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { PLACEHOLDER_REGION_NAMES, regionPrefixes } from '../../../../src/common/glossary.ts';
import { fetchRegionChildren, regionChildrenKey, type RegionNode } from '../../api/regions.ts';
import { RegionSearch } from './RegionSearch.tsx';
import { useI18n } from '../../i18n/index.tsx';

const CODE_PATTERN = /^[0-9]{2}([0-9]{2}([0-9]{2}([0-9]{3}([0-9]{3})?)?)?)?$/;

export function isRegionCode(code: string): boolean {
  return CODE_PATTERN.test(code);
}

interface Option {
  value: string;
  label: string;
  isLeaf: boolean;
  children?: Option[];
}

export interface RegionCascaderProps {
  value?: string | null;
  onChange?: (code: string | undefined) => void;
  /** Only regions inside this one may be chosen (null or undefined: the whole country). */
  scope?: string | null;
  /** The deepest code length that may be chosen (2 province … 12 village). */
  maxLength?: number;
  placeholder?: string;
  allowCodeInput?: boolean;
  /** Adds a box to find a region by name inside the scope. */
  allowNameSearch?: boolean;
  disabled?: boolean;
  style?: CSSProperties;
  id?: string;
  'data-testid'?: string;
}

export function RegionCascader({
  value, onChange, scope, maxLength, placeholder, allowCodeInput, allowNameSearch, disabled, style, id, 'data-testid': testId,
}: RegionCascaderProps) {
  const { lang } = useI18n();
  const client = useQueryClient();
  /** Children already loaded, by parent code ('' = provinces). */
  const [tree, setTree] = useState<Record<string, RegionNode[]>>({});
  const [draft, setDraft] = useState(value ?? '');

  useEffect(() => setDraft(value ?? ''), [value]);

  const load = useCallback(
    async (parent: string | null) => {
      const items = await client.query({
        queryKey: regionChildrenKey(parent),
        queryFn: () => fetchRegionChildren(parent),
        staleTime: Infinity,
      });
      setTree((t) => ({ ...t, [parent ?? '']: items }));
    },
    [client],
  );

  // The provinces, and every level above the current value so that its path can be shown.
  useEffect(() => {
    const parents: (string | null)[] = [null, ...(value && isRegionCode(value) ? regionPrefixes(value).slice(0, -1) : [])];
    for (const parent of parents) {
      if (tree[parent ?? ''] === undefined) load(parent).catch(() => undefined);
    }
  }, [value, tree, load]);

  const options = useMemo(() => {
    const build = (parent: string): Option[] | undefined => {
      const items = tree[parent];
      if (!items) return undefined;
      const visible = scope && parent.length < scope.length ? items.filter((i) => scope.startsWith(i.code)) : items;
      return visible.map((item) => {
        const leaf = item.isLeaf || (maxLength !== undefined && item.code.length >= maxLength);
        const children = leaf ? undefined : build(item.code);
        return { value: item.code, label: item.displayName, isLeaf: leaf, ...(children ? { children } : {}) };
      });
    };
    return build('') ?? [];
  }, [tree, scope, maxLength]);

  const commitDraft = () => {
    const code = draft.trim();
    if (code === (value ?? '')) return;
    if (code === '') onChange?.(undefined);
    else if (isRegionCode(code)) onChange?.(code);
  };

  const cascader = (
    <Cascader<Option>
      id={id}
      options={options}
      value={value && isRegionCode(value) ? regionPrefixes(value) : undefined}
      onChange={(values: string[] | undefined) => {
        const code = values?.at(-1);
        // The levels above the scope are only the way down to it: opening them must not choose them.
        if (code && scope && code.length < scope.length) return;
        onChange?.(code);
      }}
      loadData={(selected) => {
        const target = selected.at(-1);
        if (target) void load(target.value);
      }}
      changeOnSelect
      allowClear
      disabled={disabled}
      placeholder={placeholder ?? (lang === 'zh' ? '请选择地区' : 'Choose a region')}
      displayRender={(labels) => labels.filter((l) => !PLACEHOLDER_REGION_NAMES.has(l)).join(' / ')}
      style={{ flex: 1, minWidth: 220 }}
      popupMatchSelectWidth={false}
    />
  );

  return (
    <div data-testid={testId} style={{ display: 'flex', ...style }}>
      {allowCodeInput || allowNameSearch ? (
        <Space.Compact style={{ width: '100%' }}>
          {cascader}
          {allowNameSearch && !disabled && (
            <RegionSearch
              data-testid={testId ? `${testId}-search` : undefined}
              within={scope ?? null}
              {...(maxLength !== undefined ? { maxLength } : {})}
              onPick={(code) => onChange?.(code)}
            />
          )}
          {allowCodeInput && (
          <Input
            aria-label={lang === 'zh' ? '行政区划代码' : 'Region code'}
            data-testid={testId ? `${testId}-code` : undefined}
            value={draft}
            disabled={disabled}
            inputMode="numeric"
            maxLength={12}
            placeholder={lang === 'zh' ? '或输入代码' : 'or code'}
            style={{ width: 140 }}
            onChange={(e) => setDraft(e.target.value.replace(/\D/g, ''))}
            onBlur={commitDraft}
            onPressEnter={(e) => {
              e.preventDefault();
              commitDraft();
            }}
          />
          )}
        </Space.Compact>
      ) : (
        cascader
      )}
    </div>
  );
}
