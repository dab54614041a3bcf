// The needs sheet: its columns (the template's header), and its data rows found under the header (the reading and
// the header search are platform/spreadsheets.ts). What the values mean is checked in rows.ts.
import {
  findHeaderedSheet,
  normalizeHeader,
  readTables,
  SpreadsheetError,
  type SheetColumn,
  type Table,
} from '../../platform/spreadsheets.ts';

export type ColumnKey =
  | 'seq'
  | 'village'
  | 'title'
  | 'description'
  | 'keyField'
  | 'keyPopulations'
  | 'kind'
  | 'itemName'
  | 'unit'
  | 'quantity'
  | 'amount'
  | 'deadline'
  | 'contactName'
  | 'contactPhone';

/** A column with its width in the template. */
export interface Column extends SheetColumn<ColumnKey> {
  width: number;
}

/** In the template's order. */
export const COLUMNS: readonly Column[] = [
  { key: 'seq', header: '序号', aliases: ['编号'], required: false, width: 6 },
  { key: 'village', header: '村（社区）', aliases: ['村', '村社区', '村/社区', '村（居）', '村名', '所在村'], required: false, width: 14 },
  { key: 'title', header: '标题', aliases: ['需求标题', '需求名称'], required: true, width: 30 },
  { key: 'description', header: '需求说明', aliases: ['需求描述', '需求内容', '说明'], required: true, width: 44 },
  { key: 'keyField', header: '重点领域', aliases: ['帮扶领域', '领域'], required: true, width: 16 },
  { key: 'keyPopulations', header: '重点人群', aliases: ['受益人群', '人群'], required: false, width: 24 },
  { key: 'kind', header: '需求类型', aliases: ['类型'], required: true, width: 10 },
  { key: 'itemName', header: '物资或服务名称', aliases: ['物资名称', '服务名称', '物资或服务'], required: false, width: 16 },
  { key: 'unit', header: '单位', aliases: [], required: false, width: 8 },
  { key: 'quantity', header: '数量', aliases: ['需求数量'], required: true, width: 12 },
  { key: 'amount', header: '估算金额（元）', aliases: ['估算金额', '估算价值（元）', '金额（元）'], required: false, width: 14 },
  { key: 'deadline', header: '截止日期', aliases: ['截止时间'], required: true, width: 12 },
  { key: 'contactName', header: '对接联系人', aliases: ['联系人'], required: true, width: 12 },
  { key: 'contactPhone', header: '联系电话', aliases: ['电话', '联系方式'], required: true, width: 16 },
];

export const COLUMN_BY_KEY = Object.fromEntries(COLUMNS.map((c) => [c.key, c])) as Record<ColumnKey, Column>;

/** One upload is one transaction: a township's needs of a season, not a county's archive. */
export const MAX_ROWS = 2000;
/** 序号 of the template's example row: it shows how to fill the sheet and is never imported. */
export const EXAMPLE_MARK = '示例';

export interface SheetRow {
  /** The row number as Excel shows it. */
  row: number;
  values: Record<ColumnKey, string>;
}

export interface Sheet {
  /** The header of each column as the sheet writes it (the template's header when the column is absent). */
  headers: Record<ColumnKey, string>;
  rows: SheetRow[];
}

/** Townships' sheets often mark the optional columns as well as the required ones. */
function normalizeNeedHeader(s: string): string {
  return normalizeHeader(s).replace(/（(必填|选填|可选)）$/, '');
}

/**
 * The data rows of the first sheet that has the needs header in its first ten rows; blank rows and the example row
 * skipped. Throws a SpreadsheetError naming the missing columns, or when there are no rows or too many.
 */
export function findNeedSheet(tables: Table[]): Sheet {
  const found = findHeaderedSheet(tables, COLUMNS, normalizeNeedHeader);
  const headers = Object.fromEntries(
    COLUMNS.map((c) => [c.key, found.positions[c.key] === -1 ? c.header : found.header[found.positions[c.key]] || c.header]),
  ) as Record<ColumnKey, string>;
  const rows = found.rows.filter((r) => r.values.seq !== EXAMPLE_MARK).map(({ row, values }) => ({ row, values }));
  if (rows.length === 0) throw new SpreadsheetError('表格中没有数据行：请在表头下方逐行填写需求（序号为“示例”的行不导入）');
  if (rows.length > MAX_ROWS) {
    throw new SpreadsheetError(`表格有 ${rows.length} 行需求，一次最多导入 ${MAX_ROWS} 行，请拆分后分批上传`);
  }
  return { headers, rows };
}

/** Reads the upload and finds its needs sheet (the same reading for the upload's check and for the job). */
export async function readNeedSheet(bytes: Uint8Array, fileName: string): Promise<Sheet> {
  return findNeedSheet(await readTables(bytes, fileName));
}
