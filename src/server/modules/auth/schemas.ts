import { Type, type Static } from 'typebox';
import { ROLES, DEPARTMENT_KINDS } from '../../../common/glossary.ts';

export const LoginBody = Type.Object(
  {
    username: Type.String({ minLength: 1, maxLength: 64, title: '用户名' }),
    password: Type.String({ minLength: 1, maxLength: 256, title: '密码' }),
  },
  { additionalProperties: false },
);
export type LoginBody = Static<typeof LoginBody>;

export const SessionAccount = Type.Object({
  id: Type.Integer(),
  username: Type.String(),
  displayName: Type.String(),
  role: Type.Enum(ROLES),
  departmentKind: Type.Union([Type.Enum(DEPARTMENT_KINDS), Type.Null()]),
  scopeRegionCode: Type.Union([Type.String(), Type.Null()]),
  scopeRegionName: Type.Union([Type.String(), Type.Null()]),
  organizationId: Type.Union([Type.Integer(), Type.Null()]),
  organizationName: Type.Union([Type.String(), Type.Null()]),
  mustChangePassword: Type.Boolean(),
});
export type SessionAccount = Static<typeof SessionAccount>;

export const SessionReply = Type.Object({
  account: SessionAccount,
  csrfToken: Type.String({ description: '写操作须在 x-csrf-token 请求头中携带' }),
});
export type SessionReply = Static<typeof SessionReply>;

export const ChangePasswordBody = Type.Object(
  {
    currentPassword: Type.String({ minLength: 1, maxLength: 256, title: '当前密码' }),
    newPassword: Type.String({ minLength: 1, maxLength: 256, title: '新密码' }),
  },
  { additionalProperties: false },
);
export type ChangePasswordBody = Static<typeof ChangePasswordBody>;

export const OkReply = Type.Object({ ok: Type.Literal(true) });
