// Whose side a caller is on for a project: the organization's (its admin and members) or the area's (officials and
// liaisons with one of the project's places in their scope). Both the core routes and the life-cycle routes ask this,
// and the same question is asked in SQL for lists (`projectVisibleWhere`).
import { sql, type Expression, type ExpressionBuilder, type Kysely, type SqlBool, type Transaction } from 'kysely';
import type { DB } from '../../db/types.ts';
import { isRegionInScope, type Actor } from '../../platform/access.ts';
import type { ProjectSide } from './states.ts';

type Executor = Kysely<DB> | Transaction<DB>;

const ORGANIZATION_ROLES = new Set(['organization_admin', 'organization_member']);
const AREA_ROLES = new Set(['platform_admin', 'department_official', 'liaison']);
const OFFICIAL_ROLES = new Set(['platform_admin', 'department_official']);

export function isOfficial(actor: Actor): boolean {
  return OFFICIAL_ROLES.has(actor.role);
}

/** The side of `actor` for a project of `organizationId` placed at `places`, or null if it is none of theirs. */
export function sideFor(actor: Actor, organizationId: number, places: readonly string[]): ProjectSide | null {
  if (ORGANIZATION_ROLES.has(actor.role)) return actor.organizationId === organizationId ? 'organization' : null;
  if (AREA_ROLES.has(actor.role) && places.some((p) => isRegionInScope(actor, p))) return 'area';
  return null;
}

/** The project's places (region codes), in code order. */
export async function placesOf(db: Executor, projectId: number): Promise<string[]> {
  const rows = await db.selectFrom('project_places').select('region_code').where('project_id', '=', projectId).orderBy('region_code').execute();
  return rows.map((r) => r.region_code);
}

/** SQL on `projects`: the caller may see the project (its organization's people; area roles with a place in scope). */
export function projectVisibleWhere(eb: ExpressionBuilder<DB, 'projects'>, actor: Actor): Expression<SqlBool> {
  if (ORGANIZATION_ROLES.has(actor.role)) {
    return actor.organizationId === null ? sql<SqlBool>`false` : eb('projects.organization_id', '=', actor.organizationId);
  }
  if (!AREA_ROLES.has(actor.role)) return sql<SqlBool>`false`;
  const scope = actor.scopeRegionCode;
  if (scope === null) return sql<SqlBool>`true`;
  return eb.exists(
    eb
      .selectFrom('project_places as pp')
      .select(sql<number>`1`.as('one'))
      .whereRef('pp.project_id', '=', 'projects.id')
      .where('pp.region_code', 'like', `${scope}%`),
  );
}
