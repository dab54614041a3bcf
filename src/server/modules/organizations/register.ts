// Self-registration: the organization (pending review) and its administrator's account, in one transaction.
// Every problem is reported field by field before anything is written; a taken credit code or username is a 409.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';
import { AppError } from '../../errors.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { RequestContext } from '../../platform/context.ts';
import { usernameKey } from '../auth/service.ts';
import { createAccount } from '../accounts/service.ts';
import { auditRow, columnsOf } from './columns.ts';
import { recordReview } from './history.ts';
import * as q from './queries.ts';
import type { Organization, RegisterOrganizationBody } from './schemas.ts';
import { toOrganization } from './views.ts';
import { accountProblems, codeProblems, normalise, profileProblems, type Profile } from './validate.ts';

export function creditCodeTakenError(): AppError {
  return new AppError('CREDIT_CODE_TAKEN', {
    fields: [{ field: 'creditCode', message: '统一社会信用代码：该代码已经注册；如果是本组织，请联系登记管理机关或本组织的管理员' }],
  });
}

function isUniqueViolation(err: unknown, constraint: string): boolean {
  const e = err as { code?: unknown; constraint?: unknown; message?: unknown };
  return e.code === '23505' && (e.constraint === constraint || String(e.message).includes(constraint));
}

export async function registerOrganization(db: Kysely<DB>, ctx: RequestContext, body: RegisterOrganizationBody): Promise<Organization> {
  const profile: Profile = {
    supervisingUnit: null,
    grade: null,
    gradeYear: null,
    contactEmail: null,
    homepage: null,
    description: null,
    ...(normalise(body) as Omit<Profile, 'supervisingUnit' | 'grade' | 'gradeYear' | 'contactEmail' | 'homepage' | 'description'>),
  };
  const account = { ...body.account, displayName: body.account.displayName.trim() };
  const problems = [...profileProblems(profile), ...accountProblems(account), ...(await codeProblems(db, profile))];
  if (problems.length > 0) throw new AppError('VALIDATION_FAILED', { fields: problems });

  return db.transaction().execute(async (trx) => {
    if (await q.creditCodeTaken(trx, profile.creditCode)) throw creditCodeTakenError();
    const taken = await trx.selectFrom('accounts').select('id').where('username_key', '=', usernameKey(account.username)).executeTakeFirst();
    if (taken) throw new AppError('USERNAME_TAKEN', { fields: [{ field: 'account.username', message: '用户名：已被使用，请换一个' }] });

    const now = new Date();
    let row;
    try {
      row = await trx
        .insertInto('organizations')
        .values({
          ...columnsOf(profile),
          name: profile.name,
          credit_code: profile.creditCode,
          form: profile.form,
          status: 'pending',
          source: 'registration',
          submitted_at: now,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
    } catch (err) {
      // Two registrations of one code at the same moment: the unique index decides.
      if (isUniqueViolation(err, 'organizations_credit_code_key')) throw creditCodeTakenError();
      throw err;
    }
    await q.replaceFields(trx, row.id, profile.fields);
    await q.replaceServiceRegions(trx, row.id, profile.serviceRegions);
    const accountId = await createAccount(trx, ctx, {
      username: account.username,
      displayName: account.displayName,
      role: 'organization_admin',
      password: account.password,
      organizationId: row.id,
    });
    const actor = { accountId, role: 'organization_admin' as const };
    await recordAudit(trx, ctx, {
      action: 'register',
      entityType: 'organization',
      entityId: row.id,
      regionCode: row.registration_region_code,
      organizationId: row.id,
      after: auditRow(row, profile.fields, profile.serviceRegions),
      actor,
    });
    await recordReview(trx, ctx, { organizationId: row.id, action: 'submit', snapshot: profile, actorAccountId: accountId });
    return toOrganization(trx, { ...actor, scopeRegionCode: null, organizationId: row.id }, row);
  });
}
