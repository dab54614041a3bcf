import type { AccessCases } from '../../../../test/support/access.ts';
import type { TestApp } from '../../../../test/support/app.ts';
import { HONGCHIBA, household, publishedNeed } from './fixtures.ts';
import type { Claim } from './schemas.ts';

const CLAIMANTS = ['organization_admin', 'organization_member', 'caring_individual'] as const;
const MANAGERS = ['platform_admin', 'department_official', 'liaison'] as const;
const EVERYONE = [...MANAGERS, ...CLAIMANTS] as const;

/** A pending claim of the demo foundation (org_admin) on a new need of 红池坝镇 itself (not one of its villages). */
async function pendingClaim(t: TestApp): Promise<number> {
  const needId = await publishedNeed(t.database.db, { regionCode: HONGCHIBA, quantity: 1000 });
  const res = await t.request('org_admin', { method: 'POST', url: `/api/needs/${needId}/claims`, payload: { quantity: 100, note: '访问测试认领' } });
  if (res.statusCode !== 200) throw new Error(`access cases: ${res.body}`);
  return res.json<Claim>().id;
}

const cases: AccessCases = async (t) => {
  const db = t.database.db;
  const home = await household(db, t.config);
  const householdNeed = await publishedNeed(db, { householdId: home.id, kind: 'materials', quantity: 10 });
  const draft = await publishedNeed(db);
  await db.updateTable('needs').set({ status: 'draft' }).where('id', '=', draft).execute();
  const [read, withdraw, confirm, decline, progress] = [
    await pendingClaim(t),
    await pendingClaim(t),
    await pendingClaim(t),
    await pendingClaim(t),
    await pendingClaim(t),
  ];
  // The need is the township's own: its village's liaison and another county's official do not manage it.
  const strangers = (path: string, payload?: object) => [
    { as: 'chengkou_mz' as const, url: path, why: '城口县的工作人员看巫溪县需求的认领', ...(payload ? { payload } : {}) },
    { as: 'zhonggang' as const, url: path, why: '中岗村的联系人看红池坝镇本级需求的认领', ...(payload ? { payload } : {}) },
  ];

  return [
    {
      route: 'POST /api/needs/:id/claims',
      url: `/api/needs/${householdNeed}/claims`,
      allowed: CLAIMANTS,
      payload: { quantity: 1, note: '访问测试认领' },
      // The administrator claims part; its member's organization already holds a claim; the caring individual
      // takes the rest of the household need (sending the quantity the organization sent is refused as a field).
      statusFor: { organization_member: 409, caring_individual: 400 },
      outOfScope: [{ as: 'org_admin', url: `/api/needs/${draft}/claims`, why: '草稿需求不公开' }],
    },
    { route: 'GET /api/claims', allowed: EVERYONE },
    {
      route: 'GET /api/claims/:id',
      url: `/api/claims/${read}`,
      allowed: EVERYONE,
      // The demo caring individual is not the claimant.
      statusFor: { caring_individual: 404 },
      outOfScope: [...strangers(`/api/claims/${read}`), { as: 'caring', why: '不是认领方' }],
    },
    {
      route: 'POST /api/claims/:id/withdraw',
      url: `/api/claims/${withdraw}/withdraw`,
      allowed: CLAIMANTS,
      payload: {},
      // The administrator withdraws; the member then finds it withdrawn; the caring individual does not know it.
      statusFor: { organization_member: 409, caring_individual: 404 },
      outOfScope: [{ as: 'caring', why: '不是认领方' }],
    },
    {
      route: 'POST /api/claims/:id/confirm',
      url: `/api/claims/${confirm}/confirm`,
      allowed: MANAGERS,
      // The national administrator confirms it first; the others reach the service and are told it is decided.
      statusFor: { department_official: 409, liaison: 409 },
      outOfScope: strangers(`/api/claims/${confirm}/confirm`),
    },
    {
      route: 'POST /api/claims/:id/decline',
      url: `/api/claims/${decline}/decline`,
      allowed: MANAGERS,
      payload: { reason: '访问测试婉拒' },
      statusFor: { department_official: 409, liaison: 409 },
      outOfScope: strangers(`/api/claims/${decline}/decline`, { reason: '访问测试婉拒' }),
    },
    {
      route: 'POST /api/claims/:id/progress',
      url: `/api/claims/${progress}/progress`,
      allowed: CLAIMANTS,
      payload: { note: '访问测试进展' },
      statusFor: { caring_individual: 404 },
      outOfScope: [{ as: 'caring', why: '不是认领方' }],
    },
  ];
};
export default cases;
