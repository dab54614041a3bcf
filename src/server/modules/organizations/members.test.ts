import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import { useTestApp } from '../../../../test/support/app.ts';
import { multipart } from '../../../../test/support/multipart.ts';
import { fieldsOf, register, type Failure } from './fixtures.ts';
import type { Organization } from './schemas.ts';

interface MemberList {
  items: { accountId: number; username: string; role: string; status: string }[];
}

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), crypto.randomBytes(200)]);

describe('organizations: members and logo', () => {
  const t = useTestApp();
  let demoId = 0;

  before(async () => {
    const admin = await t().database.db.selectFrom('accounts').select('organization_id').where('username_key', '=', 'org_admin').executeTakeFirstOrThrow();
    demoId = admin.organization_id!;
    // The demo organization is approved in the demo data; make sure of it whatever the seed says.
    await t().database.db.updateTable('organizations').set({ status: 'approved' }).where('id', '=', demoId).execute();
  });

  const members = async (who: string, id = demoId) => t().request(who, { method: 'GET', url: `/api/organizations/${id}/members` });

  test('the administrator invites a member, who accepts, works for the organization, and is removed', async () => {
    const listed = await members('org_admin');
    assert.equal(listed.statusCode, 200, listed.body);
    assert.deepEqual(
      listed.json<MemberList>().items.map((m) => [m.username, m.role]),
      [
        ['org_admin', 'organization_admin'],
        ['org_member', 'organization_member'],
      ],
    );
    assert.equal((await members('org_member')).statusCode, 200);
    assert.equal((await members('cq_mz')).statusCode, 200, 'registered in Chongqing');
    assert.equal((await members('wuxi_xczx')).statusCode, 200, 'it serves Wuxi');

    const invited = await t().request('org_admin', {
      method: 'POST',
      url: `/api/organizations/${demoId}/members/invitations`,
      payload: { displayName: '项目专员 小李' },
    });
    assert.equal(invited.statusCode, 200, invited.body);
    const invitation = invited.json<{ id: number; displayName: string; link: string; expiresAt: string }>();
    assert.equal(invitation.displayName, '项目专员 小李');
    const token = invitation.link.replace(/^\/invite#/, '');
    assert.ok(token.length > 20);
    const row = await t().database.db.selectFrom('invitations').selectAll().where('id', '=', invitation.id).executeTakeFirstOrThrow();
    assert.equal(row.role, 'organization_member');
    assert.equal(row.organization_id, demoId);
    assert.notEqual(row.token_hash, token, 'only the hash is kept');

    const lookup = await t().request(null, { method: 'POST', url: '/api/invitations/lookup', payload: { token } });
    assert.equal(lookup.statusCode, 200, lookup.body);
    assert.equal(lookup.json<{ role: string }>().role, 'organization_member');
    const officials = await t().request('admin', { method: 'GET', url: '/api/invitations?limit=200' });
    assert.ok(!officials.json<{ items: { id: number }[] }>().items.some((i) => i.id === invitation.id), 'not among the officials\' invitations');

    const accepted = await t().request(null, {
      method: 'POST',
      url: '/api/invitations/accept',
      payload: { token, username: 'xiaoli_sc', password: 'Xiaoli-2026-ok' },
    });
    assert.equal(accepted.statusCode, 200, accepted.body);
    const account = await t().database.db.selectFrom('accounts').selectAll().where('username_key', '=', 'xiaoli_sc').executeTakeFirstOrThrow();
    assert.equal(account.role, 'organization_member');
    assert.equal(account.organization_id, demoId);

    const member = await t().login('xiaoli_sc', 'Xiaoli-2026-ok', true);
    const view = await t().request(member, { method: 'GET', url: `/api/organizations/${demoId}` });
    assert.equal(view.statusCode, 200);
    assert.equal(view.json<Organization>().can.edit, false);
    assert.ok((await members('org_admin')).json<MemberList>().items.some((m) => m.username === 'xiaoli_sc'));

    const removed = await t().request('org_admin', { method: 'POST', url: `/api/organizations/${demoId}/members/${account.id}/remove` });
    assert.equal(removed.statusCode, 200, removed.body);
    assert.equal(removed.json<{ status: string }>().status, 'disabled');
    const after = await t().request(member, { method: 'GET', url: `/api/organizations/${demoId}` });
    assert.equal(after.statusCode, 401, 'their sessions end');
    const login = await t().request(null, { method: 'POST', url: '/api/auth/login', payload: { username: 'xiaoli_sc', password: 'Xiaoli-2026-ok' } });
    assert.notEqual(login.statusCode, 200);
    const audit = await t().database.db.selectFrom('audit_log').select('action').where('entity_type', '=', 'account').where('entity_id', '=', String(account.id)).execute();
    assert.ok(audit.some((a) => a.action === 'disable'));
  });

  test('the administrator cannot remove itself nor anyone of another organization; members cannot invite', async () => {
    const self = await t().accountId('org_admin');
    const own = await t().request('org_admin', { method: 'POST', url: `/api/organizations/${demoId}/members/${self}/remove` });
    assert.equal(own.statusCode, 409);
    assert.equal(own.json<Failure>().code, 'CANNOT_DISABLE_SELF');
    const other = await register(t());
    const stranger = await t().accountId(other.username);
    const cross = await t().request('org_admin', { method: 'POST', url: `/api/organizations/${demoId}/members/${stranger}/remove` });
    assert.equal(cross.statusCode, 404);
    const officialAccount = await t().accountId('wuxi_xczx');
    const official = await t().request('org_admin', { method: 'POST', url: `/api/organizations/${demoId}/members/${officialAccount}/remove` });
    assert.equal(official.statusCode, 404);
    const byMember = await t().request('org_member', {
      method: 'POST',
      url: `/api/organizations/${demoId}/members/invitations`,
      payload: { displayName: '某人' },
    });
    assert.equal(byMember.statusCode, 403);
    // A registration still under review cannot invite yet.
    const session = await t().login(other.username, other.password);
    const pending = await t().request(session, {
      method: 'POST',
      url: `/api/organizations/${other.organization.id}/members/invitations`,
      payload: { displayName: '某人' },
    });
    assert.equal(pending.statusCode, 409);
    assert.equal(pending.json<Failure>().code, 'ORGANIZATION_STATE');
    assert.equal((await members('org_admin', other.organization.id)).statusCode, 404);
    const yuzhong = await register(t(), { registrationRegionCode: '500101', serviceRegions: ['500101'] });
    assert.equal((await members('wuxi_xczx', yuzhong.organization.id)).statusCode, 404);
  });

  test('a logo is uploaded by the administrator, kept by content hash, and served to anyone', async () => {
    const upload = multipart({}, { name: 'logo.png', bytes: PNG, type: 'image/png' });
    const res = await t().request('org_admin', { method: 'POST', url: `/api/organizations/${demoId}/logo`, ...upload });
    assert.equal(res.statusCode, 200, res.body);
    const url = res.json<Organization>().logoUrl;
    assert.match(url ?? '', /^\/api\/files\/\d+$/);
    const sha = crypto.createHash('sha256').update(PNG).digest('hex');
    assert.ok(fs.existsSync(path.join(t().config.dataDir, 'files', sha.slice(0, 2), sha)));

    const served = await t().request(null, { method: 'GET', url: url! });
    assert.equal(served.statusCode, 200);
    assert.equal(served.headers['content-type'], 'image/png');
    assert.match(String(served.headers['cache-control']), /max-age=\d{6,}/);
    assert.ok(served.rawPayload.equals(PNG));
    const pub = await t().request(null, { method: 'GET', url: `/api/public/organizations/${demoId}` });
    assert.equal(pub.json<{ logoUrl: string }>().logoUrl, url);

    const again = await t().request('org_admin', { method: 'POST', url: `/api/organizations/${demoId}/logo`, ...multipart({}, { name: 'copy.PNG', bytes: PNG }) });
    assert.equal(again.json<Organization>().logoUrl, url, 'the same content is kept once');
    const files = await t().database.db.selectFrom('files').select('id').where('sha256', '=', sha).execute();
    assert.equal(files.length, 1);
  });

  test('a file that is not an image of the allowed kinds, or too large, is refused and nothing changes', async () => {
    const before = await t().database.db.selectFrom('organizations').select('logo_file_id').where('id', '=', demoId).executeTakeFirstOrThrow();
    const fake = await t().request('org_admin', {
      method: 'POST',
      url: `/api/organizations/${demoId}/logo`,
      ...multipart({}, { name: 'logo.png', bytes: 'this is text, not a picture' }),
    });
    assert.equal(fake.statusCode, 400);
    assert.match(fieldsOf(fake.body).file ?? '', /内容与扩展名 \.png 不符/);
    const gif = await t().request('org_admin', { method: 'POST', url: `/api/organizations/${demoId}/logo`, ...multipart({}, { name: 'logo.gif', bytes: 'GIF89a' }) });
    assert.equal(gif.statusCode, 400);
    assert.match(fieldsOf(gif.body).file ?? '', /只支持图片（PNG、JPEG 或 WebP）/);
    const large = Buffer.concat([PNG, Buffer.alloc(1024 * 1024)]);
    const tooLarge = await t().request('org_admin', { method: 'POST', url: `/api/organizations/${demoId}/logo`, ...multipart({}, { name: 'big.png', bytes: large }) });
    assert.equal(tooLarge.statusCode, 413);
    assert.match(tooLarge.json<Failure>().message, /1 MB/);
    const unchanged = await t().database.db.selectFrom('organizations').select('logo_file_id').where('id', '=', demoId).executeTakeFirstOrThrow();
    assert.equal(unchanged.logo_file_id, before.logo_file_id);
    const webp = Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WEBPVP8 '), crypto.randomBytes(50)]);
    const okWebp = await t().request('org_admin', { method: 'POST', url: `/api/organizations/${demoId}/logo`, ...multipart({}, { name: 'logo.webp', bytes: webp }) });
    assert.equal(okWebp.statusCode, 200, okWebp.body);
    const served = await t().request(null, { method: 'GET', url: okWebp.json<Organization>().logoUrl! });
    assert.equal(served.headers['content-type'], 'image/webp');

    const other = await register(t());
    const session = await t().login(other.username, other.password);
    const foreign = await t().request(session, { method: 'POST', url: `/api/organizations/${demoId}/logo`, ...multipart({}, { name: 'logo.png', bytes: PNG }) });
    assert.equal(foreign.statusCode, 404);
    assert.equal((await t().request(null, { method: 'GET', url: '/api/files/99999999' })).statusCode, 404);
  });
});
