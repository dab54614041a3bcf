// A pairing's places: several counties, townships or villages inside the program's region, chosen in the region
// cascader (or found by name) and added one by one, or picked from the program's key areas and the fair's regions.
// The value is the list of region codes; each chosen place shows as a tag with its full name and can be removed.
import { useState } from 'react';
import { Button, Select, Space, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useAllDesignations, type DesignationKind } from '../../api/programs.ts';
import { useRegion } from '../../api/regions.ts';
import { useI18n } from '../../i18n/index.tsx';
import { RegionCascader } from '../regions/RegionCascader.tsx';
import { isPlaceCode, MAX_PLACES } from './pairingForm.ts';
import { W } from './words.ts';

export interface NamedPlace {
  code: string;
  name: string;
}

function PlaceTag({ code, knownName, onRemove, disabled }: { code: string; knownName?: string; onRemove: () => void; disabled?: boolean }) {
  const region = useRegion(knownName ? null : code);
  return (
    <Tag
      closable={!disabled}
      onClose={(e) => {
        e.preventDefault();
        onRemove();
      }}
      data-testid={`pairing-form-place-${code}`}
      style={{ marginInlineEnd: 0, padding: '2px 8px' }}
    >
      {knownName ?? region.data?.path ?? code}
    </Tag>
  );
}

export interface PlacesPickerProps {
  value?: string[];
  onChange?: (codes: string[]) => void;
  id?: string;
  /** The program whose region bounds the places and whose key areas are offered; null before one is chosen. */
  program: { id: number; regionCode: string } | null;
  /** Names already known (the saved pairing's places). */
  knownNames?: NamedPlace[];
  /** The regions of the fair the pairing is signed at, offered as quick picks. */
  fairRegions?: NamedPlace[];
  disabled?: boolean;
}

export function PlacesPicker({ value, onChange, id, program, knownNames = [], fairRegions = [], disabled }: PlacesPickerProps) {
  const { l, t } = useI18n();
  const places = value ?? [];
  const [draft, setDraft] = useState<string | undefined>();
  const [names, setNames] = useState<Record<string, string>>(() => Object.fromEntries(knownNames.map((p) => [p.code, p.name])));
  const designations = useAllDesignations(program?.id ?? null);
  const full = places.length >= MAX_PLACES;

  const add = (code: string, name?: string) => {
    if (places.includes(code) || full) return;
    if (name) setNames((n) => ({ ...n, [code]: name }));
    onChange?.([...places, code]);
  };
  const remove = (code: string) => onChange?.(places.filter((c) => c !== code));

  const draftOk = draft !== undefined && isPlaceCode(draft) && !places.includes(draft);
  const keyAreas = (designations.data ?? []).filter((d) => isPlaceCode(d.regionCode));
  const fairPicks = fairRegions.filter((r) => isPlaceCode(r.code) && !places.includes(r.code));

  if (!program) {
    return (
      <Typography.Text type="secondary" id={id} data-testid="pairing-form-places">
        {l(W.placesChooseProgram)}
      </Typography.Text>
    );
  }

  return (
    <Space orientation="vertical" size={8} style={{ width: '100%' }} id={id} data-testid="pairing-form-places">
      {places.length > 0 && (
        <Space size={[6, 6]} wrap data-testid="pairing-form-place-list">
          {places.map((code) => (
            <PlaceTag key={code} code={code} knownName={names[code]} onRemove={() => remove(code)} disabled={disabled} />
          ))}
        </Space>
      )}
      {!disabled && (
        <>
          <Space.Compact style={{ width: '100%', maxWidth: 640 }}>
            <RegionCascader
              data-testid="pairing-form-place-cascader"
              scope={program.regionCode}
              maxLength={12}
              allowNameSearch
              value={draft ?? null}
              onChange={setDraft}
              placeholder={l(W.placeCascader)}
              style={{ flex: 1 }}
            />
            <Button
              data-testid="pairing-form-place-add"
              icon={<PlusOutlined />}
              disabled={!draftOk || full}
              onClick={() => {
                if (draft && draftOk) add(draft);
                setDraft(undefined);
              }}
            >
              {l(W.placeAdd)}
            </Button>
          </Space.Compact>
          {draft !== undefined && !isPlaceCode(draft) && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {l(W.placeLevel)}
            </Typography.Text>
          )}
          {full && (
            <Typography.Text type="warning" style={{ fontSize: 12 }}>
              {l(W.placeTooMany)}
            </Typography.Text>
          )}
          {fairPicks.length > 0 && (
            <Space size={[4, 4]} wrap data-testid="pairing-form-fair-picks">
              {fairPicks.map((r) => (
                <Button key={r.code} size="small" type="dashed" icon={<PlusOutlined />} onClick={() => add(r.code, r.name)}>
                  {r.name}
                </Button>
              ))}
            </Space>
          )}
          <Select<string | null>
            data-testid="pairing-form-key-areas"
            value={null}
            showSearch={{ optionFilterProp: 'label' }}
            loading={designations.isPending}
            disabled={full}
            placeholder={l(W.keyAreaPicks)}
            notFoundContent={designations.isPending ? undefined : l(W.keyAreaPicksEmpty)}
            style={{ width: '100%', maxWidth: 640 }}
            popupMatchSelectWidth={false}
            options={keyAreas.map((d) => ({
              value: d.regionCode,
              label: `${d.regionPath ?? d.regionCode} · ${t(`designationKind.${d.kind satisfies DesignationKind}`)}`,
              disabled: places.includes(d.regionCode),
            }))}
            onChange={(code) => {
              if (!code) return;
              const d = keyAreas.find((k) => k.regionCode === code);
              add(code, d?.regionPath ?? undefined);
            }}
          />
        </>
      )}
    </Space>
  );
}
