// The frame of the pages seen before signing in: the platform's name above a centred card.
import type { ReactNode } from 'react';
import { Card, Typography } from 'antd';
import { useI18n } from '../../i18n/index.tsx';
import { BrandMark, BrandTitle } from '../../shell/Brand.tsx';
import { LangSwitch } from '../../shell/LangSwitch.tsx';

export function PublicFrame({ title, width = 420, children }: { title: string; width?: number; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <div
      style={{
        minHeight: '100vh', display: 'flex', flexDirection: 'column',
        background: 'linear-gradient(160deg, #0b3b7a 0%, #1a56a8 45%, #eef2f7 45.1%, #f3f5f8 100%)',
      }}
    >
      <div style={{ display: 'flex', alignItems: 'center', gap: 12, padding: '16px 24px' }}>
        <BrandMark />
        <BrandTitle />
        <div style={{ flex: 1 }} />
        <LangSwitch dark />
      </div>
      <div style={{ flex: 1, display: 'flex', justifyContent: 'center', alignItems: 'flex-start', padding: '6vh 16px 32px' }}>
        <Card
          style={{ width, maxWidth: '100%', boxShadow: '0 8px 28px rgba(11,59,122,0.18)' }}
          styles={{ body: { padding: '28px 32px' } }}
        >
          <Typography.Title level={3} style={{ marginTop: 0, marginBottom: 4 }}>
            {title}
          </Typography.Title>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 24 }}>
            {t('app.subtitle')}
          </Typography.Paragraph>
          {children}
        </Card>
      </div>
      <div style={{ textAlign: 'center', color: '#8c8c8c', fontSize: 12, padding: 16 }}>{t('app.footer')}</div>
    </div>
  );
}
