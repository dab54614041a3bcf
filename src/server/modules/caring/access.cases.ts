import type { AccessCases } from '../../../../test/support/access.ts';

const cases: AccessCases = async () => [
  {
    route: 'POST /api/caring-individuals/register',
    allowed: 'anyone',
    payload: {
      realName: '访问测试',
      mobile: '13900001111',
      regionCode: '500238',
      fieldCodes: ['education'],
      username: 'access_caring',
      password: 'Access-test-2026',
    },
    // The first caller registers; everyone after is told the mobile is taken (the service ran, nothing was written).
    statusFor: {
      department_official: 409,
      liaison: 409,
      organization_admin: 409,
      organization_member: 409,
      caring_individual: 409,
    },
  },
  // The demo account `caring` has a profile (src/server/demo/seed.ts).
  { route: 'GET /api/caring-individuals/me', allowed: ['caring_individual'] },
  {
    route: 'PATCH /api/caring-individuals/me',
    allowed: ['caring_individual'],
    payload: { fieldCodes: ['education', 'volunteering'] },
  },
];
export default cases;
