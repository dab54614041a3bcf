import assert from 'node:assert/strict';
import { test } from 'node:test';
import { creditCodeProblem, withCreditCheckChar } from './credit-code.ts';

test('a code completed with its check character is valid', () => {
  const code = withCreditCheckChar('53500000MJP100015');
  assert.equal(code.length, 18);
  assert.equal(creditCodeProblem(code), undefined);
});

test('a published code validates (GB 32100 example with check character)', () => {
  // The national standard's sample: 91350100M000100Y43
  assert.equal(creditCodeProblem('91350100M000100Y43'), undefined);
});

test('each problem names the character to fix', () => {
  const good = withCreditCheckChar('53500000MJP100015');
  const other = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
  assert.match(creditCodeProblem(other) ?? '', new RegExp(`第 18 位校验码应为“${good[17]}”`));
  assert.match(creditCodeProblem('5350000OMJP100015X') ?? '', /第 8 位“O”.*不使用 I、O、Z、S、V/);
  assert.match(creditCodeProblem('53500000mjp1000150') ?? '', /第 9 位“m”.*大写/);
  assert.match(creditCodeProblem('123') ?? '', /应为 18 位，现在是 3 位/);
});
