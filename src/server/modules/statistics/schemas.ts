// Statistics (统计): what departments report, summed from the ledger. Region subtree and month range, with program,
// key field, giver form and organization filters; cards, trend by month, breakdowns, coverage and gaps of a program's
// key areas and of key populations, and the Excel export. Every figure equals the sum of the records (reversals
// included); the drill-down passes the same filters to GET /api/aid-records. This file is the API contract.
import { Type, type Static } from 'typebox';
import { MONTH_PATTERN } from '../../../common/ledger.ts';
import { PageQuery } from '../../platform/http.ts';
import { GiverForm } from '../ledger/schemas.ts';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const Id = (title: string) => Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER, title });
const Month = (title: string) => Type.String({ pattern: MONTH_PATTERN, title, description: 'YYYY-MM' });

/** Filters of every statistics route. Without `region`, the caller's scope; `from`/`to` default to this year. */
export const StatisticsFilters = {
  region: Type.Optional(Type.String({ pattern: '^[0-9]{2,12}$', title: '地区（含下级）' })),
  from: Type.Optional(Month('起始月份')),
  to: Type.Optional(Month('截止月份')),
  programId: Type.Optional(Id('帮扶计划')),
  keyField: Type.Optional(Type.String({ pattern: '^[a-z][a-z0-9_]{1,47}$', title: '重点领域' })),
  giverForm: Type.Optional(GiverForm),
  organizationId: Type.Optional(Id('社会组织')),
};
export const StatisticsQuery = Type.Object({ ...StatisticsFilters }, { additionalProperties: false });
export type StatisticsQuery = Static<typeof StatisticsQuery>;

/** The figures of one slice. Amounts in fen; counts of records are net of reversals. */
export const Figures = Type.Object({
  records: Type.Integer({ description: '帮扶记录条数（冲销后）' }),
  projects: Type.Integer({ description: '有帮扶记录的项目数' }),
  activities: Type.Integer({ description: '帮扶活动次数' }),
  organizations: Type.Integer({ description: '参与的社会组织数' }),
  caringIndividuals: Type.Integer({ description: '参与的爱心人士数' }),
  participants: Type.Integer({ description: '参与人次（工作人员 + 志愿者 + 会员企业）' }),
  staff: Type.Integer(),
  volunteers: Type.Integer(),
  enterprises: Type.Integer(),
  /** All money value: funds + materials' valuation + activities and services + purchases. */
  totalFen: Type.Integer({ description: '款物合计（分）' }),
  fundsFen: Type.Integer({ description: '捐赠资金（分）' }),
  materialRecords: Type.Integer({ description: '物资捐赠条数' }),
  materialQuantity: Type.Integer({ description: '物资件数' }),
  materialValueFen: Type.Integer({ description: '物资折价（分）' }),
  purchaseFen: Type.Integer({ description: '消费帮扶金额（分）' }),
  serviceFen: Type.Integer({ description: '活动与服务投入（分）' }),
  employed: Type.Integer({ description: '就业帮扶人数' }),
  beneficiaries: Type.Integer({ description: '受益人次' }),
  beneficiaryHouseholds: Type.Integer({ description: '受益户数' }),
  confirmedFen: Type.Integer({ description: '已收悉确认的金额（分）' }),
  unconfirmedFen: Type.Integer({ description: '待确认的金额（分）' }),
  disputedFen: Type.Integer({ description: '有异议的金额（分）' }),
});
export type Figures = Static<typeof Figures>;

export const StatisticsSummary = Type.Object({
  /** What was actually counted: the region (resolved from scope), months, and whether the rollups or the records
   * answered (rollups for county and above without an organization filter). */
  region: Type.Object({ code: Nullable(Type.String()), name: Type.String() }),
  from: Type.String(),
  to: Type.String(),
  figures: Figures,
  /** The same figures for counterpart support (东西部协作 / 对口支援) alone. */
  counterpart: Figures,
  purchaseByChannel: Type.Array(Type.Object({ channel: Type.String(), amountFen: Type.Integer() })),
  source: Type.Enum(['rollup', 'records'] as const),
});
export type StatisticsSummary = Static<typeof StatisticsSummary>;

