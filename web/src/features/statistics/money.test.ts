import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compactYuan, compactYuanNumber, countText, isShortened } from './money.ts';

test('below 1 万元 the amount is exact', () => {
  assert.equal(compactYuan(0, 'zh'), '0.00 元');
  assert.equal(compactYuan(999_999, 'zh'), '9,999.99 元');
  assert.equal(isShortened(999_999, 'zh'), false);
});

test('large amounts read in 万元 and 亿元, rounded half up to two decimals by integers', () => {
  assert.equal(compactYuan(1_000_000, 'zh'), '1.00 万元');
  assert.equal(compactYuan(123_456_789, 'zh'), '123.46 万元');
  assert.equal(compactYuan(123_444_999, 'zh'), '123.44 万元');
  assert.equal(compactYuan(123_445_000, 'zh'), '123.45 万元');
  assert.equal(compactYuan(12_345_678_900_000, 'zh'), '1,234.57 亿元');
  assert.equal(compactYuan(-123_456_789, 'zh'), '-123.46 万元');
  assert.equal(isShortened(1_000_000, 'zh'), true);
  assert.deepEqual(compactYuanNumber(50_000_000, 'zh'), { value: '50.00', unit: '万元' });
  assert.deepEqual(compactYuanNumber(12_345, 'zh'), { value: '123.45', unit: '元' });
});

test('English shortens from a million yuan', () => {
  assert.equal(compactYuan(99_999_999, 'en'), '999,999.99 yuan');
  assert.equal(compactYuan(250_000_000, 'en'), '2.50 M yuan');
});

test('counts are grouped by thousands', () => {
  assert.equal(countText(1234567), '1,234,567');
  assert.equal(countText(-12), '-12');
  assert.equal(countText(0), '0');
});
