// Reading an uploaded sheet as people send it: .xlsx or .csv (UTF-8 with or without BOM, or GB18030 as Excel saves
// "CSV" on Chinese Windows) as text cells, dates as YYYY-MM-DD; and finding a known header, under title rows, in the
// first sheet that has it, with the data rows below it. What the values mean is each import's own business.
import path from 'node:path';
import ExcelJS from 'exceljs';

/** A file that cannot be read as the sheet asked for; its message is for the person who uploaded it. */
export class SpreadsheetError extends Error {}

/** A sheet as text cells; `rows[i]` is sheet row i + 1. */
export type Table = string[][];

const MIME: Record<string, string> = {
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.csv': 'text/csv',
};

/** The type to store an uploaded sheet under, by its name's extension. */
export function spreadsheetMime(fileName: string): string {
  return MIME[path.extname(fileName).toLowerCase()] ?? 'application/octet-stream';
}

/** Splits CSV text (RFC 4180: quoted fields may hold commas, quotes and line breaks). */
export function parseCsv(text: string): Table {
  const rows: Table = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** UTF-8 (BOM or not); bytes that are not UTF-8 are read as GB18030, which Node's ICU decodes. */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
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

export interface SheetColumn<K extends string> {
  key: K;
  /** The template's header. */
  header: string;
  /** Other headers people's own sheets use for the same column. */
  aliases: readonly string[];
  required: boolean;
}

export interface HeaderedRow<K extends string> {
  /** The row number as Excel shows it. */
  row: number;
  /** Each known column's cell, trimmed ('' when the sheet has no such column). */
  values: Record<K, string>;
  /** The row's cells as read. */
  cells: string[];
}

export interface HeaderedSheet<K extends string> {
  /** The header's cells as written, trimmed. */
  header: string[];
  /** Zero-based position of each known column in the header (-1 when absent). */
  positions: Record<K, number>;
  /** The rows below the header, blank rows skipped. */
  rows: HeaderedRow<K>[];
}

const HEADER_SEARCH_ROWS = 10;

/** Spaces, the asterisk some sheets mark required columns with, and half-width brackets do not tell headers apart. */
export function normalizeHeader(s: string): string {
  return s
    .replace(/[\s\u3000*＊]/g, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）');
}

/**
 * The first sheet with every required column's header (or an alias) in one of its first ten rows. Throws a
 * SpreadsheetError naming the required columns missing from the row that came closest, and the header to use.
 */
export function findHeaderedSheet<K extends string>(
  tables: Table[],
  columns: readonly SheetColumn<K>[],
  normalize: (header: string) => string = normalizeHeader,
): HeaderedSheet<K> {
  const positionsIn = (cells: string[]): Record<K, number> => {
    const normalized = cells.map(normalize);
    return Object.fromEntries(
      columns.map((c) => [c.key, normalized.findIndex((h) => h === c.header || c.aliases.includes(h))]),
    ) as Record<K, number>;
  };
  const required = columns.filter((c) => c.required);
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
      const rows: HeaderedRow<K>[] = [];
      table.forEach((r, j) => {
        if (j <= i || (r ?? []).every((c) => c.trim() === '')) return;
        const values = Object.fromEntries(
          columns.map((c) => [c.key, positions[c.key] === -1 ? '' : (r[positions[c.key]] ?? '').trim()]),
        ) as Record<K, string>;
        rows.push({ row: j + 1, values, cells: [...r] });
      });
      return { header: cells.map((c) => c.trim()), positions, rows };
    }
  }
  throw new SpreadsheetError(
    `表头缺少「${bestMissing.map((c) => c.header).join('」「')}」：请使用导入模板，表头应为 ${columns.map((c) => c.header).join('、')}（${columns
      .filter((c) => !c.required)
      .map((c) => c.header)
      .join('、')} 可省略）`,
  );
}
