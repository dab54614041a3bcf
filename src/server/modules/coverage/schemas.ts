// Coverage (结对覆盖): for a program, which key areas are paired by confirmed, current pairings, by whom, and which are
// not; counterpart (other-province) organizations counted apart; as a summary, a county tree, rows, and an Excel export.
// This file is the API contract the server and the web app share.
import { Type, type Static } from 'typebox';
import { COVERAGE_STATES } from '../../../common/projects.ts';
import { PageQuery } from '../../platform/http.ts';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

export { COVERAGE_STATES };

const Id = (title: string) => Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER, title });
const IsoDate = (title: string) => Type.String({ pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$', title, description: 'YYYY-MM-DD' });
const NamedRegion = Type.Object({ code: Type.String(), name: Type.String({ description: '完整路径，如 重庆市 / 巫溪县' }) });
const OrganizationRef = Type.Object({ id: Type.Integer(), name: Type.String() });

export const CoverageState = Type.Enum(COVERAGE_STATES, {
  title: '覆盖情况',
  description: 'paired 已结对（协议地区就是它或包含它）；partial 部分结对（只结对了它下辖的地方）；unpaired 未结对',
});

const CoverageFilters = {
  programId: Id('帮扶计划'),
  /** The day coverage is taken on (default today, Asia/Shanghai): confirmed pairings whose period holds it. */
  asOf: Type.Optional(IsoDate('统计日期')),
  /** Only the key areas within this region (and the caller's scope). */
  region: Type.Optional(Type.String({ pattern: '^[0-9]{2,12}$', title: '地区' })),
};

export const CoverageQuery = Type.Object(CoverageFilters, { additionalProperties: false });
export type CoverageQuery = Static<typeof CoverageQuery>;

export const CoverageKindSummary = Type.Object({
  kind: Type.String({ description: '重点地区类别（designations.kind）' }),
  total: Type.Integer(),
  paired: Type.Integer(),
  partial: Type.Integer(),
  unpaired: Type.Integer(),
  /** Key areas paired by at least one counterpart (other-province) organization. */
  counterpart: Type.Integer(),
});
export const CoverageSummary = Type.Object({
  program: Type.Object({ id: Type.Integer(), name: Type.String() }),
  asOf: Type.String(),
  kinds: Type.Array(CoverageKindSummary),
  /** Confirmed current pairings under the program with a place in the caller's scope; counterpart ones apart. */
  pairings: Type.Integer(),
  counterpartPairings: Type.Integer(),
  organizations: Type.Integer(),
});
export type CoverageSummary = Static<typeof CoverageSummary>;

/** Per county: how its key areas stand (the tree's first level; a county's rows come from /coverage/areas). */
export const CoverageCounty = Type.Object({
  county: NamedRegion,
  total: Type.Integer(),
  paired: Type.Integer(),
  partial: Type.Integer(),
  unpaired: Type.Integer(),
  counterpart: Type.Integer(),
});
export const CoverageCounties = Type.Object({ items: Type.Array(CoverageCounty) });
export type CoverageCounties = Static<typeof CoverageCounties>;

export const CoverageAreasQuery = Type.Object(
  {
    ...CoverageFilters,
    kind: Type.Optional(Type.String({ pattern: '^[a-z_]{3,40}$', title: '重点地区类别' })),
    state: Type.Optional(CoverageState),
    county: Type.Optional(Type.String({ pattern: '^[0-9]{6}$', title: '区县' })),
    ...PageQuery,
  },
  { additionalProperties: false },
);
export type CoverageAreasQuery = Static<typeof CoverageAreasQuery>;

export const CoverageArea = Type.Object({
  designationId: Type.Integer(),
  kind: Type.String(),
  region: NamedRegion,
  state: CoverageState,
  isCounterpart: Type.Boolean(),
  /** The confirmed, current pairings that cover it (paired) or cover places inside it (partial). */
  pairings: Type.Array(
    Type.Object({
      id: Type.Integer(),
      title: Type.String(),
      organization: OrganizationRef,
      isCounterpart: Type.Boolean(),
      place: NamedRegion,
    }),
  ),
});
export type CoverageArea = Static<typeof CoverageArea>;
export const CoverageAreaPage = Type.Object({ items: Type.Array(CoverageArea), nextCursor: Nullable(Type.String()) });
export type CoverageAreaPage = Static<typeof CoverageAreaPage>;

/** Starts the Excel export of a program's coverage (a job: follow it at /api/jobs/:id). */
export const CoverageExportBody = Type.Object(
  { ...CoverageFilters, state: Type.Optional(CoverageState), kind: CoverageAreasQuery.properties.kind },
  { additionalProperties: false },
);
export type CoverageExportBody = Static<typeof CoverageExportBody>;

export const CoverageExportStarted = Type.Object({ jobId: Type.String({ description: '用 GET /api/jobs/:id 跟踪进度并下载' }) });
