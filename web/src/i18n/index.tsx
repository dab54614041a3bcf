// Language of the interface: zh-CN by default, English second; the choice persists in localStorage.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn.js';
import { en, zh, type MessageKey } from './messages.ts';

export type Lang = 'zh' | 'en';
export type Labels = { zh: string; en: string };

const STORAGE_KEY = 'bangfu.lang';

function initialLang(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh';
  } catch {
    return 'zh';
  }
}

export interface I18n {
  lang: Lang;
  setLang: (lang: Lang) => void;
  /** The interface word for `key`, with {name} placeholders filled from `vars`. */
  t: (key: MessageKey, vars?: Record<string, string | number>) => string;
  /** The word of a {zh, en} pair (role labels and the like from src/common/glossary.ts). */
  l: (labels: Labels | undefined, fallback?: string) => string;
  /** A date-time in Beijing time, whatever the browser's own time zone. */
  dateTime: (iso: string | null | undefined) => string;
  date: (iso: string | null | undefined) => string;
}

const I18nContext = createContext<I18n | null>(null);

const formatters = {
  zh: {
    dateTime: new Intl.DateTimeFormat('zh-CN', {
      timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit',
      hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false,
    }),
    date: new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }),
  },
  en: {
    dateTime: new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Asia/Shanghai', year: 'numeric', month: 'short', day: '2-digit',
      hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false,
    }),
    date: new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', year: 'numeric', month: 'short', day: '2-digit' }),
  },
} as const;

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLang);

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = (lang === 'zh' ? zh : en)['app.title'];
    dayjs.locale(lang === 'zh' ? 'zh-cn' : 'en');
  }, [lang]);

  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // private mode: the choice lasts for this page only
    }
  }, []);

  const value = useMemo<I18n>(() => {
    const dict: Record<MessageKey, string> = lang === 'zh' ? zh : en;
    const f = formatters[lang];
    const fmt = (formatter: Intl.DateTimeFormat, iso: string | null | undefined) => {
      if (!iso) return '—';
      const d = new Date(iso);
      return Number.isNaN(d.getTime()) ? iso : formatter.format(d);
    };
    return {
      lang,
      setLang,
      t: (key, vars) => {
        const text = dict[key];
        return vars ? text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m)) : text;
      },
      l: (labels, fallback = '') => (labels ? labels[lang] : fallback),
      dateTime: (iso) => fmt(f.dateTime, iso),
      date: (iso) => fmt(f.date, iso),
    };
  }, [lang, setLang]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error('useI18n outside I18nProvider');
  return ctx;
}
