import { test } from 'node:test';
import assert from 'node:assert/strict';
import { areaLink, coverageFromParams, coverageToParams, programsInScope } from './coverage.ts';

test('the coverage filters survive the URL, gaps only included', () => {
  const filters = { programId: 2, region: '500238', from: '2026-01', to: '2026-06', onlyGaps: true };
  const params = coverageToParams(filters);
  assert.equal(params.toString(), 'region=500238&from=2026-01&to=2026-06&programId=2&onlyGaps=true');
  assert.deepEqual(coverageFromParams(params), filters);
  assert.deepEqual(coverageFromParams(new URLSearchParams('onlyGaps=1&programId=-3')), {});
});

test('only programs over or under the scope are asked about', () => {
  const programs = [
    { id: 3, regionCode: '37' },
    { id: 2, regionCode: '50' },
    { id: 1, regionCode: '500238' },
    { id: 4, regionCode: '500229' },
  ];
  assert.deepEqual(programsInScope(programs, '500238').map((p) => p.id), [2, 1]);
  assert.deepEqual(programsInScope(programs, '50').map((p) => p.id), [2, 1, 4]);
  assert.deepEqual(programsInScope(programs, null).map((p) => p.id), [3, 2, 1, 4]);
  assert.deepEqual(programsInScope(programs, '500238118201').map((p) => p.id), [2, 1]);
});

test('a key area opens its records of the whole period', () => {
  assert.equal(areaLink({ from: '2026-01', to: '2026-02' }, '500238118'), '/ledger?region=500238118&from=2026-01-01&to=2026-02-28');
});
