// The template givers fill in: the header (required columns in red, a note on each), one example row (序号 “示例”,
// never imported), Excel's own checks on the cells (drop-down lists, dates, whole numbers, amounts), a sheet of
// instructions, and a sheet of the lists the drop-downs read (a range rather than an inline list, which Excel caps at
// 255 characters and which would not follow the key fields as they change).
import ExcelJS from 'exceljs';
import { addDays, chinaToday } from '../../../common/glossary.ts';
import { MAX_IMPORT_ROWS } from '../../../common/ledger.ts';
import { columnLabel, templateHeader } from '../../platform/workbook-style.ts';
import {
  ACTIVITY_CHOICES,
  CHANNEL_CHOICES,
  KIND_CHOICES,
  MAX_COUNT,
  MAX_FEN,
  MAX_QUANTITY,
  SOURCE_CHOICES,
} from './cells.ts';
import { COLUMNS, DATA_SHEET, EXAMPLE_MARK, HELP_SHEET, LISTS_SHEET, type ColumnKey } from './columns.ts';

/** Rows below the header that carry the cell checks (pasted cells bypass them anyway; the import checks every row). */
export const VALIDATED_ROWS = 5000;
const EXAMPLE_FONT: Partial<ExcelJS.Font> = { italic: true, color: { argb: 'FF808080' } };

/** Kept as text: Excel would show a 12-digit code as 5.00238E+11 and drop a credit code's meaning. */
const TEXT_COLUMNS = new Set<ColumnKey>([
  'creditCode',
  'regionCode',
  'regionName',
  'itemName',
  'itemUnit',
  'summary',
  'description',
  'externalRef',
]);
const DATE_COLUMNS = new Set<ColumnKey>(['occurredOn', 'periodEnd']);

const NOTES: Record<ColumnKey, string> = {
  seq: '可不填；填“示例”的行不导入',
  creditCode:
    '部门代社会组织导入时必填：帮扶主体的 18 位统一社会信用代码；社会组织导入本组织的记录时不填（填了也不使用）',
  regionCode: '帮扶地区的区划代码：区县 6 位、乡镇（街道）9 位或村（社区）12 位，如 500238118201',
  regionName: '可不填；填写时须与地区代码一致，如 巫溪县红池坝镇中岗村',
  householdId: '可不填；受助住户在平台上的编号（由村联系人提供）',
  projectId: '可不填；本组织已签约项目的编号，帮扶地区须在项目的实施地区内',
  pairingId: '可不填；本组织已确认的结对协议编号，帮扶地区须在协议的帮扶地区内',
  occurredOn: '帮扶发生的日期，不晚于今天；日期格式或 YYYY-MM-DD',
  periodEnd: '可不填；持续一段时间的帮扶（培训班、一季的采购）填写最后一天',
  kind: `从下拉列表中选择：${KIND_CHOICES.join('、')}`,
  activityType: `帮扶活动必填，如 ${ACTIVITY_CHOICES.slice(0, 4).join('、')}，也可填写其他类型`,
  keyField: '从下拉列表中选择一个重点领域',
  amount:
    '元，最多两位小数：捐赠资金的金额、捐赠物资的折价、消费帮扶的采购额，或活动、服务的花费；资金、物资和消费帮扶须大于 0',
  itemName: '捐赠物资必填，每行一种物资，如 书包',
  itemQuantity: '捐赠物资必填，整数，如 20',
  itemUnit: '捐赠物资必填，如 个、套、件',
  purchaseChannel: `消费帮扶必填，从下拉列表中选择：${CHANNEL_CHOICES.join('、')}`,
  fundingSource: '可不填；从下拉列表中选择',
  staffCount: '可不填；参与的工作人员人次（整数）',
  volunteerCount: '可不填；参与的志愿者人次（整数）',
  enterpriseCount: '可不填；参与的会员企业家次（整数）',
  beneficiaryCount: '可不填；受益人次（整数）',
  beneficiaryHouseholds: '可不填；受益户数（整数；指定了住户时最多 1）',
  summary: '一句话说明帮扶内容，不超过 200 字；不要写住户姓名、身份证号、病情等个人信息',
  description: '可不填；详细说明，不超过 2000 字',
  externalRef: '可不填；本组织的票据或捐赠编号，同一编号不能重复录入',
  confirmDuplicate: '可不填；与一天内已录入的记录内容相同（同一地区、方式、领域、金额和日期）时，确为两次帮扶请填“是”',
};

