// The name of a key-area kind (designations.kind) in the reader's language; a kind this app does not know yet is
// shown as the server sent it rather than hidden.
import { DESIGNATION_KINDS, type DesignationKind } from '../../api/programs.ts';
import { useI18n } from '../../i18n/index.tsx';

const isKnown = (kind: string): kind is DesignationKind => (DESIGNATION_KINDS as readonly string[]).includes(kind);

export function useKindName(): (kind: string) => string {
  const { t } = useI18n();
  return (kind) => (isKnown(kind) ? t(`designationKind.${kind}`) : kind);
}
