import { Button } from 'antd';
import { GlobalOutlined } from '@ant-design/icons';
import { useI18n } from '../i18n/index.tsx';

/** Switches between Chinese and English; the choice is remembered in this browser. */
export function LangSwitch({ dark }: { dark?: boolean }) {
  const { lang, setLang, t } = useI18n();
  return (
    <Button
      data-testid="lang-switch"
      type="text"
      size="small"
      icon={<GlobalOutlined />}
      title={t('lang.switchTitle')}
      style={dark ? { color: 'rgba(255,255,255,0.9)' } : undefined}
      onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}
    >
      {t('lang.switch')}
    </Button>
  );
}
