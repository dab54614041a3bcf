// The platform's mark and name, drawn here (no image or font is fetched at run time).
import { useI18n } from '../i18n/index.tsx';

export function BrandMark({ size = 32 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="6" fill="#c8102e" />
      <path d="M8 21c3-6 5-9 8-9s5 3 8 9" stroke="#fff" strokeWidth="2.4" fill="none" strokeLinecap="round" />
      <path d="M16 6v6M13 9h6" stroke="#ffd666" strokeWidth="2.4" strokeLinecap="round" />
      <path d="M6 25h20" stroke="#fff" strokeWidth="2.4" strokeLinecap="round" />
    </svg>
  );
}

/** The full platform name; `short` gives only "帮扶" where the header is narrow. */
export function BrandTitle({ color = '#fff', short = false }: { color?: string; short?: boolean }) {
  const { t } = useI18n();
  return (
    <span
      data-testid="platform-name"
      title={t('app.title')}
      style={{ color, fontSize: 18, fontWeight: 600, letterSpacing: 1, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}
    >
      {short ? t('app.name') : t('app.title')}
    </span>
  );
}
