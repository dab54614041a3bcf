import type { AccessCases } from '../../../../test/support/access.ts';

const OFFICIALS = ['platform_admin', 'department_official'] as const;

const cases: AccessCases = async () => [
  { route: 'GET /api/audit', allowed: OFFICIALS },
  { route: 'POST /api/audit/exports', allowed: OFFICIALS, payload: {}, okStatus: 202 },
];
export default cases;
