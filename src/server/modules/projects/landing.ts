// The landing grace period (落地宽限期) a department sets for its region, and the landing due date it gives a signed
// project: planned start + the grace days of the most specific setting on each place's path, the smallest over the
// places (the strictest department wins), else DEFAULT_LANDING_GRACE_DAYS. The due date is stored when the project is
// signed and recomputed when a department changes its setting, so the checklist and the sweep read a column.
import { sql, type Kysely, type RawBuilder, type Transaction } from 'kysely';
import { Type, type Static } from 'typebox';
import { regionPrefixes } from '../../../common/glossary.ts';
import { DEFAULT_LANDING_GRACE_DAYS } from '../../../common/projects.ts';
import type { DB } from '../../db/types.ts';
import { fieldError } from '../../errors.ts';
import { assertRegionInScope, type Actor } from '../../platform/access.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { LandingSettings } from './schemas.ts';

type Executor = Kysely<DB> | Transaction<DB>;

const DAY_MS = 24 * 3600_000;

/** Whole days from `earlier` to `later` (both YYYY-MM-DD). */
export function daysBetween(earlier: string, later: string): number {
  return Math.round((Date.parse(`${later}T00:00:00Z`) - Date.parse(`${earlier}T00:00:00Z`)) / DAY_MS);
}

/** Signed, not landed, and `today` past the due date. */
export function isOverdue(project: { status: string; landing_due: string | null }, today: string): boolean {
  return project.status === 'signed' && project.landing_due !== null && project.landing_due < today;
}

/**
 * SQL: the grace days of the project whose id is `projectId` — the one rule, used when signing and when a setting
 * changes. A place's setting is the longest code on its path (codes are prefix-hierarchical).
 */
function graceDaysOf(projectId: RawBuilder<number>): RawBuilder<number> {
  return sql<number>`coalesce((
    select min(coalesce((
      select ls.grace_days from landing_settings ls
      where pp.region_code like ls.region_code || '%'
      order by length(ls.region_code) desc
      limit 1), ${sql.lit(DEFAULT_LANDING_GRACE_DAYS)}))
    from project_places pp where pp.project_id = ${projectId}), ${sql.lit(DEFAULT_LANDING_GRACE_DAYS)})`;
}

/** SQL over a row of `projects`: its landing due date, from its planned start and its places. */
function landingDueExpression(): RawBuilder<string> {
  return sql<string>`(projects.planned_start + ${graceDaysOf(sql<number>`projects.id`)})`;
}

/** The due date the project would get now (its planned start plus the grace days governing its places). */
export async function landingDueFor(db: Executor, projectId: number): Promise<string> {
  const row = await db
    .selectFrom('projects')
    .select(landingDueExpression().as('due'))
    .where('projects.id', '=', projectId)
    .executeTakeFirstOrThrow();
  return row.due;
}

/**
 * Recomputes the due date of every signed project with a place under `regionCode`. A project whose new due date is
 * not yet past may be announced as overdue again later: the department gave it a new deadline.
 */
export async function recomputeLandingDue(trx: Transaction<DB>, regionCode: string, today: string): Promise<number> {
  const rows = await trx
    .updateTable('projects')
    .set({
      landing_due: landingDueExpression(),
      overdue_notified_at: sql`case when ${landingDueExpression()} < ${today} then projects.overdue_notified_at end`,
      updated_at: sql`now()`,
    })
    .where('projects.status', '=', 'signed')
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('project_places as under')
          .select(sql<number>`1`.as('one'))
          .whereRef('under.project_id', '=', 'projects.id')
          .where('under.region_code', 'like', `${regionCode}%`),
      ),
    )
    .where(sql<boolean>`projects.landing_due is distinct from ${landingDueExpression()}`)
    .returning('projects.id')
    .execute();
  return rows.length;
}

