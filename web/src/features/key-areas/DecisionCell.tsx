// The decision on one import entry: keep or drop an exact match, confirm or drop a near match, choose the region of an
// ambiguous or unknown name (from the candidates, or by searching inside the program's region) or drop it. An entry
// with problems can only be dropped: the sheet must be fixed and uploaded again.
import { Button, Radio, Select, Space, Typography } from 'antd';
import type { ImportEntry } from '../../api/keyAreaImports.ts';
import { useI18n } from '../../i18n/index.tsx';
import { RegionSearch } from '../regions/RegionSearch.tsx';
import { needOf, type Choice } from './importReview.ts';

export interface DecisionCellProps {
  entry: ImportEntry;
  choice: Choice | undefined;
  onChange: (choice: Choice | undefined) => void;
  /** The program's region: a region picked by search lies inside it. */
  within: string;
  /** The code length of the regions this sheet names. */
  level: number;
}

export function DecisionCell({ entry, choice, onChange, within, level }: DecisionCellProps) {
  const { t } = useI18n();
  const testId = `decision-${entry.key}`;
  const need = needOf(entry);

  if (need === 'drop') {
    return (
      <Space orientation="vertical" size={0} data-testid={testId} data-decision="drop">
        <Typography.Text type="danger" strong>
          {t('import.dropped')}
        </Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('import.fixAndUpload')}
        </Typography.Text>
      </Space>
    );
  }

  if (need === 'none' || need === 'confirm') {
    const value = choice?.action ?? (need === 'none' ? 'accept' : undefined);
    return (
      <Radio.Group
        data-testid={testId}
        data-decision={value ?? 'undecided'}
        size="small"
        optionType="button"
        buttonStyle="solid"
        value={value}
        onChange={(e) => onChange((e.target.value as Choice['action']) === 'drop' ? { action: 'drop' } : { action: 'accept' })}
        options={[
          { value: 'accept', label: t('import.accept') },
          { value: 'drop', label: t('import.drop') },
        ]}
      />
    );
  }

  // Ambiguous or not found: a region must be chosen, or the entry dropped.
  const dropped = choice?.action === 'drop';
  const chosen = choice?.action === 'accept' ? choice.code : undefined;
  const options = entry.candidates.map((c) => ({ value: c.code, label: c.name }));
  if (choice?.action === 'accept' && choice.code && !options.some((o) => o.value === choice.code)) {
    options.push({ value: choice.code, label: choice.name ?? choice.code });
  }
  return (
    <Space orientation="vertical" size={4} data-testid={testId} data-decision={dropped ? 'drop' : chosen ? 'accept' : 'undecided'}>
      {options.length > 0 && (
        <Select<string>
          data-testid={`choose-${entry.key}`}
          size="small"
          style={{ width: 280 }}
          popupMatchSelectWidth={false}
          placeholder={t('import.chooseCandidate', { n: entry.candidates.length })}
          value={chosen}
          onChange={(code) => {
            const name = options.find((o) => o.value === code)?.label;
            onChange({ action: 'accept', code, ...(name ? { name } : {}) });
          }}
          options={options}
        />
      )}
      <Space size={6}>
        {entry.status === 'not_found' && (
          <RegionSearch
            data-testid={`search-${entry.key}`}
            within={within}
            minLength={level}
            maxLength={level}
            placeholder={t('import.searchOther')}
            style={{ width: 180 }}
            onPick={(code, name) => onChange({ action: 'accept', code, name })}
          />
        )}
        <Button
          data-testid={`drop-${entry.key}`}
          size="small"
          danger
          type={dropped ? 'primary' : 'default'}
          aria-pressed={dropped}
          onClick={() => onChange(dropped ? undefined : { action: 'drop' })}
        >
          {dropped ? t('import.dropUndo') : t('import.drop')}
        </Button>
      </Space>
    </Space>
  );
}
