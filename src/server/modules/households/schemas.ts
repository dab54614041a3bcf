// Households (住户) registered by liaisons. This file is the API contract the server and the web app share.
// Sensitive (PIPL): the ID number is only ever returned whole by GET /api/households/:id, to the liaison and the
// officials in scope, and that read is logged; lists carry a masked ID number; organizations and caring individuals
// only ever see MaskedHousehold (through needs and claims). Minors' names are not kept at all, only their count.
import { Type, type Static } from 'typebox';
import { HOUSEHOLD_CATEGORIES, HOUSEHOLD_SITUATIONS, HOUSEHOLD_STATUSES } from '../../../common/needs.ts';
import { PageQuery } from '../../platform/http.ts';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

// The codes live in src/common (the web app reads them too); they are exported again here for the server's modules.
export { HOUSEHOLD_CATEGORIES, HOUSEHOLD_SITUATIONS, HOUSEHOLD_STATUSES };
export type HouseholdCategory = (typeof HOUSEHOLD_CATEGORIES)[number];
export type HouseholdSituation = (typeof HOUSEHOLD_SITUATIONS)[number];

export const HouseholdCategory = Type.Enum(HOUSEHOLD_CATEGORIES, {
  title: '户类别',
  description: 'registered_poor 建档立卡贫困户；lifted_out 脱贫户；edge 边缘户；monitored 监测户；dibao 低保户；tekun 特困户；other 其他',
});
const Situations = Type.Array(Type.Enum(HOUSEHOLD_SITUATIONS, { title: '家庭情况' }), {
  maxItems: 6,
  uniqueItems: true,
  title: '家庭情况',
  description: '大病慢性病、一年内有高考学生、收入无增长、打零工收入不稳定、住危房、遭受灾害或意外',
});

const HouseholdFields = {
  /** The household's village (12-digit code) inside the liaison's scope. */
  regionCode: Type.String({ pattern: '^[0-9]{12}$', title: '所在村（社区）', description: '12 位村级区划代码，须在本人管辖范围内' }),
  headName: Type.String({ minLength: 1, maxLength: 30, title: '户主姓名' }),
  /** GB 11643: 18 characters, the last a check digit (0-9 or X), with a valid birth date. */
  idNumber: Type.String({ minLength: 1, maxLength: 30, title: '户主身份证号' }),
  membersCount: Type.Integer({ minimum: 1, maximum: 30, title: '家庭人口数' }),
  category: HouseholdCategory,
  situations: Situations,
  hasDisability: Type.Boolean({ title: '有残疾人' }),
  minorsCount: Type.Integer({ minimum: 0, maximum: 29, title: '未成年人数' }),
};

export const CreateHouseholdBody = Type.Object(HouseholdFields, { additionalProperties: false });
export type CreateHouseholdBody = Static<typeof CreateHouseholdBody>;

export const UpdateHouseholdBody = Type.Object(
  {
    headName: Type.Optional(HouseholdFields.headName),
    idNumber: Type.Optional(HouseholdFields.idNumber),
    membersCount: Type.Optional(HouseholdFields.membersCount),
    category: Type.Optional(HouseholdCategory),
    situations: Type.Optional(Situations),
    hasDisability: Type.Optional(HouseholdFields.hasDisability),
    minorsCount: Type.Optional(HouseholdFields.minorsCount),
    status: Type.Optional(Type.Enum(HOUSEHOLD_STATUSES, { title: '状态', description: 'archived 已归档（不再发布需求）' })),
  },
  { additionalProperties: false },
);
export type UpdateHouseholdBody = Static<typeof UpdateHouseholdBody>;

export const HouseholdIdParams = Type.Object({
  id: Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER, title: '住户编号' }),
});

const NamedRegion = Type.Object({
  code: Type.String(),
  /** The path below the county, e.g. 红池坝镇 / 中岗村, or the whole path where the caller needs it. */
  name: Type.String(),
});

/** The full record: the liaison and officials in scope only; reading it writes a `read_sensitive` audit row. */
export const Household = Type.Object({
  id: Type.Integer(),
  region: NamedRegion,
  headName: Type.String(),
  idNumber: Type.String({ description: '完整身份证号（仅联系人与辖区部门可见，读取记入访问日志）' }),
  membersCount: Type.Integer(),
  category: HouseholdCategory,
  situations: Type.Array(Type.String()),
  hasDisability: Type.Boolean(),
  minorsCount: Type.Integer(),
  status: Type.Enum(HOUSEHOLD_STATUSES),
  needsCount: Type.Integer({ description: '该户的需求数（不含草稿以外的已撤回）' }),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
});
export type Household = Static<typeof Household>;

export const HouseholdListItem = Type.Object({
  id: Type.Integer(),
  region: NamedRegion,
  headName: Type.String(),
  idNumberMasked: Type.String({ description: '前 6 位与后 4 位，其余为 *' }),
  membersCount: Type.Integer(),
  category: HouseholdCategory,
  situations: Type.Array(Type.String()),
  status: Type.Enum(HOUSEHOLD_STATUSES),
  createdAt: Type.String({ format: 'date-time' }),
});
export type HouseholdListItem = Static<typeof HouseholdListItem>;

export const ListHouseholdsQuery = Type.Object(
  {
    region: Type.Optional(Type.String({ pattern: '^[0-9]{2,12}$', title: '地区', description: '该地区及其下级' })),
    category: Type.Optional(HouseholdCategory),
    situation: Type.Optional(Type.Enum(HOUSEHOLD_SITUATIONS, { title: '家庭情况' })),
    status: Type.Optional(Type.Enum(HOUSEHOLD_STATUSES, { title: '状态' })),
    ...PageQuery,
  },
  { additionalProperties: false },
);
export type ListHouseholdsQuery = Static<typeof ListHouseholdsQuery>;

export const HouseholdPage = Type.Object({ items: Type.Array(HouseholdListItem), nextCursor: Nullable(Type.String()) });
export type HouseholdPage = Static<typeof HouseholdPage>;

/**
 * What organizations and caring individuals see of a household (through a need or a claim): the surname and 某, the
 * village, the category and situations. No ID number, no disability, nothing about minors.
 */
export const MaskedHousehold = Type.Object({
  id: Type.Integer(),
  maskedName: Type.String({ description: '姓 + 某，如“张某”' }),
  village: NamedRegion,
  category: HouseholdCategory,
  situations: Type.Array(Type.String()),
  membersCount: Type.Integer(),
});
export type MaskedHousehold = Static<typeof MaskedHousehold>;
