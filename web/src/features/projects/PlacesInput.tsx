// The places of a project (区县、乡镇或村, several) inside a form: the chosen ones as tags with their full paths, and a
// cascader or a search by name to add one. Provinces and cities are refused: a project happens in a county or below.
import { useState } from 'react';
import { Button, Space, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useI18n } from '../../i18n/index.tsx';
import { RegionCascader } from '../regions/RegionCascader.tsx';
import { RegionSearch } from '../regions/RegionSearch.tsx';
import { RegionTag } from '../regions/RegionTag.tsx';
import { W } from './words.ts';

const PLACE_LENGTHS = [6, 9, 12];
const MAX_PLACES = 50;

export interface PlacesInputProps {
  value?: string[];
  onChange?: (codes: string[]) => void;
  disabled?: boolean;
  id?: string;
}

export function PlacesInput({ value, onChange, disabled = false, id }: PlacesInputProps) {
  const { l } = useI18n();
  const places = value ?? [];
  const [picked, setPicked] = useState<string | undefined>(undefined);
  const add = (code: string | undefined) => {
    if (!code || !PLACE_LENGTHS.includes(code.length) || places.includes(code)) return;
    onChange?.([...places, code]);
    setPicked(undefined);
  };
  const pickedIsPlace = picked !== undefined && PLACE_LENGTHS.includes(picked.length);
  const full = places.length >= MAX_PLACES;

  return (
    <Space orientation="vertical" size={8} style={{ width: '100%' }} id={id}>
      {places.length > 0 && (
        <Space wrap size={[6, 6]} data-testid="project-places">
          {places.map((code) => (
            <RegionTag
              key={code}
              code={code}
              testId={`project-place-${code}`}
              disabled={disabled}
              onRemove={() => onChange?.(places.filter((c) => c !== code))}
            />
          ))}
        </Space>
      )}
      {!disabled && !full && (
        <Space wrap size={8} align="start">
          <RegionCascader
            data-testid="project-place-picker"
            maxLength={12}
            value={picked ?? null}
            onChange={setPicked}
            placeholder={l(W.places)}
            style={{ width: 300 }}
          />
          <Button data-testid="project-place-add" icon={<PlusOutlined />} disabled={!pickedIsPlace} onClick={() => add(picked)}>
            {l(W.addPlace)}
          </Button>
          <RegionSearch data-testid="project-place-search" minLength={6} maxLength={12} onPick={(code) => add(code)} style={{ width: 200 }} />
        </Space>
      )}
      {picked !== undefined && !pickedIsPlace && (
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {l(W.placeLevel)}
        </Typography.Text>
      )}
    </Space>
  );
}
