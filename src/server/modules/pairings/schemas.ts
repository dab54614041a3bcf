// Pairings (结对帮扶): an organization (or a group with a lead) commits to counties, townships or villages for a
// period under a program; the department in scope confirms; either side may end it with a reason. This file is the
// API contract the server and the web app share.
import { Type, type Static } from 'typebox';
import {
  PAIRING_EVENT_ACTIONS,
  PAIRING_SIDES,
  PAIRING_STATUSES,
} from '../../../common/projects.ts';
import { PageQuery } from '../../platform/http.ts';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

export { PAIRING_EVENT_ACTIONS, PAIRING_SIDES, PAIRING_STATUSES };

const Id = (title: string) => Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER, title });
const IsoDate = (title: string) => Type.String({ pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$', title, description: 'YYYY-MM-DD' });
const FieldCode = Type.String({ pattern: '^[a-z][a-z0-9_]{1,47}$', title: '重点领域' });
/** A county (6), township (9) or village (12). */
export const PlaceCode = Type.String({ pattern: '^[0-9]{6,12}$', title: '结对地区', description: '区县、乡镇或村的区划代码' });

export const PairingStatus = Type.Enum(PAIRING_STATUSES, {
  title: '状态',
  description: 'pending 待确认；confirmed 已确认；returned 已退回（可修改后重新提交）；withdrawn 已撤回；ended 已终止',
});
const PairingFields = {
  programId: Id('帮扶计划'),
  title: Type.String({ minLength: 1, maxLength: 80, title: '协议名称', description: '如 山城基金会结对帮扶巫溪县' }),
  places: Type.Array(PlaceCode, { minItems: 1, maxItems: 50, uniqueItems: true, title: '结对地区' }),
  /** Other organizations of a group, the caller's organization leading. */
  memberOrganizationIds: Type.Array(Id('联合结对的组织'), { maxItems: 20, uniqueItems: true, title: '联合结对的组织' }),
  startDate: IsoDate('开始日期'),
  endDate: IsoDate('结束日期'),
  fieldCodes: Type.Array(FieldCode, { minItems: 1, maxItems: 10, uniqueItems: true, title: '承诺帮扶领域' }),
  amountFen: Type.Integer({ minimum: 0, maximum: 100_000_000_000, title: '承诺资金（分）' }),
  people: Type.Integer({ minimum: 0, maximum: 1_000_000, title: '承诺投入人员（人）' }),
  commitments: Type.String({ minLength: 1, maxLength: 2000, title: '帮扶承诺', description: '帮什么、怎么帮、每年做到什么' }),
  /** A fair the organization signed up for, when the pairing was signed there. */
  fairId: Type.Optional(Nullable(Id('签约活动'))),
};

/** Submitted at once for the department to confirm; the agreement file is uploaded after (POST …/agreement). */
export const CreatePairingBody = Type.Object(PairingFields, { additionalProperties: false });
export type CreatePairingBody = Static<typeof CreatePairingBody>;

/** While pending or returned: any field; a returned pairing goes back to pending when edited. */
export const UpdatePairingBody = Type.Object(
  {
    title: Type.Optional(PairingFields.title),
    places: Type.Optional(PairingFields.places),
    memberOrganizationIds: Type.Optional(PairingFields.memberOrganizationIds),
    startDate: Type.Optional(PairingFields.startDate),
    endDate: Type.Optional(PairingFields.endDate),
    fieldCodes: Type.Optional(PairingFields.fieldCodes),
    amountFen: Type.Optional(PairingFields.amountFen),
    people: Type.Optional(PairingFields.people),
    commitments: Type.Optional(PairingFields.commitments),
    fairId: PairingFields.fairId,
  },
  { additionalProperties: false },
);
export type UpdatePairingBody = Static<typeof UpdatePairingBody>;

export const PairingIdParams = Type.Object({ id: Id('结对协议编号') });
export const PairingReasonBody = Type.Object(
  { reason: Type.String({ minLength: 1, maxLength: 500, title: '原因' }) },
  { additionalProperties: false },
);
export type PairingReasonBody = Static<typeof PairingReasonBody>;
/** Withdrawing: the reason may be left out, and so may the body. */
export const PairingOptionalReasonBody = Type.Object(
  { reason: Type.Optional(Type.String({ maxLength: 500, title: '原因' })) },
  { additionalProperties: false },
);
export type PairingOptionalReasonBody = Static<typeof PairingOptionalReasonBody>;

const NamedRegion = Type.Object({ code: Type.String(), name: Type.String({ description: '完整路径，如 重庆市 / 巫溪县' }) });
const OrganizationRef = Type.Object({ id: Type.Integer(), name: Type.String() });

const PairingSummaryFields = {
  id: Type.Integer(),
  title: Type.String(),
  program: Type.Object({ id: Type.Integer(), name: Type.String() }),
  organization: OrganizationRef,
  members: Type.Array(OrganizationRef),
  places: Type.Array(NamedRegion),
  startDate: Type.String(),
  endDate: Type.String(),
  fieldCodes: Type.Array(Type.String()),
  amountFen: Type.Integer(),
  people: Type.Integer(),
  isCounterpart: Type.Boolean({ description: '对口支援 / 东西部协作：组织登记地与结对地区不在同一省' }),
  /** The lead's registration province, e.g. 山东省 (for counterpart support). */
  organizationProvince: Nullable(Type.String()),
  status: PairingStatus,
  /** Confirmed and today within the period. */
  current: Type.Boolean(),
  fair: Nullable(Type.Object({ id: Type.Integer(), name: Type.String() })),
  hasAgreement: Type.Boolean(),
  createdAt: Type.String({ format: 'date-time' }),
};
export const PairingSummary = Type.Object(PairingSummaryFields);
export type PairingSummary = Static<typeof PairingSummary>;

export const PairingEvent = Type.Object({
  id: Type.Integer(),
  action: Type.Enum(PAIRING_EVENT_ACTIONS),
  note: Nullable(Type.String()),
  actorName: Nullable(Type.String()),
  createdAt: Type.String({ format: 'date-time' }),
});

export const PairingActions = Type.Object({
  edit: Type.Boolean(),
  uploadAgreement: Type.Boolean(),
  withdraw: Type.Boolean(),
  confirm: Type.Boolean(),
  return: Type.Boolean(),
  end: Type.Boolean(),
  createProject: Type.Boolean(),
});

export const PairingDetail = Type.Object({
  ...PairingSummaryFields,
  commitments: Type.String(),
  agreement: Nullable(Type.Object({ name: Type.String(), sizeBytes: Type.Integer(), url: Type.String() })),
  statusReason: Nullable(Type.String()),
  endedBySide: Nullable(Type.Enum(PAIRING_SIDES)),
  confirmedAt: Nullable(Type.String({ format: 'date-time' })),
  endedAt: Nullable(Type.String({ format: 'date-time' })),
  /** The projects of this pairing (id, name, status). */
  projects: Type.Array(Type.Object({ id: Type.Integer(), name: Type.String(), status: Type.String() })),
  events: Type.Array(PairingEvent),
  actions: PairingActions,
});
export type PairingDetail = Static<typeof PairingDetail>;

export const ListPairingsQuery = Type.Object(
  {
    programId: Type.Optional(Id('帮扶计划')),
    status: Type.Optional(PairingStatus),
    region: Type.Optional(Type.String({ pattern: '^[0-9]{2,12}$', title: '地区', description: '结对地区在该地区之内' })),
    organizationId: Type.Optional(Id('组织')),
    fairId: Type.Optional(Id('签约活动')),
    counterpartOnly: Type.Optional(Type.Boolean({ title: '只看对口支援' })),
    ...PageQuery,
  },
  { additionalProperties: false },
);
export type ListPairingsQuery = Static<typeof ListPairingsQuery>;
export const PairingPage = Type.Object({ items: Type.Array(PairingSummary), nextCursor: Nullable(Type.String()) });
export type PairingPage = Static<typeof PairingPage>;
