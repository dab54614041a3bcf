// Kysely queries of the registry import and the claim; each takes `db` or the transaction it runs in.
import type { Insertable, Kysely, Transaction } from 'kysely';
import type { AuditLogTable, DB, OrganizationsTable } from '../../db/types.ts';

type Executor = Kysely<DB> | Transaction<DB>;

export function insertJob(
  db: Executor,
  values: { kind: string; payload: unknown; createdBy: number; regionCode: string | null; total: number | null },
) {
  return db
    .insertInto('jobs')
    .values({
      kind: values.kind,
      payload: JSON.stringify(values.payload),
      created_by: values.createdBy,
      region_code: values.regionCode,
      message: '排队中',
      total: values.total,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export function insertOrganizations(trx: Transaction<DB>, rows: Insertable<OrganizationsTable>[]) {
  return trx.insertInto('organizations').values(rows).returningAll().execute();
}

export async function insertFields(trx: Transaction<DB>, rows: { organization_id: number; key_field_code: string }[]) {
  if (rows.length > 0) await trx.insertInto('organization_fields').values(rows).execute();
}

export async function insertServiceRegions(trx: Transaction<DB>, rows: { organization_id: number; region_code: string }[]) {
  if (rows.length > 0) await trx.insertInto('organization_service_regions').values(rows).execute();
}

export async function insertReviews(
  trx: Transaction<DB>,
  rows: { organization_id: number; snapshot: string; actor_account_id: number }[],
) {
  if (rows.length > 0) {
    await trx
      .insertInto('organization_reviews')
      .values(rows.map((r) => ({ ...r, action: 'import' as const, reason: null })))
      .execute();
  }
}

/** Many audit rows in one statement (the registry import writes one per organization). */
export async function insertAuditRows(trx: Transaction<DB>, rows: Insertable<AuditLogTable>[]) {
  if (rows.length > 0) await trx.insertInto('audit_log').values(rows).execute();
}

// ---- claim ----

export function findByCreditCode(db: Executor, creditCode: string) {
  return db
    .selectFrom('organizations')
    .select(['id', 'name', 'status', 'contact_name', 'contact_phone', 'registration_region_code'])
    .where('credit_code', '=', creditCode)
    .executeTakeFirst();
}

/** Locks the organization for the claim: two claims at once cannot both find it without an administrator. */
export function lockOrganization(trx: Transaction<DB>, id: number) {
  return trx.selectFrom('organizations').select('id').where('id', '=', id).forUpdate().executeTakeFirstOrThrow();
}

export async function hasAdministrator(db: Executor, organizationId: number): Promise<boolean> {
  const row = await db
    .selectFrom('accounts')
    .select('id')
    .where('organization_id', '=', organizationId)
    .where('role', '=', 'organization_admin')
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Failed claims since `since`, for one credit code and for one address. They share the login attempts table, keyed
 * `claim:<credit code>` (a colon cannot appear in a username), so the per-address count of logins sees them too.
 */
export async function claimFailures(db: Kysely<DB>, key: string, ip: string, since: Date) {
  const count = (q: ReturnType<typeof base>) =>
    q.select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.min('attempted_at').as('first')]).executeTakeFirstOrThrow();
  const base = () => db.selectFrom('login_attempts').where('attempted_at', '>', since).where('succeeded', '=', false);
  const [byCode, byIp] = await Promise.all([
    count(base().where('username_key', '=', key)),
    count(base().where('ip', '=', ip).where('username_key', 'like', 'claim:%')),
  ]);
  return {
    code: { n: Number(byCode.n), first: byCode.first as Date | null },
    ip: { n: Number(byIp.n), first: byIp.first as Date | null },
  };
}

export async function recordClaimAttempt(db: Executor, key: string, ip: string, succeeded: boolean) {
  await db.insertInto('login_attempts').values({ username_key: key, ip, succeeded }).execute();
}
