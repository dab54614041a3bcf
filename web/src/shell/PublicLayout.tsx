// The frame of the public pages (no sign-in needed): the platform's header with the way to sign in, or back to the
// workbench for someone already signed in, and the page below it.
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { Button, Layout, Typography } from 'antd';
import { LoginOutlined, HomeOutlined } from '@ant-design/icons';
import { useSession } from '../api/auth.ts';
import { useI18n } from '../i18n/index.tsx';
import { BrandMark, BrandTitle } from './Brand.tsx';
import { LangSwitch } from './LangSwitch.tsx';

export function PublicLayout({ children }: { children: ReactNode }) {
  const { t, l } = useI18n();
  const session = useSession();
  const signedIn = !!session.data;
  return (
    <Layout style={{ minHeight: '100vh', background: '#f3f5f8' }}>
      <Layout.Header
        style={{
          background: '#0b3b7a', display: 'flex', alignItems: 'center', gap: 16, paddingInline: 20, height: 60,
          boxShadow: '0 2px 8px rgba(0,0,0,0.15)',
        }}
      >
        <Link to="/key-areas" style={{ display: 'flex', alignItems: 'center', gap: 12, minWidth: 0 }} data-testid="public-home">
          <BrandMark />
          <BrandTitle />
        </Link>
        <div style={{ flex: 1 }} />
        <Link to="/directory" data-testid="public-directory" style={{ color: 'rgba(255,255,255,0.9)', whiteSpace: 'nowrap' }}>
          {t('directory.headerLink')}
        </Link>
        <Link to="/public/needs" data-testid="public-needs-link" style={{ color: 'rgba(255,255,255,0.9)', whiteSpace: 'nowrap' }}>
          {l({ zh: '需求公开', en: 'Needs' })}
        </Link>
        <LangSwitch dark />
        <Link to={signedIn ? '/' : '/login'} data-testid={signedIn ? 'public-workbench' : 'public-login'}>
          <Button size="small" ghost icon={signedIn ? <HomeOutlined /> : <LoginOutlined />}>
            {signedIn ? t('common.backHome') : t('public.signIn')}
          </Button>
        </Link>
      </Layout.Header>
      <Layout.Content style={{ padding: '24px 16px', width: '100%', maxWidth: 1280, margin: '0 auto' }}>{children}</Layout.Content>
      <Layout.Footer style={{ textAlign: 'center', background: 'transparent', paddingBlock: 12 }}>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('app.footer')}
        </Typography.Text>
      </Layout.Footer>
    </Layout>
  );
}
