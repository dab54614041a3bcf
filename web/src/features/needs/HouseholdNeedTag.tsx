// Marks a household's need. The public never learns whose: the tag says the household's data is protected, and no
// placeholder name (“某户”) stands in for one.
import { Tag, Tooltip } from 'antd';
import { LockOutlined } from '@ant-design/icons';
import { useI18n } from '../../i18n/index.tsx';

export function HouseholdNeedTag({ publicView }: { publicView: boolean }) {
  const { l } = useI18n();
  if (publicView) {
    return (
      <Tag icon={<LockOutlined />} color="default" data-testid="household-need-protected">
        {l({ zh: '住户需求（信息已保护）', en: 'Household need (details protected)' })}
      </Tag>
    );
  }
  return (
    <Tooltip title={l({ zh: '点对点帮扶一户，住户信息只经联系人转达', en: 'Point-to-point help for one household; its details stay with the liaison' })}>
      <Tag color="gold" data-testid="household-need">
        {l({ zh: '住户需求', en: 'Household need' })}
      </Tag>
    </Tooltip>
  );
}
