import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Actor } from '../../platform/access.ts';
import { isPhone, maskMobile, visibleMobile } from './contacts.ts';

const as = (role: Actor['role']): Actor => ({
  accountId: 1,
  username: 'x',
  displayName: 'x',
  role,
  departmentKind: null,
  scopeRegionCode: null,
  organizationId: null,
  sessionId: 1,
  csrfToken: 'x',
  mustChangePassword: false,
});

test('a mobile is masked to its first three and last four digits', () => {
  assert.equal(maskMobile('13512340668'), '135****0668');
  assert.equal(maskMobile('123'), '***');
});

test('officials, liaisons and organizations see mobiles in full; the public and caring individuals do not', () => {
  for (const role of [
    'platform_admin',
    'department_official',
    'liaison',
    'organization_admin',
    'organization_member',
  ] as const) {
    assert.equal(visibleMobile(as(role), '13512340668'), '13512340668', role);
  }
  assert.equal(visibleMobile(null, '13512340668'), '135****0668');
  assert.equal(visibleMobile(as('caring_individual'), '13512340668'), '135****0668');
  assert.equal(visibleMobile(null, null), null);
});

test('phones: landlines with area code and mainland mobiles', () => {
  for (const ok of ['023-58569600', '02358569600', '13512340668', '023-58569600-801']) assert.ok(isPhone(ok), ok);
  for (const bad of ['12345678901', '58569600', '1351234066', 'abc', '023-585']) assert.ok(!isPhone(bad), bad);
});
