// Organizations (社会组织): registration, profile, review, changes of key data, lists and the public directory.
// This file is the API contract the server and the web app share.
import { Type, type Static } from 'typebox';
import { ORGANIZATION_FORMS } from '../../../common/glossary.ts';
import { PageQuery } from '../../platform/http.ts';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

export const ORGANIZATION_STATUSES = ['pending', 'returned', 'approved'] as const;
export const REGISTRATION_LEVELS = ['national', 'provincial', 'municipal', 'county'] as const;
export const GRADES = ['5A', '4A', '3A', '2A', '1A'] as const;
export const OFFER_KINDS = ['money', 'materials', 'skills', 'people'] as const;

export const OrganizationForm = Type.Enum(ORGANIZATION_FORMS, {
  title: '组织形式',
  description: 'association 社会团体；foundation 基金会；service_agency 社会服务机构',
});
export const OrganizationStatus = Type.Enum(ORGANIZATION_STATUSES, {
  title: '状态',
  description: 'pending 待审核；returned 已退回；approved 已通过',
});
export const RegistrationLevel = Type.Enum(REGISTRATION_LEVELS, {
  title: '登记管理机关级别',
  description: 'national 民政部；provincial 省级；municipal 市级；county 县级',
});
export const Grade = Type.Enum(GRADES, { title: '评估等级' });
const CreditCode = Type.String({ minLength: 1, maxLength: 30, title: '统一社会信用代码' });
const RegionCode = Type.String({ pattern: '^[0-9]{2,12}$', title: '行政区划代码' });
const FieldCode = Type.String({ pattern: '^[a-z][a-z0-9_]{1,47}$', title: '重点领域' });

export const Offer = Type.Object(
  {
    kind: Type.Enum(OFFER_KINDS, { title: '能提供', description: 'money 资金；materials 物资；skills 技能；people 人员' }),
    text: Type.String({ maxLength: 200, title: '说明' }),
  },
  { additionalProperties: false },
);
export type Offer = Static<typeof Offer>;

/** Everything an organization states about itself (registration, and every later edit). */
const ProfileFields = {
  name: Type.String({ minLength: 1, maxLength: 100, title: '组织名称' }),
  creditCode: CreditCode,
  form: OrganizationForm,
  isIndustryAssociation: Type.Boolean({ title: '是否行业协会商会' }),
  isCharity: Type.Boolean({ title: '是否慈善组织' }),
  hasPublicFundraising: Type.Boolean({ title: '是否具有公开募捐资格' }),
  registrationLevel: RegistrationLevel,
  registrationRegionCode: Nullable({ ...RegionCode, title: '登记管理机关所在地区', description: '民政部登记的为 null' }),
  supervisingUnit: Type.Optional(Nullable(Type.String({ maxLength: 100, title: '业务主管单位' }))),
  grade: Type.Optional(Nullable(Grade)),
  gradeYear: Type.Optional(Nullable(Type.Integer({ minimum: 1990, maximum: 2100, title: '评估年份' }))),
  fields: Type.Array(FieldCode, { minItems: 1, maxItems: 20, title: '业务领域' }),
  serviceRegions: Type.Array(RegionCode, { minItems: 1, maxItems: 50, title: '服务地区' }),
  offers: Type.Array(Offer, { maxItems: 10, title: '能提供的帮扶' }),
  contactName: Type.String({ minLength: 1, maxLength: 50, title: '联系人' }),
  contactPhone: Type.String({ minLength: 1, maxLength: 20, title: '联系电话' }),
  contactEmail: Type.Optional(Nullable(Type.String({ maxLength: 100, title: '电子邮箱' }))),
  homepage: Type.Optional(Nullable(Type.String({ maxLength: 200, title: '网站' }))),
  description: Type.Optional(Nullable(Type.String({ maxLength: 2000, title: '简介' }))),
};

