// Needs (需求): published by liaisons (and county officials for county-wide needs), found and claimed by organizations
// and caring individuals. This file is the API contract the server and the web app share.
import { Type, type Static } from 'typebox';
import {
  KEY_AREA_KINDS,
  NEED_KINDS,
  NEED_SORTS,
  NEED_STATUSES,
  OPEN_NEED_STATUSES,
  SEARCH_STATUSES,
  VISIBLE_NEED_STATUSES,
} from '../../../common/needs.ts';
import { PageQuery } from '../../platform/http.ts';
import { MaskedHousehold } from '../households/schemas.ts';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

// The codes live in src/common (the web app reads them too); they are exported again here for the server's modules.
export {
  KEY_AREA_KINDS,
  NEED_KINDS,
  NEED_SORTS,
  NEED_STATUSES,
  OPEN_NEED_STATUSES,
  SEARCH_STATUSES,
  VISIBLE_NEED_STATUSES,
};
export type NeedKind = (typeof NEED_KINDS)[number];
export type NeedStatus = (typeof NEED_STATUSES)[number];
export type NeedSort = (typeof NEED_SORTS)[number];
export type KeyAreaKind = (typeof KEY_AREA_KINDS)[number];

export const NeedKind = Type.Enum(NEED_KINDS, {
  title: '需求类型',
  description: 'money 资金（数量单位为分）；materials 物资（数量 + 单位）；service 服务或人员（人数或人次）',
});
export const NeedStatus = Type.Enum(NEED_STATUSES, {
  title: '状态',
  description:
    'draft 草稿；published 已发布；partly_claimed 部分认领；claimed 已认领满；fulfilled 已对接成功；closed 已关闭；expired 已过期；withdrawn 已撤回；taken_down 已被下架',
});
const RegionCode = Type.String({ pattern: '^[0-9]{2,12}$', title: '地区' });
const FieldCode = Type.String({ pattern: '^[a-z][a-z0-9_]{1,47}$', title: '重点领域' });
const PopulationCode = Type.String({ pattern: '^[a-z][a-z0-9_]{1,47}$', title: '重点人群' });
const IsoDate = Type.String({ pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$', title: '日期', description: 'YYYY-MM-DD' });

const NeedFields = {
  /** County (6), township (9) or village (12) in the caller's scope; omitted for a household need (its village). */
  regionCode: Type.Optional(
    Type.String({ pattern: '^[0-9]{6,12}$', title: '需求所属地区', description: '区县、乡镇或村的区划代码' }),
  ),
  householdId: Type.Optional(Nullable(Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER, title: '住户' }))),
  title: Type.String({ minLength: 1, maxLength: 60, title: '标题' }),
  description: Type.String({ minLength: 1, maxLength: 2000, title: '需求说明' }),
  keyFieldCode: FieldCode,
  keyPopulationCodes: Type.Array(PopulationCode, { maxItems: 10, uniqueItems: true, title: '重点人群' }),
  kind: NeedKind,
  itemName: Type.Optional(Nullable(Type.String({ maxLength: 50, title: '物资或服务名称' }))),
  unit: Type.Optional(Nullable(Type.String({ maxLength: 10, title: '单位', description: '如 台、套、箱、人、人次' }))),
  /** Money: fen; materials: how many units; service: how many people or person-times. */
  quantity: Type.Integer({ minimum: 1, maximum: 100_000_000_000, title: '数量' }),
  /** For materials and services: their estimated value in fen (optional); for money it must be absent or equal. */
  amountFen: Type.Optional(Nullable(Type.Integer({ minimum: 0, maximum: 100_000_000_000, title: '估算金额（分）' }))),
  deadline: { ...IsoDate, title: '截止日期' },
  contactName: Type.String({ minLength: 1, maxLength: 30, title: '对接联系人' }),
  contactPhone: Type.String({ minLength: 1, maxLength: 20, title: '联系电话' }),
};

export const CreateNeedBody = Type.Object(
  { ...NeedFields, publish: Type.Optional(Type.Boolean({ title: '立即发布', description: 'false 或省略：存为草稿' })) },
  { additionalProperties: false },
);
export type CreateNeedBody = Static<typeof CreateNeedBody>;

