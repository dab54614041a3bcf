// The name of a key field by its code, in the interface's language (lists and history carry codes only).
import { useCallback, useMemo } from 'react';
import { useReferenceList } from '../../api/reference.ts';
import { useI18n } from '../../i18n/index.tsx';

export function useKeyFieldNames(): (code: string) => string {
  const { lang } = useI18n();
  const list = useReferenceList('key-fields');
  const names = useMemo(() => new Map((list.data ?? []).map((f) => [f.code, lang === 'zh' ? f.nameZh : f.nameEn])), [list.data, lang]);
  return useCallback((code: string) => names.get(code) ?? code, [names]);
}
