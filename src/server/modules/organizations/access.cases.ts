import crypto from 'node:crypto';
import type { AccessCases } from '../../../../test/support/access.ts';
import type { TestApp } from '../../../../test/support/app.ts';
import { multipart } from '../../../../test/support/multipart.ts';
import { registration } from './fixtures.ts';
import type { Organization } from './schemas.ts';

const OFFICIALS = ['platform_admin', 'department_official'] as const;
const READERS = ['platform_admin', 'department_official', 'organization_admin', 'organization_member'] as const;
const OWN = ['organization_admin'] as const;
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), crypto.randomBytes(64)]);

async function registered(t: TestApp, overrides: Record<string, unknown>): Promise<number> {
  const res = await t.request(null, { method: 'POST', url: '/api/organizations/register', payload: registration(overrides) });
  if (res.statusCode !== 200) throw new Error(`access cases: ${res.body}`);
  return res.json<Organization>().id;
}

const cases: AccessCases = async (t) => {
  const db = t.database.db;
  const admin = await db.selectFrom('accounts').select('organization_id').where('username_key', '=', 'org_admin').executeTakeFirstOrThrow();
  const demo = admin.organization_id!;
  // The demo organization (registered in Chongqing, serving Wuxi and Chengkou) is approved.
  await db.updateTable('organizations').set({ status: 'approved' }).where('id', '=', demo).execute();
  // Registered in 万州区 and serving only there: neither Wuxi's nor the demo organization's.
  const wanzhou = await registered(t, { registrationRegionCode: '500101', serviceRegions: ['500101'] });
  // Registered with Chongqing, serving Wuxi: Wuxi sees them but only Chongqing reviews them.
  const toApprove = await registered(t, { registrationLevel: 'provincial', registrationRegionCode: '50' });
  const toReturn = await registered(t, { registrationLevel: 'provincial', registrationRegionCode: '50' });

  // A member to remove (not the demo member: every case logs in as it).
  const invited = await t.request('org_admin', {
    method: 'POST',
    url: `/api/organizations/${demo}/members/invitations`,
    payload: { displayName: '访问测试成员' },
  });
  if (invited.statusCode !== 200) throw new Error(`access cases: ${invited.body}`);
  const token = invited.json<{ link: string }>().link.replace(/^\/invite#/, '');
  const accepted = await t.request(null, {
    method: 'POST',
    url: '/api/invitations/accept',
    payload: { token, username: 'access_member', password: 'Access-2026-ok' },
  });
  if (accepted.statusCode !== 200) throw new Error(`access cases: ${accepted.body}`);
  const member = await t.accountId('access_member');
  const stranger = await t.accountId('wuxi_xczx');

  const logo = multipart({}, { name: 'logo.png', bytes: PNG, type: 'image/png' });
  const uploaded = await t.request('org_admin', { method: 'POST', url: `/api/organizations/${demo}/logo`, payload: logo.payload, headers: logo.headers });
  if (uploaded.statusCode !== 200) throw new Error(`access cases: ${uploaded.body}`);
  const logoUrl = uploaded.json<Organization>().logoUrl!;

  const others = (path: string, payload?: object) => [
    { as: 'org_admin' as const, url: `/api/organizations/${wanzhou}${path}`, why: '另一个组织的管理员', ...(payload ? { payload } : {}) },
  ];
  const notYours = (path: string) => [
    { as: 'wuxi_xczx' as const, url: `/api/organizations/${wanzhou}${path}`, why: '巫溪县的工作人员看万州区登记、只服务万州区的组织' },
    { as: 'chengkou_mz' as const, url: `/api/organizations/${wanzhou}${path}`, why: '城口县的工作人员看万州区的组织' },
    { as: 'org_admin' as const, url: `/api/organizations/${wanzhou}${path}`, why: '另一个组织的管理员' },
    { as: 'org_member' as const, url: `/api/organizations/${wanzhou}${path}`, why: '另一个组织的成员' },
  ];
  const taken = { department_official: 409, liaison: 409, organization_admin: 409, organization_member: 409, caring_individual: 409 };

  return [
    {
      route: 'POST /api/organizations/register',
      allowed: 'anyone',
      payload: registration(),
      // The first caller registers it; everyone after reaches the service and is told the code is taken.
      statusFor: taken,
    },
    { route: 'GET /api/organizations', allowed: OFFICIALS },
    { route: 'POST /api/organizations/export', allowed: OFFICIALS, payload: {}, okStatus: 202 },
    { route: 'GET /api/organizations/:id', url: `/api/organizations/${demo}`, allowed: READERS, outOfScope: notYours('') },
    {
      route: 'PATCH /api/organizations/:id',
      url: `/api/organizations/${demo}`,
      allowed: OWN,
      payload: { description: '访问测试修改' },
      outOfScope: others('', { description: '访问测试修改' }),
    },
    {
      route: 'POST /api/organizations/:id/resubmit',
      url: `/api/organizations/${demo}/resubmit`,
      allowed: OWN,
      // The demo organization is approved: its administrator reaches the service and is told there is nothing to resubmit.
      statusFor: { organization_admin: 409 },
      outOfScope: others('/resubmit'),
    },
    {
      route: 'POST /api/organizations/:id/approve',
      url: `/api/organizations/${toApprove}/approve`,
      allowed: OFFICIALS,
      // The admin approves it first; the official reaches the service and is told it is no longer pending.
      statusFor: { department_official: 409 },
      outOfScope: [
        { as: 'wuxi_xczx', why: '巫溪县的工作人员审核重庆市登记的组织（只因其服务巫溪而可见）' },
        { as: 'wuxi_xczx', url: `/api/organizations/${wanzhou}/approve`, why: '巫溪县的工作人员审核万州区的组织' },
      ],
    },
    {
      route: 'POST /api/organizations/:id/return',
      url: `/api/organizations/${toReturn}/return`,
      allowed: OFFICIALS,
      payload: { reason: '访问测试退回' },
      statusFor: { department_official: 409 },
      outOfScope: [
        { as: 'wuxi_xczx', why: '巫溪县的工作人员退回重庆市登记的组织' },
        { as: 'chengkou_mz', url: `/api/organizations/${wanzhou}/return`, why: '城口县的工作人员退回万州区的组织' },
      ],
    },
    { route: 'GET /api/organizations/:id/members', url: `/api/organizations/${demo}/members`, allowed: READERS, outOfScope: notYours('/members') },
    {
      route: 'POST /api/organizations/:id/members/invitations',
      url: `/api/organizations/${demo}/members/invitations`,
      allowed: OWN,
      payload: { displayName: '访问测试邀请' },
      outOfScope: others('/members/invitations', { displayName: '访问测试邀请' }),
    },
    {
      route: 'POST /api/organizations/:id/members/:accountId/remove',
      url: `/api/organizations/${demo}/members/${member}/remove`,
      allowed: OWN,
      outOfScope: [
        { as: 'org_admin', url: `/api/organizations/${wanzhou}/members/${member}/remove`, why: '另一个组织' },
        { as: 'org_admin', url: `/api/organizations/${demo}/members/${stranger}/remove`, why: '不是本组织的账号' },
      ],
    },
    {
      route: 'POST /api/organizations/:id/logo',
      url: `/api/organizations/${demo}/logo`,
      allowed: OWN,
      payload: logo.payload,
      headers: logo.headers,
      outOfScope: others('/logo'),
    },
    { route: 'GET /api/public/organizations', allowed: 'anyone' },
    { route: 'GET /api/public/organizations/:id', url: `/api/public/organizations/${demo}`, allowed: 'anyone' },
    { route: 'GET /api/files/:id', url: logoUrl, allowed: 'anyone' },
  ];
};
export default cases;
