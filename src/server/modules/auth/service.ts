// Login with throttling per account and per address, the session's account, password change, logout.
import type { Kysely } from 'kysely';
import type { Config } from '../../config.ts';
import type { DB } from '../../db/types.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../../platform/access.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { RequestContext } from '../../platform/context.ts';
import { burnVerifyTime, hashPassword, passwordProblems, verifyPassword } from '../../platform/passwords.ts';
import { createSession, revokeOtherSessions, revokeSession, type NewSession } from '../../platform/sessions.ts';
import { regionPath } from '../regions/queries.ts';
import * as q from './queries.ts';
import type { ChangePasswordBody, LoginBody, SessionAccount } from './schemas.ts';

export const LOGIN_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_IP = 30;

export function usernameKey(username: string): string {
  return username.trim().normalize('NFKC').toLowerCase();
}

function throttled(first: Date | null): AppError {
  const until = (first?.getTime() ?? Date.now()) + LOGIN_WINDOW_MINUTES * 60_000;
  const seconds = Math.max(1, Math.ceil((until - Date.now()) / 1000));
  return new AppError('LOGIN_RATE_LIMITED', {
    message: `登录失败次数过多，请 ${Math.ceil(seconds / 60)} 分钟后再试`,
    headers: { 'retry-after': String(seconds) },
  });
}

export async function login(
  db: Kysely<DB>,
  config: Config,
  ctx: RequestContext,
  body: LoginBody,
  userAgent: string | null,
): Promise<{ session: NewSession; accountId: number }> {
  const key = usernameKey(body.username);
  const ip = ctx.ip ?? 'unknown';
  const since = new Date(Date.now() - LOGIN_WINDOW_MINUTES * 60_000);
  const failures = await q.recentFailures(db, key, ip, since);
  if (failures.account.n >= MAX_FAILURES_PER_ACCOUNT) throw throttled(failures.account.first);
  if (failures.ip.n >= MAX_FAILURES_PER_IP) throw throttled(failures.ip.first);

  const account = await q.findAccountByUsernameKey(db, key);
  if (!account || account.status !== 'active') {
    await burnVerifyTime(body.password);
    await q.recordAttempt(db, key, ip, false);
    throw new AppError('LOGIN_FAILED');
  }
  if (!(await verifyPassword(account.password_hash, body.password))) {
    await q.recordAttempt(db, key, ip, false);
    const left = MAX_FAILURES_PER_ACCOUNT - failures.account.n - 1;
    throw new AppError('LOGIN_FAILED', {
      message: left > 0 ? `用户名或密码错误，还可尝试 ${left} 次` : '用户名或密码错误，账号已暂时锁定，请稍后再试',
    });
  }
  return db.transaction().execute(async (trx) => {
    await q.recordAttempt(trx, key, ip, true);
    await trx.updateTable('accounts').set({ last_login_at: new Date() }).where('id', '=', account.id).execute();
    const session = await createSession(trx, config, account.id, { ip: ctx.ip, userAgent });
    await recordAudit(trx, ctx, {
      actor: { accountId: account.id, role: account.role },
      action: 'login',
      entityType: 'account',
      entityId: account.id,
      regionCode: account.scope_region_code,
      organizationId: account.organization_id,
      detail: { username: account.username },
    });
    return { session, accountId: account.id };
  });
}

export async function sessionAccount(db: Kysely<DB>, accountId: number): Promise<SessionAccount> {
  const row = await q.sessionAccountRow(db, accountId);
  if (!row) throw new AppError('UNAUTHENTICATED');
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    departmentKind: row.department_kind,
    scopeRegionCode: row.scope_region_code,
    scopeRegionName: await regionPath(db, row.scope_region_code),
    organizationId: row.organization_id,
    organizationName: row.organization_name,
    mustChangePassword: row.must_change_password,
  };
}

export async function changePassword(db: Kysely<DB>, ctx: RequestContext, actor: Actor, body: ChangePasswordBody): Promise<void> {
  const account = await q.findAccountById(db, actor.accountId);
  if (!account) throw new AppError('UNAUTHENTICATED');
  if (!(await verifyPassword(account.password_hash, body.currentPassword))) {
    throw new AppError('PASSWORD_INCORRECT', { fields: [{ field: 'currentPassword', message: '当前密码：不正确' }] });
  }
  const problems = passwordProblems(body.newPassword, account.username);
  if (body.newPassword === body.currentPassword) problems.push({ field: 'newPassword', message: '新密码不能与当前密码相同' });
  if (problems.length > 0) throw new AppError('PASSWORD_TOO_WEAK', { fields: problems });
  const hash = await hashPassword(body.newPassword);
  await db.transaction().execute(async (trx) => {
    const after = await trx
      .updateTable('accounts')
      .set({ password_hash: hash, password_changed_at: new Date(), must_change_password: false, updated_at: new Date() })
      .where('id', '=', account.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await revokeOtherSessions(trx, account.id, actor.sessionId);
    await recordAudit(trx, ctx, {
      action: 'change_password',
      entityType: 'account',
      entityId: account.id,
      regionCode: account.scope_region_code,
      organizationId: account.organization_id,
      before: { password_hash: account.password_hash, must_change_password: account.must_change_password },
      after: { password_hash: after.password_hash, must_change_password: after.must_change_password },
    });
  });
}

export async function logout(db: Kysely<DB>, ctx: RequestContext, actor: Actor): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await revokeSession(trx, actor.sessionId);
    await recordAudit(trx, ctx, {
      action: 'logout',
      entityType: 'account',
      entityId: actor.accountId,
      regionCode: actor.scopeRegionCode,
      organizationId: actor.organizationId,
    });
  });
}
