// The ledger (台账): one aid record is one act of help, written once by its giver (an organization or a caring
// individual); corrected by a reversal (冲销) and a new record, never edited; confirmed or disputed by the liaison of
// the place. This file is the API contract the server and the web app share.
import { Type, type Static } from 'typebox';
import {
  ACTIVITY_TYPES,
  AID_CONFIRMATIONS,
  AID_KINDS,
  AID_RECORD_STANDINGS,
  GIVER_FORMS,
  PURCHASE_CHANNELS,
} from '../../../common/ledger.ts';
import { FUNDING_SOURCES } from '../../../common/projects.ts';
import { PageQuery } from '../../platform/http.ts';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

const Id = (title: string) => Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER, title });
const IsoDate = (title: string) => Type.String({ pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$', title, description: 'YYYY-MM-DD' });
const Code = (title: string) => Type.String({ pattern: '^[a-z][a-z0-9_]{1,47}$', title });
const Fen = (title: string) => Type.Integer({ minimum: 0, maximum: 100_000_000_000, title });
const Count = (title: string) => Type.Integer({ minimum: 0, maximum: 10_000_000, title });
const RegionCode = (title: string) => Type.String({ pattern: '^[0-9]{6,12}$', title, description: '区县、乡镇或村的区划代码' });

export const AidKind = Type.Enum(AID_KINDS, {
  title: '帮扶方式',
  description: 'activity 帮扶活动；funds 捐赠资金；materials 捐赠物资；purchase 消费帮扶；service 志愿/专业服务；employment 就业帮扶',
});
export const PurchaseChannel = Type.Enum(PURCHASE_CHANNELS, {
  title: '消费帮扶渠道',
  description: 'online 电商；market 商超市场；paired_sale 结对采购；tourism 乡村旅游；fair 展销会；labour 劳务协作',
});
export const GiverForm = Type.Enum(GIVER_FORMS, { title: '帮扶主体类型' });
export const AidConfirmation = Type.Enum(AID_CONFIRMATIONS, { title: '收悉确认', description: 'unconfirmed 待确认；confirmed 已确认；disputed 有异议' });
export const AidRecordStanding = Type.Enum(AID_RECORD_STANDINGS, { title: '记录状态', description: 'standing 有效；reversed 已冲销；reversal 冲销记录' });
export const FundingSource = Type.Enum(FUNDING_SOURCES, { title: '资金来源' });

export const AidItem = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 60, title: '物资名称' }),
    quantity: Type.Integer({ minimum: 1, maximum: 100_000_000, title: '数量' }),
    unit: Type.String({ minLength: 1, maxLength: 10, title: '单位' }),
    valueFen: Fen('折价（分）'),
  },
  { additionalProperties: false },
);
export type AidItem = Static<typeof AidItem>;

/** What a giver writes. Rules beyond the schema (checked together, field by field): materials need items and the
 * amount equals their valuation; purchase needs a channel; the household lies in the place; the project and pairing
 * are the giver's; the place lies in the program's region; no date in the future; period end after the date. */
export const AidRecordInput = Type.Object(
  {
    regionCode: RegionCode('帮扶地区'),
    householdId: Type.Optional(Nullable(Id('受助住户'))),
    needId: Type.Optional(Nullable(Id('对应需求'))),
    pairingId: Type.Optional(Nullable(Id('所属结对协议'))),
    projectId: Type.Optional(Nullable(Id('所属项目'))),
    programId: Type.Optional(Nullable(Id('帮扶计划'))),
    occurredOn: IsoDate('帮扶日期'),
    periodEnd: Type.Optional(Nullable(IsoDate('结束日期'))),
    kind: AidKind,
    activityType: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 30, title: '活动类型' }))),
    keyFieldCode: Code('重点领域'),
    amountFen: Fen('金额（分）'),
    items: Type.Optional(Type.Array(AidItem, { maxItems: 50, title: '物资明细' })),
    purchaseChannel: Type.Optional(Nullable(PurchaseChannel)),
    staffCount: Type.Optional(Count('参与工作人员（人次）')),
    volunteerCount: Type.Optional(Count('参与志愿者（人次）')),
    enterpriseCount: Type.Optional(Count('参与会员企业（家次）')),
    beneficiaryCount: Type.Optional(Count('受益人次')),
    beneficiaryHouseholds: Type.Optional(Count('受益户数')),
    fundingSource: Type.Optional(Nullable(FundingSource)),
    summary: Type.String({ minLength: 1, maxLength: 200, title: '帮扶内容' }),
    description: Type.Optional(Nullable(Type.String({ maxLength: 2000, title: '详细说明' }))),
    externalRef: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 60, title: '票据 / 捐赠编号' }))),
    /** Set after the server answered AID_DUPLICATE for the same content within a day: keep it, flagged. */
    confirmDuplicate: Type.Optional(Type.Boolean({ title: '确认不是重复录入' })),
  },
  { additionalProperties: false },
);
export type AidRecordInput = Static<typeof AidRecordInput>;

