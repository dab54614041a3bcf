// Annual work plans (年度工作计划, seed 001 article 5(7)): an organization's people, money and materials for a year,
// with the projects it plans to start that year and the pairings it holds that year; officials see the submitted
// plans of organizations in their scope. This file is the API contract the server and the web app share.
import { Type, type Static } from 'typebox';
import { WORK_PLAN_STATUSES } from '../../../common/projects.ts';
import { PageQuery } from '../../platform/http.ts';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

export { WORK_PLAN_STATUSES };

export const WorkPlanStatus = Type.Enum(WORK_PLAN_STATUSES, { title: '状态', description: 'draft 草稿；submitted 已提交' });
const Year = Type.Integer({ minimum: 2000, maximum: 2100, title: '年度' });

export const WorkPlanYearParams = Type.Object({ year: Year });
export const WorkPlanIdParams = Type.Object({ id: Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER, title: '计划编号' }) });

/** Saves the caller organization's plan for the year as a draft (created or replaced); refused once submitted. */
export const PutWorkPlanBody = Type.Object(
  {
    summary: Type.String({ minLength: 1, maxLength: 4000, title: '年度工作计划', description: '目标、重点地区、重点领域和主要举措' }),
    people: Type.Integer({ minimum: 0, maximum: 1_000_000, title: '计划投入人员（人）' }),
    amountFen: Type.Integer({ minimum: 0, maximum: 100_000_000_000, title: '计划投入资金（分）' }),
    materials: Type.Optional(Nullable(Type.String({ maxLength: 1000, title: '计划投入物资', description: '物资名称、数量和估值' }))),
  },
  { additionalProperties: false },
);
export type PutWorkPlanBody = Static<typeof PutWorkPlanBody>;

const Ref = Type.Object({ id: Type.Integer(), name: Type.String() });

const WorkPlanSummaryFields = {
  id: Type.Integer(),
  organization: Ref,
  year: Type.Integer(),
  people: Type.Integer(),
  amountFen: Type.Integer(),
  status: WorkPlanStatus,
  submittedAt: Nullable(Type.String({ format: 'date-time' })),
  /** Projects planned to start in the year, and their budget total (fen); pairings current at some time in the year. */
  projectCount: Type.Integer(),
  projectBudgetFen: Type.Integer(),
  pairingCount: Type.Integer(),
  updatedAt: Type.String({ format: 'date-time' }),
};
export const WorkPlanSummary = Type.Object(WorkPlanSummaryFields);
export type WorkPlanSummary = Static<typeof WorkPlanSummary>;

export const WorkPlanDetail = Type.Object({
  ...WorkPlanSummaryFields,
  summary: Type.String(),
  materials: Nullable(Type.String()),
  projects: Type.Array(
    Type.Object({ id: Type.Integer(), name: Type.String(), status: Type.String(), budgetFen: Type.Integer(), plannedStart: Type.String(), places: Type.Array(Type.String({ description: '实施地区的全称，如“重庆市 / 巫溪县 / 红池坝镇 / 中岗村”' })) }),
  ),
  pairings: Type.Array(
    Type.Object({ id: Type.Integer(), title: Type.String(), status: Type.String(), amountFen: Type.Integer(), people: Type.Integer(), startDate: Type.String(), endDate: Type.String() }),
  ),
  actions: Type.Object({ edit: Type.Boolean(), submit: Type.Boolean() }),
});
export type WorkPlanDetail = Static<typeof WorkPlanDetail>;

export const ListWorkPlansQuery = Type.Object(
  {
    year: Type.Optional(Year),
    organizationId: Type.Optional(Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER, title: '组织' })),
    ...PageQuery,
  },
  { additionalProperties: false },
);
export type ListWorkPlansQuery = Static<typeof ListWorkPlansQuery>;
export const WorkPlanPage = Type.Object({ items: Type.Array(WorkPlanSummary), nextCursor: Nullable(Type.String()) });
export type WorkPlanPage = Static<typeof WorkPlanPage>;
