// The template townships fill in: the header (required columns in red), drop-down lists for the key field and the
// kind, one example row (序号 “示例”, never imported), and a sheet of instructions that also holds the key fields'
// names the drop-down reads (a range rather than an inline list, which Excel caps at 255 characters) and the key
// populations' names to copy.
import ExcelJS from 'exceljs';
import { chinaToday } from '../../../common/glossary.ts';
import { columnLabel, listValidation, templateHeader, type ListChoices } from '../../platform/workbook-style.ts';
import { COLUMNS, EXAMPLE_MARK, MAX_ROWS, type ColumnKey } from './sheet.ts';
import { KIND_NAMES } from './values.ts';

const TEMPLATE_ROWS = MAX_ROWS;
export const TEMPLATE_SHEET = '需求';
export const HELP_SHEET = '填写说明';
const EXAMPLE_FONT: Partial<ExcelJS.Font> = { italic: true, color: { argb: 'FF808080' } };

/** Kept as text: Excel would drop a phone's leading 0 and turn 1-2 into a date. */
const TEXT_COLUMNS = new Set<ColumnKey>(['village', 'contactPhone', 'itemName', 'unit']);

const NOTES: Partial<Record<ColumnKey, string>> = {
  seq: '可不填；填“示例”的行不导入',
  village: '本乡镇下辖的村（社区）名称，如 中岗村 或 中岗；留空表示乡镇本身的需求',
  title: '不超过 60 字，如“中岗村产业路硬化资金缺口”',
  description: '缺什么、用在哪里、惠及多少人；不要写住户姓名、身份证号、病情等个人信息',
  keyField: '从下拉列表中选择一个',
  keyPopulations: '可不填；多个用顿号“、”分隔，名称见“填写说明”',
  kind: '资金、物资或服务',
  itemName: '物资或服务需求必填，如 书包、义诊医生',
  unit: '物资或服务需求必填，如 个、套、人、人次',
  quantity: '资金：元，最多两位小数，如 12000.5；物资：件数；服务：人数或人次（整数）',
  amount: '可不填；物资或服务的估算价值，元，最多两位小数；资金需求不填',
  deadline: '不早于今天、不晚于三年后；日期格式或 YYYY-MM-DD',
  contactName: '认领的组织确认后联系的人',
  contactPhone: '手机或带区号的固定电话，如 023-58569600',
};

function addDays(date: string, days: number): Date {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d;
}

export async function templateWorkbook(lists: { keyFields: string[]; populations: string[] }, today = chinaToday()): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(TEMPLATE_SHEET);
  templateHeader(sheet, COLUMNS, NOTES, (key) => (TEXT_COLUMNS.has(key) ? '@' : key === 'deadline' ? 'yyyy-mm-dd' : undefined));

  const example: Record<ColumnKey, string | number | Date> = {
    seq: EXAMPLE_MARK,
    village: '中岗村',
    title: '中岗村产业路硬化资金缺口（示例）',
    description: '示例：中岗村 2 组至 5 组产业路 1.2 公里需硬化，惠及 86 户种植户；此行不会导入，可删除',
    keyField: lists.keyFields[0] ?? '',
    keyPopulations: lists.populations.slice(0, 2).join('、'),
    kind: KIND_NAMES.money,
    itemName: '',
    unit: '',
    quantity: 120000.5,
    amount: '',
    deadline: addDays(today, 90),
    contactName: '张联络',
    contactPhone: '023-58569600',
  };
  const row = sheet.addRow(example);
  row.font = EXAMPLE_FONT;

  const help = workbook.addWorksheet(HELP_SHEET);
  help.columns = [{ width: 44 }, { width: 90 }];
  help.addRow(['列', '说明']).font = { bold: true };
  for (const c of COLUMNS) help.addRow([columnLabel(c), NOTES[c.key] ?? '']);
  help.addRow([]);
  help.addRow(['导入规则', `任何一行有问题则整表都不导入，请按列出的行号和列逐项修改后重新上传；一次最多 ${MAX_ROWS} 行。`]);
  help.addRow([]);
  help.addRow(['重点领域（下拉列表）']).font = { bold: true };
  const firstField = help.rowCount + 1;
  for (const name of lists.keyFields) help.addRow([name]);
  const lastField = help.rowCount;
  help.addRow([]);
  help.addRow(['重点人群（可填多个，用顿号“、”分隔）']).font = { bold: true };
  for (const name of lists.populations) help.addRow([name]);

  const validations: Partial<Record<ColumnKey, ListChoices>> = {
    keyField: { formula: `'${HELP_SHEET}'!$A$${firstField}:$A$${lastField}`, choices: `见“${HELP_SHEET}”中的重点领域` },
    kind: { formula: `"${Object.values(KIND_NAMES).join(',')}"`, choices: Object.values(KIND_NAMES).join('、') },
  };
  COLUMNS.forEach((c, i) => {
    const v = validations[c.key];
    if (!v || (c.key === 'keyField' && lists.keyFields.length === 0)) return;
    listValidation(sheet, i, c, v, TEMPLATE_ROWS);
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
