// Projects (帮扶项目) and their landing (项目落地 / 清单式管理): an organization plans a project (on its own, from a
// pairing or from a confirmed claim), asks the area to sign, records its landing with evidence, its progress and
// completion; officials and liaisons of its places sign it, follow it up, and see the checklist of signed projects
// with their landing state; overdue ones are flagged. This file is the API contract the server and the web app share.
import { Type, type Static } from 'typebox';
import {
  FUNDING_SOURCES,
  PROJECT_EVENT_ACTIONS,
  PROJECT_FILE_KINDS,
  PROJECT_STATUSES,
} from '../../../common/projects.ts';
import { PageQuery } from '../../platform/http.ts';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

export { FUNDING_SOURCES, PROJECT_EVENT_ACTIONS, PROJECT_FILE_KINDS, PROJECT_STATUSES };

const Id = (title: string) => Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER, title });
const IsoDate = (title: string) => Type.String({ pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$', title, description: 'YYYY-MM-DD' });
const Code = (title: string) => Type.String({ pattern: '^[a-z][a-z0-9_]{1,47}$', title });
const Fen = (title: string) => Type.Integer({ minimum: 0, maximum: 100_000_000_000, title });

export const ProjectStatus = Type.Enum(PROJECT_STATUSES, {
  title: '项目状态',
  description: 'planned 计划中；signing 待签约；signed 已签约；landed 已落地；in_progress 实施中；completed 已完成；closed 已结项；cancelled 已取消',
});
export const FundingSource = Type.Enum(FUNDING_SOURCES, {
  title: '资金来源',
  description:
    'own_funds 自有资金；member_enterprises 会员企业；public_fundraising 公开募捐/网络众筹；special_fund 专项基金；charitable_trust 慈善信托；counterpart_aid 对口支援资金；government_purchase 政府购买服务',
});

export const BudgetLine = Type.Object(
  { source: FundingSource, amountFen: Type.Integer({ minimum: 1, maximum: 100_000_000_000, title: '金额（分）' }) },
  { additionalProperties: false },
);
export type BudgetLine = Static<typeof BudgetLine>;
export const ResponsiblePerson = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 30, title: '姓名' }),
    post: Type.String({ maxLength: 30, title: '职务' }),
    phone: Type.String({ minLength: 1, maxLength: 20, title: '联系电话' }),
  },
  { additionalProperties: false },
);
export type ResponsiblePerson = Static<typeof ResponsiblePerson>;

const ProjectFields = {
  name: Type.String({ minLength: 1, maxLength: 80, title: '项目名称' }),
  summary: Type.String({ minLength: 1, maxLength: 2000, title: '项目简介' }),
  fieldCodes: Type.Array(Code('重点领域'), { minItems: 1, maxItems: 10, uniqueItems: true, title: '重点领域' }),
  places: Type.Array(Type.String({ pattern: '^[0-9]{6,12}$', title: '实施地区' }), {
    minItems: 1,
    maxItems: 50,
    uniqueItems: true,
    title: '实施地区',
    description: '区县、乡镇或村的区划代码',
  }),
  programId: Type.Optional(Nullable(Id('帮扶计划'))),
  pairingId: Type.Optional(Nullable(Id('所属结对协议'))),
  claimId: Type.Optional(Nullable(Id('来源认领'))),
  fairId: Type.Optional(Nullable(Id('签约活动'))),
  targetPersons: Type.Integer({ minimum: 0, maximum: 100_000_000, title: '受益人数' }),
  targetHouseholds: Type.Integer({ minimum: 0, maximum: 100_000_000, title: '受益户数' }),
  keyPopulationCodes: Type.Array(Code('重点人群'), { maxItems: 10, uniqueItems: true, title: '重点人群' }),
  /** Must add up to budgetFen; one line per source. */
  budgetFen: Fen('预算总额（分）'),
  budgetLines: Type.Array(BudgetLine, { maxItems: FUNDING_SOURCES.length, title: '预算来源' }),
  plannedStart: IsoDate('计划开始日期'),
  plannedEnd: IsoDate('计划结束日期'),
  responsible: Type.Array(ResponsiblePerson, { minItems: 1, maxItems: 10, title: '项目负责人' }),
  naming: Type.Optional(Nullable(Type.String({ maxLength: 60, title: '冠名', description: '与帮扶地区商定的冠名，可不填' }))),
};

