import { test } from 'node:test';
import assert from 'node:assert/strict';
import { changeValueText, type ValueWords } from './history.ts';

const words: ValueWords = {
  yes: '是',
  no: '否',
  none: '—',
  term: (field, code) => ({ form: { foundation: '基金会' }, fields: { education: '教育帮扶' }, offerKind: { money: '资金' } } as Record<string, Record<string, string>>)[field]?.[code],
};

test('a change value as words: booleans, nothing, codes with their names, lists and offers', () => {
  assert.equal(changeValueText('isCharity', true, words), '是');
  assert.equal(changeValueText('isCharity', false, words), '否');
  assert.equal(changeValueText('homepage', null, words), '—');
  assert.equal(changeValueText('homepage', '', words), '—');
  assert.equal(changeValueText('gradeYear', 2024, words), '2024');
  assert.equal(changeValueText('form', 'foundation', words), '基金会');
  assert.equal(changeValueText('name', '山城基金会', words), '山城基金会');
  assert.equal(changeValueText('fields', ['education', 'medical'], words), '教育帮扶、medical');
  assert.equal(changeValueText('fields', [], words), '—');
  assert.equal(changeValueText('offers', [{ kind: 'money', text: '助学' }, { kind: 'skills', text: '' }], words), '资金：助学、skills');
  assert.equal(changeValueText('registrationRegion', { code: '500238', name: '巫溪县' }, words), '巫溪县');
});
