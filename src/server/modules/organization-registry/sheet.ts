// The registry sheet: its columns (the template's header), and its data rows as text found under the header (the
// reading and the header search are platform/spreadsheets.ts). What the values mean is checked in validate.ts.
import {
  findHeaderedSheet,
  type HeaderedRow,
  type HeaderedSheet,
  type SheetColumn,
  type Table,
} from '../../platform/spreadsheets.ts';

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

/** A column with its width in the template. */
export interface Column extends SheetColumn<ColumnKey> {
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

export type SheetRow = HeaderedRow<ColumnKey>;
export type Sheet = HeaderedSheet<ColumnKey>;

/** The data rows of the first sheet that has the registry's header in its first ten rows; blank rows skipped. */
export function readRegistrySheet(tables: Table[]): Sheet {
  return findHeaderedSheet(tables, COLUMNS);
}
