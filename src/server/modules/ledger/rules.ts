// The rules of one aid record that need no database, shared by the form (POST /api/aid-records) and the Excel
// import, so a row refused in one is refused in the other with the same words. Field names are the API's.
import { chinaToday, isIsoDate } from '../../../common/glossary.ts';
import type { FieldError } from '../../errors.ts';
import type { AidRecordInput } from './schemas.ts';

/** The figures of a record, as the rules see them (the API's names). */
export type RuleInput = Pick<
  AidRecordInput,
  'occurredOn' | 'periodEnd' | 'kind' | 'amountFen' | 'items' | 'purchaseChannel' | 'activityType' | 'householdId' | 'beneficiaryHouseholds'
>;

function yuan(fen: number): string {
  return (fen / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** Every problem of the record at once, field by field (empty when it may be written). */
export function checkAidRules(input: RuleInput, today: string = chinaToday()): FieldError[] {
  const errors: FieldError[] = [];
  if (!isIsoDate(input.occurredOn)) errors.push({ field: 'occurredOn', message: '帮扶日期不是有效的日期（YYYY-MM-DD）' });
  else if (input.occurredOn > today) errors.push({ field: 'occurredOn', message: '帮扶日期不能晚于今天：台账只记已经发生的帮扶' });
  if (input.periodEnd != null) {
    if (!isIsoDate(input.periodEnd)) errors.push({ field: 'periodEnd', message: '结束日期不是有效的日期（YYYY-MM-DD）' });
    else if (input.periodEnd < input.occurredOn) errors.push({ field: 'periodEnd', message: '结束日期不能早于帮扶日期' });
    else if (input.periodEnd > today) errors.push({ field: 'periodEnd', message: '结束日期不能晚于今天' });
  }
  const items = input.items ?? [];
  if (input.kind === 'materials') {
    if (items.length === 0) errors.push({ field: 'items', message: '捐赠物资请逐项填写物资名称、数量、单位和折价' });
    else {
      const valued = items.reduce((sum, i) => sum + i.valueFen, 0);
      if (valued !== input.amountFen) {
        errors.push({ field: 'amountFen', message: `物资折价合计 ${yuan(valued)} 元，与金额 ${yuan(input.amountFen)} 元不一致` });
      }
    }
  } else if (items.length > 0) {
    errors.push({ field: 'items', message: '只有“捐赠物资”填写物资明细' });
  }
  if (input.kind === 'purchase' && input.purchaseChannel == null) {
    errors.push({ field: 'purchaseChannel', message: '消费帮扶请选择渠道（电商、商超、结对采购、旅游、展销会或劳务协作）' });
  }
  if (input.kind !== 'purchase' && input.purchaseChannel != null) {
    errors.push({ field: 'purchaseChannel', message: '只有“消费帮扶”填写渠道' });
  }
  if ((input.kind === 'funds' || input.kind === 'materials' || input.kind === 'purchase') && input.amountFen <= 0) {
    errors.push({ field: 'amountFen', message: '捐赠资金、物资和消费帮扶请填写金额（元），须大于 0' });
  }
  if (input.kind === 'activity' && input.activityType == null) {
    errors.push({ field: 'activityType', message: '帮扶活动请填写活动类型（如义诊、技能培训、走访慰问）' });
  }
  if (input.householdId != null && (input.beneficiaryHouseholds ?? 0) > 1) {
    errors.push({ field: 'beneficiaryHouseholds', message: '指定了受助住户的记录，受益户数最多为 1' });
  }
  return errors;
}

/** The sum of the items' quantities, stored as material_quantity. */
export function materialQuantityOf(input: Pick<AidRecordInput, 'kind' | 'items'>): number {
  return input.kind === 'materials' ? (input.items ?? []).reduce((sum, i) => sum + i.quantity, 0) : 0;
}
