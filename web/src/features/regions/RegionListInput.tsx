// Several regions inside a form (a fair's regions, a pairing's places): the chosen ones as tags with their full
// names, and a region cascader (with a search by name) to add one more, up to a limit. The value is the list of
// codes. The caller says which regions it takes, and may add other ways to pick below (`children`).
import { useState, type ReactNode } from 'react';
import { Button, Space, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { RegionCascader } from './RegionCascader.tsx';
import { RegionTag } from './RegionTag.tsx';

export interface RegionListInputProps {
  value?: string[];
  onChange?: (codes: string[]) => void;
  id?: string;
  /** "fair-form-region": the whole is `${testId}s`, the tags' row `-list`, each tag `-${code}`, then `-cascader`, `-add`. */
  testId: string;
  /** The region the cascader starts from (null: the whole country). */
  scope: string | null;
  max: number;
  /** Names already known, by code (the saved object's regions, the quick picks). */
  names: ReadonlyMap<string, string>;
  /** Whether a region chosen in the cascader may be added (besides not being there yet). */
  accepts: (code: string) => boolean;
  words: {
    placeholder: string;
    add: string;
    tooMany: string;
    /** Shown under a chosen region that is not taken; without it, only the add button stays off. */
    refused?: string;
  };
  disabled?: boolean;
  children?: ReactNode;
}

export function RegionListInput(props: RegionListInputProps) {
  const { value, onChange, id, testId, scope, max, names, accepts, words, disabled, children } = props;
  const regions = value ?? [];
  const [draft, setDraft] = useState<string | undefined>();
  const full = regions.length >= max;
  const draftOk = draft !== undefined && accepts(draft) && !regions.includes(draft);

  return (
    <Space orientation="vertical" size={8} style={{ width: '100%' }} id={id} data-testid={`${testId}s`}>
      {regions.length > 0 && (
        <Space size={[6, 6]} wrap data-testid={`${testId}-list`}>
          {regions.map((code) => (
            <RegionTag
              key={code}
              code={code}
              knownName={names.get(code)}
              testId={`${testId}-${code}`}
              disabled={disabled}
              onRemove={() => onChange?.(regions.filter((c) => c !== code))}
            />
          ))}
        </Space>
      )}
      {!disabled && (
        <>
          <Space.Compact style={{ width: '100%', maxWidth: 640 }}>
            <RegionCascader
              data-testid={`${testId}-cascader`}
              scope={scope}
              maxLength={12}
              allowNameSearch
              value={draft ?? null}
              onChange={setDraft}
              placeholder={words.placeholder}
              style={{ flex: 1 }}
            />
            <Button
              data-testid={`${testId}-add`}
              icon={<PlusOutlined />}
              disabled={!draftOk || full}
              onClick={() => {
                if (draft && draftOk && !full) onChange?.([...regions, draft]);
                setDraft(undefined);
              }}
            >
              {words.add}
            </Button>
          </Space.Compact>
          {words.refused && draft !== undefined && !accepts(draft) && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {words.refused}
            </Typography.Text>
          )}
          {full && (
            <Typography.Text type="warning" style={{ fontSize: 12 }}>
              {words.tooMany}
            </Typography.Text>
          )}
          {children}
        </>
      )}
    </Space>
  );
}
