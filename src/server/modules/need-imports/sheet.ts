// The needs sheet: its columns (the template's header), reading a workbook or CSV into text cells with dates as
// YYYY-MM-DD, finding the header under title rows, and the data rows. What the values mean is checked in rows.ts.
import ExcelJS from 'exceljs';
import { decodeText, parseCsv, SpreadsheetError, type Table } from '../key-areas/spreadsheet.ts';

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

export interface Column {
  key: ColumnKey;
  /** The template's header. */
  header: string;
  /** Other headers townships' own sheets use for the same column. */
  aliases: string[];
  required: boolean;
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

const HEADER_SEARCH_ROWS = 10;

function normalizeHeader(s: string): string {
  return s
    .replace(/[\s\u3000*＊]/g, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/（(必填|选填|可选)）$/, '');
}

/** Excel keeps a date as a day number; ExcelJS gives it as midnight UTC of that day, whatever the server's zone. */
function isoDate(d: Date): string {
  return Number.isNaN(d.getTime()) ? '' : d.toISOString().slice(0, 10);
}

function cellText(cell: ExcelJS.Cell): string {
  const v = cell.value;
  if (v instanceof Date) return isoDate(v);
  if (typeof v === 'object' && v !== null && 'formula' in v && v.result instanceof Date) return isoDate(v.result);
  return cell.text;
}

async function xlsxTables(bytes: Uint8Array): Promise<Table[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  } catch {
    throw new SpreadsheetError('无法读取该 Excel 文件，请确认是 .xlsx 格式（不支持旧的 .xls，请另存为 .xlsx）');
  }
  return workbook.worksheets.map((sheet) => {
    const table: Table = [];
    sheet.eachRow({ includeEmpty: true }, (r, n) => {
      const cells: string[] = [];
      r.eachCell({ includeEmpty: true }, (cell, col) => {
        cells[col - 1] = cellText(cell);
      });
      table[n - 1] = Array.from(cells, (v) => v ?? '');
    });
    return Array.from(table, (r) => r ?? []);
  });
}

/** Every sheet of the file as text tables (a CSV is one sheet). */
export async function readTables(bytes: Uint8Array, fileName: string): Promise<Table[]> {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.xlsx')) return xlsxTables(bytes);
  if (lower.endsWith('.csv')) return [parseCsv(decodeText(bytes))];
  throw new SpreadsheetError('只支持 .xlsx 或 .csv 文件');
}

function positionsIn(cells: string[]): Record<ColumnKey, number> {
  const normalized = cells.map(normalizeHeader);
  return Object.fromEntries(
    COLUMNS.map((c) => [c.key, normalized.findIndex((h) => h === c.header || c.aliases.includes(h))]),
  ) as Record<ColumnKey, number>;
}

/**
 * The data rows of the first sheet that has the needs header in its first ten rows; blank rows and the example row
 * skipped. Throws a SpreadsheetError naming the missing columns, or when there are no rows or too many.
 */
export function findNeedSheet(tables: Table[]): Sheet {
  const required = COLUMNS.filter((c) => c.required);
  let bestMissing = required;
  for (const table of tables) {
    for (let i = 0; i < Math.min(table.length, HEADER_SEARCH_ROWS); i += 1) {
      const cells = table[i] ?? [];
      const positions = positionsIn(cells);
      const missing = required.filter((c) => positions[c.key] === -1);
      if (missing.length > 0) {
        if (missing.length < bestMissing.length) bestMissing = missing;
        continue;
      }
      const headers = Object.fromEntries(
        COLUMNS.map((c) => [c.key, positions[c.key] === -1 ? c.header : (cells[positions[c.key]] ?? '').trim() || c.header]),
      ) as Record<ColumnKey, string>;
      const rows: SheetRow[] = [];
      table.forEach((r, j) => {
        if (j <= i || (r ?? []).every((c) => c.trim() === '')) return;
        const values = Object.fromEntries(
          COLUMNS.map((c) => [c.key, positions[c.key] === -1 ? '' : (r[positions[c.key]] ?? '').trim()]),
        ) as Record<ColumnKey, string>;
        if (values.seq === EXAMPLE_MARK) return;
        rows.push({ row: j + 1, values });
      });
      if (rows.length === 0) throw new SpreadsheetError('表格中没有数据行：请在表头下方逐行填写需求（序号为“示例”的行不导入）');
      if (rows.length > MAX_ROWS) {
        throw new SpreadsheetError(`表格有 ${rows.length} 行需求，一次最多导入 ${MAX_ROWS} 行，请拆分后分批上传`);
      }
      return { headers, rows };
    }
  }
  throw new SpreadsheetError(
    `表头缺少「${bestMissing.map((c) => c.header).join('」「')}」：请使用导入模板，表头应为 ${COLUMNS.map((c) => c.header).join('、')}（${COLUMNS.filter(
      (c) => !c.required,
    )
      .map((c) => c.header)
      .join('、')} 可省略）`,
  );
}

/** Reads the upload and finds its needs sheet (the same reading for the upload's check and for the job). */
export async function readNeedSheet(bytes: Uint8Array, fileName: string): Promise<Sheet> {
  return findNeedSheet(await readTables(bytes, fileName));
}
