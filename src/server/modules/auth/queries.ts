import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';

export function findAccountByUsernameKey(db: Kysely<DB>, usernameKey: string) {
  return db.selectFrom('accounts').selectAll().where('username_key', '=', usernameKey).executeTakeFirst();
}

export function findAccountById(db: Kysely<DB>, id: number) {
  return db.selectFrom('accounts').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Failed attempts since `since` for an account name, and for an address. */
export async function recentFailures(db: Kysely<DB>, usernameKey: string, ip: string, since: Date) {
  const [byAccount, byIp] = await Promise.all([
    db
      .selectFrom('login_attempts')
      .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.min('attempted_at').as('first')])
      .where('username_key', '=', usernameKey)
      .where('attempted_at', '>', since)
      .where('succeeded', '=', false)
      // A success resets the account's count.
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom('login_attempts as s')
              .select('s.id')
              .where('s.username_key', '=', usernameKey)
              .where('s.succeeded', '=', true)
              .whereRef('s.attempted_at', '>', 'login_attempts.attempted_at'),
          ),
        ),
      )
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('login_attempts')
      .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.min('attempted_at').as('first')])
      .where('ip', '=', ip)
      .where('attempted_at', '>', since)
      .where('succeeded', '=', false)
      .executeTakeFirstOrThrow(),
  ]);
  return {
    account: { n: Number(byAccount.n), first: byAccount.first as Date | null },
    ip: { n: Number(byIp.n), first: byIp.first as Date | null },
  };
}

export async function recordAttempt(db: Kysely<DB>, usernameKey: string, ip: string, succeeded: boolean) {
  await db.insertInto('login_attempts').values({ username_key: usernameKey, ip, succeeded }).execute();
}

export function sessionAccountRow(db: Kysely<DB>, accountId: number) {
  return db
    .selectFrom('accounts as a')
    .leftJoin('regions as r', 'r.code', 'a.scope_region_code')
    .leftJoin('organizations as o', 'o.id', 'a.organization_id')
    .select([
      'a.id', 'a.username', 'a.display_name', 'a.role', 'a.department_kind', 'a.scope_region_code',
      'r.name as scope_region_name', 'a.organization_id', 'o.name as organization_name', 'a.must_change_password',
    ])
    .where('a.id', '=', accountId)
    .executeTakeFirst();
}
