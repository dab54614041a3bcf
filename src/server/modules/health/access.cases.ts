import type { AccessCases } from '../../../../test/support/access.ts';

const cases: AccessCases = async () => [
  { route: 'GET /api/health', allowed: 'anyone' },
  { route: 'GET /api/openapi.json', allowed: 'anyone' },
];
export default cases;
