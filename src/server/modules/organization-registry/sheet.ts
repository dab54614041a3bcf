// The registry sheet: its columns (the template's header), finding the header under title rows, and the data rows
// as text. What the values mean is checked in validate.ts.
import { SpreadsheetError, type Table } from '../key-areas/spreadsheet.ts';

export type ColumnKey =
  | 'seq'
  | 'name'
  | 'creditCode'
  | 'form'
  | 'authority'
  | 'supervisingUnit'
  | 'grade'
  | 'gradeYear'
  | 'fields'
  | 'serviceRegions'
  | 'contactName'
  | 'contactPhone'
  | 'isCharity'
  | 'hasPublicFundraising'
  | 'isIndustryAssociation';

export interface Column {
  key: ColumnKey;
  /** The template's header. */
  header: string;
  /** Other headers departments' own sheets use for the same column. */
  aliases: string[];
  required: boolean;
  width: number;
}

/** In the template's order. */
export const COLUMNS: readonly Column[] = [
  { key: 'seq', header: '序号', aliases: ['编号'], required: false, width: 6 },
  { key: 'name', header: '组织名称', aliases: ['社会组织名称', '名称', '单位名称'], required: true, width: 32 },
  { key: 'creditCode', header: '统一社会信用代码', aliases: ['信用代码', '社会信用代码'], required: true, width: 22 },
  { key: 'form', header: '组织形式', aliases: ['组织类型', '类型', '社会组织类型'], required: true, width: 14 },
  { key: 'authority', header: '登记管理机关', aliases: ['登记机关'], required: true, width: 18 },
  { key: 'supervisingUnit', header: '业务主管单位', aliases: ['主管单位'], required: false, width: 18 },
  { key: 'grade', header: '评估等级', aliases: ['等级'], required: false, width: 10 },
  { key: 'gradeYear', header: '评估年份', aliases: [], required: false, width: 10 },
  { key: 'fields', header: '业务领域', aliases: ['帮扶领域', '服务领域'], required: true, width: 28 },
  { key: 'serviceRegions', header: '服务地区', aliases: ['服务区域'], required: true, width: 24 },
  { key: 'contactName', header: '联系人', aliases: [], required: true, width: 10 },
  { key: 'contactPhone', header: '联系电话', aliases: ['联系方式', '电话'], required: true, width: 16 },
  { key: 'isCharity', header: '是否慈善组织', aliases: ['慈善组织'], required: false, width: 12 },
  {
    key: 'hasPublicFundraising',
    header: '公开募捐资格',
    aliases: ['是否具有公开募捐资格', '是否有公开募捐资格'],
    required: false,
    width: 12,
  },
  { key: 'isIndustryAssociation', header: '是否行业协会商会', aliases: ['行业协会商会'], required: false, width: 14 },
];

export const COLUMN_BY_KEY = Object.fromEntries(COLUMNS.map((c) => [c.key, c])) as Record<ColumnKey, Column>;

export interface SheetRow {
  /** The row number as Excel shows it. */
  row: number;
  values: Record<ColumnKey, string>;
  /** The row's cells as read, for the error workbook. */
  cells: string[];
}

export interface Sheet {
  /** The header's cells as written. */
  header: string[];
  /** Zero-based position of each known column in the header (-1 when absent). */
  positions: Record<ColumnKey, number>;
  rows: SheetRow[];
}

const HEADER_SEARCH_ROWS = 10;

function normalizeHeader(s: string): string {
  return s.replace(/[\s\u3000*＊]/g, '').replace(/\(/g, '（').replace(/\)/g, '）');
}

function positionsIn(cells: string[]): Record<ColumnKey, number> {
  const normalized = cells.map(normalizeHeader);
  return Object.fromEntries(
    COLUMNS.map((c) => [c.key, normalized.findIndex((h) => h === c.header || c.aliases.includes(h))]),
  ) as Record<ColumnKey, number>;
}

/** The data rows of the first sheet that has the registry's header in its first ten rows; blank rows skipped. */
export function readRegistrySheet(tables: Table[]): Sheet {
  const required = COLUMNS.filter((c) => c.required);
  let bestMissing = required;
  for (const table of tables) {
    for (let i = 0; i < Math.min(table.length, HEADER_SEARCH_ROWS); i += 1) {
      const cells = table[i] ?? [];
      const positions = positionsIn(cells);
      const missing = required.filter((c) => positions[c.key] === -1);
      if (missing.length === 0) {
        const rows: SheetRow[] = [];
        table.forEach((r, j) => {
          if (j <= i || (r ?? []).every((c) => c.trim() === '')) return;
          const values = Object.fromEntries(
            COLUMNS.map((c) => [c.key, positions[c.key] === -1 ? '' : (r[positions[c.key]] ?? '').trim()]),
          ) as Record<ColumnKey, string>;
          rows.push({ row: j + 1, values, cells: [...r] });
        });
        return { header: cells.map((c) => c.trim()), positions, rows };
      }
      if (missing.length < bestMissing.length) bestMissing = missing;
    }
  }
  throw new SpreadsheetError(
    `表头缺少「${bestMissing.map((c) => c.header).join('」「')}」：请使用导入模板，表头应为 ${COLUMNS.map((c) => c.header).join('、')}（${COLUMNS.filter((c) => !c.required)
      .map((c) => c.header)
      .join('、')} 可省略）`,
  );
}
