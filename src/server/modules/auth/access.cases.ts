import { ROLES } from '../../../common/glossary.ts';
import { DEMO_PASSWORD } from '../../demo/seed.ts';
import type { AccessCases } from '../../../../test/support/access.ts';

const cases: AccessCases = async () => [
  { route: 'POST /api/auth/login', allowed: 'anyone', payload: { username: 'caring', password: DEMO_PASSWORD }, okStatus: 200 },
  { route: 'GET /api/auth/session', allowed: ROLES },
  { route: 'POST /api/auth/logout', allowed: ROLES, freshSession: true },
  // A wrong current password answers 400: the call got past the access check.
  { route: 'POST /api/auth/password', allowed: ROLES, payload: { currentPassword: 'not-the-password-1', newPassword: 'Another-pass-2026' }, okStatus: 400 },
];
export default cases;
