import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  daysLeft,
  daysUntil,
  fileSizeText,
  formatQuantity,
  formatYuan,
  parseYuan,
  progressOf,
  yuanInput,
  yuanText,
} from './format.ts';
import { toNeedFilters, yuanProblem } from './filters.ts';

test('amounts typed in 元 become fen exactly, with at most two decimals', () => {
  assert.equal(parseYuan('0.1'), 10);
  assert.equal(parseYuan('0.29'), 29);
  assert.equal(parseYuan('1,234.5'), 123450);
  assert.equal(parseYuan(' 50000 '), 5_000_000);
  assert.equal(parseYuan('19.99'), 1999);
  assert.equal(parseYuan('1.'), 100);
  assert.equal(parseYuan('1.005'), null);
  assert.equal(parseYuan('-5'), null);
  assert.equal(parseYuan('abc'), null);
  assert.equal(parseYuan(''), null);
});

test('fen are shown in 元 with two decimals and thousands grouped', () => {
  assert.equal(formatYuan(123456), '1,234.56 元');
  assert.equal(formatYuan(5), '0.05 元');
  assert.equal(formatYuan(100_000_000_000), '1,000,000,000.00 元');
  assert.equal(formatYuan(30, 'en'), '0.30 yuan');
  assert.equal(yuanText(0), '0.00');
  assert.equal(yuanText(-150), '-1.50');
  assert.equal(yuanInput(123450), '1234.50');
  assert.equal(parseYuan(yuanInput(987654321)), 987654321);
});

test('quantities read in their own terms', () => {
  assert.equal(formatQuantity('money', 5_000_000, null), '50,000.00 元');
  assert.equal(formatQuantity('materials', 1200, '箱'), '1,200 箱');
  assert.equal(formatQuantity('service', 30, null), '30 人');
  assert.equal(formatQuantity('service', 30, '人次'), '30 人次');
  assert.equal(formatQuantity('materials', 3, null), '3');
  assert.equal(formatQuantity('service', 4, null, 'en'), '4 people');
});

test('days left count calendar days in China', () => {
  assert.equal(daysLeft('2026-12-01', '2026-11-24'), 7);
  assert.equal(daysLeft('2026-11-24', '2026-11-24'), 0);
  assert.equal(daysLeft('2026-11-20', '2026-11-24'), -4);
  assert.equal(daysLeft('2027-03-01', '2027-02-28'), 1);
});

test('days until a lapse count a started day, and never go below zero', () => {
  const now = new Date('2026-03-01T08:00:00Z');
  assert.equal(daysUntil('2026-03-31T08:00:00Z', now), 30);
  assert.equal(daysUntil('2026-03-01T09:00:00Z', now), 1);
  assert.equal(daysUntil('2026-02-28T08:00:00Z', now), 0);
  assert.equal(daysUntil('not a time', now), null);
});

test('file sizes read in KB (never 0) or MB', () => {
  assert.equal(fileSizeText(10), '1 KB');
  assert.equal(fileSizeText(300 * 1024), '300 KB');
  assert.equal(fileSizeText(2.5 * 1024 * 1024), '2.5 MB');
});

test('progress never shows a need full before it is, and the remainder is what may still be claimed', () => {
  assert.deepEqual(progressOf({ quantity: 3, claimedQuantity: 2, confirmedQuantity: 1 }), {
    claimedPercent: 66,
    confirmedPercent: 33,
    remaining: 1,
  });
  assert.deepEqual(progressOf({ quantity: 1000, claimedQuantity: 999, confirmedQuantity: 0 }).claimedPercent, 99);
  assert.deepEqual(progressOf({ quantity: 10, claimedQuantity: 10, confirmedQuantity: 10 }), {
    claimedPercent: 100,
    confirmedPercent: 100,
    remaining: 0,
  });
});

test('the search form becomes the server query: defaults left out, 元 to fen, days as dates', () => {
  const day = (s: string) => ({ format: () => s });
  assert.deepEqual(toNeedFilters({ q: '  ', status: 'open', householdOnly: false, region: null }), {});
  assert.deepEqual(
    toNeedFilters({
      q: ' 助学 ',
      region: '500238',
      field: 'education',
      keyAreasOnly: true,
      householdOnly: true,
      kind: 'money',
      minYuan: '0.1',
      maxYuan: '2,000',
      deadline: [day('2026-12-01'), null],
      status: 'claimed',
      sort: 'amount',
    }),
    {
      q: '助学',
      region: '500238',
      field: 'education',
      keyAreasOnly: true,
      householdOnly: true,
      kind: 'money',
      minAmountFen: 10,
      maxAmountFen: 200_000,
      deadlineFrom: '2026-12-01',
      status: 'claimed',
      sort: 'amount',
    },
  );
  assert.deepEqual(toNeedFilters({ minYuan: '12.345' }), {});
  assert.equal(yuanProblem('12.345'), 'format');
  assert.equal(yuanProblem('2000000000'), 'range');
  assert.equal(yuanProblem(''), null);
});
