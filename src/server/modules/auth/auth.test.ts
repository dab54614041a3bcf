import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DEMO_PASSWORD } from '../../demo/seed.ts';
import { useTestApp } from '../../../../test/support/app.ts';

const login = (username: string, password: string, remoteAddress = '127.0.0.1') => ({
  method: 'POST' as const,
  url: '/api/auth/login',
  payload: { username, password },
  remoteAddress,
});

describe('login', () => {
  const t = useTestApp();

  test('a correct password starts a session in an httpOnly SameSite cookie and reports the account and scope', async () => {
    const res = await t().app.inject(login('wuxi_xczx', DEMO_PASSWORD));
    assert.equal(res.statusCode, 200);
    const cookie = res.cookies.find((c) => c.name === 'bangfu_session');
    assert.ok(cookie?.httpOnly, 'session cookie must be httpOnly');
    assert.equal(cookie.sameSite, 'Lax');
    const body = res.json<{ account: { role: string; scopeRegionName: string; departmentKind: string }; csrfToken: string }>();
    assert.equal(body.account.role, 'department_official');
    assert.equal(body.account.departmentKind, 'rural_revitalization');
    assert.equal(body.account.scopeRegionName, '重庆市 / 巫溪县');
    const session = await t().app.inject({ method: 'GET', url: '/api/auth/session', cookies: { bangfu_session: cookie.value } });
    assert.equal(session.statusCode, 200);
    assert.equal(session.json<{ csrfToken: string }>().csrfToken, body.csrfToken);
  });

  test('the username is matched case-insensitively', async () => {
    const res = await t().app.inject(login('  CQ_MZ ', DEMO_PASSWORD));
    assert.equal(res.statusCode, 200);
  });

  test('a wrong password and an unknown user get the same answer, and no session', async () => {
    const wrong = await t().app.inject(login('chengkou_mz', 'wrong-password-1', '10.1.0.1'));
    const unknown = await t().app.inject(login('no_such_user', 'wrong-password-1', '10.1.0.1'));
    assert.equal(wrong.statusCode, 401);
    assert.equal(unknown.statusCode, 401);
    assert.equal(wrong.json<{ code: string }>().code, 'LOGIN_FAILED');
    assert.equal(unknown.json<{ code: string }>().code, 'LOGIN_FAILED');
    assert.match(wrong.json<{ message: string }>().message, /用户名或密码错误/);
    assert.equal(wrong.cookies.length, 0);
  });

  test('five wrong passwords lock the account for a while, even against the right password, from any address', async () => {
    for (let i = 0; i < 5; i += 1) {
      const res = await t().app.inject(login('org_member', `wrong-${i}-password`, `10.2.0.${i}`));
      assert.equal(res.statusCode, 401);
    }
    const locked = await t().app.inject(login('org_member', DEMO_PASSWORD, '10.2.0.99'));
    assert.equal(locked.statusCode, 429);
    assert.equal(locked.json<{ code: string }>().code, 'LOGIN_RATE_LIMITED');
    assert.ok(Number(locked.headers['retry-after']) > 0);
    // Other accounts are unaffected.
    assert.equal((await t().app.inject(login('org_admin', DEMO_PASSWORD, '10.2.0.99'))).statusCode, 200);
  });

  test('thirty failures from one address stop further attempts from it, for any account', async () => {
    for (let i = 0; i < 30; i += 1) {
      await t().app.inject(login(`guess_${i}`, 'nope-nope-1', '10.3.0.7'));
    }
    const blocked = await t().app.inject(login('cq_admin', DEMO_PASSWORD, '10.3.0.7'));
    assert.equal(blocked.statusCode, 429);
    assert.equal((await t().app.inject(login('cq_admin', DEMO_PASSWORD, '10.3.0.8'))).statusCode, 200);
  });

  test('bad input is refused field by field in Chinese and records no attempt', async () => {
    const res = await t().app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: '', extra: 1 } });
    assert.equal(res.statusCode, 400);
    const body = res.json<{ code: string; fields: { field: string; message: string }[] }>();
    assert.equal(body.code, 'VALIDATION_FAILED');
    const byField = Object.fromEntries(body.fields.map((f) => [f.field, f.message]));
    assert.equal(byField.password, '密码：必填');
    assert.equal(byField.username, '用户名：不能为空');
    assert.match(byField.extra ?? '', /不是可以提交的字段/);
    const attempts = await t().database.db.selectFrom('login_attempts').select('id').where('username_key', '=', '').execute();
    assert.equal(attempts.length, 0);
  });

  test('a disabled account cannot log in', async () => {
    const id = await t().accountId('hongchiba');
    await t().request('cq_mz', { method: 'POST', url: `/api/accounts/${id}/disable` });
    const res = await t().app.inject(login('hongchiba', DEMO_PASSWORD, '10.4.0.1'));
    assert.equal(res.statusCode, 401);
    await t().request('cq_mz', { method: 'POST', url: `/api/accounts/${id}/enable` });
    assert.equal((await t().app.inject(login('hongchiba', DEMO_PASSWORD, '10.4.0.1'))).statusCode, 200);
  });

  test('a login is recorded in the audit log as done by the account, from its address', async () => {
    await t().app.inject(login('zhonggang', DEMO_PASSWORD, '10.5.0.5'));
    const id = await t().accountId('zhonggang');
    const row = await t()
      .database.db.selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'login')
      .where('actor_account_id', '=', id)
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    assert.equal(row.actor_ip, '10.5.0.5');
    assert.equal(row.region_code, '500238118201');
  });
});

