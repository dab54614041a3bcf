// Matching fairs and rural tours (对接会 / 乡村行): a department creates the event for some regions; organizations sign
// up and see those regions' needs and key areas; pairings and projects signed there are tagged with it; its dashboard
// counts what was signed, what landed and what is overdue, per organization and per county, as projects move.
// This file is the API contract the server and the web app share.
import { Type, type Static } from 'typebox';
import { FAIR_KINDS, FAIR_STATUSES } from '../../../common/projects.ts';
import { PageQuery } from '../../platform/http.ts';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

export { FAIR_KINDS, FAIR_STATUSES };

const Id = (title: string) => Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER, title });
const IsoDate = (title: string) => Type.String({ pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$', title, description: 'YYYY-MM-DD' });

export const FairKind = Type.Enum(FAIR_KINDS, { title: '活动类型', description: 'matching_fair 项目对接会；rural_tour 乡村行' });
export const FairStatus = Type.Enum(FAIR_STATUSES, { title: '活动状态', description: 'open 报名中；closed 已结束；cancelled 已取消' });

const FairFields = {
  kind: FairKind,
  name: Type.String({ minLength: 1, maxLength: 80, title: '活动名称' }),
  year: Type.Integer({ minimum: 2000, maximum: 2100, title: '年度' }),
  theme: Type.Optional(Nullable(Type.String({ maxLength: 100, title: '主题' }))),
  description: Type.Optional(Nullable(Type.String({ maxLength: 2000, title: '活动说明' }))),
  /** Counties, townships or villages (or a whole city) inside the caller's scope. */
  regions: Type.Array(Type.String({ pattern: '^[0-9]{2,12}$', title: '活动地区' }), {
    minItems: 1,
    maxItems: 100,
    uniqueItems: true,
    title: '活动地区',
  }),
  programId: Type.Optional(Nullable(Id('帮扶计划'))),
  startDate: IsoDate('开始日期'),
  endDate: IsoDate('结束日期'),
  signupDeadline: Type.Optional(Nullable(IsoDate('报名截止日期'))),
};

export const CreateFairBody = Type.Object(FairFields, { additionalProperties: false });
export type CreateFairBody = Static<typeof CreateFairBody>;
export const UpdateFairBody = Type.Object(
  {
    kind: Type.Optional(FairFields.kind),
    name: Type.Optional(FairFields.name),
    year: Type.Optional(FairFields.year),
    theme: FairFields.theme,
    description: FairFields.description,
    regions: Type.Optional(FairFields.regions),
    programId: FairFields.programId,
    startDate: Type.Optional(FairFields.startDate),
    endDate: Type.Optional(FairFields.endDate),
    signupDeadline: FairFields.signupDeadline,
  },
  { additionalProperties: false },
);
export type UpdateFairBody = Static<typeof UpdateFairBody>;

export const FairIdParams = Type.Object({ id: Id('活动编号') });
export const FairReasonBody = Type.Object(
  { reason: Type.Optional(Type.String({ maxLength: 500, title: '说明' })) },
  { additionalProperties: false },
);
export type FairReasonBody = Static<typeof FairReasonBody>;
export const SignupBody = Type.Object(
  { note: Type.Optional(Nullable(Type.String({ maxLength: 500, title: '参会说明', description: '带来什么、想对接什么' }))) },
  { additionalProperties: false },
);
export type SignupBody = Static<typeof SignupBody>;

const NamedRegion = Type.Object({ code: Type.String(), name: Type.String() });

const FairSummaryFields = {
  id: Type.Integer(),
  kind: FairKind,
  name: Type.String(),
  year: Type.Integer(),
  theme: Nullable(Type.String()),
  regions: Type.Array(NamedRegion),
  startDate: Type.String(),
  endDate: Type.String(),
  signupDeadline: Nullable(Type.String()),
  status: FairStatus,
  signups: Type.Integer({ description: '报名的组织数' }),
  /** The caller's organization has signed up (organizations only; false for others). */
  signedUp: Type.Boolean(),
};
export const FairSummary = Type.Object(FairSummaryFields);
export type FairSummary = Static<typeof FairSummary>;

export const FairActions = Type.Object({
  edit: Type.Boolean(),
  close: Type.Boolean(),
  cancel: Type.Boolean(),
  signUp: Type.Boolean(),
  withdrawSignup: Type.Boolean(),
  dashboard: Type.Boolean(),
});

export const FairDetail = Type.Object({
  ...FairSummaryFields,
  description: Nullable(Type.String()),
  program: Nullable(Type.Object({ id: Type.Integer(), name: Type.String() })),
  organizer: NamedRegion,
  statusReason: Nullable(Type.String()),
  createdAt: Type.String({ format: 'date-time' }),
  actions: FairActions,
});
export type FairDetail = Static<typeof FairDetail>;

export const ListFairsQuery = Type.Object(
  {
    year: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2100, title: '年度' })),
    status: Type.Optional(FairStatus),
    kind: Type.Optional(FairKind),
    /** Organizations: only the fairs they signed up for. */
    mine: Type.Optional(Type.Boolean({ title: '只看已报名的' })),
    ...PageQuery,
  },
  { additionalProperties: false },
);
export type ListFairsQuery = Static<typeof ListFairsQuery>;
export const FairPage = Type.Object({ items: Type.Array(FairSummary), nextCursor: Nullable(Type.String()) });
export type FairPage = Static<typeof FairPage>;

