import type { AccessCases } from '../../../../test/support/access.ts';

const OFFICIALS = ['platform_admin', 'department_official'] as const;

const cases: AccessCases = async (t) => {
  const chengkou = await t.accountId('chengkou_mz');
  const zhonggang = await t.accountId('zhonggang');
  const cqAdmin = await t.accountId('cq_admin');
  const invite = async () => {
    const res = await t.request('admin', {
      method: 'POST',
      url: '/api/invitations',
      payload: { role: 'liaison', scopeRegionCode: '500238118', displayName: '访问测试联系人' },
    });
    return res.json<{ invitation: { id: number }; token: string }>();
  };
  const toRevoke = await invite();
  const toLookUp = await invite();
  return [
    {
      route: 'GET /api/accounts',
      allowed: OFFICIALS,
      outOfScope: [{ as: 'wuxi_xczx', url: '/api/accounts?regionCode=500229', why: '巫溪县的工作人员查看城口县的账号' }],
    },
    {
      route: 'GET /api/accounts/:id',
      url: `/api/accounts/${chengkou}`,
      allowed: OFFICIALS,
      outOfScope: [{ as: 'wuxi_xczx', why: '巫溪县的工作人员查看城口县工作人员的账号' }],
    },
    {
      route: 'POST /api/accounts/:id/disable',
      url: `/api/accounts/${zhonggang}/disable`,
      allowed: OFFICIALS,
      outOfScope: [
        { as: 'chengkou_mz', why: '城口县的工作人员停用巫溪县的联系人' },
        { as: 'wuxi_xczx', url: `/api/accounts/${cqAdmin}/disable`, why: '县级工作人员停用市级平台管理员' },
      ],
    },
    {
      route: 'POST /api/accounts/:id/enable',
      url: `/api/accounts/${zhonggang}/enable`,
      allowed: OFFICIALS,
      outOfScope: [{ as: 'chengkou_mz', why: '城口县的工作人员启用巫溪县的联系人' }],
    },
    {
      route: 'POST /api/invitations',
      allowed: OFFICIALS,
      payload: { role: 'liaison', scopeRegionCode: '500238118', displayName: '新联系人' },
      outOfScope: [{ as: 'chengkou_mz', why: '城口县的工作人员邀请巫溪县的联系人' }],
    },
    { route: 'GET /api/invitations', allowed: OFFICIALS },
    {
      route: 'POST /api/invitations/:id/revoke',
      url: `/api/invitations/${toRevoke.invitation.id}/revoke`,
      allowed: OFFICIALS,
      outOfScope: [{ as: 'chengkou_mz', why: '城口县的工作人员撤销巫溪县的邀请' }],
    },
    { route: 'POST /api/invitations/lookup', allowed: 'anyone', payload: { token: toLookUp.token } },
    // A made-up token: every caller reaches the handler and is told the invitation is invalid.
    {
      route: 'POST /api/invitations/accept',
      allowed: 'anyone',
      payload: { token: 'not-a-real-invitation-token', username: 'nobody_here', password: 'Valid-pass-2026' },
      okStatus: 404,
    },
  ];
};
export default cases;
