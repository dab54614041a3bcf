// The web app's entry: query cache, language and Ant Design theme, then the router.
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from 'react-router-dom';
import { App as AntApp, ConfigProvider } from 'antd';
import type { Locale } from 'antd/es/locale/index.js';
import zhCNModule from 'antd/es/locale/zh_CN.js';
import enUSModule from 'antd/es/locale/en_US.js';
import { markSessionLost, sessionKey } from './api/auth.ts';
import { ApiError, setUnauthenticatedHandler } from './api/client.ts';
import { I18nProvider, useI18n } from './i18n/index.tsx';
import { router } from './routes.tsx';
import './styles.css';

// The locale files are CommonJS to TypeScript and ES modules to Vite: take the default export either way.
function interopDefault<T extends object>(m: T | { default: T }): T {
  return 'default' in m ? m.default : m;
}
const zhCN = interopDefault<Locale>(zhCNModule);
const enUS = interopDefault<Locale>(enUSModule);

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A refusal (4xx) will not change by asking again; a network or server failure might.
      retry: (count, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
      refetchOnWindowFocus: false,
      staleTime: 10_000,
    },
  },
});

// A 401 anywhere means the session is gone (expired, signed out elsewhere, password changed): show the login page.
setUnauthenticatedHandler(() => {
  if (queryClient.getQueryData(sessionKey)) markSessionLost();
  queryClient.setQueryData(sessionKey, null);
});

export const FONT_FAMILY =
  '-apple-system, BlinkMacSystemFont, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", ' +
  '"Source Han Sans SC", "WenQuanYi Micro Hei", "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

function Themed({ children }: { children: ReactNode }) {
  const { lang } = useI18n();
  return (
    <ConfigProvider
      locale={lang === 'zh' ? zhCN : enUS}
      theme={{
        token: { colorPrimary: '#1a56a8', colorLink: '#1a56a8', borderRadius: 4, fontFamily: FONT_FAMILY, fontSize: 14 },
        components: {
          Layout: { headerBg: '#0b3b7a', siderBg: '#ffffff', bodyBg: '#f3f5f8' },
          Menu: { itemSelectedBg: '#e8f0fb', itemSelectedColor: '#0b3b7a', itemHeight: 44 },
          Table: { headerBg: '#f5f7fa' },
        },
      }}
    >
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('#root missing from index.html');
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <I18nProvider>
        <Themed>
          <RouterProvider router={router} />
        </Themed>
      </I18nProvider>
    </QueryClientProvider>
  </StrictMode>,
);
