// The two workbooks of the registry import: the template departments fill in (header, drop-down lists for the form,
// the grade and the yes/no columns, and a sheet of instructions with the key fields), and the sheet sent back when
// rows have problems: every row as it was read, a 错误 column, and the cells at fault in red.
import ExcelJS from 'exceljs';
import { columnLabel, listValidation, REQUIRED_FONT, templateHeader } from '../../platform/workbook-style.ts';
import type { RowProblem } from './validate.ts';
import { FORM_NAMES } from './validate.ts';
import { COLUMNS, type ColumnKey, type Sheet } from './sheet.ts';

const TEMPLATE_ROWS = 2000;
const ERROR_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } };

const TEXT_COLUMNS = new Set<ColumnKey>(['creditCode', 'contactPhone', 'authority', 'serviceRegions']);

const LISTS: Partial<Record<ColumnKey, string[]>> = {
  form: Object.values(FORM_NAMES),
  grade: ['5A', '4A', '3A', '2A', '1A'],
  isCharity: ['是', '否'],
  hasPublicFundraising: ['是', '否'],
  isIndustryAssociation: ['是', '否'],
};

const NOTES: Partial<Record<ColumnKey, string>> = {
  creditCode: '18 位，末位为校验码',
  authority: '如 重庆市民政局、巫溪县民政局，或行政区划代码；民政部登记的填“民政部”',
  fields: '重点领域名称，多个用顿号分隔，如 教育帮扶、医疗救助',
  serviceRegions: '地区名称或行政区划代码，多个用顿号分隔，如 巫溪县、城口县',
  contactPhone: '一个号码：手机或带区号的固定电话；组织认领账号时用联系人和电话核对',
};

export async function templateWorkbook(keyFields: { code: string; name_zh: string }[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('社会组织名录');
  // Codes and phones as text: Excel would turn 023… into a number without its 0, and long digit runs into 9.1E+17.
  templateHeader(sheet, COLUMNS, NOTES, (key) => (TEXT_COLUMNS.has(key) ? '@' : undefined));
  COLUMNS.forEach((c, i) => {
    const list = LISTS[c.key];
    if (list) listValidation(sheet, i, c, { formula: `"${list.join(',')}"`, choices: list.join('、') }, TEMPLATE_ROWS);
  });

  const help = workbook.addWorksheet('填写说明');
  help.columns = [{ width: 24 }, { width: 90 }];
  help.addRow(['列', '说明']).font = { bold: true };
  for (const c of COLUMNS) {
    help.addRow([columnLabel(c), NOTES[c.key] ?? (LISTS[c.key] ? `可选：${LISTS[c.key]!.join('、')}` : '')]);
  }
  help.addRow([]);
  help.addRow(['业务领域可用的名称', '代码']).font = { bold: true };
  for (const f of keyFields) help.addRow([f.name_zh, f.code]);
  help.addRow([]);
  help.addRow(['导入规则', '任何一行有问题则整表都不导入；请按返回的“错误”列逐项修改后重新上传。导入的组织为已通过审核、尚无账号，由组织自行认领。']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The sheet as read, with a 错误 column: every row, so the corrected file can be uploaded again as it is. */
export async function errorWorkbook(file: string, sheet: Sheet, problems: Map<number, RowProblem[]>): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false, useStyles: true });
  const out = workbook.addWorksheet('导入错误');
  const width = Math.max(sheet.header.length, ...sheet.rows.map((r) => r.cells.length));
  const errorCol = width + 1;
  out.columns = [
    ...Array.from({ length: width }, (_, i) => ({ width: COLUMNS.find((c) => sheet.positions[c.key] === i)?.width ?? 14 })),
    { width: 60 },
  ];
  const header = out.addRow([...Array.from({ length: width }, (_, i) => sheet.header[i] ?? ''), '错误']);
  header.font = { bold: true };
  header.getCell(errorCol).font = REQUIRED_FONT;
  header.commit();
  for (const r of sheet.rows) {
    const rowProblems = problems.get(r.row) ?? [];
    const row = out.addRow([...Array.from({ length: width }, (_, i) => r.cells[i] ?? ''), rowProblems.map((p) => p.message).join('；')]);
    for (const p of rowProblems) {
      const at = p.key === null ? -1 : sheet.positions[p.key];
      if (at >= 0) row.getCell(at + 1).fill = ERROR_FILL;
    }
    if (rowProblems.length > 0) row.getCell(errorCol).font = { color: { argb: 'FFC00000' } };
    row.commit();
  }
  await workbook.commit();
}