/** Editable while a draft, or while published with nothing claimed; the place and household are fixed. */
export const UpdateNeedBody = Type.Object(
  {
    title: Type.Optional(NeedFields.title),
    description: Type.Optional(NeedFields.description),
    keyFieldCode: Type.Optional(FieldCode),
    keyPopulationCodes: Type.Optional(NeedFields.keyPopulationCodes),
    kind: Type.Optional(NeedKind),
    itemName: NeedFields.itemName,
    unit: NeedFields.unit,
    quantity: Type.Optional(NeedFields.quantity),
    amountFen: NeedFields.amountFen,
    deadline: Type.Optional(NeedFields.deadline),
    contactName: Type.Optional(NeedFields.contactName),
    contactPhone: Type.Optional(NeedFields.contactPhone),
  },
  { additionalProperties: false },
);
export type UpdateNeedBody = Static<typeof UpdateNeedBody>;

export const NeedIdParams = Type.Object({
  id: Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER, title: '需求编号' }),
});
export const NeedFileParams = Type.Object({
  id: Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER, title: '需求编号' }),
  fileId: Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER, title: '文件编号' }),
});
export const ReasonBody = Type.Object(
  { reason: Type.String({ minLength: 1, maxLength: 500, title: '原因' }) },
  { additionalProperties: false },
);
export type ReasonBody = Static<typeof ReasonBody>;

const NamedRegion = Type.Object({
  code: Type.String(),
  name: Type.String({ description: '完整路径，如 重庆市 / 巫溪县 / 红池坝镇 / 中岗村' }),
});

const NeedSummaryFields = {
  id: Type.Integer(),
  title: Type.String(),
  region: NamedRegion,
  isHouseholdNeed: Type.Boolean(),
  keyFieldCode: Type.String(),
  keyPopulationCodes: Type.Array(Type.String()),
  kind: NeedKind,
  itemName: Nullable(Type.String()),
  unit: Nullable(Type.String()),
  quantity: Type.Integer(),
  claimedQuantity: Type.Integer(),
  confirmedQuantity: Type.Integer(),
  amountFen: Nullable(Type.Integer()),
  deadline: Type.String(),
  status: NeedStatus,
  keyAreaKinds: Type.Array(Type.Enum(KEY_AREA_KINDS)),
  publishedAt: Nullable(Type.String({ format: 'date-time' })),
};
export const NeedSummary = Type.Object(NeedSummaryFields);
export type NeedSummary = Static<typeof NeedSummary>;

export const NeedFile = Type.Object({
  id: Type.Integer(),
  kind: Type.Enum(['photo', 'document'] as const),
  name: Type.String(),
  mime: Type.String(),
  sizeBytes: Type.Integer(),
  url: Type.String({ description: 'GET 该地址取文件' }),
});
export type NeedFile = Static<typeof NeedFile>;

/** What the caller may do with this need now (the web app shows the buttons; the server checks again). */
export const NeedActions = Type.Object({
  edit: Type.Boolean(),
  publish: Type.Boolean(),
  withdraw: Type.Boolean(),
  close: Type.Boolean(),
  takeDown: Type.Boolean(),
  claim: Type.Boolean(),
});

export const NeedDetail = Type.Object({
  ...NeedSummaryFields,
  description: Type.String(),
  files: Type.Array(NeedFile),
  household: Nullable(MaskedHousehold),
  /** The liaison's contact: to the liaison and officials in scope, and to claimants whose claim is confirmed. */
  contact: Nullable(Type.Object({ name: Type.String(), phone: Type.String() })),
  statusReason: Nullable(Type.String()),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
  actions: NeedActions,
});
export type NeedDetail = Static<typeof NeedDetail>;

