import type { AccessCases } from '../../../../test/support/access.ts';

const ADMINS = ['platform_admin'] as const;

/** The same cases for /api/key-fields and /api/key-populations; each call acts on a seeded entry or a new code. */
const cases: AccessCases = async () =>
  (
    [
      ['key-fields', 'education'],
      ['key-populations', 'dibao'],
    ] as const
  ).flatMap(([path, code]) => [
    {
      route: `GET /api/${path}`,
      allowed: 'anyone' as const,
      // Retired entries are for the admins who may restore them.
      outOfScope: [
        { as: 'cq_mz' as const, url: `/api/${path}?includeRetired=true`, why: '部门工作人员查看已停用的条目' },
        { as: 'org_admin' as const, url: `/api/${path}?includeRetired=true`, why: '社会组织查看已停用的条目' },
      ],
    },
    {
      route: `POST /api/${path}`,
      allowed: ADMINS,
      payload: { code: 'access_case', nameZh: '访问测试', nameEn: 'Access test' },
    },
    {
      route: `PATCH /api/${path}/:code`,
      url: `/api/${path}/${code}`,
      allowed: ADMINS,
      payload: { description: '访问测试修改的说明' },
    },
    { route: `POST /api/${path}/:code/retire`, url: `/api/${path}/${code}/retire`, allowed: ADMINS },
    { route: `POST /api/${path}/:code/restore`, url: `/api/${path}/${code}/restore`, allowed: ADMINS },
  ]);
export default cases;
