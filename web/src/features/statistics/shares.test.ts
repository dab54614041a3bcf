import { test } from 'node:test';
import assert from 'node:assert/strict';
import { percentShares } from './shares.ts';

test('the three shares add up to 100, the largest remainders rounded up', () => {
  assert.deepEqual(percentShares([1, 1, 1]), [34, 33, 33]);
  assert.deepEqual(percentShares([700, 200, 100]), [70, 20, 10]);
  assert.deepEqual(percentShares([995, 5, 0]), [99, 1, 0]);
});

test('a part that is not nothing never reads 0 %', () => {
  assert.deepEqual(percentShares([99_999, 1, 0]), [99, 1, 0]);
  assert.deepEqual(percentShares([99_998, 1, 1]), [98, 1, 1]);
});

test('nothing at all is 0 everywhere, and a negative part counts as none', () => {
  assert.deepEqual(percentShares([0, 0, 0]), [0, 0, 0]);
  assert.deepEqual(percentShares([-5, 10, 0]), [0, 100, 0]);
});
