// The rules of a need's fields that need no place or household: reference codes that exist, what is needed (money,
// materials, services) stated completely, a deadline ahead, a phone that is a phone. Shared by the form (create,
// update) and the spreadsheet import, so both refuse the same things with the same words.
import type { Kysely, Transaction } from 'kysely';
import { chinaToday, isIsoDate } from '../../../common/glossary.ts';
import type { DB } from '../../db/types.ts';
import type { FieldError } from '../../errors.ts';
import { isPhone } from '../programs/contacts.ts';
import type { NeedKind } from './schemas.ts';

type Executor = Kysely<DB> | Transaction<DB>;

export interface NeedFieldsInput {
  title: string;
  description: string;
  keyFieldCode: string;
  keyPopulationCodes: readonly string[];
  kind: NeedKind;
  itemName?: string | null | undefined;
  unit?: string | null | undefined;
  quantity: number;
  amountFen?: number | null | undefined;
  deadline: string;
  contactName: string;
  contactPhone: string;
}

/** The columns a valid input becomes (trimmed; money needs carry amount_fen = quantity and no item or unit). */
export interface NeedFieldColumns {
  title: string;
  description: string;
  key_field_code: string;
  key_population_codes: string[];
  kind: NeedKind;
  item_name: string | null;
  unit: string | null;
  quantity: number;
  amount_fen: number | null;
  deadline: string;
  contact_name: string;
  contact_phone: string;
}

const MAX_DEADLINE_YEARS = 3;

function addYears(date: string, years: number): string {
  return `${Number(date.slice(0, 4)) + years}${date.slice(4)}`;
}

/** Active codes of a reference table among `codes`. */
async function activeCodes(db: Executor, table: 'key_fields' | 'key_populations', codes: readonly string[]): Promise<Set<string>> {
  if (codes.length === 0) return new Set();
  const rows = await db.selectFrom(table).select('code').where('code', 'in', [...codes]).where('retired_at', 'is', null).execute();
  return new Set(rows.map((r) => r.code));
}

/**
 * Every problem of the input at once, each as `field: message` (the field names of the API, with `prefix` for a
 * spreadsheet row's cell names), and the columns when there is none. `today` is China's date unless given.
 */
export async function checkNeedFields(
  db: Executor,
  input: NeedFieldsInput,
  options: { today?: string; labels?: Partial<Record<keyof NeedFieldsInput, string>> } = {},
): Promise<{ errors: FieldError[]; columns: NeedFieldColumns | undefined }> {
  const today = options.today ?? chinaToday();
  const errors: FieldError[] = [];
  const label = (field: keyof NeedFieldsInput, fallback: string) => options.labels?.[field] ?? fallback;
  const fail = (field: keyof NeedFieldsInput, fallback: string, message: string) =>
    errors.push({ field: options.labels?.[field] ?? field, message: `${label(field, fallback)}：${message}` });

  const title = input.title.trim();
  const description = input.description.trim();
  const contactName = input.contactName.trim();
  const contactPhone = input.contactPhone.replace(/\s+/g, '');
  const itemName = input.itemName?.trim() || null;
  const unit = input.unit?.trim() || null;

  if (title.length === 0) fail('title', '标题', '请填写，如“中岗村产业路硬化资金缺口”');
  if (description.length === 0) fail('description', '需求说明', '请写明缺什么、用在哪里、惠及多少人');

  const fields = await activeCodes(db, 'key_fields', [input.keyFieldCode]);
  if (!fields.has(input.keyFieldCode)) fail('keyFieldCode', '重点领域', `“${input.keyFieldCode}”不是现行的重点领域，请从列表中选择`);
  const populations = await activeCodes(db, 'key_populations', input.keyPopulationCodes);
  const unknown = input.keyPopulationCodes.filter((c) => !populations.has(c));
  if (unknown.length > 0) fail('keyPopulationCodes', '重点人群', `“${unknown.join('、')}”不是现行的重点人群，请从列表中选择`);

  if (!Number.isSafeInteger(input.quantity) || input.quantity < 1) fail('quantity', '数量', '应为大于 0 的整数');
  if (input.kind === 'money') {
    if (input.amountFen !== undefined && input.amountFen !== null && input.amountFen !== input.quantity) {
      fail('amountFen', '估算金额（分）', '资金需求的金额就是数量，不用另填');
    }
  } else {
    if (!itemName) fail('itemName', '物资或服务名称', input.kind === 'materials' ? '请填写物资名称，如“书包”' : '请填写服务内容，如“义诊医生”');
    if (!unit) fail('unit', '单位', input.kind === 'materials' ? '请填写单位，如“个”“套”' : '请填写单位，如“人”“人次”');
  }

  if (!isIsoDate(input.deadline)) fail('deadline', '截止日期', '不是有效日期，格式为 YYYY-MM-DD');
  else if (input.deadline < today) fail('deadline', '截止日期', `不能早于今天（${today}）`);
  else if (input.deadline > addYears(today, MAX_DEADLINE_YEARS)) fail('deadline', '截止日期', `不能晚于 ${MAX_DEADLINE_YEARS} 年之后`);

  if (contactName.length === 0) fail('contactName', '对接联系人', '请填写');
  if (!isPhone(contactPhone)) fail('contactPhone', '联系电话', '应为 11 位手机号或带区号的固定电话，如 023-58569600');

  if (errors.length > 0) return { errors, columns: undefined };
  return {
    errors,
    columns: {
      title,
      description,
      key_field_code: input.keyFieldCode,
      key_population_codes: [...new Set(input.keyPopulationCodes)],
      kind: input.kind,
      item_name: input.kind === 'money' ? null : itemName,
      unit: input.kind === 'money' ? null : unit,
      quantity: input.quantity,
      amount_fen: input.kind === 'money' ? input.quantity : (input.amountFen ?? null),
      deadline: input.deadline,
      contact_name: contactName,
      contact_phone: contactPhone,
    },
  };
}