export const ReverseBody = Type.Object(
  { reason: Type.String({ minLength: 1, maxLength: 500, title: '冲销原因' }) },
  { additionalProperties: false },
);
export type ReverseBody = Static<typeof ReverseBody>;

export const CorrectBody = Type.Object(
  { reason: Type.String({ minLength: 1, maxLength: 500, title: '更正原因' }), record: AidRecordInput },
  { additionalProperties: false },
);
export type CorrectBody = Static<typeof CorrectBody>;

export const ReceiptBody = Type.Object(
  {
    status: Type.Enum(['confirmed', 'disputed'] as const, { title: '确认结果' }),
    byHousehold: Type.Optional(Type.Boolean({ title: '由受助户本人确认' })),
    reason: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 500, title: '说明' }))),
  },
  { additionalProperties: false },
);
export type ReceiptBody = Static<typeof ReceiptBody>;

const Giver = Type.Object({
  kind: Type.Enum(['organization', 'caring'] as const),
  organizationId: Nullable(Type.Integer()),
  /** Organization name, or a caring individual's name masked (张**) for everyone but themselves and officials. */
  name: Type.String(),
  form: GiverForm,
});

export const AidRecordView = Type.Object({
  id: Type.Integer(),
  seq: Type.Integer({ description: '在该帮扶主体台账链中的序号' }),
  giver: Giver,
  counterpart: Type.Boolean({ description: '对口支援 / 东西部协作' }),
  regionCode: Type.String(),
  regionName: Type.String({ description: '完整地区名，如 重庆市巫溪县红池坝镇茶山村' }),
  household: Nullable(Type.Object({ id: Type.Integer(), label: Type.String({ description: '户主姓名（按角色脱敏）' }) })),
  needId: Nullable(Type.Integer()),
  pairingId: Nullable(Type.Integer()),
  projectId: Nullable(Type.Integer()),
  projectName: Nullable(Type.String()),
  programId: Nullable(Type.Integer()),
  occurredOn: Type.String(),
  periodEnd: Nullable(Type.String()),
  kind: AidKind,
  activityType: Nullable(Type.String()),
  keyFieldCode: Type.String(),
  amountFen: Type.Integer({ description: '冲销记录为负数' }),
  materialQuantity: Type.Integer(),
  purchaseChannel: Nullable(PurchaseChannel),
  staffCount: Type.Integer(),
  volunteerCount: Type.Integer(),
  enterpriseCount: Type.Integer(),
  beneficiaryCount: Type.Integer(),
  beneficiaryHouseholds: Type.Integer(),
  fundingSource: Nullable(Type.String()),
  summary: Type.String(),
  externalRef: Nullable(Type.String()),
  standing: AidRecordStanding,
  confirmation: AidConfirmation,
  reversesId: Nullable(Type.Integer()),
  reversedById: Nullable(Type.Integer()),
  replacesId: Nullable(Type.Integer()),
  suspectedDuplicateOf: Nullable(Type.Integer()),
  createdAt: Type.String(),
});
export type AidRecordView = Static<typeof AidRecordView>;

export const AidReceiptView = Type.Object({
  id: Type.Integer(),
  status: Type.Enum(['confirmed', 'disputed'] as const),
  byHousehold: Type.Boolean(),
  reason: Nullable(Type.String()),
  by: Type.String({ description: '确认人（联系人姓名）' }),
  at: Type.String(),
});

