import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Household } from '../../api/households.ts';
import { formValuesOf, householdChanges, toCreateBody } from './householdForm.ts';

const household: Household = {
  id: 7,
  region: { code: '500238118201', name: '红池坝镇 / 中岗村' },
  headName: '张大山',
  idNumber: '50023819650412003X',
  membersCount: 4,
  category: 'monitored',
  situations: ['serious_illness', 'unsafe_housing'],
  hasDisability: false,
  minorsCount: 1,
  status: 'active',
  needsCount: 0,
  createdAt: '2026-11-01T02:00:00.000Z',
  updatedAt: '2026-11-01T02:00:00.000Z',
};

test('a registration is trimmed, the ID number normalised and the situations deduplicated', () => {
  const body = toCreateBody({
    regionCode: '500238118201',
    headName: '  李小花 ',
    idNumber: ' 500238 19800101 002x ',
    membersCount: 3,
    category: 'edge',
    situations: ['gaokao_family', 'gaokao_family'],
  });
  assert.deepEqual(body, {
    regionCode: '500238118201',
    headName: '李小花',
    idNumber: '50023819800101002X',
    membersCount: 3,
    category: 'edge',
    situations: ['gaokao_family'],
    hasDisability: false,
    minorsCount: 0,
  });
});

test('an edit sends nothing when nothing changed, whatever the order of the situations', () => {
  const values = { ...formValuesOf(household), situations: ['unsafe_housing', 'serious_illness'] as const };
  assert.deepEqual(householdChanges(household, { ...values, situations: [...values.situations] }), {});
});

test('an edit sends only the changed fields, and the ID number only when it changed beyond case and spaces', () => {
  const values = {
    ...formValuesOf(household),
    idNumber: '500238 19650412003x',
    minorsCount: 0,
    situations: ['serious_illness' as const],
  };
  assert.deepEqual(householdChanges(household, values), { minorsCount: 0, situations: ['serious_illness'] });
  assert.deepEqual(householdChanges(household, { ...values, idNumber: '500238196504120048' }), {
    idNumber: '500238196504120048',
    minorsCount: 0,
    situations: ['serious_illness'],
  });
});
