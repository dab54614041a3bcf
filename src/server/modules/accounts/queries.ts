import type { ExpressionBuilder, Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';
import type { Actor } from '../../platform/access.ts';
import { likeContains } from '../../platform/sql.ts';
import type { ListAccountsQuery } from './schemas.ts';

function accountsBase(db: Kysely<DB>) {
  return db
    .selectFrom('accounts as a')
    .leftJoin('organizations as o', 'o.id', 'a.organization_id')
    .select([
      'a.id', 'a.username', 'a.username_key', 'a.display_name', 'a.role', 'a.department_kind', 'a.scope_region_code',
      'a.organization_id', 'o.name as organization_name', 'o.registration_region_code', 'a.status', 'a.created_at',
      'a.last_login_at',
    ]);
}

/**
 * Accounts an official or admin may see: those whose region scope lies in theirs, and the accounts of organizations
 * registered in their region. A national admin sees every account.
 */
export function visibleAccounts(db: Kysely<DB>, actor: Actor) {
  const scope = actor.scopeRegionCode;
  return accountsBase(db).$if(scope !== null, (q) => q.where((eb) => inRegion(eb, scope!)));
}

/**
 * An account lies in a region by its own scope or by its organization's registration. Written as two indexed
 * conditions (not an OR over the joined row) so PostgreSQL can combine the two indexes instead of scanning.
 */
function inRegion(eb: ExpressionBuilder<DB & { a: DB['accounts'] }, 'a'>, region: string) {
  return eb.or([
    eb('a.scope_region_code', 'like', `${region}%`),
    eb(
      'a.organization_id',
      'in',
      eb.selectFrom('organizations').select('organizations.id').where('organizations.registration_region_code', 'like', `${region}%`),
    ),
  ]);
}

export function listAccounts(db: Kysely<DB>, actor: Actor, query: ListAccountsQuery, after: (string | number)[] | undefined) {
  const limit = query.limit ?? 50;
  const byUsername = query.sort === 'username';
  return visibleAccounts(db, actor)
    .$if(query.role !== undefined, (q) => q.where('a.role', '=', query.role!))
    .$if(query.status !== undefined, (q) => q.where('a.status', '=', query.status!))
    .$if(query.regionCode !== undefined, (q) => q.where((eb) => inRegion(eb, query.regionCode!)))
    .$if(query.q !== undefined, (q) =>
      q.where((eb) => eb.or([eb('a.username_key', 'like', likeContains(query.q!.toLowerCase())), eb('a.display_name', 'like', likeContains(query.q!))])),
    )
    .$if(after !== undefined && byUsername, (q) => q.where('a.username_key', '>', String(after![0])))
    .$if(after !== undefined && !byUsername, (q) => q.where('a.id', '<', Number(after![0])))
    .$if(byUsername, (q) => q.orderBy('a.username_key', 'asc'))
    .$if(!byUsername, (q) => q.orderBy('a.id', 'desc'))
    .limit(limit + 1)
    .execute();
}

export function findVisibleAccount(db: Kysely<DB>, actor: Actor, id: number) {
  return visibleAccounts(db, actor).where('a.id', '=', id).executeTakeFirst();
}

export function invitationsBase(db: Kysely<DB>) {
  return db
    .selectFrom('invitations as i')
    .innerJoin('accounts as inviter', 'inviter.id', 'i.invited_by')
    .select([
      'i.id', 'i.role', 'i.department_kind', 'i.scope_region_code', 'i.display_name', 'i.created_at', 'i.expires_at',
      'i.accepted_at', 'i.revoked_at', 'i.account_id', 'i.invited_by', 'i.organization_id', 'inviter.display_name as inviter_name',
    ]);
}

export function listInvitations(db: Kysely<DB>, actor: Actor, limit: number, afterId: number | undefined) {
  const scope = actor.scopeRegionCode;
  return invitationsBase(db)
    // Organizations invite their own members; those invitations are theirs, not the officials'.
    .where('i.organization_id', 'is', null)
    .$if(scope !== null, (q) => q.where('i.scope_region_code', 'like', `${scope}%`))
    .$if(afterId !== undefined, (q) => q.where('i.id', '<', afterId!))
    .orderBy('i.id', 'desc')
    .limit(limit + 1)
    .execute();
}
