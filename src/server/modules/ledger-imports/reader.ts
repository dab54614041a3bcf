// Streaming the aid-record sheet out of an .xlsx file, row by row, never the whole workbook in memory: the first
// sheet with the header (in its first ten rows) is the data; blank rows are skipped; every other sheet is read past.
// The import checks the rows it yields; the error workbook copies them with their raw values.
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { MAX_IMPORT_ROWS } from '../../../common/ledger.ts';
import { findHeaderedSheet, normalizeHeader, SpreadsheetError } from '../../platform/spreadsheets.ts';
import { cellText, own } from './cells.ts';
import { COLUMNS, EXAMPLE_MARK, type ColumnKey } from './columns.ts';

const HEADER_SEARCH_ROWS = 10;

export interface SheetLayout {
  sheetName: string;
  /** The header of each column as this sheet writes it (the template's header when the column is absent). */
  headers: Record<ColumnKey, string>;
  /** The rows above the data as read (titles, then the header), raw values by zero-based column. */
  above: unknown[][];
  /** Zero-based column of the header row: each known column's position (-1 when absent). */
  positions: Record<ColumnKey, number>;
}

export interface SheetRow {
  /** The row number as Excel shows it. */
  row: number;
  values: Record<ColumnKey, string>;
  /** The cells as read, by zero-based column, for the error workbook to copy. */
  raw: unknown[];
  /** The template's example row (序号 “示例”): shown, never imported. */
  example: boolean;
}

/** Sheets mark columns (必填) or (选填) beside their headers. */
function normalizeAidHeader(s: string): string {
  return normalizeHeader(s).replace(/（(必填|选填|可选|必填项)）$/, '');
}

/** ExcelJS gives a row's values one-based and sparse; the sheet's columns are zero-based here. */
function rawCells(row: ExcelJS.Row): unknown[] {
  const values = row.values;
  if (!Array.isArray(values)) return [];
  const out: unknown[] = [];
  for (let i = 1; i < values.length; i += 1) out.push(values[i]);
  return out;
}

function isBlank(raw: unknown[]): boolean {
  for (const v of raw) if (cellText(v) !== '') return false;
  return true;
}

function valuesOf(raw: unknown[], positions: Record<ColumnKey, number>): Record<ColumnKey, string> {
  const values = {} as Record<ColumnKey, string>;
  for (const c of COLUMNS) {
    const p = positions[c.key];
    values[c.key] = p === -1 ? '' : cellText(raw[p]);
  }
  return values;
}

/** The header among the first rows of a sheet, or the SpreadsheetError that names what the closest row lacks. */
function findHeader(
  sheetName: string,
  first: unknown[][],
): { layout: SheetLayout; headerIndex: number } | SpreadsheetError {
  const table = Array.from(first, (raw) => (raw ? raw.map((v) => cellText(v)) : []));
  let found: ReturnType<typeof findHeaderedSheet<ColumnKey>> | undefined;
  let headerIndex = -1;
  try {
    findHeaderedSheet([table], COLUMNS, normalizeAidHeader);
  } catch (err) {
    if (err instanceof SpreadsheetError) return err;
    throw err;
  }
  // Some row has the header: the first one that has it alone is it.
  for (let i = 0; i < table.length && !found; i += 1) {
    try {
      found = findHeaderedSheet([[table[i]!]], COLUMNS, normalizeAidHeader);
      headerIndex = i;
    } catch (err) {
      if (!(err instanceof SpreadsheetError)) throw err;
    }
  }
  if (!found) return new SpreadsheetError('找不到表头');
  const header = found.header;
  const headers = Object.fromEntries(
    COLUMNS.map((c) => [
      c.key,
      own(found.positions[c.key] === -1 ? c.header : header[found.positions[c.key]] || c.header),
    ]),
  ) as Record<ColumnKey, string>;
  const above = Array.from(first.slice(0, headerIndex + 1), (raw) => raw ?? []);
  return { layout: { sheetName, headers, above, positions: found.positions }, headerIndex };
}

function unreadable(): SpreadsheetError {
  return new SpreadsheetError(
    '无法读取该 Excel 文件，请确认是 .xlsx 格式（不支持旧的 .xls，请在 Excel 中另存为 .xlsx）',
  );
}

type Chunks = AsyncIterable<Buffer | string>;

/** The reader's internals that decode the zip's entries (ExcelJS 4.4's stream/xlsx/workbook-reader.js). */
interface ReaderInternals {
  _parseWorksheet(iterator: Chunks, sheetNo: string): Generator<unknown>;
  _parseSharedStrings(entry: NodeJS.ReadableStream): AsyncGenerator<unknown>;
}

