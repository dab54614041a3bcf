import assert from 'node:assert/strict';
import { test } from 'node:test';
import { idNumberCheckChar, idNumberProblem, maskIdNumber, maskPersonName } from './id-number.ts';

test('a valid ID number passes; the check character is computed as GB 11643 says', () => {
  // 11010519491231002X is the standard's own example.
  assert.equal(idNumberCheckChar('11010519491231002'), 'X');
  assert.equal(idNumberProblem('11010519491231002X', '2026-11-24'), undefined);
  assert.equal(idNumberProblem('11010519491231002x', '2026-11-24'), undefined);
});

test('a wrong check character, a bad birth date and a wrong length are each named', () => {
  assert.match(idNumberProblem('110105194912310021', '2026-11-24') ?? '', /校验码/);
  assert.match(idNumberProblem('110105194902300023', '2026-11-24') ?? '', /出生日期不是有效日期/);
  assert.match(idNumberProblem('11010519491231002', '2026-11-24') ?? '', /18 位，现在是 17 位/);
  assert.match(idNumberProblem('11010520300101002X', '2026-11-24') ?? '', /不在合理范围/);
});

test('masks show the surname with 某 and only the ends of an ID number', () => {
  assert.equal(maskPersonName('张三丰'), '张某');
  assert.equal(maskPersonName('欧阳修文'), '欧阳某');
  assert.equal(maskPersonName('欧阳'), '欧某');
  assert.equal(maskIdNumber('11010519491231002X'), '110105********002X');
});
