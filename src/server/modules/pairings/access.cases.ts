import type { AccessCases } from '../../../../test/support/access.ts';
import type { Session, TestApp } from '../../../../test/support/app.ts';
import { PASSWORD } from '../claims/fixtures.ts';
import { agreementUpload, CHENGKOU, HONGCHIBA, organizationIn, pairingBody, testProgram, WUXI } from './fixtures.ts';
import type { PairingDetail } from './schemas.ts';

const OFFICIALS = ['platform_admin', 'department_official'] as const;
const ORGANIZATIONS = ['organization_admin', 'organization_member'] as const;
const READERS = [...OFFICIALS, 'liaison', ...ORGANIZATIONS] as const;

async function expectOk(res: { statusCode: number; body: string }): Promise<void> {
  if (res.statusCode !== 200) throw new Error(`pairings access cases: ${res.statusCode} ${res.body}`);
}

/**
 * A pending pairing of the demo foundation with 红池坝镇 (so the township's liaison sees it), under a program of its
 * own; with `agreement`, the signed agreement uploaded; with `confirm`, confirmed by the municipal official.
 */
async function pairing(
  t: TestApp,
  options: { who?: Session; places?: string[]; agreement?: boolean; confirm?: boolean } = {},
): Promise<number> {
  const programId = await testProgram(t.database.db);
  const res = await t.request(options.who ?? 'org_admin', {
    method: 'POST',
    url: '/api/pairings',
    payload: pairingBody(programId, { places: options.places ?? [HONGCHIBA], title: '访问测试结对' }),
  });
  await expectOk(res);
  const id = res.json<PairingDetail>().id;
  if (options.agreement || options.confirm) {
    const upload = agreementUpload();
    await expectOk(
      await t.request(options.who ?? 'org_admin', {
        method: 'POST',
        url: `/api/pairings/${id}/agreement`,
        payload: upload.payload,
        headers: upload.headers,
      }),
    );
  }
  if (options.confirm) await expectOk(await t.request('cq_mz', { method: 'POST', url: `/api/pairings/${id}/confirm` }));
  return id;
}

const cases: AccessCases = async (t) => {
  const db = t.database.db;
  const programId = await testProgram(db);
  const [read, edit, upload, file, withdraw, confirm, spanning, returned, ended] = [
    await pairing(t),
    await pairing(t),
    await pairing(t),
    await pairing(t, { agreement: true }),
    await pairing(t),
    await pairing(t, { agreement: true }),
    await pairing(t, { places: [WUXI, CHENGKOU], agreement: true }),
    await pairing(t),
    await pairing(t, { confirm: true }),
  ];
  // Another organization's pairing: the demo foundation's people do not know it.
  await organizationIn(db, {
    name: '访问测试的另一家基金会',
    username: 'pairing_access_other',
    registrationRegionCode: '500238',
  });
  const othersPairing = await pairing(t, { who: await t.login('pairing_access_other', PASSWORD) });
  const uploadBody = agreementUpload('访问测试协议.pdf');

  const strangers = (url: string, payload?: object) => [
    { as: 'chengkou_mz' as const, url, why: '城口县的工作人员看巫溪县的结对协议', ...(payload ? { payload } : {}) },
    { as: 'zhonggang' as const, url, why: '中岗村的联系人看红池坝镇本级的结对协议', ...(payload ? { payload } : {}) },
  ];
  const notOurs = (url: string, payload?: object) => [
    { as: 'org_admin' as const, url, why: '别的组织的结对协议', ...(payload ? { payload } : {}) },
  ];

  return [
    {
      route: 'POST /api/pairings',
      allowed: ORGANIZATIONS,
      payload: pairingBody(programId, { places: [HONGCHIBA] }),
      // The administrator proposes it; the member then finds the same place already paired under the program.
      statusFor: { organization_member: 409 },
    },
    { route: 'GET /api/pairings', allowed: READERS },
    {
      route: 'GET /api/pairings/:id',
      url: `/api/pairings/${read}`,
      allowed: READERS,
      outOfScope: [...strangers(`/api/pairings/${read}`), ...notOurs(`/api/pairings/${othersPairing}`)],
    },
    {
      route: 'PATCH /api/pairings/:id',
      url: `/api/pairings/${edit}`,
      allowed: ORGANIZATIONS,
      payload: { title: '访问测试结对（修改）' },
      outOfScope: notOurs(`/api/pairings/${othersPairing}`, { title: '改别人的协议' }),
    },
    {
      route: 'POST /api/pairings/:id/agreement',
      url: `/api/pairings/${upload}/agreement`,
      allowed: ORGANIZATIONS,
      payload: uploadBody.payload,
      headers: uploadBody.headers,
      outOfScope: [
        { as: 'org_admin', url: `/api/pairings/${othersPairing}/agreement`, why: '给别的组织的结对协议上传文件' },
      ],
    },
    {
      route: 'GET /api/pairings/:id/agreement',
      url: `/api/pairings/${file}/agreement`,
      allowed: READERS,
      outOfScope: strangers(`/api/pairings/${file}/agreement`),
    },
    {
      route: 'POST /api/pairings/:id/withdraw',
      url: `/api/pairings/${withdraw}/withdraw`,
      allowed: ORGANIZATIONS,
      // The administrator withdraws it; the member then finds it withdrawn.
      statusFor: { organization_member: 409 },
      outOfScope: notOurs(`/api/pairings/${othersPairing}/withdraw`),
    },
    {
      route: 'POST /api/pairings/:id/confirm',
      url: `/api/pairings/${confirm}/confirm`,
      allowed: OFFICIALS,
      // The national administrator confirms it; the municipal official then finds it confirmed.
      statusFor: { department_official: 409 },
      outOfScope: [
        { as: 'chengkou_mz', why: '城口县的工作人员确认巫溪县的结对协议' },
        {
          as: 'wuxi_xczx',
          url: `/api/pairings/${spanning}/confirm`,
          why: '巫溪县的工作人员确认跨巫溪、城口两县的结对协议',
        },
      ],
    },
    {
      route: 'POST /api/pairings/:id/return',
      url: `/api/pairings/${returned}/return`,
      allowed: OFFICIALS,
      payload: { reason: '访问测试退回' },
      statusFor: { department_official: 409 },
      outOfScope: [
        { as: 'chengkou_mz', why: '城口县的工作人员退回巫溪县的结对协议' },
        { as: 'wuxi_xczx', url: `/api/pairings/${spanning}/return`, why: '巫溪县的工作人员退回跨两县的结对协议' },
      ],
    },
    {
      route: 'POST /api/pairings/:id/end',
      url: `/api/pairings/${ended}/end`,
      allowed: READERS,
      payload: { reason: '访问测试终止' },
      // The national administrator ends it; the others then find it ended, except the liaison, who may not end one.
      statusFor: { department_official: 409, liaison: 403, organization_admin: 409, organization_member: 409 },
      outOfScope: strangers(`/api/pairings/${ended}/end`, { reason: '不在辖区' }),
    },
  ];
};

export default cases;
