// The aid-record sheet: its columns in the template's order, the headers other sheets use for them, and the marks
// the import recognises (the example row, the error workbook's column). What the values mean is checked in check.ts.
import type { SheetColumn } from '../../platform/spreadsheets.ts';

export type ColumnKey =
  | 'seq'
  | 'creditCode'
  | 'regionCode'
  | 'regionName'
  | 'householdId'
  | 'projectId'
  | 'pairingId'
  | 'occurredOn'
  | 'periodEnd'
  | 'kind'
  | 'activityType'
  | 'keyField'
  | 'amount'
  | 'itemName'
  | 'itemQuantity'
  | 'itemUnit'
  | 'purchaseChannel'
  | 'fundingSource'
  | 'staffCount'
  | 'volunteerCount'
  | 'enterpriseCount'
  | 'beneficiaryCount'
  | 'beneficiaryHouseholds'
  | 'summary'
  | 'description'
  | 'externalRef'
  | 'confirmDuplicate';

export interface Column extends SheetColumn<ColumnKey> {
  width: number;
}

export const COLUMNS: readonly Column[] = [
  { key: 'seq', header: '序号', aliases: ['编号'], required: false, width: 6 },
  {
    key: 'creditCode',
    header: '统一社会信用代码',
    aliases: ['信用代码', '社会信用代码', '组织信用代码'],
    required: false,
    width: 22,
  },
  {
    key: 'regionCode',
    header: '地区代码',
    aliases: ['区划代码', '行政区划代码', '帮扶地区代码'],
    required: true,
    width: 15,
  },
  { key: 'regionName', header: '地区名称', aliases: ['帮扶地区', '地区'], required: false, width: 22 },
  { key: 'householdId', header: '住户编号', aliases: ['受助住户编号'], required: false, width: 10 },
  { key: 'projectId', header: '项目编号', aliases: ['所属项目编号'], required: false, width: 10 },
  { key: 'pairingId', header: '结对协议编号', aliases: ['协议编号'], required: false, width: 12 },
  { key: 'occurredOn', header: '帮扶日期', aliases: ['日期', '开始日期'], required: true, width: 12 },
  { key: 'periodEnd', header: '结束日期', aliases: ['截止日期'], required: false, width: 12 },
  { key: 'kind', header: '帮扶方式', aliases: ['帮扶类型', '方式'], required: true, width: 16 },
  { key: 'activityType', header: '活动类型', aliases: [], required: false, width: 12 },
  { key: 'keyField', header: '重点领域', aliases: ['帮扶领域', '领域'], required: true, width: 16 },
  { key: 'amount', header: '金额（元）', aliases: ['金额', '折价（元）'], required: false, width: 14 },
  { key: 'itemName', header: '物资名称', aliases: [], required: false, width: 14 },
  { key: 'itemQuantity', header: '物资数量', aliases: [], required: false, width: 10 },
  { key: 'itemUnit', header: '物资单位', aliases: [], required: false, width: 8 },
  { key: 'purchaseChannel', header: '消费渠道', aliases: ['消费帮扶渠道', '渠道'], required: false, width: 18 },
  { key: 'fundingSource', header: '资金来源', aliases: [], required: false, width: 18 },
  { key: 'staffCount', header: '工作人员人次', aliases: ['参与工作人员人次'], required: false, width: 12 },
  { key: 'volunteerCount', header: '志愿者人次', aliases: ['参与志愿者人次'], required: false, width: 12 },
  { key: 'enterpriseCount', header: '会员企业家次', aliases: ['参与会员企业家次'], required: false, width: 12 },
  { key: 'beneficiaryCount', header: '受益人次', aliases: [], required: false, width: 10 },
  { key: 'beneficiaryHouseholds', header: '受益户数', aliases: [], required: false, width: 10 },
  { key: 'summary', header: '帮扶内容', aliases: ['内容', '帮扶内容摘要'], required: true, width: 30 },
  { key: 'description', header: '说明', aliases: ['详细说明', '备注'], required: false, width: 30 },
  { key: 'externalRef', header: '票据编号', aliases: ['捐赠编号', '票据 / 捐赠编号'], required: false, width: 16 },
  { key: 'confirmDuplicate', header: '确认非重复', aliases: ['确认不是重复录入'], required: false, width: 10 },
];

export const COLUMN_BY_KEY = Object.fromEntries(COLUMNS.map((c) => [c.key, c])) as Record<ColumnKey, Column>;

/** 序号 of the template's example row: it shows how to fill the sheet and is never imported. */
export const EXAMPLE_MARK = '示例';
/** The error workbook's first column; ignored when that workbook is imported again. */
export const ERROR_HEADER = '错误说明';
export const DATA_SHEET = '帮扶记录';
export const HELP_SHEET = '填写说明';
export const LISTS_SHEET = '选项';