describe('sessions', () => {
  const t = useTestApp();

  test('logout ends the session', async () => {
    const s = await t().login('caring', undefined, true);
    const out = await t().request(s, { method: 'POST', url: '/api/auth/logout' });
    assert.equal(out.statusCode, 200);
    const after = await t().request(s, { method: 'GET', url: '/api/auth/session' });
    assert.equal(after.statusCode, 401);
  });

  test('a session idle for longer than the limit, or past its absolute expiry, is refused as expired', async () => {
    const idle = await t().login('cq_admin', undefined, true);
    await t()
      .database.db.updateTable('sessions')
      .set({ last_seen_at: new Date(Date.now() - (t().config.sessionIdleMinutes + 1) * 60_000) })
      .where('account_id', '=', idle.accountId)
      .execute();
    const res = await t().request(idle, { method: 'GET', url: '/api/auth/session' });
    assert.equal(res.statusCode, 401);
    assert.equal(res.json<{ code: string }>().code, 'SESSION_EXPIRED');

    const old = await t().login('org_admin', undefined, true);
    await t().database.db.updateTable('sessions').set({ expires_at: new Date(Date.now() - 1000) }).where('account_id', '=', old.accountId).execute();
    assert.equal((await t().request(old, { method: 'GET', url: '/api/auth/session' })).statusCode, 401);
  });

  test('a cookie-authenticated write without the CSRF token, or from a foreign origin, is refused and changes nothing', async () => {
    const s = await t().login('admin', undefined, true);
    const noToken = await t().app.inject({
      method: 'POST',
      url: '/api/invitations',
      headers: { cookie: s.cookie },
      payload: { role: 'liaison', scopeRegionCode: '500238118', displayName: '跨站请求' },
    });
    assert.equal(noToken.statusCode, 403);
    assert.equal(noToken.json<{ code: string }>().code, 'CSRF_FAILED');
    const foreign = await t().request(s, {
      method: 'POST',
      url: '/api/invitations',
      headers: { origin: 'http://evil.example' },
      payload: { role: 'liaison', scopeRegionCode: '500238118', displayName: '跨站请求' },
    });
    assert.equal(foreign.statusCode, 403);
    const rows = await t().database.db.selectFrom('invitations').select('id').where('display_name', '=', '跨站请求').execute();
    assert.equal(rows.length, 0);
  });
});

describe('password change', () => {
  const t = useTestApp();

  test('refuses a wrong current password and a weak new one, field by field', async () => {
    const wrong = await t().request('cq_mz', {
      method: 'POST',
      url: '/api/auth/password',
      payload: { currentPassword: 'not-it-123', newPassword: 'Good-password-2026' },
    });
    assert.equal(wrong.statusCode, 400);
    assert.equal(wrong.json<{ code: string }>().code, 'PASSWORD_INCORRECT');
    const weak = await t().request('cq_mz', {
      method: 'POST',
      url: '/api/auth/password',
      payload: { currentPassword: DEMO_PASSWORD, newPassword: 'short' },
    });
    assert.equal(weak.statusCode, 400);
    const fields = weak.json<{ fields: { field: string; message: string }[] }>().fields;
    assert.equal(fields[0]?.field, 'newPassword');
    assert.match(fields[0]?.message ?? '', /至少 10 个字符/);
  });

  test('a new password works, the old one does not, other sessions end, and the audit row holds no hash', async () => {
    const other = await t().login('wuxi_xczx', undefined, true);
    const current = await t().login('wuxi_xczx', undefined, true);
    const res = await t().request(current, {
      method: 'POST',
      url: '/api/auth/password',
      payload: { currentPassword: DEMO_PASSWORD, newPassword: 'Wuxi-new-pass-2026' },
    });
    assert.equal(res.statusCode, 200);
    assert.equal((await t().request(current, { method: 'GET', url: '/api/auth/session' })).statusCode, 200);
    assert.equal((await t().request(other, { method: 'GET', url: '/api/auth/session' })).statusCode, 401);
    assert.equal((await t().app.inject(login('wuxi_xczx', DEMO_PASSWORD, '10.9.0.1'))).statusCode, 401);
    assert.equal((await t().app.inject(login('wuxi_xczx', 'Wuxi-new-pass-2026', '10.9.0.1'))).statusCode, 200);
    const audit = await t()
      .database.db.selectFrom('audit_log')
      .select(['changes'])
      .where('action', '=', 'change_password')
      .where('actor_account_id', '=', current.accountId)
      .executeTakeFirstOrThrow();
    assert.doesNotMatch(JSON.stringify(audit.changes), /argon2/);
  });
});