export const CreateProjectBody = Type.Object(ProjectFields, { additionalProperties: false });
export type CreateProjectBody = Static<typeof CreateProjectBody>;

/**
 * While planned: any field but the origin (claim, pairing). Once signed, only the summary, the people responsible and
 * the beneficiaries: the dates, places and budget the area signed stay as signed (409 PROJECT_STATE names the field).
 */
export const UpdateProjectBody = Type.Object(
  {
    name: Type.Optional(ProjectFields.name),
    summary: Type.Optional(ProjectFields.summary),
    fieldCodes: Type.Optional(ProjectFields.fieldCodes),
    places: Type.Optional(ProjectFields.places),
    programId: ProjectFields.programId,
    fairId: ProjectFields.fairId,
    targetPersons: Type.Optional(ProjectFields.targetPersons),
    targetHouseholds: Type.Optional(ProjectFields.targetHouseholds),
    keyPopulationCodes: Type.Optional(ProjectFields.keyPopulationCodes),
    budgetFen: Type.Optional(ProjectFields.budgetFen),
    budgetLines: Type.Optional(ProjectFields.budgetLines),
    plannedStart: Type.Optional(ProjectFields.plannedStart),
    plannedEnd: Type.Optional(ProjectFields.plannedEnd),
    responsible: Type.Optional(ProjectFields.responsible),
    naming: ProjectFields.naming,
  },
  { additionalProperties: false },
);
export type UpdateProjectBody = Static<typeof UpdateProjectBody>;

export const ProjectIdParams = Type.Object({ id: Id('项目编号') });
export const ProjectFileParams = Type.Object({ id: Id('项目编号'), fileId: Id('文件编号') });

export const NoteBody = Type.Object(
  { note: Type.String({ minLength: 1, maxLength: 1000, title: '说明' }) },
  { additionalProperties: false },
);
export type NoteBody = Static<typeof NoteBody>;
export const ProjectReasonBody = Type.Object(
  { reason: Type.String({ minLength: 1, maxLength: 500, title: '原因' }) },
  { additionalProperties: false },
);
export type ProjectReasonBody = Static<typeof ProjectReasonBody>;

/** The area signs: the official's or liaison's side, the date, and whom the organization signed with. */
export const SignProjectBody = Type.Object(
  {
    signedOn: IsoDate('签约日期'),
    signedWith: Type.String({ minLength: 1, maxLength: 80, title: '签约单位', description: '如 巫溪县乡村振兴局、中岗村村民委员会' }),
    note: Type.Optional(Type.String({ maxLength: 1000, title: '说明' })),
  },
  { additionalProperties: false },
);
export type SignProjectBody = Static<typeof SignProjectBody>;

/** Landing needs evidence: at least one evidence file already uploaded to the project (POST …/files, kind evidence). */
export const LandProjectBody = Type.Object(
  {
    landedOn: IsoDate('实际开始日期'),
    note: Type.String({ minLength: 1, maxLength: 1000, title: '落地情况' }),
    fileIds: Type.Array(Id('佐证材料'), { minItems: 1, maxItems: 20, uniqueItems: true, title: '佐证材料' }),
  },
  { additionalProperties: false },
);
export type LandProjectBody = Static<typeof LandProjectBody>;