const SearchFilters = {
  q: Type.Optional(Type.String({ minLength: 1, maxLength: 50, title: '关键词', description: '标题中的字词' })),
  region: Type.Optional({ ...RegionCode, title: '地区', description: '该地区及其下级' }),
  field: Type.Optional(FieldCode),
  population: Type.Optional(PopulationCode),
  keyAreasOnly: Type.Optional(Type.Boolean({ title: '只看重点地区' })),
  householdOnly: Type.Optional(Type.Boolean({ title: '只看住户需求' })),
  kind: Type.Optional(NeedKind),
  minAmountFen: Type.Optional(Type.Integer({ minimum: 0, maximum: 100_000_000_000, title: '最低金额（分）' })),
  maxAmountFen: Type.Optional(Type.Integer({ minimum: 0, maximum: 100_000_000_000, title: '最高金额（分）' })),
  deadlineFrom: Type.Optional({ ...IsoDate, title: '截止日期不早于' }),
  deadlineTo: Type.Optional({ ...IsoDate, title: '截止日期不晚于' }),
  sort: Type.Optional(
    Type.Enum(NEED_SORTS, {
      title: '排序',
      description: 'deadline 截止日期近的在前；newest 最新发布；amount 金额大的在前',
    }),
  ),
  ...PageQuery,
};

/** Finding needs (organizations, caring individuals, anyone signed in): visible statuses only; open by default. */
export const SearchNeedsQuery = Type.Object(
  {
    ...SearchFilters,
    status: Type.Optional(
      Type.Enum(SEARCH_STATUSES, {
        title: '状态',
        description: 'open（默认）：已发布或部分认领，仍可认领',
      }),
    ),
  },
  { additionalProperties: false },
);
export type SearchNeedsQuery = Static<typeof SearchNeedsQuery>;

/** Liaisons and officials: every need in their scope, drafts and withdrawn included. */
export const ManagedNeedsQuery = Type.Object(
  {
    q: SearchFilters.q,
    region: SearchFilters.region,
    field: SearchFilters.field,
    householdId: Type.Optional(Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER, title: '住户' })),
    status: Type.Optional(NeedStatus),
    ...PageQuery,
  },
  { additionalProperties: false },
);
export type ManagedNeedsQuery = Static<typeof ManagedNeedsQuery>;

export const NeedPage = Type.Object({ items: Type.Array(NeedSummary), nextCursor: Nullable(Type.String()) });
export type NeedPage = Static<typeof NeedPage>;

export const SuggestedNeed = Type.Object({
  ...NeedSummaryFields,
  score: Type.Integer({ description: '越高越相符' }),
  /** Why it fits, in Chinese, e.g. “领域相符：教育帮扶”, “在服务地区内：巫溪县”, “定点攻坚村”, “还有 5 天截止”. */
  reasons: Type.Array(Type.String()),
});
export type SuggestedNeed = Static<typeof SuggestedNeed>;
export const SuggestedNeeds = Type.Object({ items: Type.Array(SuggestedNeed) });
export type SuggestedNeeds = Static<typeof SuggestedNeeds>;

/** The public view: no household identity (a household need shows only its village) and no contact. */
export const PublicNeed = Type.Object({
  id: Type.Integer(),
  title: Type.String(),
  description: Type.String(),
  region: NamedRegion,
  isHouseholdNeed: Type.Boolean(),
  keyFieldCode: Type.String(),
  kind: NeedKind,
  itemName: Nullable(Type.String()),
  unit: Nullable(Type.String()),
  quantity: Type.Integer(),
  claimedQuantity: Type.Integer(),
  confirmedQuantity: Type.Integer(),
  deadline: Type.String(),
  status: NeedStatus,
  keyAreaKinds: Type.Array(Type.Enum(KEY_AREA_KINDS)),
  publishedAt: Nullable(Type.String({ format: 'date-time' })),
  /** Who took it on (organizations by name; caring individuals as “爱心人士”), with quantities; claims only. */
  claimants: Type.Array(Type.Object({ name: Type.String(), quantity: Type.Integer(), status: Type.String() })),
});
export type PublicNeed = Static<typeof PublicNeed>;
export const PublicNeedPage = Type.Object({ items: Type.Array(PublicNeed), nextCursor: Nullable(Type.String()) });

export const ClaimSettings = Type.Object({
  regionCode: Type.String(),
  lapseDays: Type.Integer(),
  /** Where the value comes from: this region, a region above it, or the platform default (30). */
  source: Type.Enum(['own', 'inherited', 'default'] as const),
});
export type ClaimSettings = Static<typeof ClaimSettings>;
export const UpdateClaimSettingsBody = Type.Object(
  { lapseDays: Type.Integer({ minimum: 3, maximum: 365, title: '认领无进展失效天数' }) },
  { additionalProperties: false },
);
export type UpdateClaimSettingsBody = Static<typeof UpdateClaimSettingsBody>;
