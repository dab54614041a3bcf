// Whose side a caller is on for a pairing: its lead organization's people, a member organization's people, or the
// area's (officials and liaisons with one of its places in their scope). The detail, the changes and the list ask the
// same question, the list in SQL (`pairingVisibleWhere`).
import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { DB } from '../../db/types.ts';
import { isRegionInScope, type Actor } from '../../platform/access.ts';

const ORGANIZATION_ROLES = new Set(['organization_admin', 'organization_member']);
const AREA_ROLES = new Set(['platform_admin', 'department_official', 'liaison']);
const OFFICIAL_ROLES = new Set(['platform_admin', 'department_official']);

export type PairingSide = 'lead' | 'member' | 'area';

/** A query on `pairings as p`. */
export type PairingsAsP = DB & { p: DB['pairings'] };

export interface PairingParties {
  organizationId: number;
  memberIds: readonly number[];
  places: readonly string[];
}

export function isOfficial(actor: Actor): boolean {
  return OFFICIAL_ROLES.has(actor.role);
}

/** The caller's side, or null when the pairing is none of theirs (and so, to them, does not exist). */
export function sideFor(actor: Actor, parties: PairingParties): PairingSide | null {
  if (ORGANIZATION_ROLES.has(actor.role)) {
    if (actor.organizationId === null) return null;
    if (actor.organizationId === parties.organizationId) return 'lead';
    return parties.memberIds.includes(actor.organizationId) ? 'member' : null;
  }
  if (AREA_ROLES.has(actor.role) && parties.places.some((p) => isRegionInScope(actor, p))) return 'area';
  return null;
}

/** An official whose scope holds every place: the department that may confirm or return the pairing. */
export function decidesAll(actor: Actor, places: readonly string[]): boolean {
  return isOfficial(actor) && places.length > 0 && places.every((p) => isRegionInScope(actor, p));
}

/** SQL on `pairings as p`: the caller may see the pairing. */
export function pairingVisibleWhere(eb: ExpressionBuilder<PairingsAsP, 'p'>, actor: Actor): Expression<SqlBool> {
  if (ORGANIZATION_ROLES.has(actor.role)) {
    const org = actor.organizationId;
    if (org === null) return sql<SqlBool>`false`;
    return eb.or([
      eb('p.organization_id', '=', org),
      eb.exists(
        eb
          .selectFrom('pairing_members as pm')
          .select(sql<number>`1`.as('one'))
          .whereRef('pm.pairing_id', '=', 'p.id')
          .where('pm.organization_id', '=', org),
      ),
    ]);
  }
  if (!AREA_ROLES.has(actor.role)) return sql<SqlBool>`false`;
  const scope = actor.scopeRegionCode;
  if (scope === null) return sql<SqlBool>`true`;
  return eb.exists(
    eb
      .selectFrom('pairing_places as pp')
      .select(sql<number>`1`.as('one'))
      .whereRef('pp.pairing_id', '=', 'p.id')
      .where('pp.region_code', 'like', `${scope}%`),
  );
}
