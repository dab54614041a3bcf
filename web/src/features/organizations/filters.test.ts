import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toDirectoryFilters, toOrganizationFilters } from './filters.ts';

test('empty choices are left out of the query', () => {
  assert.deepEqual(toDirectoryFilters({}), {});
  assert.deepEqual(toDirectoryFilters({ q: '   ', form: null, field: undefined, region: null, charity: null }), {});
  assert.deepEqual(toOrganizationFilters({ q: '', status: null, pendingChange: false, sort: 'newest' }), {});
});

test('the text is trimmed, yes/no become booleans, the other choices pass as they are', () => {
  assert.deepEqual(toDirectoryFilters({ q: ' 山城 ', form: 'foundation', field: 'education', grade: '5A', region: '500238', charity: 'no' }), {
    q: '山城', form: 'foundation', field: 'education', grade: '5A', region: '500238', charity: false,
  });
  assert.deepEqual(toOrganizationFilters({ charity: 'yes', status: 'pending', pendingChange: true, sort: 'submitted' }), {
    charity: true, status: 'pending', pendingChange: true, sort: 'submitted',
  });
});
