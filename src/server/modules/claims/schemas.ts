// Claims (认领): an approved organization takes a need whole or in part; a caring individual takes a household need
// whole (one helper per household need); the liaison confirms (对接成功) or declines; a claim without progress lapses.
// This file is the API contract the server and the web app share.
import { Type, type Static } from 'typebox';
import { CLAIM_EVENT_ACTIONS, CLAIM_STATUSES, LIVE_CLAIM_STATUSES } from '../../../common/needs.ts';
import { PageQuery } from '../../platform/http.ts';
import { MaskedHousehold } from '../households/schemas.ts';
import { NeedKind, NeedStatus } from '../needs/schemas.ts';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

// The codes live in src/common (the web app reads them too); they are exported again here for the server's modules.
export { CLAIM_EVENT_ACTIONS, CLAIM_STATUSES, LIVE_CLAIM_STATUSES };
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];
export const ClaimStatus = Type.Enum(CLAIM_STATUSES, {
  title: '认领状态',
  description: 'pending 待确认；confirmed 对接成功；withdrawn 已撤回；declined 已婉拒；lapsed 已失效；fulfilled 已完成',
});

export const CreateClaimBody = Type.Object(
  {
    /** Money: fen; materials: units; service: people. A caring individual's claim takes the whole need (omit it). */
    quantity: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000_000_000, title: '认领数量' })),
    note: Type.String({ minLength: 1, maxLength: 1000, title: '帮扶方式与时间', description: '如何帮、何时到位' }),
    plannedDate: Type.Optional(Nullable(Type.String({ pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$', title: '计划到位日期' }))),
  },
  { additionalProperties: false },
);
export type CreateClaimBody = Static<typeof CreateClaimBody>;

export const ClaimIdParams = Type.Object({ id: Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER, title: '认领编号' }) });
export const OptionalReasonBody = Type.Object(
  { reason: Type.Optional(Type.String({ maxLength: 500, title: '原因' })) },
  { additionalProperties: false },
);
export const RequiredReasonBody = Type.Object(
  { reason: Type.String({ minLength: 1, maxLength: 500, title: '原因' }) },
  { additionalProperties: false },
);
export const ProgressBody = Type.Object(
  { note: Type.String({ minLength: 1, maxLength: 1000, title: '进展说明' }) },
  { additionalProperties: false },
);

const NamedRegion = Type.Object({ code: Type.String(), name: Type.String() });

export const ClaimEvent = Type.Object({
  action: Type.Enum(CLAIM_EVENT_ACTIONS),
  note: Nullable(Type.String()),
  actorName: Nullable(Type.String({ description: '账号显示名；系统操作（失效）为 null' })),
  at: Type.String({ format: 'date-time' }),
});

export const Claim = Type.Object({
  id: Type.Integer(),
  need: Type.Object({
    id: Type.Integer(),
    title: Type.String(),
    region: NamedRegion,
    kind: NeedKind,
    itemName: Nullable(Type.String()),
    unit: Nullable(Type.String()),
    quantity: Type.Integer(),
    status: NeedStatus,
    deadline: Type.String(),
  }),
  claimant: Type.Object({
    type: Type.Enum(['organization', 'caring_individual'] as const),
    organizationId: Nullable(Type.Integer()),
    name: Type.String({ description: '组织名称；爱心人士对联系人与部门显示姓名，对其他人显示“爱心人士”' }),
    /** The claimant's contact, for the liaison and officials in scope only. */
    contact: Nullable(Type.Object({ name: Type.String(), phone: Type.String() })),
  }),
  quantity: Type.Integer(),
  note: Type.String(),
  plannedDate: Nullable(Type.String()),
  status: ClaimStatus,
  statusReason: Nullable(Type.String()),
  lapseAt: Type.String({ format: 'date-time' }),
  createdAt: Type.String({ format: 'date-time' }),
  decidedAt: Nullable(Type.String({ format: 'date-time' })),
  /** For the claimant once confirmed: where to deliver, whom to call, and the household's masked view. */
  delivery: Nullable(
    Type.Object({
      village: NamedRegion,
      contact: Type.Object({ name: Type.String(), phone: Type.String() }),
      household: Nullable(MaskedHousehold),
    }),
  ),
  events: Type.Array(ClaimEvent),
  actions: Type.Object({
    withdraw: Type.Boolean(),
    confirm: Type.Boolean(),
    decline: Type.Boolean(),
    progress: Type.Boolean(),
  }),
});
export type Claim = Static<typeof Claim>;

export const ClaimListItem = Type.Object({
  id: Type.Integer(),
  need: Type.Object({ id: Type.Integer(), title: Type.String(), region: NamedRegion, kind: NeedKind, unit: Nullable(Type.String()), quantity: Type.Integer() }),
  claimantName: Type.String(),
  quantity: Type.Integer(),
  status: ClaimStatus,
  lapseAt: Type.String({ format: 'date-time' }),
  createdAt: Type.String({ format: 'date-time' }),
});
export type ClaimListItem = Static<typeof ClaimListItem>;

/** Organizations and caring individuals: their own claims; liaisons and officials: claims on needs in scope. */
export const ListClaimsQuery = Type.Object(
  {
    status: Type.Optional(ClaimStatus),
    needId: Type.Optional(Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER, title: '需求' })),
    ...PageQuery,
  },
  { additionalProperties: false },
);
export type ListClaimsQuery = Static<typeof ListClaimsQuery>;
export const ClaimPage = Type.Object({ items: Type.Array(ClaimListItem), nextCursor: Nullable(Type.String()) });
export type ClaimPage = Static<typeof ClaimPage>;
