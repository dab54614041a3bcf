import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  breakdownExtra,
  channelExtra,
  filtersFromParams,
  filtersToParams,
  hasFilters,
  ledgerLink,
  resolveFilters,
  withFilter,
} from './filters.ts';

test('the URL gives back the filters it was made of', () => {
  const filters = {
    region: '500238',
    from: '2026-02',
    to: '2026-06',
    programId: 2,
    keyField: 'education',
    giverForm: 'foundation' as const,
    organizationId: 17,
  };
  const params = filtersToParams(filters);
  assert.equal(params.toString(), 'region=500238&from=2026-02&to=2026-06&programId=2&keyField=education&giverForm=foundation&organizationId=17');
  assert.deepEqual(filtersFromParams(params), filters);
});

test('malformed values in a typed URL are left out, not sent to be refused', () => {
  const filters = filtersFromParams(
    new URLSearchParams('region=5002381&from=2026-13&to=2026-6&programId=0&keyField=Edu!&giverForm=company&organizationId=x&q=1'),
  );
  assert.deepEqual(filters, {});
  assert.equal(hasFilters(filters), false);
});

test('a village, a township and a province are regions', () => {
  for (const region of ['50', '5002', '500238', '500238118', '500238118201']) {
    assert.equal(filtersFromParams(new URLSearchParams({ region })).region, region);
  }
});

test('the period defaults to this year, each end on its own', () => {
  assert.deepEqual(resolveFilters({}, '2026-07-15'), { from: '2026-01', to: '2026-07' });
  assert.deepEqual(resolveFilters({ from: '2026-03' }, '2026-07-15'), { from: '2026-03', to: '2026-07' });
  assert.deepEqual(resolveFilters({ region: '50', to: '2025-12' }, '2026-07-15'), { region: '50', from: '2026-01', to: '2025-12' });
});

test('changing one filter keeps the others; clearing removes it', () => {
  const start = { region: '50', keyField: 'education' };
  assert.deepEqual(withFilter(start, 'region', '500238'), { region: '500238', keyField: 'education' });
  assert.deepEqual(withFilter(start, 'keyField', null), { region: '50' });
  assert.deepEqual(withFilter(start, 'region', undefined), { keyField: 'education' });
  assert.deepEqual(start, { region: '50', keyField: 'education' });
});

test('a drill-down names the same filters in the ledger list’s words, months as whole calendar days', () => {
  const filters = resolveFilters({ region: '500238', from: '2024-01', to: '2024-02', programId: 2, keyField: 'education' }, '2026-07-01');
  assert.equal(ledgerLink(filters), '/ledger?region=500238&from=2024-01-01&to=2024-02-29&programId=2&keyField=education');
  assert.equal(
    ledgerLink(filters, { kind: 'funds' }),
    '/ledger?region=500238&from=2024-01-01&to=2024-02-29&programId=2&keyField=education&kind=funds',
  );
  assert.equal(
    ledgerLink(filters, { confirmation: 'disputed' }),
    '/ledger?region=500238&from=2024-01-01&to=2024-02-29&programId=2&keyField=education&confirmation=disputed',
  );
  assert.equal(
    ledgerLink(filters, { counterpart: true, kind: 'materials' }),
    '/ledger?region=500238&from=2024-01-01&to=2024-02-29&programId=2&keyField=education&kind=materials&counterpart=true',
  );
});

test('a month of the trend narrows the drill-down to that month alone', () => {
  const filters = resolveFilters({}, '2026-07-15');
  assert.equal(ledgerLink(filters, { month: '2026-04' }), '/ledger?from=2026-04-01&to=2026-04-30');
});

test('a breakdown row narrows by its key: field, region, kind, giver form or organization', () => {
  const filters = resolveFilters({ region: '50', keyField: 'education' }, '2026-07-15');
  assert.deepEqual(breakdownExtra('field', 'medical_aid'), { keyField: 'medical_aid' });
  assert.deepEqual(breakdownExtra('county', '500238'), { region: '500238' });
  assert.deepEqual(breakdownExtra('child', '500238118'), { region: '500238118' });
  assert.deepEqual(breakdownExtra('kind', 'purchase'), { kind: 'purchase' });
  assert.deepEqual(breakdownExtra('kind', 'unknown'), {});
  assert.deepEqual(breakdownExtra('form', 'individual'), { giverForm: 'individual' });
  assert.deepEqual(breakdownExtra('organization', '12'), { organizationId: 12 });
  assert.equal(
    ledgerLink(filters, breakdownExtra('field', 'medical_aid')),
    '/ledger?region=50&from=2026-01-01&to=2026-07-31&keyField=medical_aid',
  );
  assert.equal(ledgerLink(filters, breakdownExtra('county', '500238')), '/ledger?region=500238&from=2026-01-01&to=2026-07-31&keyField=education');
});

test('a purchase channel opens the purchases of that channel', () => {
  assert.deepEqual(channelExtra('online'), { kind: 'purchase', purchaseChannel: 'online' });
  assert.deepEqual(channelExtra('barter'), { kind: 'purchase' });
});