export const RegisterOrganizationBody = Type.Object(
  {
    ...ProfileFields,
    /** The administrator's account, created with the organization. */
    account: Type.Object(
      {
        username: Type.String({ minLength: 3, maxLength: 32, title: '用户名' }),
        displayName: Type.String({ minLength: 1, maxLength: 50, title: '管理员姓名' }),
        password: Type.String({ minLength: 1, maxLength: 200, title: '密码' }),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);
export type RegisterOrganizationBody = Static<typeof RegisterOrganizationBody>;

/** An edit by the organization: any subset. Name, credit code and form of an approved organization go to review. */
export const UpdateOrganizationBody = Type.Partial(Type.Object(ProfileFields, { additionalProperties: false }), {
  additionalProperties: false,
});
export type UpdateOrganizationBody = Static<typeof UpdateOrganizationBody>;

export const ReturnBody = Type.Object(
  { reason: Type.String({ minLength: 1, maxLength: 500, title: '退回理由' }) },
  { additionalProperties: false },
);
export type ReturnBody = Static<typeof ReturnBody>;

// Ids are bigint in the database: a larger number must be a 400, not a database error.
const MAX_ID = Number.MAX_SAFE_INTEGER;
export const IdParams = Type.Object({ id: Type.Integer({ minimum: 1, maximum: MAX_ID, title: '编号' }) }, { additionalProperties: false });

const NamedCode = Type.Object({ code: Type.String(), name: Type.String() });

/** What anyone may see of an approved organization: no personal contacts. */
export const PublicOrganization = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  form: OrganizationForm,
  isIndustryAssociation: Type.Boolean(),
  isCharity: Type.Boolean(),
  hasPublicFundraising: Type.Boolean(),
  registrationLevel: RegistrationLevel,
  registrationRegion: Nullable(NamedCode),
  grade: Nullable(Grade),
  gradeYear: Nullable(Type.Integer()),
  fields: Type.Array(NamedCode, { description: '业务领域（代码与中文名）' }),
  serviceRegions: Type.Array(NamedCode, { description: '服务地区（代码与完整路径）' }),
  offers: Type.Array(Offer),
  homepage: Nullable(Type.String()),
  description: Nullable(Type.String()),
  logoUrl: Nullable(Type.String()),
});
export type PublicOrganization = Static<typeof PublicOrganization>;

export const ReviewEvent = Type.Object({
  id: Type.Integer(),
  action: Type.Enum(['submit', 'resubmit', 'approve', 'return', 'change_submit', 'change_approve', 'change_return', 'import'] as const),
  reason: Nullable(Type.String()),
  actor: Nullable(Type.String({ description: '操作人姓名' })),
  createdAt: Type.String({ format: 'date-time' }),
  /** What changed in this step against the previous snapshot (field → [before, after]). */
  changes: Type.Record(Type.String(), Type.Array(Type.Unknown())),
});

export const PendingChange = Type.Object({
  id: Type.Integer(),
  proposed: Type.Object({
    name: Type.Optional(Type.String()),
    creditCode: Type.Optional(Type.String()),
    form: Type.Optional(OrganizationForm),
  }),
  createdAt: Type.String({ format: 'date-time' }),
});

export const SimilarOrganization = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  creditCode: Type.String(),
  status: OrganizationStatus,
  why: Type.String({ description: '例如：名称几乎相同，登记在同一地区' }),
});

/** The whole record, for the organization itself and officials in scope. */
export const Organization = Type.Object({
  ...PublicOrganization.properties,
  creditCode: Type.String(),
  status: OrganizationStatus,
  source: Type.Enum(['registration', 'registry_import'] as const),
  supervisingUnit: Nullable(Type.String()),
  contactName: Nullable(Type.String()),
  contactPhone: Nullable(Type.String()),
  contactEmail: Nullable(Type.String()),
  returnReason: Nullable(Type.String()),
  submittedAt: Nullable(Type.String({ format: 'date-time' })),
  reviewedAt: Nullable(Type.String({ format: 'date-time' })),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
  /** Whether it has an administrator account (registry imports have none until claimed). */
  claimed: Type.Boolean(),
  pendingChange: Nullable(PendingChange),
  /** For reviewers: near-identical names in the same region, and the like. Empty for the organization itself. */
  similar: Type.Array(SimilarOrganization),
  history: Type.Array(ReviewEvent),
  /** What the caller may do now (the UI shows the buttons these name). */
  can: Type.Object({ edit: Type.Boolean(), resubmit: Type.Boolean(), review: Type.Boolean(), manageMembers: Type.Boolean() }),
});
export type Organization = Static<typeof Organization>;

