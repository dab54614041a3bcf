// A fair's regions: several counties, townships or villages (or a whole city) inside the caller's scope, chosen in
// the region cascader (or found by name) and added one by one. The value is the list of codes; each shows as a tag
// with its full name and can be removed.
import { useI18n } from '../../i18n/index.tsx';
import { RegionListInput } from '../regions/RegionListInput.tsx';
import { MAX_REGIONS } from './fairForm.ts';
import { W } from './words.ts';

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
  return (
    <RegionListInput
      value={value}
      onChange={onChange}
      id={id}
      testId="fair-form-region"
      scope={scope}
      max={MAX_REGIONS}
      names={new Map(knownNames.map((r) => [r.code, r.name]))}
      accepts={(code) => scope === null || code.startsWith(scope)}
      words={{ placeholder: l(W.regionPlaceholder), add: l(W.regionAdd), tooMany: l(W.regionsTooMany) }}
      disabled={disabled}
    />
  );
}
