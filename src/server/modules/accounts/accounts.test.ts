import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { useTestApp } from '../../../../test/support/app.ts';
import { DEMO_ACCOUNTS } from '../../demo/seed.ts';

interface Page { items: { id: number; username: string; scopeRegionCode: string | null; organizationId: number | null }[]; nextCursor: string | null }
interface Created { invitation: { id: number; state: string; scopeRegionName: string }; token: string; link: string }

describe('invitations', () => {
  const t = useTestApp();
  const invite = (who: 'cq_mz' | 'wuxi_xczx' | 'admin', payload: Record<string, unknown>) =>
    t().request(who, { method: 'POST', url: '/api/invitations', payload });

  test('an official invites a liaison of their county; the invitee sets a password and is logged in with that scope', async () => {
    const res = await invite('wuxi_xczx', { role: 'liaison', scopeRegionCode: '500238118', displayName: '红池坝镇 王联系人' });
    assert.equal(res.statusCode, 200);
    const created = res.json<Created>();
    assert.equal(created.invitation.state, 'pending');
    assert.equal(created.invitation.scopeRegionName, '重庆市 / 巫溪县 / 红池坝镇');
    assert.equal(created.link, `/invite#${created.token}`);

    const lookup = await t().app.inject({ method: 'POST', url: '/api/invitations/lookup', payload: { token: created.token } });
    assert.equal(lookup.statusCode, 200);
    assert.equal(lookup.json<{ displayName: string }>().displayName, '红池坝镇 王联系人');

    const accepted = await t().app.inject({
      method: 'POST',
      url: '/api/invitations/accept',
      payload: { token: created.token, username: 'wang_hcb', password: 'Hongchi-2026-ok' },
    });
    assert.equal(accepted.statusCode, 200, accepted.body);
    const account = accepted.json<{ account: { role: string; scopeRegionCode: string } }>().account;
    assert.deepEqual([account.role, account.scopeRegionCode], ['liaison', '500238118']);
    assert.ok(accepted.cookies.some((c) => c.name === 'bangfu_session' && c.httpOnly));

    const again = await t().app.inject({
      method: 'POST',
      url: '/api/invitations/accept',
      payload: { token: created.token, username: 'wang_two', password: 'Hongchi-2026-ok' },
    });
    assert.equal(again.statusCode, 404);
    assert.equal(again.json<{ code: string }>().code, 'INVITATION_INVALID');

    const list = await t().request('wuxi_xczx', { method: 'GET', url: '/api/invitations' });
    const mine = list.json<{ items: { id: number; state: string }[] }>().items.find((i) => i.id === created.invitation.id);
    assert.equal(mine?.state, 'accepted');
  });

  test('an official cannot invite outside or above their scope, nor invite an admin', async () => {
    const wider = await invite('wuxi_xczx', { role: 'department_official', departmentKind: 'civil_affairs', scopeRegionCode: '50', displayName: '市里' });
    assert.equal(wider.statusCode, 403);
    assert.equal(wider.json<{ code: string }>().code, 'OUT_OF_SCOPE');
    const elsewhere = await invite('wuxi_xczx', { role: 'liaison', scopeRegionCode: '500229102', displayName: '城口' });
    assert.equal(elsewhere.statusCode, 403);
    const admin = await invite('cq_mz', { role: 'platform_admin', scopeRegionCode: '50', displayName: '管理员' });
    assert.equal(admin.statusCode, 403);
    // A same-scope colleague is allowed: "whose scope contains theirs" includes equal.
    const colleague = await invite('wuxi_xczx', { role: 'department_official', departmentKind: 'rural_revitalization', scopeRegionCode: '500238', displayName: '同事' });
    assert.equal(colleague.statusCode, 200);
  });

  test('a scope of the wrong level, an unknown code or a missing department kind is refused field by field', async () => {
    const county = await invite('cq_mz', { role: 'liaison', scopeRegionCode: '500238', displayName: 'x' });
    assert.equal(county.statusCode, 400);
    assert.match(county.json<{ fields: { message: string }[] }>().fields[0]?.message ?? '', /乡镇或村/);
    const unknown = await invite('cq_mz', { role: 'liaison', scopeRegionCode: '500238999', displayName: 'x' });
    assert.equal(unknown.statusCode, 400);
    assert.match(unknown.json<{ fields: { message: string }[] }>().fields[0]?.message ?? '', /500238999 不存在/);
    const noKind = await invite('cq_mz', { role: 'department_official', scopeRegionCode: '500238', displayName: 'x' });
    assert.equal(noKind.json<{ fields: { field: string }[] }>().fields[0]?.field, 'departmentKind');
    const badCode = await invite('cq_mz', { role: 'liaison', scopeRegionCode: '5002381', displayName: 'x' });
    assert.equal(badCode.statusCode, 400);
    assert.equal(badCode.json<{ fields: { field: string }[] }>().fields[0]?.field, 'scopeRegionCode');
  });

  test('accepting with a weak password or a taken username changes nothing and the invitation stays usable', async () => {
    const created = (await invite('cq_mz', { role: 'liaison', scopeRegionCode: '500229102', displayName: '城口联系人' })).json<Created>();
    const weak = await t().app.inject({ method: 'POST', url: '/api/invitations/accept', payload: { token: created.token, username: 'ck_one', password: 'abc' } });
    assert.equal(weak.statusCode, 400);
    assert.equal(weak.json<{ fields: { field: string }[] }>().fields[0]?.field, 'password');
    const taken = await t().app.inject({ method: 'POST', url: '/api/invitations/accept', payload: { token: created.token, username: 'CQ_MZ', password: 'Chengkou-2026-ok' } });
    assert.equal(taken.statusCode, 409);
    assert.equal(taken.json<{ code: string }>().code, 'USERNAME_TAKEN');
    const ok = await t().app.inject({ method: 'POST', url: '/api/invitations/accept', payload: { token: created.token, username: 'ck_one', password: 'Chengkou-2026-ok' } });
    assert.equal(ok.statusCode, 200);
  });

  test('a revoked invitation cannot be used', async () => {
    const created = (await invite('admin', { role: 'liaison', scopeRegionCode: '500238118201', displayName: '村联系人' })).json<Created>();
    const revoked = await t().request('cq_mz', { method: 'POST', url: `/api/invitations/${created.invitation.id}/revoke` });
    assert.equal(revoked.json<{ state: string }>().state, 'revoked');
    const lookup = await t().app.inject({ method: 'POST', url: '/api/invitations/lookup', payload: { token: created.token } });
    assert.equal(lookup.statusCode, 404);
  });
});

