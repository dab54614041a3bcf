// The quantity formatter in the interface's language (元 / yuan, 人 / people).
import type { NeedKind } from '../../api/needs.ts';
import { useI18n } from '../../i18n/index.tsx';
import { formatQuantity } from '../needs/format.ts';

export function useQuantityText(): (kind: NeedKind, quantity: number, unit: string | null | undefined) => string {
  const { lang } = useI18n();
  return (kind, quantity, unit) => formatQuantity(kind, quantity, unit ?? null, lang);
}
