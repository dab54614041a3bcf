import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countyState, pairedPercent, partialPercent } from './coverage.ts';

test('a county is paired only when all its key areas are, unpaired when none is even in part', () => {
  assert.equal(countyState({ total: 1, paired: 1, partial: 0, unpaired: 0 }), 'paired');
  assert.equal(countyState({ total: 5, paired: 4, partial: 0, unpaired: 1 }), 'partial');
  assert.equal(countyState({ total: 5, paired: 0, partial: 1, unpaired: 4 }), 'partial');
  assert.equal(countyState({ total: 5, paired: 0, partial: 0, unpaired: 5 }), 'unpaired');
  assert.equal(countyState({ total: 0, paired: 0, partial: 0, unpaired: 0 }), 'unpaired');
});

test('shares round down, so that nearly all never reads as all', () => {
  assert.equal(pairedPercent({ total: 4, paired: 2 }), 50);
  assert.equal(pairedPercent({ total: 1000, paired: 999 }), 99);
  assert.equal(pairedPercent({ total: 0, paired: 0 }), 0);
  assert.equal(partialPercent({ total: 3, paired: 1, partial: 2, unpaired: 0 }), 66);
  assert.equal(partialPercent({ total: 4, paired: 4, partial: 0, unpaired: 0 }), 0);
});
