import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isMonth, monthFirstDay, monthLabel, monthLastDay, periodLabel, thisYearMonths } from './months.ts';

test('this year runs from January to the current month of China', () => {
  assert.deepEqual(thisYearMonths('2026-07-15'), { from: '2026-01', to: '2026-07' });
  assert.deepEqual(thisYearMonths('2026-01-01'), { from: '2026-01', to: '2026-01' });
});

test('a month opens on its first day and closes on its last, leap years included', () => {
  assert.equal(monthFirstDay('2026-03'), '2026-03-01');
  assert.equal(monthLastDay('2026-01'), '2026-01-31');
  assert.equal(monthLastDay('2026-04'), '2026-04-30');
  assert.equal(monthLastDay('2026-02'), '2026-02-28');
  assert.equal(monthLastDay('2024-02'), '2024-02-29');
  assert.equal(monthLastDay('2000-02'), '2000-02-29');
  assert.equal(monthLastDay('1900-02'), '1900-02-28');
  assert.equal(monthLastDay('2026-12'), '2026-12-31');
});

test('only YYYY-MM with a real month is a month', () => {
  assert.equal(isMonth('2026-07'), true);
  assert.equal(isMonth('2026-13'), false);
  assert.equal(isMonth('2026-00'), false);
  assert.equal(isMonth('2026-7'), false);
  assert.equal(isMonth(null), false);
});

test('months and periods read in both languages', () => {
  assert.equal(monthLabel('2026-03', 'zh'), '2026年3月');
  assert.equal(monthLabel('2026-03', 'en'), 'Mar 2026');
  assert.equal(periodLabel('2026-01', '2026-07', 'zh'), '2026年1月 至 2026年7月');
  assert.equal(periodLabel('2026-05', '2026-05', 'zh'), '2026年5月');
});
