// Who sees which organization, as SQL conditions on `organizations as o`, and who reviews it.
// An official of scope S sees an organization registered inside S, serving a region inside S, or serving a region
// that contains S (an organization serving all of 重庆 serves 巫溪). Its own administrator and members see it too.
import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import { regionPrefixes } from '../../../common/glossary.ts';
import type { DB } from '../../db/types.ts';
import type { Actor } from '../../platform/access.ts';

export type OrgEb = ExpressionBuilder<DB & { o: DB['organizations'] }, 'o'>;

/** What the rules need to know about a caller (a session's actor, or the account a registration just created). */
export type Viewer = Pick<Actor, 'accountId' | 'role' | 'scopeRegionCode' | 'organizationId'>;

const OFFICIALS = new Set(['platform_admin', 'department_official']);

export function isOfficial(actor: Viewer | null): boolean {
  return actor !== null && OFFICIALS.has(actor.role);
}

export function isOwnOrganization(actor: Viewer | null, organizationId: number): boolean {
  return (
    actor !== null &&
    (actor.role === 'organization_admin' || actor.role === 'organization_member') &&
    actor.organizationId === organizationId
  );
}

/** Serves `region`: one of its service regions lies inside it or contains it. */
export function servesRegion(eb: OrgEb, region: string): Expression<SqlBool> {
  return eb.exists(
    eb
      .selectFrom('organization_service_regions as sr')
      .select(sql<number>`1`.as('one'))
      .whereRef('sr.organization_id', '=', 'o.id')
      .where((e) => e.or([e('sr.region_code', 'like', `${region}%`), e('sr.region_code', 'in', regionPrefixes(region))])),
  );
}

/** Registered inside `region`, or serving it. */
export function concernsRegion(eb: OrgEb, region: string): Expression<SqlBool> {
  return eb.or([eb('o.registration_region_code', 'like', `${region}%`), servesRegion(eb, region)]);
}

/** An official's scope (null = national) as a condition. */
export function inScope(eb: OrgEb, scope: string | null): Expression<SqlBool> {
  return scope === null ? sql<SqlBool>`true` : concernsRegion(eb, scope);
}

/** The organizations `actor` may read: officials by scope, organizations' people their own; nobody else. */
export function visibleTo(eb: OrgEb, actor: Viewer | null): Expression<SqlBool> {
  if (actor && isOfficial(actor)) return inScope(eb, actor.scopeRegionCode);
  if (actor && (actor.role === 'organization_admin' || actor.role === 'organization_member') && actor.organizationId !== null) {
    return eb('o.id', '=', actor.organizationId);
  }
  return sql<SqlBool>`false`;
}

/**
 * The registration authority's department reviews: an official whose scope contains the registration region; a
 * registration with the ministry (no region) only a national admin.
 */
export function isRegistrationAuthority(actor: Viewer | null, registrationRegionCode: string | null): boolean {
  if (!actor || !isOfficial(actor)) return false;
  const scope = actor.scopeRegionCode;
  if (scope === null) return true;
  return registrationRegionCode !== null && registrationRegionCode.startsWith(scope);
}
