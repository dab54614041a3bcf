// A fair's regions: several counties, townships or villages (or a whole city) inside the caller's scope, chosen in
// the region cascader (or found by name) and added one by one. The value is the list of codes; each shows as a tag
// with its full name and can be removed.
import { useState } from 'react';
import { Button, Space, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useRegion } from '../../api/regions.ts';
import { useI18n } from '../../i18n/index.tsx';
import { RegionCascader } from '../regions/RegionCascader.tsx';
import { addRegions, MAX_REGIONS } from './fairForm.ts';
import { W } from './words.ts';

function RegionTag({ code, knownName, onRemove, disabled }: { code: string; knownName?: string; onRemove: () => void; disabled?: boolean }) {
  const region = useRegion(knownName ? null : code);
  return (
    <Tag
      closable={!disabled}
      onClose={(e) => {
        e.preventDefault();
        onRemove();
      }}
      data-testid={`fair-form-region-${code}`}
      style={{ marginInlineEnd: 0, padding: '2px 8px' }}
    >
      {knownName ?? region.data?.path ?? code}
    </Tag>
  );
}

export interface RegionsInputProps {
  value?: string[];
  onChange?: (codes: string[]) => void;
  id?: string;
  /** The caller's scope (null: the whole country). */
  scope: string | null;
  /** Names already known (the saved fair's regions). */
  knownNames?: { code: string; name: string }[];
  disabled?: boolean;
}

export function RegionsInput({ value, onChange, id, scope, knownNames = [], disabled }: RegionsInputProps) {
  const { l } = useI18n();
  const regions = value ?? [];
  const [draft, setDraft] = useState<string | undefined>();
  const names = new Map(knownNames.map((r) => [r.code, r.name]));
  const full = regions.length >= MAX_REGIONS;
  const draftOk = draft !== undefined && !regions.includes(draft) && (scope === null || draft.startsWith(scope));

  return (
    <Space orientation="vertical" size={8} style={{ width: '100%' }} id={id} data-testid="fair-form-regions">
      {regions.length > 0 && (
        <Space size={[6, 6]} wrap data-testid="fair-form-region-list">
          {regions.map((code) => (
            <RegionTag
              key={code}
              code={code}
              knownName={names.get(code)}
              disabled={disabled}
              onRemove={() => onChange?.(regions.filter((c) => c !== code))}
            />
          ))}
        </Space>
      )}
      {!disabled && (
        <Space.Compact style={{ width: '100%', maxWidth: 640 }}>
          <RegionCascader
            data-testid="fair-form-region-cascader"
            scope={scope}
            maxLength={12}
            allowNameSearch
            value={draft ?? null}
            onChange={setDraft}
            placeholder={l(W.regionPlaceholder)}
            style={{ flex: 1 }}
          />
          <Button
            data-testid="fair-form-region-add"
            icon={<PlusOutlined />}
            disabled={!draftOk || full}
            onClick={() => {
              if (draft && draftOk) onChange?.(addRegions(regions, [draft]));
              setDraft(undefined);
            }}
          >
            {l(W.regionAdd)}
          </Button>
        </Space.Compact>
      )}
      {full && !disabled && (
        <Typography.Text type="warning" style={{ fontSize: 12 }}>
          {l(W.regionsTooMany)}
        </Typography.Text>
      )}
    </Space>
  );
}
