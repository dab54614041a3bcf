import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  activeFilterKeys,
  awaitingMe,
  filterValuesOf,
  filtersFromParams,
  filtersOfValues,
  isAwaitingMe,
  paramsFromFilters,
  withoutFilter,
} from './filters.ts';

test('a drill-down link from the statistics page becomes the list filters', () => {
  const filters = filtersFromParams(
    new URLSearchParams(
      'region=500238&from=2026-01-01&to=2026-12-31&kind=funds&confirmation=confirmed&counterpart=true&programId=3',
    ),
  );
  assert.deepEqual(filters, {
    region: '500238',
    from: '2026-01-01',
    to: '2026-12-31',
    kind: 'funds',
    confirmation: 'confirmed',
    counterpart: true,
    programId: 3,
  });
});

test('values the server would refuse are dropped, not sent', () => {
  const filters = filtersFromParams(
    new URLSearchParams(
      'region=5002&region=50023&from=2026-02-30&to=tomorrow&kind=gift&programId=0&organizationId=12a&keyField=Medical&importJobId=x&counterpart=maybe&standing=reversed&duplicateOnly=false',
    ),
  );
  // The first region wins (URLSearchParams.get); an impossible date, an unknown kind, a zero id are left out.
  assert.deepEqual(filters, { region: '5002', standing: 'reversed' });
});

test('an import job id and the linked filters are read', () => {
  const filters = filtersFromParams(
    new URLSearchParams(
      'importJobId=3F2504E0-4F89-11D3-9A0C-0305E82C3301&householdId=7&projectId=8&pairingId=9&needId=10&duplicateOnly=1',
    ),
  );
  assert.deepEqual(filters, {
    importJobId: '3f2504e0-4f89-11d3-9a0c-0305e82c3301',
    householdId: 7,
    projectId: 8,
    pairingId: 9,
    needId: 10,
    duplicateOnly: true,
  });
});

test('filters make a stable address and come back from it unchanged', () => {
  const filters = {
    kind: 'materials',
    region: '500238118',
    to: '2026-06-30',
    counterpart: false,
    duplicateOnly: true,
  } as const;
  const params = paramsFromFilters(filters);
  assert.equal(params.toString(), 'region=500238118&to=2026-06-30&kind=materials&counterpart=false&duplicateOnly=true');
  assert.deepEqual(filtersFromParams(params), filters);
  assert.equal(paramsFromFilters({}).toString(), '');
  assert.deepEqual(activeFilterKeys(filters), ['region', 'to', 'kind', 'counterpart', 'duplicateOnly']);
});

test('the filter bar keeps the filters only a link sets', () => {
  const current = { householdId: 7, importJobId: '3f2504e0-4f89-11d3-9a0c-0305e82c3301', kind: 'funds' } as const;
  const next = filtersOfValues(
    { region: '500238', period: ['2026-01-01', null], kind: 'purchase', purchaseChannel: 'online', counterpart: 'no' },
    current,
  );
  assert.deepEqual(next, {
    householdId: 7,
    importJobId: '3f2504e0-4f89-11d3-9a0c-0305e82c3301',
    region: '500238',
    from: '2026-01-01',
    kind: 'purchase',
    purchaseChannel: 'online',
    counterpart: false,
  });
  // A channel narrows purchases only: with another kind it is not sent.
  assert.deepEqual(filtersOfValues({ kind: 'funds', purchaseChannel: 'online' }, {}), { kind: 'funds' });
});

test('the filter bar shows what the address holds, and nothing for what it does not', () => {
  const values = filterValuesOf({ region: '50', to: '2026-12-31', counterpart: true });
  assert.deepEqual(values.period, [null, '2026-12-31']);
  assert.equal(values.counterpart, 'yes');
  assert.equal(values.kind, null);
  assert.equal(values.duplicateOnly, false);
  assert.deepEqual(filtersOfValues(values, {}), { region: '50', to: '2026-12-31', counterpart: true });
});

test('"待我确认" is unconfirmed standing records, and turns off again', () => {
  const on = awaitingMe({ region: '500238118201' }, true);
  assert.deepEqual(on, { region: '500238118201', confirmation: 'unconfirmed', standing: 'standing' });
  assert.ok(isAwaitingMe(on));
  assert.deepEqual(awaitingMe(on, false), { region: '500238118201' });
  assert.ok(!isAwaitingMe({ confirmation: 'unconfirmed' }));
  assert.deepEqual(withoutFilter(on, 'standing'), { region: '500238118201', confirmation: 'unconfirmed' });
});
