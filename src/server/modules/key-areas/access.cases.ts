import type { AccessCases } from '../../../../test/support/access.ts';
import { multipart } from '../../../../test/support/multipart.ts';

const MANAGERS = ['platform_admin', 'department_official'] as const;
const SHEET = '区县,联系电话\n巫溪县,023-51522562\n';

const cases: AccessCases = async (t) => {
  const res = await t.request('admin', {
    method: 'POST',
    url: '/api/programs',
    payload: {
      slug: 'access-imports',
      name: '导入访问测试',
      kind: 'rural_revitalization',
      regionCode: '50',
      departmentName: '测试部门',
      startYear: 2021,
    },
  });
  if (res.statusCode !== 200) throw new Error(`access cases: ${res.body}`);
  const program = res.json<{ id: number }>().id;
  const newImport = async () => {
    const r = await t.request('admin', {
      method: 'POST',
      url: `/api/programs/${program}/key-area-imports`,
      ...multipart({ kind: 'county' }, { name: 'c.csv', bytes: SHEET }),
    });
    if (r.statusCode !== 200) throw new Error(`access cases: ${r.body}`);
    return r.json<{ id: number }>().id;
  };
  const toSave = await newImport();
  const toDiscard = await newImport();
  const toRead = await newImport();
  const upload = multipart({ kind: 'county' }, { name: 'c.csv', bytes: SHEET });
  const outOfScope = (why: string) => [{ as: 'wuxi_xczx' as const, why }];
  return [
    {
      route: 'POST /api/programs/:id/key-area-imports',
      url: `/api/programs/${program}/key-area-imports`,
      payload: upload.payload,
      headers: upload.headers,
      allowed: MANAGERS,
      outOfScope: outOfScope('巫溪县的工作人员向重庆市的计划导入'),
    },
    {
      route: 'GET /api/programs/:id/key-area-imports',
      url: `/api/programs/${program}/key-area-imports`,
      allowed: MANAGERS,
      outOfScope: outOfScope('巫溪县的工作人员查看重庆市计划的导入记录'),
    },
    {
      route: 'GET /api/key-area-imports/:id',
      url: `/api/key-area-imports/${toRead}`,
      allowed: MANAGERS,
      outOfScope: outOfScope('巫溪县的工作人员查看重庆市计划的一次导入'),
    },
    {
      route: 'POST /api/key-area-imports/:id/save',
      url: `/api/key-area-imports/${toSave}/save`,
      payload: { decisions: [] },
      allowed: MANAGERS,
      // The admin saves it first; the official reaches the service and is told it is finished.
      statusFor: { department_official: 409 },
      outOfScope: outOfScope('巫溪县的工作人员保存重庆市计划的导入'),
    },
    {
      route: 'POST /api/key-area-imports/:id/discard',
      url: `/api/key-area-imports/${toDiscard}/discard`,
      allowed: MANAGERS,
      statusFor: { department_official: 409 },
      outOfScope: outOfScope('巫溪县的工作人员放弃重庆市计划的导入'),
    },
  ];
};
export default cases;
