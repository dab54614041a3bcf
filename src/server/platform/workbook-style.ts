// The look the import templates share, so a township and a bureau see the same kind of sheet: a frozen header with
// the required columns in red and a note on each column that has one, and drop-down lists that refuse other values.
import type ExcelJS from 'exceljs';

export const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F2' } };
export const REQUIRED_FONT: Partial<ExcelJS.Font> = { bold: true, color: { argb: 'FFC00000' } };

export interface TemplateColumn<K extends string> {
  key: K;
  header: string;
  required: boolean;
  width: number;
}

/**
 * Sets the sheet's columns (each with its number format, if any: '@' keeps a phone's leading 0) and styles the header
 * row: frozen, filled, bold, required columns in red, each column's note on its header cell.
 */
export function templateHeader<K extends string>(
  sheet: ExcelJS.Worksheet,
  columns: readonly TemplateColumn<K>[],
  notes: Partial<Record<K, string>>,
  numFmt: (key: K) => string | undefined,
): void {
  sheet.columns = columns.map((c) => {
    const format = numFmt(c.key);
    return { header: c.header, key: c.key, width: c.width, ...(format ? { style: { numFmt: format } } : {}) };
  });
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  const header = sheet.getRow(1);
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.fill = HEADER_FILL;
    cell.font = c.required ? REQUIRED_FONT : { bold: true };
    const note = notes[c.key];
    if (note) cell.note = note;
  });
}

/** A drop-down's values: an inline list ("a,b") or a range, and how the refusal names them. */
export interface ListChoices {
  formula: string;
  choices: string;
}

/**
 * A drop-down on the `rows` cells below the header of the column at `index` (zero-based); anything
 * else is refused with the choices named.
 */
export function listValidation(
  sheet: ExcelJS.Worksheet,
  index: number,
  column: { header: string; required: boolean },
  list: ListChoices,
  rows: number,
): void {
  for (let r = 2; r <= rows + 1; r += 1) {
    sheet.getCell(r, index + 1).dataValidation = {
      type: 'list',
      allowBlank: !column.required,
      formulae: [list.formula],
      showErrorMessage: true,
      errorTitle: column.header,
      error: `请从列表中选择：${list.choices}`,
    };
  }
}

/** The instructions sheet's name for a column. */
export function columnLabel(column: { header: string; required: boolean }): string {
  return `${column.header}${column.required ? '（必填）' : ''}`;
}