describe('account list and status', () => {
  const t = useTestApp();

  test('a county official sees the accounts of their county only; a city official also sees organizations registered there', async () => {
    const county = (await t().request('wuxi_xczx', { method: 'GET', url: '/api/accounts?limit=200' })).json<Page>();
    const names = county.items.map((a) => a.username).sort();
    assert.deepEqual(names, ['hongchiba', 'wuxi_xczx', 'zhonggang']);
    const city = (await t().request('cq_mz', { method: 'GET', url: '/api/accounts?limit=200' })).json<Page>();
    const cityNames = city.items.map((a) => a.username);
    for (const n of ['cq_admin', 'chengkou_mz', 'org_admin', 'org_member']) assert.ok(cityNames.includes(n), n);
    assert.ok(!cityNames.includes('admin'), 'the national admin is outside a province scope');
    assert.ok(!cityNames.includes('caring'), 'caring individuals have no region yet');
    const all = (await t().request('admin', { method: 'GET', url: '/api/accounts?limit=200' })).json<Page>();
    assert.equal(all.items.length, DEMO_ACCOUNTS.length);
  });

  test('keyset paging walks every row once, newest first or by username, with filters', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const url: string = `/api/accounts?limit=3&sort=username${cursor ? `&cursor=${cursor}` : ''}`;
      const page: Page = (await t().request('admin', { method: 'GET', url })).json<Page>();
      seen.push(...page.items.map((a) => a.username));
      cursor = page.nextCursor;
    } while (cursor);
    assert.equal(seen.length, DEMO_ACCOUNTS.length);
    assert.deepEqual(seen, [...seen].sort());
    const liaisons = (await t().request('admin', { method: 'GET', url: '/api/accounts?role=liaison' })).json<Page>();
    assert.deepEqual(liaisons.items.map((a) => a.username).sort(), ['hongchiba', 'zhonggang']);
    const search = (await t().request('admin', { method: 'GET', url: `/api/accounts?q=${encodeURIComponent('巫溪')}` })).json<Page>();
    assert.deepEqual(search.items.map((a) => a.username), ['wuxi_xczx']);
    const bad = await t().request('admin', { method: 'GET', url: '/api/accounts?cursor=garbage' });
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json<{ fields: { field: string }[] }>().fields[0]?.field, 'cursor');
  });

  test('disabling an account ends its sessions and is recorded with a before/after diff; enabling restores it', async () => {
    const target = await t().login('zhonggang', undefined, true);
    const id = target.accountId;
    const res = await t().request('wuxi_xczx', { method: 'POST', url: `/api/accounts/${id}/disable` });
    assert.equal(res.statusCode, 200);
    assert.equal(res.json<{ status: string }>().status, 'disabled');
    assert.equal((await t().request(target, { method: 'GET', url: '/api/auth/session' })).statusCode, 401);
    const audit = await t()
      .database.db.selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'disable')
      .where('entity_id', '=', String(id))
      .executeTakeFirstOrThrow();
    assert.deepEqual(audit.changes, { status: { before: 'active', after: 'disabled' } });
    assert.equal(audit.actor_account_id, await t().accountId('wuxi_xczx'));
    const enabled = await t().request('wuxi_xczx', { method: 'POST', url: `/api/accounts/${id}/enable` });
    assert.equal(enabled.json<{ status: string }>().status, 'active');
  });

  test('nobody can disable themselves, and a county official cannot disable a city admin', async () => {
    const self = await t().request('cq_mz', { method: 'POST', url: `/api/accounts/${await t().accountId('cq_mz')}/disable` });
    assert.equal(self.statusCode, 409);
    const above = await t().request('cq_mz', { method: 'POST', url: `/api/accounts/${await t().accountId('cq_admin')}/disable` });
    assert.equal(above.statusCode, 403);
    const row = await t().database.db.selectFrom('accounts').select('status').where('username_key', '=', 'cq_admin').executeTakeFirstOrThrow();
    assert.equal(row.status, 'active');
  });
});
