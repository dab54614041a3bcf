// A pairing's places: several counties, townships or villages inside the program's region, chosen in the region
// cascader (or found by name) and added one by one, or picked from the program's key areas and the fair's regions.
// The value is the list of region codes; each chosen place shows as a tag with its full name and can be removed.
import { useState } from 'react';
import { Button, Select, Space, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useAllDesignations, type DesignationKind } from '../../api/programs.ts';
import { useI18n } from '../../i18n/index.tsx';
import { RegionListInput } from '../regions/RegionListInput.tsx';
import { isPlaceCode, MAX_PLACES } from './pairingForm.ts';
import { W } from './words.ts';

export interface NamedPlace {
  code: string;
  name: string;
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
  const [names, setNames] = useState<ReadonlyMap<string, string>>(() => new Map(knownNames.map((p) => [p.code, p.name])));
  const designations = useAllDesignations(program?.id ?? null);
  const full = places.length >= MAX_PLACES;

  const add = (code: string, name?: string) => {
    if (places.includes(code) || full) return;
    if (name) setNames((n) => new Map(n).set(code, name));
    onChange?.([...places, code]);
  };

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
    <RegionListInput
      value={value}
      onChange={onChange}
      id={id}
      testId="pairing-form-place"
      scope={program.regionCode}
      max={MAX_PLACES}
      names={names}
      accepts={isPlaceCode}
      words={{ placeholder: l(W.placeCascader), add: l(W.placeAdd), tooMany: l(W.placeTooMany), refused: l(W.placeLevel) }}
      disabled={disabled}
    >
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
    </RegionListInput>
  );
}
