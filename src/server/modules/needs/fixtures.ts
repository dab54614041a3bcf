// Test data for needs: a valid form body with overrides, and dates relative to China's today.
import { daysFromToday } from '../../../common/glossary.ts';

/** China's date `days` from today (negative: in the past). */
/** A valid money need of 中岗村 (红池坝镇, 巫溪县), as the form sends it. */
export function needBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    regionCode: '500238118201',
    title: '中岗村产业路硬化资金缺口',
    description: '产业路 2 公里待硬化，惠及全村 320 人。',
    keyFieldCode: 'industry',
    keyPopulationCodes: [],
    kind: 'money',
    quantity: 5_000_000,
    deadline: daysFromToday(30),
    contactName: '李联络',
    contactPhone: '023-51234567',
    ...overrides,
  };
}
