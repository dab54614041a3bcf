// Who sees a fair and who runs it. Officials see the fairs organized in their scope and those about a region that
// meets their scope (a county official sees the city's fair held for its county); liaisons the fairs about a region
// that meets theirs; organizations every fair that has not been cancelled (a cancelled one stays visible to the
// organizations that had signed up, who were told of the cancellation and follow its link). Only an official whose
// scope holds the organizer region edits, closes or cancels it.
import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import { regionPrefixes } from '../../../common/glossary.ts';
import type { DB } from '../../db/types.ts';
import { isRegionInScope, type Actor } from '../../platform/access.ts';

export type FairEb = ExpressionBuilder<DB & { f: DB['fairs'] }, 'f'>;

const OFFICIAL_ROLES = new Set(['platform_admin', 'department_official']);
const ORGANIZATION_ROLES = new Set(['organization_admin', 'organization_member']);

export function isOfficial(actor: Actor): boolean {
  return OFFICIAL_ROLES.has(actor.role);
}

export function isOrganizationSide(actor: Actor): boolean {
  return ORGANIZATION_ROLES.has(actor.role);
}

/** Edits, closes, cancels: an official whose scope holds the organizer region. */
export function managesFair(actor: Actor, organizerRegion: string): boolean {
  return isOfficial(actor) && isRegionInScope(actor, organizerRegion);
}

/**
 * One of the fair's regions meets `scope`: lies inside it, or contains it. Region codes are prefixes of their
 * descendants, so "contains" is "is one of the scope's prefixes", which the index on fair_regions answers.
 */
function regionMeets(eb: FairEb, scope: string): Expression<SqlBool> {
  return eb.exists(
    eb
      .selectFrom('fair_regions as fr')
      .select(sql<number>`1`.as('one'))
      .whereRef('fr.fair_id', '=', 'f.id')
      .where((e) => e.or([e('fr.region_code', 'like', `${scope}%`), e('fr.region_code', 'in', regionPrefixes(scope))])),
  );
}

/** The organization has signed up (and not withdrawn). */
export function signedUpWhere(eb: FairEb, organizationId: number): Expression<SqlBool> {
  return eb.exists(
    eb
      .selectFrom('fair_signups as s')
      .select(sql<number>`1`.as('one'))
      .whereRef('s.fair_id', '=', 'f.id')
      .where('s.organization_id', '=', organizationId)
      .where('s.status', '=', 'signed_up'),
  );
}

/** SQL on `fairs as f`: the caller may see the fair. */
export function fairVisibleWhere(eb: FairEb, actor: Actor): Expression<SqlBool> {
  const scope = actor.scopeRegionCode;
  if (isOfficial(actor)) {
    if (scope === null) return sql<SqlBool>`true`;
    return eb.or([eb('f.region_code', 'like', `${scope}%`), regionMeets(eb, scope)]);
  }
  if (actor.role === 'liaison') return scope === null ? sql<SqlBool>`false` : regionMeets(eb, scope);
  if (isOrganizationSide(actor) && actor.organizationId !== null) {
    return eb.or([eb('f.status', '<>', 'cancelled'), signedUpWhere(eb, actor.organizationId)]);
  }
  return sql<SqlBool>`false`;
}
