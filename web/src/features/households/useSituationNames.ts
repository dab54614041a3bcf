// The name of a household situation by its code, in the interface's language. The situations are key populations
// (GET /api/key-populations), so an admin's renaming shows here too.
import { useCallback, useMemo } from 'react';
import { useReferenceList } from '../../api/reference.ts';
import { useI18n } from '../../i18n/index.tsx';

export function useSituationNames(): (code: string) => string {
  const { lang } = useI18n();
  const list = useReferenceList('key-populations');
  const names = useMemo(
    () => new Map((list.data ?? []).map((p) => [p.code, lang === 'zh' ? p.nameZh : p.nameEn])),
    [list.data, lang],
  );
  return useCallback((code: string) => names.get(code) ?? code, [names]);
}
