// The rows sent back: every row of the uploaded sheet in its order, with its cells as they were, and a first column
// 错误说明 holding the problems of each bad row (red), the cells at fault shaded. Written while the upload is read a
// second time, both streamed, so a sheet of 100,000 rows is never held whole. Importing this workbook again works:
// the header is found by name and 错误说明 is not one of the columns read.
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { HEADER_FILL } from '../../platform/workbook-style.ts';
import { cellText } from './cells.ts';
import { COLUMNS, ERROR_HEADER, type ColumnKey } from './columns.ts';
import { readAidSheet, type SheetLayout } from './reader.ts';

export interface RowErrors {
  message: string;
  columns: ColumnKey[];
}

const ERROR_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } };
const ERROR_FONT: Partial<ExcelJS.Font> = { color: { argb: 'FF9C0006' } };
const CELL_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFEB9C' } };
const WIDTH_BY_HEADER = new Map(COLUMNS.map((c) => [c.header, c.width]));

/** A cell as it can be written back: plain values stay, rich text and formulas become their text. */
function copyable(v: unknown): ExcelJS.CellValue {
  if (v === null || v === undefined) return null;
  if (v instanceof Date || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  const text = cellText(v);
  return text === '' ? null : text;
}

class ErrorSheet {
  readonly #sheet: ExcelJS.Worksheet;
  /** The old 错误说明 column of a sheet that is itself an error workbook: dropped, its messages are stale. */
  readonly #stale: number;

  constructor(
    workbook: ExcelJS.stream.xlsx.WorkbookWriter,
    private readonly layout: SheetLayout,
  ) {
    const header = layout.above.at(-1) ?? [];
    this.#stale = header.findIndex((v) => cellText(v) === ERROR_HEADER);
    this.#sheet = workbook.addWorksheet(layout.sheetName || '帮扶记录', {
      views: [{ state: 'frozen', ySplit: layout.above.length, xSplit: 1 }],
    });
    const headerCells = this.#cells(header);
    this.#sheet.columns = [
      { width: 48 },
      ...headerCells.map((h) => ({ width: WIDTH_BY_HEADER.get(cellText(h)) ?? 12 })),
    ];
    layout.above.forEach((raw, i) => {
      const isHeader = i === layout.above.length - 1;
      const row = this.#sheet.addRow([isHeader ? ERROR_HEADER : null, ...this.#cells(raw)]);
      if (isHeader) {
        row.eachCell((cell) => {
          cell.fill = HEADER_FILL;
          cell.font = { bold: true };
        });
        row.getCell(1).font = { bold: true, color: { argb: 'FFC00000' } };
      }
      row.commit();
    });
  }

  #cells(raw: unknown[]): ExcelJS.CellValue[] {
    const out: ExcelJS.CellValue[] = [];
    raw.forEach((v, i) => {
      if (i !== this.#stale) out.push(copyable(v));
    });
    return out;
  }

  /** The column (1-based) in this workbook of a column of the upload (0-based). */
  #column(position: number): number {
    return 2 + (this.#stale !== -1 && position > this.#stale ? position - 1 : position);
  }

  add(raw: unknown[], errors: RowErrors | undefined): void {
    const row = this.#sheet.addRow([errors?.message ?? null, ...this.#cells(raw)]);
    row.eachCell((cell) => {
      if (cell.value instanceof Date) cell.numFmt = 'yyyy-mm-dd';
    });
    if (errors) {
      const first = row.getCell(1);
      first.fill = ERROR_FILL;
      first.font = ERROR_FONT;
      first.alignment = { wrapText: true, vertical: 'top' };
      for (const key of new Set(errors.columns)) {
        const position = this.layout.positions[key];
        if (position !== -1) row.getCell(this.#column(position)).fill = CELL_FILL;
      }
    }
    row.commit();
  }
}

/**
 * Writes `target` from the upload at `source`, `errors` by row number; `onRows` hears how many rows are written.
 * Written aside and renamed, so a download never meets half a file.
 */
export async function writeErrorWorkbook(
  source: string,
  target: string,
  errors: ReadonlyMap<number, RowErrors>,
  onRows: (done: number) => Promise<void>,
): Promise<void> {
  const partial = `${target}.partial`;
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: partial,
    useStyles: true,
    useSharedStrings: false,
  });
  let sheet: ErrorSheet | undefined;
  let done = 0;
  for await (const r of readAidSheet(source, (layout) => {
    sheet = new ErrorSheet(workbook, layout);
  })) {
    sheet?.add(r.raw, errors.get(r.row));
    done += 1;
    if (done % 5000 === 0) await onRows(done);
  }
  await workbook.commit();
  await fs.promises.rename(partial, target);
  await onRows(done);
}
