// The kind of a key area (国家级重点区县, 定点攻坚村 …) and of a program (脱贫攻坚, 乡村振兴) as coloured tags.
import { Tag } from 'antd';
import type { DesignationKind, ProgramKind } from '../../api/programs.ts';
import { useI18n } from '../../i18n/index.tsx';

const DESIGNATION_COLORS: Record<DesignationKind, string> = {
  key_county_national: 'red',
  key_county_municipal: 'volcano',
  deep_poverty_township: 'orange',
  designated_village: 'green',
  national_key_support_county: 'blue',
};

export function DesignationKindTag({ kind }: { kind: DesignationKind }) {
  const { t } = useI18n();
  return (
    <Tag color={DESIGNATION_COLORS[kind]} style={{ marginInlineEnd: 4 }}>
      {t(`designationKind.${kind}`)}
    </Tag>
  );
}

export function ProgramKindTag({ kind }: { kind: ProgramKind }) {
  const { t } = useI18n();
  return <Tag color={kind === 'poverty_alleviation' ? 'red' : 'green'}>{t(`programKind.${kind}`)}</Tag>;
}
