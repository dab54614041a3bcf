// Checking one row of a needs sheet: the cells turned into the form's input (names of key fields and populations
// to their codes, 元 to fen, the village by name), then the same rules as the form (checkNeedFields), and the rows
// before it and the township's open needs for the same title at the same place. Every problem carries its row and
// column; the caller saves only when no row has any.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';
import { CreateNeedBody } from '../needs/schemas.ts';
import type { NewNeed } from '../needs/store.ts';
import { checkNeedFields, type NeedFieldsInput } from '../needs/validate.ts';
import type { NeedImportRowError } from './schemas.ts';
import { COLUMNS, type ColumnKey, type Sheet, type SheetRow } from './sheet.ts';
import { dateText, needKind, splitList, wholeNumber, yuanToFen } from './values.ts';
import type { VillageBook } from './villages.ts';

type Field = keyof NeedFieldsInput;

/** The sheet's column of each input field: messages name the column as the sheet heads it. */
const COLUMN_OF: Record<Field, ColumnKey> = {
  title: 'title',
  description: 'description',
  keyFieldCode: 'keyField',
  keyPopulationCodes: 'keyPopulations',
  kind: 'kind',
  itemName: 'itemName',
  unit: 'unit',
  quantity: 'quantity',
  amountFen: 'amount',
  deadline: 'deadline',
  contactName: 'contactName',
  contactPhone: 'contactPhone',
};

/** The form's length limits (the API schema), which a sheet must keep too. */
function maxLengthOf(schema: unknown): number | undefined {
  const s = schema as { maxLength?: number; anyOf?: { maxLength?: number }[] };
  return s.maxLength ?? s.anyOf?.find((a) => a.maxLength !== undefined)?.maxLength;
}
const LENGTH_LIMITS = (['title', 'description', 'itemName', 'unit', 'contactName', 'contactPhone'] as const).map((f) => ({
  field: f,
  max: maxLengthOf(CreateNeedBody.properties[f]) ?? Infinity,
}));
const MAX_POPULATIONS = (CreateNeedBody.properties.keyPopulationCodes as { maxItems?: number }).maxItems ?? 10;

export interface Lookups {
  /** Active key fields' Chinese names (and codes) -> code. */
  fields: Map<string, string>;
  populations: Map<string, string>;
  book: VillageBook;
  /** Open needs of the township already on the platform, by place and title -> their id. */
  existing: Map<string, number>;
  today: string;
}

export const placeTitle = (regionCode: string, title: string) => `${regionCode}\u0000${title.trim()}`;

export type ImportNeed = Omit<NewNeed, 'status' | 'created_by' | 'household_id'>;

/** `seen`: place and title -> the first row that has them. */
export async function checkRow(
  db: Kysely<DB>,
  r: SheetRow,
  headers: Sheet['headers'],
  look: Lookups,
  seen: Map<string, number>,
): Promise<{ ok: ImportNeed } | { problems: NeedImportRowError[] }> {
  const v = r.values;
  const problems: NeedImportRowError[] = [];
  const reported = new Set<Field>();
  const add = (key: ColumnKey, message: string) => problems.push({ row: r.row, column: headers[key], message: `${headers[key]}：${message}` });
  const own = (field: Field, message: string) => {
    reported.add(field);
    add(COLUMN_OF[field], message);
  };

  const place = look.book.resolve(v.village);
  if ('problem' in place) add('village', place.problem);

  const keyFieldCode = look.fields.get(v.keyField) ?? v.keyField;
  if (v.keyField === '') own('keyFieldCode', '请从列表中选择');
  const populations = splitList(v.keyPopulations);
  if (populations.length > MAX_POPULATIONS) own('keyPopulationCodes', `最多 ${MAX_POPULATIONS} 个`);
  const keyPopulationCodes = populations.map((p) => look.populations.get(p) ?? p);

  const kind = needKind(v.kind);
  let quantity = 1;
  let amountFen: number | null = null;
  if ('problem' in kind) {
    own('kind', kind.problem);
    // Without a kind the quantity's unit and the item columns mean nothing yet.
    for (const f of ['quantity', 'itemName', 'unit', 'amountFen'] as const) reported.add(f);
  } else {
    const q = v.quantity === '' ? { problem: '必填' } : kind.value === 'money' ? yuanToFen(v.quantity) : wholeNumber(v.quantity);
    if ('value' in q) quantity = q.value;
    else {
      own('quantity', q.problem);
      reported.add('amountFen');
    }
    if (v.amount !== '') {
      const a = yuanToFen(v.amount);
      if ('value' in a) amountFen = a.value;
      else own('amountFen', a.problem);
    }
  }

  for (const { field, max } of LENGTH_LIMITS) {
    const text = v[COLUMN_OF[field]];
    if ([...text].length > max) own(field, `最多 ${max} 个字，现在 ${[...text].length} 个`);
  }

  const labels = Object.fromEntries(Object.entries(COLUMN_OF).map(([f, c]) => [f, headers[c]])) as Record<Field, string>;
  const checked = await checkNeedFields(
    db,
    {
      title: v.title,
      description: v.description,
      keyFieldCode,
      keyPopulationCodes,
      kind: 'value' in kind ? kind.value : 'money',
      itemName: v.itemName,
      unit: v.unit,
      quantity,
      amountFen,
      deadline: dateText(v.deadline),
      contactName: v.contactName,
      contactPhone: v.contactPhone,
    },
    { today: look.today, labels },
  );
  const skipped = new Set([...reported].map((f) => labels[f]));
  for (const e of checked.errors) {
    if (!skipped.has(e.field)) problems.push({ row: r.row, column: e.field, message: e.message });
  }

  if ('place' in place && v.title.trim() !== '') {
    const key = placeTitle(place.place.code, v.title);
    const earlier = seen.get(key);
    const onPlatform = look.existing.get(key);
    if (earlier !== undefined) add('title', `与第 ${earlier} 行是同一地方的同名需求`);
    else seen.set(key, r.row);
    if (onPlatform !== undefined) add('title', `${place.place.name}已有同名的需求（编号 ${onPlatform}），请勿重复导入；确需再发布请改标题`);
  }

  if (problems.length > 0 || !checked.columns || !('place' in place)) {
    const order = new Map(COLUMNS.map((c, i) => [headers[c.key], i]));
    return { problems: problems.sort((a, b) => (order.get(a.column) ?? 0) - (order.get(b.column) ?? 0)) };
  }
  return { ok: { ...checked.columns, region_code: place.place.code } };
}
