import { test } from 'node:test';
import assert from 'node:assert/strict';
import { daysUntil, quantityText, yuanText } from './format.ts';

const words = { yuan: '元', people: '人' };

test('fen are shown as 元 with two decimals, grouped by thousands, without floating-point error', () => {
  assert.equal(yuanText(0), '0.00');
  assert.equal(yuanText(5), '0.05');
  assert.equal(yuanText(30), '0.30');
  assert.equal(yuanText(123456), '1,234.56');
  assert.equal(yuanText(100_000_000_000), '1,000,000,000.00');
  assert.equal(yuanText(-150), '-1.50');
});

test('each kind of need is counted in its own terms', () => {
  assert.equal(quantityText('money', 500000, null, words), '5,000.00 元');
  assert.equal(quantityText('materials', 1200, '箱', words), '1,200 箱');
  assert.equal(quantityText('materials', 3, null, words), '3');
  assert.equal(quantityText('service', 4, '人次', words), '4 人次');
  assert.equal(quantityText('service', 4, null, words), '4 人');
});

test('days until a lapse count a started day, and never go below zero', () => {
  const now = new Date('2026-03-01T08:00:00Z');
  assert.equal(daysUntil('2026-03-31T08:00:00Z', now), 30);
  assert.equal(daysUntil('2026-03-01T09:00:00Z', now), 1);
  assert.equal(daysUntil('2026-02-28T08:00:00Z', now), 0);
  assert.equal(daysUntil('not a time', now), null);
});
