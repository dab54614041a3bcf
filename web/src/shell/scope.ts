import type { SessionAccount } from '../api/auth.ts';
import type { I18n } from '../i18n/index.tsx';

/** "重庆市 / 巫溪县", the organization's name, "全国" for a national admin, "本人" for a caring individual. */
export function scopeText(account: SessionAccount, t: I18n['t']): string {
  if (account.scopeRegionName) return account.scopeRegionName;
  if (account.organizationName) return account.organizationName;
  if (account.role === 'platform_admin') return t('header.national');
  return t('header.self');
}
