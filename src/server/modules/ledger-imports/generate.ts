// A valid aid-record workbook of any size, written row by row with ExcelJS's streaming writer (memory stays flat):
// the benchmark imports 100,000 rows of it, and tests use small ones. Every row is of a different content (the
// amount grows with the row), so none is taken for a duplicate, and two workbooks start their amounts apart (the
// same content again within a day would be refused as entered twice); receipt numbers carry a prefix of their own.
import ExcelJS from 'exceljs';
import { addDays, chinaToday } from '../../../common/glossary.ts';
import { AID_KINDS, type AidKind } from '../../../common/ledger.ts';
import { ACTIVITY_CHOICES, CHANNEL_CHOICES, KIND_CHOICES, SOURCE_CHOICES } from './cells.ts';
import { COLUMNS, DATA_SHEET, type ColumnKey } from './columns.ts';

export interface GenerateOptions {
  rows: number;
  /** Places the rows are spread over (codes that exist): by default villages, a township and a county of 巫溪县. */
  places?: readonly string[];
  /** Key fields by name, as the template lists them. */
  keyFields?: readonly string[];
  /** An official's import names the giver in every row. */
  creditCode?: string;
  /** Receipt numbers are `<prefix>-<row>`; give each workbook its own. */
  refPrefix?: string;
  /** Dates go back up to 300 days before this day. */
  today?: string;
  /** Row i's amount is `amountBase + i` fen; by default a random multiple of 100,000 fen plus 100 元. */
  amountBase?: number;
}

export interface GeneratedWorkbook {
  rows: number;
  amountFen: number;
  byKind: Record<AidKind, number>;
}

const DEFAULT_PLACES = ['500238118201', '500238118202', '500238118', '500238'];
const DEFAULT_FIELDS = ['教育帮扶', '产业扶持', '医疗救助', '消费帮扶', '就业帮扶', '养老服务'];

function dateCell(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/** Writes `file` and returns what it holds, to compare with what an import saves. */
export async function writeAidWorkbook(file: string, options: GenerateOptions): Promise<GeneratedWorkbook> {
  const places = options.places ?? DEFAULT_PLACES;
  const fields = options.keyFields ?? DEFAULT_FIELDS;
  const today = options.today ?? chinaToday();
  const prefix = options.refPrefix ?? `GEN${Date.now().toString(36).toUpperCase()}`;
  const base = options.amountBase ?? 10_000 + 100_000 * Math.floor(Math.random() * 10_000);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(DATA_SHEET);
  sheet.columns = COLUMNS.map((c) => ({
    header: c.header,
    key: c.key,
    width: c.width,
    ...(c.key === 'occurredOn' ? { style: { numFmt: 'yyyy-mm-dd' } } : {}),
  }));
  const byKind = Object.fromEntries(AID_KINDS.map((k) => [k, 0])) as Record<AidKind, number>;
  let amountFen = 0;
  for (let i = 0; i < options.rows; i += 1) {
    const k = i % AID_KINDS.length;
    const kind = AID_KINDS[k]!;
    // Every row its own amount: two rows never share a content.
    const fen = base + i;
    const row: Partial<Record<ColumnKey, string | number | Date | null>> = {
      seq: i + 1,
      creditCode: options.creditCode ?? null,
      regionCode: places[i % places.length]!,
      occurredOn: dateCell(addDays(today, -1 - (i % 300))),
      kind: KIND_CHOICES[k]!,
      keyField: fields[i % fields.length]!,
      amount: fen / 100,
      fundingSource: SOURCE_CHOICES[i % SOURCE_CHOICES.length]!,
      staffCount: i % 4,
      volunteerCount: i % 7,
      enterpriseCount: i % 3,
      beneficiaryCount: 1 + (i % 50),
      beneficiaryHouseholds: i % 10,
      summary: `批量导入的帮扶记录第 ${i + 1} 条`,
      externalRef: `${prefix}-${i + 1}`,
    };
    if (kind === 'activity') row.activityType = ACTIVITY_CHOICES[i % (ACTIVITY_CHOICES.length - 1)]!;
    if (kind === 'materials') Object.assign(row, { itemName: '学习用品', itemQuantity: 1 + (i % 40), itemUnit: '套' });
    if (kind === 'purchase') row.purchaseChannel = CHANNEL_CHOICES[i % CHANNEL_CHOICES.length]!;
    sheet.addRow(row).commit();
    byKind[kind] += 1;
    amountFen += fen;
  }
  await workbook.commit();
  return { rows: options.rows, amountFen, byKind };
}