export const CompleteProjectBody = Type.Object(
  {
    completedOn: IsoDate('完成日期'),
    note: Type.String({ minLength: 1, maxLength: 2000, title: '完成情况' }),
    fileIds: Type.Array(Id('完成报告'), { maxItems: 20, uniqueItems: true, title: '完成报告' }),
  },
  { additionalProperties: false },
);
export type CompleteProjectBody = Static<typeof CompleteProjectBody>;

const NamedRegion = Type.Object({ code: Type.String(), name: Type.String({ description: '完整路径' }) });
const Ref = Type.Object({ id: Type.Integer(), name: Type.String() });

const ProjectSummaryFields = {
  id: Type.Integer(),
  name: Type.String(),
  organization: Ref,
  fieldCodes: Type.Array(Type.String()),
  places: Type.Array(NamedRegion),
  budgetFen: Type.Integer(),
  plannedStart: Type.String(),
  plannedEnd: Type.String(),
  status: ProjectStatus,
  signedOn: Nullable(Type.String()),
  landingDue: Nullable(Type.String()),
  landedOn: Nullable(Type.String()),
  /** Signed, not landed, and today past landingDue (Asia/Shanghai). */
  overdue: Type.Boolean(),
  /** Days past landingDue when overdue, else 0. */
  overdueDays: Type.Integer(),
  isCounterpart: Type.Boolean({ description: '组织登记地与实施地区不在同一省' }),
  fair: Nullable(Ref),
  program: Nullable(Ref),
  updatedAt: Type.String({ format: 'date-time' }),
};
export const ProjectSummary = Type.Object(ProjectSummaryFields);
export type ProjectSummary = Static<typeof ProjectSummary>;

export const ProjectFile = Type.Object({
  id: Type.Integer(),
  kind: Type.Enum(PROJECT_FILE_KINDS),
  name: Type.String(),
  mime: Type.String(),
  sizeBytes: Type.Integer(),
  url: Type.String(),
  createdAt: Type.String({ format: 'date-time' }),
});
export type ProjectFile = Static<typeof ProjectFile>;

export const ProjectEvent = Type.Object({
  id: Type.Integer(),
  action: Type.Enum(PROJECT_EVENT_ACTIONS),
  fromStatus: Nullable(Type.String()),
  toStatus: Nullable(Type.String()),
  note: Nullable(Type.String()),
  actorName: Nullable(Type.String({ description: '操作人（账号显示名）；系统操作为空' })),
  createdAt: Type.String({ format: 'date-time' }),
});
export type ProjectEvent = Static<typeof ProjectEvent>;

export const ProjectActions = Type.Object({
  edit: Type.Boolean(),
  requestSigning: Type.Boolean(),
  sign: Type.Boolean(),
  returnSigning: Type.Boolean(),
  land: Type.Boolean(),
  progress: Type.Boolean(),
  complete: Type.Boolean(),
  close: Type.Boolean(),
  cancel: Type.Boolean(),
  followUp: Type.Boolean(),
  upload: Type.Boolean(),
});

export const ProjectDetail = Type.Object({
  ...ProjectSummaryFields,
  summary: Type.String(),
  targetPersons: Type.Integer(),
  targetHouseholds: Type.Integer(),
  keyPopulationCodes: Type.Array(Type.String()),
  budgetLines: Type.Array(Type.Object({ source: FundingSource, amountFen: Type.Integer() })),
  responsible: Type.Array(Type.Object({ name: Type.String(), post: Type.String(), phone: Type.String() })),
  naming: Nullable(Type.String()),
  pairing: Nullable(Type.Object({ id: Type.Integer(), title: Type.String() })),
  claim: Nullable(Type.Object({ id: Type.Integer(), needId: Type.Integer(), needTitle: Type.String() })),
  signedWith: Nullable(Type.String()),
  completedOn: Nullable(Type.String()),
  statusReason: Nullable(Type.String()),
  files: Type.Array(ProjectFile),
  events: Type.Array(ProjectEvent),
  actions: ProjectActions,
  createdAt: Type.String({ format: 'date-time' }),
});
export type ProjectDetail = Static<typeof ProjectDetail>;