export const Signup = Type.Object({
  organization: Type.Object({ id: Type.Integer(), name: Type.String(), form: Type.String() }),
  note: Nullable(Type.String()),
  isCounterpart: Type.Boolean(),
  createdAt: Type.String({ format: 'date-time' }),
});
export const SignupPage = Type.Object({ items: Type.Array(Signup), nextCursor: Nullable(Type.String()) });
export type SignupPage = Static<typeof SignupPage>;

/** The key areas (designations of active programs) inside the fair's regions, with whether they are paired. */
export const FairKeyArea = Type.Object({
  designationId: Type.Integer(),
  kind: Type.String(),
  program: Type.Object({ id: Type.Integer(), name: Type.String() }),
  region: NamedRegion,
  paired: Type.Boolean(),
});
export const FairKeyAreaPage = Type.Object({ items: Type.Array(FairKeyArea), nextCursor: Nullable(Type.String()) });
export type FairKeyAreaPage = Static<typeof FairKeyAreaPage>;

export const FairPageQuery = Type.Object({ ...PageQuery }, { additionalProperties: false });

const Tally = {
  pairings: Type.Integer({ description: '活动中签订并已确认的结对协议' }),
  projectsSigned: Type.Integer({ description: '已签约及以后的项目（不含已取消）' }),
  projectsLanded: Type.Integer({ description: '已落地及以后' }),
  projectsOverdue: Type.Integer({ description: '逾期未落地' }),
  projectsPending: Type.Integer({ description: '计划中或待签约' }),
  signedBudgetFen: Type.Integer({ description: '已签约项目的预算合计（分）' }),
  landedBudgetFen: Type.Integer({ description: '已落地项目的预算合计（分）' }),
};
export const FairDashboard = Type.Object({
  fair: Type.Object({ id: Type.Integer(), name: Type.String(), status: FairStatus }),
  signups: Type.Integer(),
  totals: Type.Object(Tally),
  byOrganization: Type.Array(Type.Object({ organization: Type.Object({ id: Type.Integer(), name: Type.String() }), ...Tally })),
  /** A project placed in several counties counts once in each. */
  byCounty: Type.Array(Type.Object({ county: NamedRegion, ...Tally })),
  overdueProjects: Type.Array(
    Type.Object({
      id: Type.Integer(),
      name: Type.String(),
      organization: Type.Object({ id: Type.Integer(), name: Type.String() }),
      landingDue: Type.String(),
      overdueDays: Type.Integer(),
    }),
  ),
});
export type FairDashboard = Static<typeof FairDashboard>;
