import { test } from 'node:test';
import assert from 'node:assert/strict';
import { effectiveRegion, filtersFor, isVillage, viewerOf } from './viewer.ts';

test('organizations, liaisons and officials see the page each their way', () => {
  assert.equal(viewerOf({ role: 'organization_member' }), 'organization');
  assert.equal(viewerOf({ role: 'liaison' }), 'liaison');
  assert.equal(viewerOf({ role: 'department_official' }), 'official');
  assert.equal(viewerOf({ role: 'platform_admin' }), 'official');
});

test('without a region picked, the figures cover the caller’s scope; an organization’s cover everywhere', () => {
  assert.equal(effectiveRegion(undefined, { role: 'department_official', scopeRegionCode: '500238' }), '500238');
  assert.equal(effectiveRegion('500238118', { role: 'department_official', scopeRegionCode: '500238' }), '500238118');
  assert.equal(effectiveRegion(undefined, { role: 'platform_admin', scopeRegionCode: null }), null);
  assert.equal(effectiveRegion(undefined, { role: 'organization_admin', scopeRegionCode: null }), null);
  assert.equal(isVillage('500238118201'), true);
  assert.equal(isVillage('500238118'), false);
  assert.equal(isVillage(null), false);
});

test('an organization’s figures are its own whatever the link says; others keep every filter', () => {
  const link = { region: '500238', organizationId: 9, giverForm: 'foundation' as const, keyField: 'education' };
  assert.deepEqual(filtersFor('organization', link), { region: '500238', keyField: 'education' });
  assert.deepEqual(filtersFor('official', link), link);
  assert.deepEqual(filtersFor('liaison', link), link);
});