/** The lists sheet: one column per list, header in row 1; returns the range formula of each. */
function listsSheet(workbook: ExcelJS.Workbook, lists: Record<string, readonly string[]>): Record<string, string> {
  const sheet = workbook.addWorksheet(LISTS_SHEET, { state: 'hidden' });
  const ranges: Record<string, string> = {};
  Object.entries(lists).forEach(([title, values], i) => {
    const column = sheet.getColumn(i + 1);
    column.width = 24;
    sheet.getCell(1, i + 1).value = title;
    values.forEach((v, j) => (sheet.getCell(j + 2, i + 1).value = v));
    const letter = column.letter;
    ranges[title] = `'${LISTS_SHEET}'!$${letter}$2:$${letter}$${Math.max(2, values.length + 1)}`;
  });
  return ranges;
}

type Validations = { add(address: string, validation: ExcelJS.DataValidation): void };

export async function templateWorkbook(keyFields: readonly string[], today = chinaToday()): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(DATA_SHEET);
  const help = workbook.addWorksheet(HELP_SHEET);
  templateHeader(sheet, COLUMNS, NOTES, (key) =>
    TEXT_COLUMNS.has(key) ? '@' : DATE_COLUMNS.has(key) ? 'yyyy-mm-dd' : undefined,
  );

  const example: Record<ColumnKey, string | number | Date | null> = {
    seq: EXAMPLE_MARK,
    creditCode: '',
    regionCode: '500238118201',
    regionName: '巫溪县红池坝镇中岗村',
    householdId: null,
    projectId: null,
    pairingId: null,
    occurredOn: new Date(`${addDays(today, -7)}T00:00:00Z`),
    periodEnd: null,
    kind: KIND_CHOICES[2]!,
    activityType: '',
    keyField: keyFields.includes('教育帮扶') ? '教育帮扶' : (keyFields[0] ?? ''),
    amount: 3200.5,
    itemName: '书包',
    itemQuantity: 40,
    itemUnit: '个',
    purchaseChannel: '',
    fundingSource: SOURCE_CHOICES[0]!,
    staffCount: 2,
    volunteerCount: 5,
    enterpriseCount: 0,
    beneficiaryCount: 40,
    beneficiaryHouseholds: 36,
    summary: '示例：为中岗村小学捐赠书包 40 个（此行不会导入，可删除）',
    description: '',
    externalRef: 'JZ-2026-0001',
    confirmDuplicate: '否',
  };
  sheet.addRow(example).font = EXAMPLE_FONT;

  const ranges = listsSheet(workbook, {
    帮扶方式: KIND_CHOICES,
    重点领域: keyFields,
    活动类型: ACTIVITY_CHOICES,
    消费渠道: CHANNEL_CHOICES,
    资金来源: SOURCE_CHOICES,
  });
  const validations = (sheet as unknown as { dataValidations: Validations }).dataValidations;
  const last = VALIDATED_ROWS + 1;
  COLUMNS.forEach((c, i) => {
    const letter = sheet.getColumn(i + 1).letter;
    const base = { allowBlank: !c.required, showErrorMessage: true, errorStyle: 'stop' as const, errorTitle: c.header };
    const list = (formula: string, strict = true): ExcelJS.DataValidation => ({
      ...base,
      type: 'list',
      formulae: [formula],
      showErrorMessage: strict,
      error: `请从下拉列表中选择（列表见“${LISTS_SHEET}”）`,
    });
    const whole = (min: number, max: number): ExcelJS.DataValidation => ({
      ...base,
      type: 'whole',
      operator: 'between',
      formulae: [min, max],
      error: `请填写 ${min} 到 ${max} 之间的整数`,
    });
    const rules: Partial<Record<ColumnKey, ExcelJS.DataValidation>> = {
      kind: list(ranges['帮扶方式']!),
      keyField: list(ranges['重点领域']!),
      // Other activity types are allowed: the list only suggests.
      activityType: list(ranges['活动类型']!, false),
      purchaseChannel: list(ranges['消费渠道']!),
      fundingSource: list(ranges['资金来源']!),
      confirmDuplicate: { ...list('"是,否"'), error: '请填“是”或“否”' },
      occurredOn: {
        ...base,
        type: 'date',
        operator: 'between',
        formulae: [new Date('2000-01-01T00:00:00Z'), new Date(`${today}T00:00:00Z`)],
        error: '请填写不晚于今天的日期，如 2026-03-15',
      },
      periodEnd: {
        ...base,
        type: 'date',
        operator: 'greaterThanOrEqual',
        formulae: [new Date('2000-01-01T00:00:00Z')],
        error: '请填写日期，如 2026-03-31',
      },
      amount: {
        ...base,
        type: 'decimal',
        operator: 'between',
        formulae: [0, MAX_FEN / 100],
        error: '请填写不小于 0 的金额（元），最多两位小数',
      },
      itemQuantity: whole(1, MAX_QUANTITY),
      householdId: whole(1, 2_147_483_647),
      projectId: whole(1, 2_147_483_647),
      pairingId: whole(1, 2_147_483_647),
      staffCount: whole(0, MAX_COUNT),
      volunteerCount: whole(0, MAX_COUNT),
      enterpriseCount: whole(0, MAX_COUNT),
      beneficiaryCount: whole(0, MAX_COUNT),
      beneficiaryHouseholds: whole(0, MAX_COUNT),
      summary: { ...base, type: 'textLength', operator: 'between', formulae: [1, 200], error: '帮扶内容不超过 200 字' },
      externalRef: {
        ...base,
        type: 'textLength',
        operator: 'lessThanOrEqual',
        formulae: [60],
        error: '票据编号不超过 60 个字符',
      },
    };
    const rule = rules[c.key];
    if (rule) validations.add(`${letter}2:${letter}${last}`, rule);
  });

  help.columns = [{ width: 24 }, { width: 100 }];
  help.addRow(['列', '填写说明']).font = { bold: true };
  for (const c of COLUMNS) help.addRow([columnLabel(c), NOTES[c.key]]);
  help.addRow([]);
  const rules = [
    [
      '导入规则',
      `任何一行有问题则整表都不保存；系统会返回“错误标注表”，在每个有问题的行前写明原因，修改后可直接重新上传。一次最多 ${MAX_IMPORT_ROWS} 行。`,
    ],
    [
      '重复录入',
      '同一票据编号不能重复录入；同一组织在同一天、同一地区、同一方式、领域和金额的记录视为重复录入，确为两次帮扶请在“确认非重复”填“是”。',
    ],
    ['捐赠物资', '每行一种物资：填写物资名称、数量和单位，金额即这批物资的折价。'],
    ['对口支援', '组织登记所在省份与帮扶地区所在省份不同的记录，自动计为对口支援（东西部协作）。'],
    ['下拉列表', `帮扶方式、重点领域、活动类型、消费渠道和资金来源的选项见隐藏的“${LISTS_SHEET}”工作表。`],
  ];
  for (const r of rules) help.addRow(r).getCell(1).font = { bold: true };
  help.getColumn(2).alignment = { wrapText: true, vertical: 'top' };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
