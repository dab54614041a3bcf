import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ApiError } from '../../api/client.ts';
import type { WorkPlanDetail } from '../../api/workPlans.ts';
import { amountProblem, formValuesOf, offeredYears, plannableYears, toPlanBody, withFormFields, yearParam } from './planForm.ts';

test('the funds typed in 元 go to the server as exact fen, and blank materials as none', () => {
  assert.deepEqual(toPlanBody({ summary: '  助学与产业帮扶 ', people: 12, amountYuan: '1,234,567.89', materials: '   ' }), {
    summary: '助学与产业帮扶',
    people: 12,
    amountFen: 123_456_789,
    materials: null,
  });
  // 0.29 元 is 29 fen, not 28.999…
  assert.equal(toPlanBody({ summary: 'x', people: 0, amountYuan: '0.29' }).amountFen, 29);
  assert.equal(toPlanBody({ summary: 'x', people: null, amountYuan: '100.5' }).amountFen, 10_050);
  assert.equal(toPlanBody({ summary: 'x', people: null, amountYuan: '1' }).people, 0);
});

test('an amount is refused when it is not 元 with two decimals or exceeds the ceiling; zero is fine', () => {
  assert.equal(amountProblem('0'), undefined);
  assert.equal(amountProblem('500000'), undefined);
  assert.equal(amountProblem('1000000000'), undefined, 'the ceiling itself');
  assert.ok(amountProblem('1000000000.01'));
  assert.ok(amountProblem('12.345'));
  assert.ok(amountProblem('-5'));
  assert.ok(amountProblem(''));
  assert.match(amountProblem('abc')?.zh ?? '', /^请填写金额/);
});

test('a saved plan fills the form back, the funds in 元', () => {
  const plan = { summary: '计划', people: 3, amountFen: 10_050, materials: null } as WorkPlanDetail;
  assert.deepEqual(formValuesOf(plan), { summary: '计划', people: 3, amountYuan: '100.50', materials: '' });
  assert.deepEqual(formValuesOf(null), { summary: '', people: null, amountYuan: '', materials: '' });
});

test('years: last, this and next can be planned; this and next are offered', () => {
  assert.deepEqual(plannableYears('2026-11-20'), [2025, 2026, 2027]);
  assert.deepEqual(offeredYears('2026-11-20'), [2026, 2027]);
  assert.equal(yearParam('2027'), 2027);
  assert.equal(yearParam('27'), null);
  assert.equal(yearParam('2027x'), null);
  assert.equal(yearParam(undefined), null);
});

test('the server’s error on amountFen lands on the 元 field', () => {
  const err = new ApiError(400, { code: 'VALIDATION_FAILED', message: '有误', fields: [{ field: 'amountFen', message: '计划投入资金（分）：不能小于 0' }, { field: 'year', message: '年度：…' }] }, '');
  const renamed = withFormFields(err) as ApiError;
  assert.deepEqual(
    renamed.fields.map((f) => f.field),
    ['amountYuan', 'year'],
  );
});