export const AidRecordDetail = Type.Object({
  record: AidRecordView,
  description: Nullable(Type.String()),
  reason: Nullable(Type.String({ description: '冲销 / 更正原因' })),
  items: Type.Array(AidItem),
  files: Type.Array(
    Type.Object({ id: Type.Integer(), name: Type.String(), mime: Type.String(), sizeBytes: Type.Integer(), addedAt: Type.String() }),
  ),
  receipts: Type.Array(AidReceiptView),
  /** The record that corrected this one (its replacement), when it was corrected. */
  replacedById: Nullable(Type.Integer()),
  hash: Type.String({ description: '本条记录的链式哈希' }),
  prevHash: Type.String(),
  /** What the caller may do now. */
  can: Type.Object({ reverse: Type.Boolean(), correct: Type.Boolean(), confirm: Type.Boolean(), addFiles: Type.Boolean() }),
});
export type AidRecordDetail = Static<typeof AidRecordDetail>;

/** The filters of the ledger list; the statistics' drill-down passes the same ones. */
export const AidRecordFilters = {
  region: Type.Optional(Type.String({ pattern: '^[0-9]{2,12}$', title: '地区（含下级）' })),
  from: Type.Optional(IsoDate('起始日期')),
  to: Type.Optional(IsoDate('截止日期')),
  programId: Type.Optional(Id('帮扶计划')),
  keyField: Type.Optional(Code('重点领域')),
  giverForm: Type.Optional(GiverForm),
  organizationId: Type.Optional(Id('社会组织')),
  kind: Type.Optional(AidKind),
  purchaseChannel: Type.Optional(PurchaseChannel),
  confirmation: Type.Optional(AidConfirmation),
  counterpart: Type.Optional(Type.Boolean({ title: '对口支援' })),
  standing: Type.Optional(AidRecordStanding),
  householdId: Type.Optional(Id('受助住户')),
  projectId: Type.Optional(Id('项目')),
  pairingId: Type.Optional(Id('结对协议')),
  needId: Type.Optional(Id('需求')),
  importJobId: Type.Optional(Type.String({ format: 'uuid', title: '导入任务' })),
  duplicateOnly: Type.Optional(Type.Boolean({ title: '只看疑似重复录入' })),
};
export const AidRecordListQuery = Type.Object(
  { ...AidRecordFilters, ...PageQuery },
  { additionalProperties: false },
);
export type AidRecordListQuery = Static<typeof AidRecordListQuery>;
export const AidRecordExportBody = Type.Object({ ...AidRecordFilters }, { additionalProperties: false });
export type AidRecordExportBody = Static<typeof AidRecordExportBody>;

export const AidRecordPage = Type.Object({
  items: Type.Array(AidRecordView),
  nextCursor: Nullable(Type.String()),
});
export type AidRecordPage = Static<typeof AidRecordPage>;

export const AidRecordCreated = Type.Object({
  record: AidRecordView,
  /** A record of another giver for the same household and field within 90 days: shown, not refused. */
  possibleDuplications: Type.Array(Type.Integer()),
});
export type AidRecordCreated = Static<typeof AidRecordCreated>;

export const CorrectionCreated = Type.Object({ reversal: AidRecordView, replacement: AidRecordView });
export type CorrectionCreated = Static<typeof CorrectionCreated>;

/** One household helped by several givers for the same field within the window: shown to liaisons and officials. */
export const DuplicationRow = Type.Object({
  householdId: Type.Integer(),
  householdLabel: Type.String({ description: '户主姓名（脱敏）' }),
  regionCode: Type.String(),
  regionName: Type.String(),
  keyFieldCode: Type.String(),
  givers: Type.Array(Type.Object({ name: Type.String(), organizationId: Nullable(Type.Integer()) })),
  records: Type.Array(Type.Object({ id: Type.Integer(), occurredOn: Type.String(), amountFen: Type.Integer(), kind: AidKind, giverName: Type.String() })),
});
export const DuplicationQuery = Type.Object(
  {
    region: Type.Optional(Type.String({ pattern: '^[0-9]{2,12}$', title: '地区（含下级）' })),
    from: Type.Optional(IsoDate('起始日期')),
    to: Type.Optional(IsoDate('截止日期')),
    ...PageQuery,
  },
  { additionalProperties: false },
);
export type DuplicationQuery = Static<typeof DuplicationQuery>;
export const DuplicationPage = Type.Object({ items: Type.Array(DuplicationRow), nextCursor: Nullable(Type.String()) });
export type DuplicationPage = Static<typeof DuplicationPage>;

export const ACTIVITY_TYPE_CODES = ACTIVITY_TYPES;