export const TrendPoint = Type.Object({
  month: Type.String({ description: 'YYYY-MM' }),
  records: Type.Integer(),
  totalFen: Type.Integer(),
  fundsFen: Type.Integer(),
  materialValueFen: Type.Integer(),
  purchaseFen: Type.Integer(),
  beneficiaries: Type.Integer(),
  participants: Type.Integer(),
});
export const StatisticsTrend = Type.Object({ points: Type.Array(TrendPoint) });
export type StatisticsTrend = Static<typeof StatisticsTrend>;

export const BreakdownQuery = Type.Object(
  { ...StatisticsFilters, by: Type.Enum(['field', 'county', 'child', 'kind', 'form', 'organization'] as const, { title: '分组' }) },
  { additionalProperties: false },
);
export type BreakdownQuery = Static<typeof BreakdownQuery>;
export const BreakdownRow = Type.Object({
  /** The group's code: key field code, county or child region code, kind, form, or organization id as text. */
  key: Type.String(),
  label: Type.String(),
  records: Type.Integer(),
  totalFen: Type.Integer(),
  fundsFen: Type.Integer(),
  materialValueFen: Type.Integer(),
  purchaseFen: Type.Integer(),
  beneficiaries: Type.Integer(),
  participants: Type.Integer(),
  confirmedFen: Type.Integer(),
});
export const StatisticsBreakdown = Type.Object({ by: Type.String(), rows: Type.Array(BreakdownRow) });
export type StatisticsBreakdown = Static<typeof StatisticsBreakdown>;

/** Coverage and gaps of one program's key areas in the period: pairings and aid, nothing-received ones flagged. */
export const AreaCoverageQuery = Type.Object(
  {
    programId: Id('帮扶计划'),
    from: Type.Optional(Month('起始月份')),
    to: Type.Optional(Month('截止月份')),
    region: Type.Optional(Type.String({ pattern: '^[0-9]{2,12}$', title: '地区（含下级）' })),
    onlyGaps: Type.Optional(Type.Boolean({ title: '只看未获帮扶的' })),
    ...PageQuery,
  },
  { additionalProperties: false },
);
export type AreaCoverageQuery = Static<typeof AreaCoverageQuery>;
export const AreaCoverageRow = Type.Object({
  regionCode: Type.String(),
  regionName: Type.String(),
  designationKind: Type.String(),
  pairings: Type.Integer({ description: '期间内有效的已确认结对协议数' }),
  records: Type.Integer(),
  totalFen: Type.Integer(),
  beneficiaries: Type.Integer(),
  gap: Type.Boolean({ description: '期间内没有任何帮扶记录' }),
});
export const AreaCoveragePage = Type.Object({
  totals: Type.Object({ areas: Type.Integer(), gaps: Type.Integer(), unpaired: Type.Integer() }),
  items: Type.Array(AreaCoverageRow),
  nextCursor: Nullable(Type.String()),
});
export type AreaCoveragePage = Static<typeof AreaCoveragePage>;

/** Key populations in a region: registered households of each, and how many received any aid in the period. */
export const PopulationCoverage = Type.Object({
  rows: Type.Array(
    Type.Object({
      code: Type.String(),
      label: Type.String(),
      households: Type.Integer(),
      helped: Type.Integer(),
      notHelped: Type.Integer(),
      totalFen: Type.Integer(),
    }),
  ),
});
export type PopulationCoverage = Static<typeof PopulationCoverage>;

/** The region tree one level down from `region`, each child with its amount (for the tree or treemap by amount). */
export const RegionTree = Type.Object({
  region: Type.Object({ code: Nullable(Type.String()), name: Type.String() }),
  children: Type.Array(
    Type.Object({
      code: Type.String(),
      name: Type.String(),
      level: Type.Integer(),
      records: Type.Integer(),
      totalFen: Type.Integer(),
      beneficiaries: Type.Integer(),
      hasChildren: Type.Boolean(),
    }),
  ),
});
export type RegionTree = Static<typeof RegionTree>;

export const StatisticsExportBody = Type.Object({ ...StatisticsFilters }, { additionalProperties: false });
export type StatisticsExportBody = Static<typeof StatisticsExportBody>;
export const ExportStarted = Type.Object({ jobId: Type.String({ format: 'uuid' }) });
