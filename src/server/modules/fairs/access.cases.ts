import type { AccessCases } from '../../../../test/support/access.ts';
import { createFair, fairBody, programIdOf, WUXI } from './fixtures.ts';

const OFFICIALS = ['platform_admin', 'department_official'] as const;
const ORGANIZATIONS = ['organization_admin', 'organization_member'] as const;
const READERS = [...OFFICIALS, 'liaison', ...ORGANIZATIONS] as const;

const cases: AccessCases = async (t) => {
  const programId = await programIdOf(t.database.db, 'cq-2021-revitalization');
  // The city's fair for the four counties: 巫溪's township liaison and 城口's official see it through its regions.
  const cityFair = async (name: string) => (await createFair(t, 'cq_mz', fairBody(programId, { name }))).id;
  const [read, edit, close, cancel, signup, withdraw] = [
    await cityFair('访问测试：查看'),
    await cityFair('访问测试：修改'),
    await cityFair('访问测试：结束'),
    await cityFair('访问测试：取消'),
    await cityFair('访问测试：报名'),
    await cityFair('访问测试：退出报名'),
  ];
  await t.request('org_admin', { method: 'POST', url: `/api/fairs/${withdraw}/signup`, payload: {} });
  // 巫溪县's own fair: 城口县 neither organizes it nor is one of its regions.
  const wuxi = (await createFair(t, 'wuxi_xczx', fairBody(null, { name: '访问测试：巫溪县对接会', kind: 'matching_fair', regions: [WUXI] }))).id;
  // A cancelled fair nobody had signed up for: organizations no longer see it.
  const cancelled = await cityFair('访问测试：已取消');
  await t.request('cq_mz', { method: 'POST', url: `/api/fairs/${cancelled}/cancel`, payload: {} });

  const notChengkou = (path: string, payload?: object) => ({
    as: 'chengkou_mz' as const,
    url: path,
    why: '城口县的工作人员看巫溪县自办的活动',
    ...(payload ? { payload } : {}),
  });
  const notRunBy = (who: 'chengkou_mz' | 'wuxi_xczx', path: string, payload?: object) => ({
    as: who,
    url: path,
    why: `${who === 'chengkou_mz' ? '城口县' : '巫溪县'}的工作人员能看到市里主办的活动，但不能修改`,
    ...(payload ? { payload } : {}),
  });

  return [
    {
      route: 'POST /api/fairs',
      allowed: OFFICIALS,
      payload: fairBody(programId, { name: '访问测试：创建', regions: [WUXI, '500229'] }),
    },
    { route: 'GET /api/fairs', allowed: READERS },
    {
      route: 'GET /api/fairs/:id',
      url: `/api/fairs/${read}`,
      allowed: READERS,
      outOfScope: [notChengkou(`/api/fairs/${wuxi}`), { as: 'org_admin', url: `/api/fairs/${cancelled}`, why: '已取消且未报名的活动' }],
    },
    {
      route: 'PATCH /api/fairs/:id',
      url: `/api/fairs/${edit}`,
      allowed: OFFICIALS,
      payload: { theme: '访问测试修改主题' },
      outOfScope: [
        notRunBy('chengkou_mz', `/api/fairs/${edit}`, { theme: '越权修改' }),
        notRunBy('wuxi_xczx', `/api/fairs/${edit}`, { theme: '越权修改' }),
        notChengkou(`/api/fairs/${wuxi}`, { theme: '越权修改' }),
      ],
    },
    {
      route: 'POST /api/fairs/:id/close',
      url: `/api/fairs/${close}/close`,
      allowed: OFFICIALS,
      // The national administrator closes it; the city official then finds it closed.
      statusFor: { department_official: 409 },
      outOfScope: [notRunBy('chengkou_mz', `/api/fairs/${read}/close`), notChengkou(`/api/fairs/${wuxi}/close`)],
    },
    {
      route: 'POST /api/fairs/:id/cancel',
      url: `/api/fairs/${cancel}/cancel`,
      allowed: OFFICIALS,
      payload: { reason: '访问测试取消' },
      statusFor: { department_official: 409 },
      outOfScope: [notRunBy('chengkou_mz', `/api/fairs/${read}/cancel`, {}), notChengkou(`/api/fairs/${wuxi}/cancel`, {})],
    },
    {
      route: 'POST /api/fairs/:id/signup',
      url: `/api/fairs/${signup}/signup`,
      allowed: ORGANIZATIONS,
      payload: { note: '带来教育项目' },
      outOfScope: [{ as: 'org_admin', url: `/api/fairs/${cancelled}/signup`, why: '已取消且未报名的活动' }],
    },
    {
      route: 'DELETE /api/fairs/:id/signup',
      url: `/api/fairs/${withdraw}/signup`,
      allowed: ORGANIZATIONS,
      // The administrator withdraws the foundation; its member then finds nothing to withdraw.
      statusFor: { organization_member: 409 },
      outOfScope: [{ as: 'org_admin', url: `/api/fairs/${cancelled}/signup`, why: '已取消且未报名的活动' }],
    },
    {
      route: 'GET /api/fairs/:id/signups',
      url: `/api/fairs/${read}/signups`,
      allowed: OFFICIALS,
      outOfScope: [notChengkou(`/api/fairs/${wuxi}/signups`)],
    },
    {
      route: 'GET /api/fairs/:id/key-areas',
      url: `/api/fairs/${read}/key-areas`,
      allowed: READERS,
      outOfScope: [notChengkou(`/api/fairs/${wuxi}/key-areas`), { as: 'org_admin', url: `/api/fairs/${cancelled}/key-areas`, why: '已取消的活动' }],
    },
    {
      route: 'GET /api/fairs/:id/needs',
      url: `/api/fairs/${read}/needs`,
      allowed: READERS,
      outOfScope: [notChengkou(`/api/fairs/${wuxi}/needs`), { as: 'org_admin', url: `/api/fairs/${cancelled}/needs`, why: '已取消的活动' }],
    },
    {
      route: 'GET /api/fairs/:id/dashboard',
      url: `/api/fairs/${read}/dashboard`,
      allowed: OFFICIALS,
      outOfScope: [notChengkou(`/api/fairs/${wuxi}/dashboard`)],
    },
  ];
};
export default cases;
