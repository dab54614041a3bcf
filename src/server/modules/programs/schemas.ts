// Programs (帮扶计划) and their designations (重点地区) with contacts.
import { Type, type Static } from 'typebox';
import { PageQuery } from '../../platform/http.ts';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

export const PROGRAM_KINDS = ['poverty_alleviation', 'rural_revitalization'] as const;
export const DESIGNATION_KINDS = [
  'key_county_national',
  'key_county_municipal',
  'deep_poverty_township',
  'designated_village',
  'national_key_support_county',
] as const;

const ProgramKind = Type.Enum(PROGRAM_KINDS, {
  title: '计划类别',
  description: 'poverty_alleviation 脱贫攻坚；rural_revitalization 乡村振兴',
});
const DesignationKind = Type.Enum(DESIGNATION_KINDS, {
  title: '重点地区类别',
  description:
    'key_county_national 国家级重点县；key_county_municipal 市级重点县；deep_poverty_township 深度贫困乡镇；designated_village 定点村；national_key_support_county 国家乡村振兴重点帮扶县',
});
const RegionCode = Type.String({ pattern: '^[0-9]{2,12}$', title: '行政区划代码' });
const Slug = Type.String({
  pattern: '^[a-z0-9-]{3,60}$',
  title: '计划标识',
  description: '小写字母、数字和连字符，3–60 位',
});
const Name = Type.String({ minLength: 1, maxLength: 100, title: '计划名称' });
const DepartmentName = Type.String({ minLength: 1, maxLength: 100, title: '发布部门' });
const Year = (title: string) => Type.Integer({ minimum: 1949, maximum: 2100, title });
const Description = Type.String({ maxLength: 2000, title: '说明' });
const Note = Type.String({ maxLength: 500, title: '备注' });
const RestrictPlaces = Type.Boolean({
  title: '限定在服务地区内',
  description:
    '为 true 时，本计划下的结对协议须在组织的服务地区之内；项目须在组织的服务地区或其已确认结对协议的地区之内',
});

export const Program = Type.Object({
  id: Type.Integer(),
  slug: Type.String(),
  name: Type.String(),
  kind: ProgramKind,
  regionCode: Type.String(),
  regionName: Nullable(Type.String()),
  departmentName: Type.String(),
  startYear: Type.Integer(),
  endYear: Nullable(Type.Integer()),
  description: Nullable(Type.String()),
  status: Type.Union([Type.Literal('active'), Type.Literal('retired')]),
  restrictPlaces: RestrictPlaces,
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
});
export type Program = Static<typeof Program>;

export const ProgramPage = Type.Object({ items: Type.Array(Program), nextCursor: Nullable(Type.String()) });
export type ProgramPage = Static<typeof ProgramPage>;

export const ListProgramsQuery = Type.Object(
  {
    region: Type.Optional({ ...RegionCode, title: '地区', description: '该地区及其下级地区的计划' }),
    kind: Type.Optional(ProgramKind),
    status: Type.Optional(Type.Union([Type.Literal('active'), Type.Literal('retired')], { title: '状态' })),
    ...PageQuery,
  },
  { additionalProperties: false },
);
export type ListProgramsQuery = Static<typeof ListProgramsQuery>;

export const CreateProgramBody = Type.Object(
  {
    slug: Slug,
    name: Name,
    kind: ProgramKind,
    regionCode: RegionCode,
    departmentName: DepartmentName,
    startYear: Year('起始年份'),
    endYear: Type.Optional(Nullable(Year('结束年份'))),
    description: Type.Optional(Description),
    /** Off unless sent. */
    restrictPlaces: Type.Optional(RestrictPlaces),
  },
  { additionalProperties: false },
);
export type CreateProgramBody = Static<typeof CreateProgramBody>;

/** The slug and region never change: imports and links name the program by them. */
export const UpdateProgramBody = Type.Object(
  {
    name: Type.Optional(Name),
    kind: Type.Optional(ProgramKind),
    departmentName: Type.Optional(DepartmentName),
    startYear: Type.Optional(Year('起始年份')),
    endYear: Type.Optional(Nullable(Year('结束年份'))),
    description: Type.Optional(Description),
    restrictPlaces: Type.Optional(RestrictPlaces),
  },
  { additionalProperties: false },
);
export type UpdateProgramBody = Static<typeof UpdateProgramBody>;

export const IdParams = Type.Object(
  { id: Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER, title: '编号' }) },
  { additionalProperties: false },
);

const Phone = (title: string) => Type.String({ maxLength: 20, title });

export const ContactInput = Type.Object(
  {
    kind: Type.Union([Type.Literal('office'), Type.Literal('person')], {
      title: '联系人类别',
      description: 'office 单位（办公电话）；person 个人（姓名、职务、手机）',
    }),
    name: Type.Optional(Type.String({ maxLength: 50, title: '姓名' })),
    post: Type.Optional(Type.String({ maxLength: 50, title: '职务' })),
    officePhone: Type.Optional(Phone('办公电话')),
    mobile: Type.Optional(Phone('手机号码')),
  },
  { additionalProperties: false },
);
export type ContactInput = Static<typeof ContactInput>;

const Contacts = Type.Array(ContactInput, { maxItems: 20, title: '联系人' });

export const CreateDesignationBody = Type.Object(
  {
    regionCode: RegionCode,
    kind: DesignationKind,
    note: Type.Optional(Note),
    contacts: Type.Optional(Contacts),
  },
  { additionalProperties: false },
);
export type CreateDesignationBody = Static<typeof CreateDesignationBody>;

/** The note, and the contacts replaced as a whole when sent. */
export const UpdateDesignationBody = Type.Object(
  { note: Type.Optional(Note), contacts: Type.Optional(Contacts) },
  { additionalProperties: false },
);
export type UpdateDesignationBody = Static<typeof UpdateDesignationBody>;

export const Contact = Type.Object({
  kind: Type.Union([Type.Literal('office'), Type.Literal('person')]),
  name: Nullable(Type.String()),
  post: Nullable(Type.String()),
  officePhone: Nullable(Type.String()),
  mobile: Nullable(Type.String({ description: '公众和爱心人士看到的是打码后的号码' })),
});
export type Contact = Static<typeof Contact>;

export const Designation = Type.Object({
  id: Type.Integer(),
  programId: Type.Integer(),
  regionCode: Type.String(),
  regionPath: Nullable(Type.String()),
  kind: DesignationKind,
  note: Nullable(Type.String()),
  retiredAt: Nullable(Type.String({ format: 'date-time' })),
  contacts: Type.Array(Contact),
});
export type Designation = Static<typeof Designation>;

export const DesignationPage = Type.Object({ items: Type.Array(Designation), nextCursor: Nullable(Type.String()) });
export type DesignationPage = Static<typeof DesignationPage>;

export const ListDesignationsQuery = Type.Object(
  {
    kind: Type.Optional(DesignationKind),
    region: Type.Optional({ ...RegionCode, title: '地区', description: '该地区及其下级地区的重点地区' }),
    includeRetired: Type.Optional(Type.Boolean({ title: '包含已撤销' })),
    ...PageQuery,
  },
  { additionalProperties: false },
);
export type ListDesignationsQuery = Static<typeof ListDesignationsQuery>;
