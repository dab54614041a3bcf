import { Type, type Static } from 'typebox';
import { PageQuery } from '../../platform/http.ts';

export const AuditFilters = {
  actorId: Type.Optional(Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER, title: '操作人编号' })),
  actor: Type.Optional(Type.String({ minLength: 1, maxLength: 64, title: '操作人用户名' })),
  entityType: Type.Optional(Type.String({ minLength: 1, maxLength: 64, pattern: '^[a-z_]+$', title: '对象类型' })),
  entityId: Type.Optional(Type.String({ minLength: 1, maxLength: 64, title: '对象编号' })),
  action: Type.Optional(Type.String({ minLength: 1, maxLength: 64, pattern: '^[a-z_]+$', title: '操作' })),
  from: Type.Optional(Type.String({ format: 'date-time', title: '开始时间' })),
  to: Type.Optional(Type.String({ format: 'date-time', title: '结束时间' })),
};

export const AuditQuery = Type.Object({ ...AuditFilters, ...PageQuery }, { additionalProperties: false });
export type AuditQuery = Static<typeof AuditQuery>;
export const AuditExportBody = Type.Object({ ...AuditFilters }, { additionalProperties: false });
export type AuditExportBody = Static<typeof AuditExportBody>;

export const AuditEntry = Type.Object({
  id: Type.Integer(),
  occurredAt: Type.String({ format: 'date-time' }),
  actor: Type.Union([
    Type.Object({ id: Type.Integer(), username: Type.String(), displayName: Type.String(), role: Type.String() }),
    Type.Null(),
  ]),
  actorIp: Type.Union([Type.String(), Type.Null()]),
  requestId: Type.Union([Type.String(), Type.Null()]),
  action: Type.String(),
  entityType: Type.String(),
  entityId: Type.Union([Type.String(), Type.Null()]),
  regionCode: Type.Union([Type.String(), Type.Null()]),
  regionName: Type.Union([Type.String(), Type.Null()]),
  changes: Type.Unknown(),
  detail: Type.Unknown(),
});
export type AuditEntry = Static<typeof AuditEntry>;

export const AuditPage = Type.Object({ items: Type.Array(AuditEntry), nextCursor: Type.Union([Type.String(), Type.Null()]) });
