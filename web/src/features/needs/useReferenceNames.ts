// Key fields and key populations by code, in the reader's language: needs carry codes, people read names. A code
// the list no longer holds (retired since) is shown as stored rather than hidden.
import { useMemo } from 'react';
import { useReferenceList, type ReferenceKind } from '../../api/reference.ts';
import { useI18n } from '../../i18n/index.tsx';

export function useReferenceNames(kind: ReferenceKind): (code: string) => string {
  const { lang } = useI18n();
  const list = useReferenceList(kind);
  return useMemo(() => {
    const names = new Map((list.data ?? []).map((item) => [item.code, lang === 'zh' ? item.nameZh : item.nameEn]));
    return (code: string) => names.get(code) ?? code;
  }, [list.data, lang]);
}
