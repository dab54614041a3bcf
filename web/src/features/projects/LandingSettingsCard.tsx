// 落地宽限期 for officials: how many days after its planned start a signed project may go unlanded before it is
// overdue in their region (or a region below it), where that value comes from, and the form to change it (0–365).
import { DEFAULT_LANDING_GRACE_DAYS } from '../../../../src/common/projects.ts';
import { useLandingSettings, useUpdateLandingSettings } from '../../api/projects.ts';
import { useI18n } from '../../i18n/index.tsx';
import { RegionSettingCard } from '../regions/RegionSettingCard.tsx';
import { fill, W } from './words.ts';

export function LandingSettingsCard() {
  const { l } = useI18n();
  return (
    <RegionSettingCard
      testId="landing-settings"
      field="graceDays"
      min={0}
      title={l(W.graceTitle)}
      help={fill(l(W.graceHelp), { n: DEFAULT_LANDING_GRACE_DAYS })}
      useSetting={useLandingSettings}
      useUpdate={useUpdateLandingSettings}
    />
  );
}
