// The household behind a need as organizations and caring individuals may see it: “张某 · 监测户 · 大病慢性病”, the
// village and the number of members. The server sends nothing more; the full record stays with the liaison.
import { Typography } from 'antd';
import { LockOutlined } from '@ant-design/icons';
import type { MaskedHousehold } from '../../api/needs.ts';
import { useI18n } from '../../i18n/index.tsx';
import { HOUSEHOLD_CATEGORY_LABELS, SITUATION_SHORT_LABELS } from './labels.ts';
import { useReferenceNames } from './useReferenceNames.ts';

export function MaskedHouseholdView({ household }: { household: MaskedHousehold }) {
  const { l } = useI18n();
  const situationName = useReferenceNames('key-populations');
  const parts = [
    household.maskedName,
    l(HOUSEHOLD_CATEGORY_LABELS[household.category]),
    ...household.situations.map((code) => {
      const short = SITUATION_SHORT_LABELS[code];
      return short ? l(short) : situationName(code);
    }),
  ];
  return (
    <div data-testid="need-household">
      <Typography.Text strong data-testid="need-household-summary">
        {parts.join(' · ')}
      </Typography.Text>
      <div>
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {household.village.name} · {l({ zh: `家庭人口 ${household.membersCount} 人`, en: `${household.membersCount} in the household` })}
        </Typography.Text>
      </div>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        <LockOutlined /> {l({ zh: '住户信息已脱敏，完整信息由联系人保管', en: 'Masked; the full record stays with the liaison' })}
      </Typography.Text>
    </div>
  );
}
