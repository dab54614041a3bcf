import { test } from 'node:test';
import assert from 'node:assert/strict';
import { amountColor, amountShare, legendStops, textColorOn, ZERO_COLOR } from './colors.ts';

test('nothing received is grey, never the lightest blue', () => {
  assert.equal(amountColor(0, 1000), ZERO_COLOR);
  assert.equal(amountColor(-50, 1000), ZERO_COLOR);
  assert.equal(amountColor(0, 0), ZERO_COLOR);
  assert.notEqual(amountColor(1, 1_000_000_000), ZERO_COLOR);
});

test('more is darker, the largest darkest', () => {
  const max = 5_000_000;
  const shares = [1, 1000, 100_000, 2_000_000, max].map((fen) => amountShare(fen, max));
  for (let i = 1; i < shares.length; i++) assert.ok((shares[i] ?? 0) > (shares[i - 1] ?? 0));
  assert.equal(amountShare(max, max), 1);
  assert.equal(amountColor(max, max), '#003a8c');
  assert.equal(amountColor(max * 2, max), '#003a8c');
});

test('labels read on their fill: white on dark blue, dark on grey and light blue', () => {
  assert.equal(textColorOn('#003a8c'), '#ffffff');
  assert.equal(textColorOn(ZERO_COLOR), 'rgba(0, 0, 0, 0.88)');
  assert.equal(textColorOn(amountColor(1, 1_000_000)), 'rgba(0, 0, 0, 0.88)');
});

test('the legend starts at none in grey and ends at the largest', () => {
  const stops = legendStops(400);
  assert.equal(stops.length, 5);
  assert.deepEqual(stops[0], { fen: 0, color: ZERO_COLOR });
  assert.deepEqual(stops.at(-1), { fen: 400, color: '#003a8c' });
  assert.deepEqual(legendStops(0), [{ fen: 0, color: ZERO_COLOR }]);
});
