import { Type, type Static } from 'typebox';
import { DEPARTMENT_KINDS, ROLES } from '../../../common/glossary.ts';
import { PageQuery } from '../../platform/http.ts';

const RoleSchema = Type.Enum(ROLES, { title: '角色' });
const InvitableRole = Type.Enum(['platform_admin', 'department_official', 'liaison'], { title: '角色' });
const DepartmentKind = Type.Enum(DEPARTMENT_KINDS, { title: '部门类别' });
export const RegionCode = Type.String({ pattern: '^[0-9]{2}([0-9]{2}([0-9]{2}([0-9]{3}([0-9]{3})?)?)?)?$', title: '行政区划代码' });
export const Username = Type.String({ pattern: '^[A-Za-z][A-Za-z0-9_.-]{2,31}$', title: '用户名', description: '3–32 位，字母开头，可含字母、数字、_ . -' });

export const AccountSummary = Type.Object({
  id: Type.Integer(),
  username: Type.String(),
  displayName: Type.String(),
  role: RoleSchema,
  departmentKind: Type.Union([DepartmentKind, Type.Null()]),
  scopeRegionCode: Type.Union([Type.String(), Type.Null()]),
  scopeRegionName: Type.Union([Type.String(), Type.Null()]),
  organizationId: Type.Union([Type.Integer(), Type.Null()]),
  organizationName: Type.Union([Type.String(), Type.Null()]),
  status: Type.Union([Type.Literal('active'), Type.Literal('disabled')]),
  createdAt: Type.String({ format: 'date-time' }),
  lastLoginAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
});
export type AccountSummary = Static<typeof AccountSummary>;

export const ListAccountsQuery = Type.Object(
  {
    role: Type.Optional(RoleSchema),
    status: Type.Optional(Type.Union([Type.Literal('active'), Type.Literal('disabled')], { title: '状态' })),
    regionCode: Type.Optional(RegionCode),
    q: Type.Optional(Type.String({ minLength: 1, maxLength: 64, title: '用户名或姓名' })),
    sort: Type.Optional(Type.Union([Type.Literal('newest'), Type.Literal('username')], { title: '排序', default: 'newest' })),
    ...PageQuery,
  },
  { additionalProperties: false },
);
export type ListAccountsQuery = Static<typeof ListAccountsQuery>;

export const AccountPage = Type.Object({ items: Type.Array(AccountSummary), nextCursor: Type.Union([Type.String(), Type.Null()]) });

export const IdParams = Type.Object(
  { id: Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER, title: '编号' }) },
  { additionalProperties: false },
);

export const CreateInvitationBody = Type.Object(
  {
    role: InvitableRole,
    departmentKind: Type.Optional(DepartmentKind),
    scopeRegionCode: Type.Optional(RegionCode),
    displayName: Type.String({ minLength: 1, maxLength: 64, title: '姓名或部门名称' }),
  },
  { additionalProperties: false },
);
export type CreateInvitationBody = Static<typeof CreateInvitationBody>;

export const Invitation = Type.Object({
  id: Type.Integer(),
  /** organization_member: invited by an organization's administrator (organizations module). */
  role: Type.Enum(['platform_admin', 'department_official', 'liaison', 'organization_member'], { title: '角色' }),
  departmentKind: Type.Union([DepartmentKind, Type.Null()]),
  scopeRegionCode: Type.Union([Type.String(), Type.Null()]),
  scopeRegionName: Type.Union([Type.String(), Type.Null()]),
  displayName: Type.String(),
  invitedBy: Type.String(),
  state: Type.Union([Type.Literal('pending'), Type.Literal('accepted'), Type.Literal('expired'), Type.Literal('revoked')]),
  createdAt: Type.String({ format: 'date-time' }),
  expiresAt: Type.String({ format: 'date-time' }),
});
export type Invitation = Static<typeof Invitation>;

export const CreatedInvitation = Type.Object({
  invitation: Invitation,
  token: Type.String({ description: '只显示这一次；把链接交给被邀请人' }),
  link: Type.String(),
});

export const InvitationPage = Type.Object({ items: Type.Array(Invitation), nextCursor: Type.Union([Type.String(), Type.Null()]) });
export const ListInvitationsQuery = Type.Object({ ...PageQuery }, { additionalProperties: false });

export const TokenBody = Type.Object({ token: Type.String({ minLength: 10, maxLength: 200, title: '邀请码' }) }, { additionalProperties: false });

export const AcceptInvitationBody = Type.Object(
  {
    token: Type.String({ minLength: 10, maxLength: 200, title: '邀请码' }),
    username: Username,
    password: Type.String({ minLength: 1, maxLength: 256, title: '密码' }),
  },
  { additionalProperties: false },
);
export type AcceptInvitationBody = Static<typeof AcceptInvitationBody>;
