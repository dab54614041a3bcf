import type { AccessCases } from '../../../../test/support/access.ts';

const cases: AccessCases = async () => [
  { route: 'GET /api/regions/children', url: '/api/regions/children?parent=500238', allowed: 'anyone' },
  { route: 'GET /api/regions/search', url: `/api/regions/search?q=${encodeURIComponent('大林')}&within=500101`, allowed: 'anyone' },
  { route: 'GET /api/regions/:code', url: '/api/regions/500238118201', allowed: 'anyone' },
];
export default cases;
