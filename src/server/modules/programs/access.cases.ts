import type { AccessCases } from '../../../../test/support/access.ts';

const MANAGERS = ['platform_admin', 'department_official'] as const;

const cases: AccessCases = async (t) => {
  const create = async (slug: string) => {
    const res = await t.request('admin', {
      method: 'POST',
      url: '/api/programs',
      payload: {
        slug,
        name: '访问测试计划',
        kind: 'rural_revitalization',
        regionCode: '50',
        departmentName: '测试部门',
        startYear: 2021,
      },
    });
    if (res.statusCode !== 200) throw new Error(`access cases: ${res.body}`);
    return res.json<{ id: number }>().id;
  };
  const designate = async (programId: number, regionCode: string) => {
    const res = await t.request('admin', {
      method: 'POST',
      url: `/api/programs/${programId}/designations`,
      payload: { regionCode, kind: 'key_county_municipal' },
    });
    if (res.statusCode !== 200) throw new Error(`access cases: ${res.body}`);
    return res.json<{ id: number }>().id;
  };
  const program = await create('access-edit');
  const toRetire = await create('access-retire');
  const designation = await designate(program, '500238');
  const designationToRetire = await designate(program, '500229');
  const outOfScope = (why: string, payload?: object) => [
    { as: 'wuxi_xczx' as const, why, ...(payload ? { payload } : {}) },
  ];
  return [
    { route: 'GET /api/programs', allowed: 'anyone' },
    { route: 'GET /api/programs/:id', url: `/api/programs/${program}`, allowed: 'anyone' },
    {
      route: 'POST /api/programs',
      allowed: MANAGERS,
      payload: {
        slug: 'access-new',
        name: '新计划',
        kind: 'poverty_alleviation',
        regionCode: '50',
        departmentName: '测试部门',
        startYear: 2020,
      },
      // The admin takes the slug first; the official reaches the service and is told it is taken.
      statusFor: { department_official: 409 },
      outOfScope: outOfScope('巫溪县的工作人员新建重庆市的计划', {
        slug: 'access-wuxi',
        name: '新计划',
        kind: 'poverty_alleviation',
        regionCode: '50',
        departmentName: '测试部门',
        startYear: 2020,
      }),
    },
    {
      route: 'PATCH /api/programs/:id',
      url: `/api/programs/${program}`,
      allowed: MANAGERS,
      payload: { description: '访问测试修改' },
      outOfScope: outOfScope('巫溪县的工作人员修改重庆市的计划'),
    },
    {
      route: 'POST /api/programs/:id/retire',
      url: `/api/programs/${toRetire}/retire`,
      allowed: MANAGERS,
      outOfScope: outOfScope('巫溪县的工作人员停用重庆市的计划'),
    },
    { route: 'GET /api/programs/:id/designations', url: `/api/programs/${program}/designations`, allowed: 'anyone' },
    {
      route: 'POST /api/programs/:id/designations',
      url: `/api/programs/${program}/designations`,
      allowed: MANAGERS,
      payload: { regionCode: '500243', kind: 'key_county_national' },
      // The admin designates it first; the official reaches the service and is told it exists.
      statusFor: { department_official: 409 },
      outOfScope: outOfScope('巫溪县的工作人员给重庆市的计划新增重点地区', {
        regionCode: '500238',
        kind: 'key_county_national',
      }),
    },
    {
      route: 'PATCH /api/designations/:id',
      url: `/api/designations/${designation}`,
      allowed: MANAGERS,
      payload: { note: '访问测试备注' },
      outOfScope: outOfScope('巫溪县的工作人员修改重庆市计划的重点地区'),
    },
    {
      route: 'POST /api/designations/:id/retire',
      url: `/api/designations/${designationToRetire}/retire`,
      allowed: MANAGERS,
      outOfScope: outOfScope('巫溪县的工作人员撤销重庆市计划的重点地区'),
    },
  ];
};
export default cases;
