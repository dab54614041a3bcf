// 认领失效期限 for officials: how many days a claim may go without progress before it lapses in their region (or a
// region below it), where that value comes from, and the form to change it (3–365 days).
import { useClaimSettings, useUpdateClaimSettings } from '../../../api/needManagement.ts';
import { useI18n } from '../../../i18n/index.tsx';
import { RegionSettingCard } from '../../regions/RegionSettingCard.tsx';

export function ClaimSettingsCard() {
  const { l } = useI18n();
  return (
    <RegionSettingCard
      testId="claim-settings"
      field="lapseDays"
      min={3}
      title={l({ zh: '认领失效期限', en: 'Claim lapse period' })}
      help={l({
        zh: '认领后超过这一天数没有进展（确认、进展记录）的认领自动失效，数量退回需求供他人认领，双方都会收到通知。下级地区没有单独设定的，沿用上级的设定；都没有设定时为 30 天。',
        en: 'A claim with no progress (confirmation, progress note) for this many days lapses: its quantity returns to the need and both sides are notified. Regions without their own setting inherit the one above; with none, 30 days.',
      })}
      useSetting={useClaimSettings}
      useUpdate={useUpdateClaimSettings}
    />
  );
}
