// Who manages a need and who may see it. Liaisons and officials manage the needs of their region subtree (a
// township liaison its township and villages, a village liaison its village, a county official the county's needs);
// everyone signed in sees needs once they are published, never drafts, withdrawn or taken-down ones.
import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { Role } from '../../../common/glossary.ts';
import type { DB } from '../../db/types.ts';
import { isRegionInScope, regionScopeWhere, type Actor } from '../../platform/access.ts';
import { VISIBLE_NEED_STATUSES } from './schemas.ts';

const MANAGER_ROLES: readonly Role[] = ['platform_admin', 'department_official', 'liaison'];
const OFFICIAL_ROLES: readonly Role[] = ['platform_admin', 'department_official'];

export function isManager(actor: Actor): boolean {
  return MANAGER_ROLES.includes(actor.role);
}

export function isOfficial(actor: Actor): boolean {
  return OFFICIAL_ROLES.includes(actor.role);
}

/** Does the actor manage needs of this place (liaison or official whose subtree holds it)? */
export function manages(actor: Actor, regionCode: string): boolean {
  return isManager(actor) && isRegionInScope(actor, regionCode);
}

/** SQL: the need lies in the actor's subtree (false for roles without a region). */
export function managedWhere(actor: Actor): Expression<SqlBool> {
  return isManager(actor) ? regionScopeWhere('needs.region_code', actor) : sql<SqlBool>`false`;
}

/** SQL: the actor may see the need: a visible status, or any status when they manage it. */
export function visibleWhere(eb: ExpressionBuilder<DB, 'needs'>, actor: Actor): Expression<SqlBool> {
  const visible = eb('needs.status', 'in', [...VISIBLE_NEED_STATUSES]);
  return isManager(actor) ? eb.or([visible, managedWhere(actor)]) : visible;
}
