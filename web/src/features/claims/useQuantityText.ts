// The quantity formatter in the interface's language (元 / yuan, 人 / people).
import type { NeedKind } from '../../../../src/server/modules/needs/schemas.ts';
import { useI18n } from '../../i18n/index.tsx';
import { quantityText } from './format.ts';
import { W } from './words.ts';

export function useQuantityText(): (kind: NeedKind, quantity: number, unit: string | null | undefined) => string {
  const { l } = useI18n();
  const words = { yuan: l(W.yuan), people: l(W.people) };
  return (kind, quantity, unit) => quantityText(kind, quantity, unit, words);
}