/** UTF-8 decoded across chunk boundaries: a character split between two chunks stays one character. */
async function* utf8(chunks: Chunks): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of chunks) {
    const text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    if (text !== '') yield text;
  }
  const tail = decoder.decode();
  if (tail !== '') yield tail;
}

/**
 * ExcelJS's streaming reader decodes each decompressed chunk on its own, so a Chinese character cut by a chunk
 * boundary comes out as three replacement characters (捐赠资金 read as 捐���资金, a few rows in every thousand). Its
 * parser passes text through untouched, so the sheets and the shared strings are handed over already decoded.
 */
function workbookReader(path: string): ExcelJS.stream.xlsx.WorkbookReader {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    // Styles tell a date cell from a number.
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'emit',
  });
  const internals = reader as unknown as ReaderInternals;
  const parseWorksheet = internals._parseWorksheet.bind(reader);
  const parseSharedStrings = internals._parseSharedStrings.bind(reader);
  if (typeof parseWorksheet !== 'function' || typeof parseSharedStrings !== 'function') {
    throw new Error('ExcelJS changed its streaming reader: check the UTF-8 workaround in ledger-imports/reader.ts');
  }
  internals._parseWorksheet = (iterator, sheetNo) => parseWorksheet(utf8(iterator), sheetNo);
  internals._parseSharedStrings = (entry) => parseSharedStrings(Readable.from(utf8(entry)));
  return reader;
}

/**
 * Reads the file at `path`, calling `onLayout` once the data sheet's header is found, then yielding its data rows.
 * Throws a SpreadsheetError when no sheet has the header or the sheet holds more rows than one import takes.
 */
export async function* readAidSheet(path: string, onLayout: (layout: SheetLayout) => void): AsyncGenerator<SheetRow> {
  const reader = workbookReader(path);
  try {
    yield* rowsOf(reader, onLayout);
  } finally {
    // Stopped early (a failure while importing): the file is closed now rather than when collected.
    (reader as unknown as { stream?: { destroy(): void } }).stream?.destroy();
  }
}

async function* rowsOf(
  reader: ExcelJS.stream.xlsx.WorkbookReader,
  onLayout: (layout: SheetLayout) => void,
): AsyncGenerator<SheetRow> {
  let layout: SheetLayout | undefined;
  let done = false;
  let firstProblem: SpreadsheetError | undefined;
  let dataRows = 0;
  const sheets = reader[Symbol.asyncIterator]();
  for (;;) {
    let next: IteratorResult<ExcelJS.stream.xlsx.WorksheetReader>;
    try {
      next = await sheets.next();
    } catch {
      throw unreadable();
    }
    if (next.done) break;
    const sheet = next.value;
    const sheetName = (sheet as unknown as { name?: string }).name ?? '';
    const first: unknown[][] = [];
    let searching = !done;
    const rows = sheet[Symbol.asyncIterator]();
    for (;;) {
      let r: IteratorResult<ExcelJS.Row>;
      try {
        r = await rows.next();
      } catch {
        throw unreadable();
      }
      // A sheet shorter than the search window is searched when it ends.
      if (r.done || (searching && r.value.number > HEADER_SEARCH_ROWS)) {
        if (searching) {
          searching = false;
          const found = findHeader(sheetName, first);
          if (found instanceof SpreadsheetError) firstProblem ??= found;
          else {
            layout = found.layout;
            onLayout(layout);
            for (let i = found.headerIndex + 1; i < first.length; i += 1) {
              const raw = first[i];
              if (raw === undefined || isBlank(raw)) continue;
              dataRows += 1;
              const values = valuesOf(raw, layout.positions);
              yield { row: i + 1, values, raw, example: values.seq === EXAMPLE_MARK };
            }
          }
        }
        if (r.done) break;
      }
      const row = r.value;
      if (searching) {
        first[row.number - 1] = rawCells(row);
        continue;
      }
      if (!layout || done) continue;
      const raw = rawCells(row);
      if (isBlank(raw)) continue;
      dataRows += 1;
      if (dataRows > MAX_IMPORT_ROWS) {
        throw new SpreadsheetError(
          `表格超过 ${MAX_IMPORT_ROWS} 行，一次导入最多 ${MAX_IMPORT_ROWS} 行，请拆分后分批上传`,
        );
      }
      const values = valuesOf(raw, layout.positions);
      yield { row: row.number, values, raw, example: values.seq === EXAMPLE_MARK };
    }
    if (layout) done = true;
  }
  if (!layout) throw firstProblem ?? new SpreadsheetError('表格中没有工作表');
}