export const OrganizationListItem = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  creditCode: Type.String(),
  form: OrganizationForm,
  status: OrganizationStatus,
  isCharity: Type.Boolean(),
  grade: Nullable(Grade),
  registrationRegion: Nullable(NamedCode),
  fields: Type.Array(Type.String({ description: '重点领域代码' })),
  pendingChange: Type.Boolean(),
  submittedAt: Nullable(Type.String({ format: 'date-time' })),
  createdAt: Type.String({ format: 'date-time' }),
});
export type OrganizationListItem = Static<typeof OrganizationListItem>;

export const ORGANIZATION_SORTS = ['newest', 'name', 'submitted'] as const;

/** Officials' list: everything in scope (registered or serving there). */
export const ListOrganizationsQuery = Type.Object(
  {
    q: Type.Optional(Type.String({ minLength: 1, maxLength: 50, title: '名称或信用代码' })),
    status: Type.Optional(OrganizationStatus),
    form: Type.Optional(OrganizationForm),
    field: Type.Optional(FieldCode),
    grade: Type.Optional(Grade),
    region: Type.Optional({ ...RegionCode, title: '登记或服务地区', description: '登记在该地区或服务该地区的组织' }),
    charity: Type.Optional(Type.Boolean({ title: '慈善组织' })),
    pendingChange: Type.Optional(Type.Boolean({ title: '有待审核的变更' })),
    sort: Type.Optional(Type.Enum(ORGANIZATION_SORTS, { title: '排序', description: 'newest 最新注册；name 名称；submitted 提交审核时间（早的在前）' })),
    ...PageQuery,
  },
  { additionalProperties: false },
);
export type ListOrganizationsQuery = Static<typeof ListOrganizationsQuery>;

export const OrganizationPage = Type.Object({ items: Type.Array(OrganizationListItem), nextCursor: Nullable(Type.String()) });

/** The public directory: approved organizations only. */
export const DirectoryQuery = Type.Object(
  {
    q: Type.Optional(Type.String({ minLength: 1, maxLength: 50, title: '名称' })),
    form: Type.Optional(OrganizationForm),
    field: Type.Optional(FieldCode),
    grade: Type.Optional(Grade),
    region: Type.Optional({ ...RegionCode, title: '服务地区' }),
    charity: Type.Optional(Type.Boolean({ title: '慈善组织' })),
    ...PageQuery,
  },
  { additionalProperties: false },
);
export type DirectoryQuery = Static<typeof DirectoryQuery>;

export const DirectoryPage = Type.Object({ items: Type.Array(PublicOrganization), nextCursor: Nullable(Type.String()) });

export const Member = Type.Object({
  accountId: Type.Integer(),
  username: Type.String(),
  displayName: Type.String(),
  role: Type.Enum(['organization_admin', 'organization_member'] as const),
  status: Type.Enum(['active', 'disabled'] as const),
  createdAt: Type.String({ format: 'date-time' }),
});
export const MemberList = Type.Object({ items: Type.Array(Member) });

export const InviteMemberBody = Type.Object(
  { displayName: Type.String({ minLength: 1, maxLength: 50, title: '成员姓名' }) },
  { additionalProperties: false },
);
export const MemberInvitation = Type.Object({
  id: Type.Integer(),
  displayName: Type.String(),
  /** The one-time link path (/invite#token): shown once, never stored in clear. */
  link: Type.String(),
  expiresAt: Type.String({ format: 'date-time' }),
});
export const MemberParams = Type.Object(
  { id: Type.Integer({ minimum: 1, maximum: MAX_ID, title: '编号' }), accountId: Type.Integer({ minimum: 1, maximum: MAX_ID, title: '账号编号' }) },
  { additionalProperties: false },
);

const listFilter = ListOrganizationsQuery.properties;

/** The export: the list's filters and order, every page. */
export const ExportOrganizationsBody = Type.Object(
  {
    q: listFilter.q,
    status: listFilter.status,
    form: listFilter.form,
    field: listFilter.field,
    grade: listFilter.grade,
    region: listFilter.region,
    charity: listFilter.charity,
    pendingChange: listFilter.pendingChange,
    sort: listFilter.sort,
  },
  { additionalProperties: false },
);
export type ExportOrganizationsBody = Static<typeof ExportOrganizationsBody>;

export const ExportStarted = Type.Object({ jobId: Type.String({ description: '用 GET /api/jobs/:id 跟踪进度并下载' }) });

export const FileParams = Type.Object({ id: Type.Integer({ minimum: 1, maximum: MAX_ID, title: '文件编号' }) }, { additionalProperties: false });