/** The setting that governs `regionCode`: the most specific on its path, else the platform default. */
export async function landingSettingFor(
  db: Executor,
  regionCode: string,
): Promise<{ graceDays: number; regionCode: string | null }> {
  const row = await db
    .selectFrom('landing_settings')
    .select(['region_code', 'grace_days'])
    .where('region_code', 'in', regionPrefixes(regionCode))
    .orderBy(({ fn }) => fn('length', ['region_code']), 'desc')
    .limit(1)
    .executeTakeFirst();
  return row
    ? { graceDays: row.grace_days, regionCode: row.region_code }
    : { graceDays: DEFAULT_LANDING_GRACE_DAYS, regionCode: null };
}

// ---- the department's setting (GET / PUT /api/landing-settings) ----

const SettingsRegion = Type.String({
  pattern: '^[0-9]{2,12}$',
  title: '地区',
  description: '省、市、区县等的区划代码；省略时为本人的管辖范围（全国管理员须指定）',
});

export const LandingSettingsQuery = Type.Object(
  { region: Type.Optional(SettingsRegion) },
  { additionalProperties: false },
);
export type LandingSettingsQuery = Static<typeof LandingSettingsQuery>;

export const PutLandingSettingsBody = Type.Object(
  {
    graceDays: Type.Integer({
      minimum: 0,
      maximum: 365,
      title: '落地宽限天数',
      description: '计划开始日期后多少天仍未落地即为逾期',
    }),
    region: Type.Optional(SettingsRegion),
  },
  { additionalProperties: false },
);
export type PutLandingSettingsBody = Static<typeof PutLandingSettingsBody>;

/** The region an official's request is about: the one given (in scope, existing) or their own scope. */
async function regionOf(db: Executor, actor: Actor, given: string | undefined): Promise<string> {
  const region = given ?? actor.scopeRegionCode;
  if (region === null) throw fieldError('region', '地区：全国管理员请指定要查看或设置的地区');
  if (given !== undefined) {
    assertRegionInScope(actor, region);
    const found = await db.selectFrom('regions').select('code').where('code', '=', region).executeTakeFirst();
    if (!found) throw fieldError('region', `地区：区划代码“${region}”不存在`);
  }
  return region;
}

async function settingOf(db: Executor, region: string): Promise<LandingSettings> {
  const found = await landingSettingFor(db, region);
  const source = found.regionCode === null ? 'default' : found.regionCode === region ? 'own' : 'inherited';
  return { regionCode: region, graceDays: found.graceDays, source };
}

export async function getLandingSettings(
  db: Kysely<DB>,
  actor: Actor,
  region: string | undefined,
): Promise<LandingSettings> {
  return settingOf(db, await regionOf(db, actor, region));
}

export async function setLandingSettings(
  db: Kysely<DB>,
  ctx: RequestContext,
  actor: Actor,
  input: { graceDays: number; queryRegion: string | undefined; bodyRegion: string | undefined; today: string },
): Promise<LandingSettings> {
  const { queryRegion, bodyRegion } = input;
  if (queryRegion !== undefined && bodyRegion !== undefined && queryRegion !== bodyRegion) {
    throw fieldError('region', '地区：查询参数与提交内容中的地区不一致');
  }
  return db.transaction().execute(async (trx) => {
    const region = await regionOf(trx, actor, bodyRegion ?? queryRegion);
    const before = await trx
      .selectFrom('landing_settings')
      .selectAll()
      .where('region_code', '=', region)
      .forUpdate()
      .executeTakeFirst();
    if (before?.grace_days === input.graceDays) return settingOf(trx, region);
    await trx
      .insertInto('landing_settings')
      .values({ region_code: region, grace_days: input.graceDays, updated_by: actor.accountId })
      .onConflict((oc) =>
        oc
          .column('region_code')
          .doUpdateSet({ grace_days: input.graceDays, updated_by: actor.accountId, updated_at: new Date() }),
      )
      .execute();
    // The projects it governs take their new due date in the same commit: the checklist never shows the old one.
    const recomputed = await recomputeLandingDue(trx, region, input.today);
    await recordAudit(trx, ctx, {
      action: before ? 'update' : 'create',
      entityType: 'landing_setting',
      entityId: region,
      regionCode: region,
      before: before ? { grace_days: before.grace_days } : null,
      after: { grace_days: input.graceDays },
      detail: { recomputedProjects: recomputed },
    });
    return settingOf(trx, region);
  });
}