export const ListProjectsQuery = Type.Object(
  {
    q: Type.Optional(Type.String({ minLength: 1, maxLength: 50, title: '关键词', description: '项目名称中的字词' })),
    status: Type.Optional(ProjectStatus),
    region: Type.Optional(Type.String({ pattern: '^[0-9]{2,12}$', title: '地区', description: '实施地区在该地区之内' })),
    organizationId: Type.Optional(Id('组织')),
    programId: Type.Optional(Id('帮扶计划')),
    pairingId: Type.Optional(Id('结对协议')),
    fairId: Type.Optional(Id('签约活动')),
    year: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2100, title: '计划开始年份' })),
    ...PageQuery,
  },
  { additionalProperties: false },
);
export type ListProjectsQuery = Static<typeof ListProjectsQuery>;
export const ProjectPage = Type.Object({ items: Type.Array(ProjectSummary), nextCursor: Nullable(Type.String()) });
export type ProjectPage = Static<typeof ProjectPage>;

// ---- Checklist management (officials) ----

export const CHECKLIST_STATES = ['all', 'not_landed', 'overdue', 'landed'] as const;
export const ChecklistQuery = Type.Object(
  {
    state: Type.Optional(
      Type.Enum(CHECKLIST_STATES, {
        title: '落地情况',
        description: 'all 全部已签约项目（默认）；not_landed 已签约未落地；overdue 逾期未落地；landed 已落地及以后',
      }),
    ),
    region: Type.Optional(Type.String({ pattern: '^[0-9]{2,12}$', title: '地区' })),
    organizationId: Type.Optional(Id('组织')),
    fairId: Type.Optional(Id('签约活动')),
    programId: Type.Optional(Id('帮扶计划')),
    ...PageQuery,
  },
  { additionalProperties: false },
);
export type ChecklistQuery = Static<typeof ChecklistQuery>;

export const ChecklistItem = Type.Object({
  ...ProjectSummaryFields,
  signedWith: Nullable(Type.String()),
  /** The latest follow-up note of an official or liaison, if any. */
  lastFollowUp: Nullable(Type.Object({ note: Type.String(), actorName: Nullable(Type.String()), createdAt: Type.String({ format: 'date-time' }) })),
  evidenceCount: Type.Integer(),
});
export type ChecklistItem = Static<typeof ChecklistItem>;
export const ChecklistPage = Type.Object({
  items: Type.Array(ChecklistItem),
  nextCursor: Nullable(Type.String()),
  /** Counts over the whole filtered set (not only this page). */
  totals: Type.Object({ signed: Type.Integer(), notLanded: Type.Integer(), overdue: Type.Integer(), landed: Type.Integer() }),
});
export type ChecklistPage = Static<typeof ChecklistPage>;

export const ChecklistExportBody = Type.Object(
  {
    state: ChecklistQuery.properties.state,
    region: ChecklistQuery.properties.region,
    organizationId: ChecklistQuery.properties.organizationId,
    fairId: ChecklistQuery.properties.fairId,
    programId: ChecklistQuery.properties.programId,
  },
  { additionalProperties: false },
);
export type ChecklistExportBody = Static<typeof ChecklistExportBody>;

export const LandingSettings = Type.Object({
  regionCode: Type.String(),
  graceDays: Type.Integer(),
  source: Type.Enum(['own', 'inherited', 'default'] as const),
});
export type LandingSettings = Static<typeof LandingSettings>;

/** What a step of the project's life answers: the new state (the page then reads the detail again). */
export const ProjectStepReply = Type.Object({
  id: Type.Integer(),
  status: ProjectStatus,
  landingDue: Nullable(Type.String()),
  overdue: Type.Boolean(),
});
export type ProjectStepReply = Static<typeof ProjectStepReply>;
