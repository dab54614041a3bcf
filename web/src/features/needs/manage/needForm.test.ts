import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ApiError } from '../../../api/client.ts';
import type { NeedDetail } from '../../../api/needManagement.ts';
import {
  formFieldOf,
  formValuesOf,
  needChanges,
  toCreateBody,
  withFormFields,
  yuanProblem,
  type NeedFormValues,
} from './needForm.ts';

const base: NeedFormValues = {
  regionCode: '500238118201',
  title: ' 中岗村产业路硬化资金缺口 ',
  description: ' 2 公里产业路 ',
  keyFieldCode: 'industry',
  keyPopulationCodes: ['stagnant_income', 'stagnant_income'],
  kind: 'money',
  moneyYuan: '12,345.6',
  deadline: '2027-03-31',
  contactName: ' 王书记 ',
  contactPhone: '138 0000 0000',
};

const need: NeedDetail = {
  id: 5,
  title: '中岗村产业路硬化资金缺口',
  region: { code: '500238118201', name: '重庆市 / 巫溪县 / 红池坝镇 / 中岗村' },
  isHouseholdNeed: false,
  keyFieldCode: 'industry',
  keyPopulationCodes: ['stagnant_income'],
  kind: 'money',
  itemName: null,
  unit: null,
  quantity: 1234560,
  claimedQuantity: 0,
  confirmedQuantity: 0,
  amountFen: 1234560,
  deadline: '2027-03-31',
  status: 'draft',
  keyAreaKinds: ['key_county'],
  publishedAt: null,
  description: '2 公里产业路',
  files: [],
  household: null,
  contact: { name: '王书记', phone: '13800000000' },
  statusReason: null,
  createdAt: '2026-11-01T02:00:00.000Z',
  updatedAt: '2026-11-01T02:00:00.000Z',
  actions: { edit: true, publish: true, withdraw: true, close: false, takeDown: false, claim: false },
};

test('money typed in 元 goes in fen exactly, with no amount of its own', () => {
  const body = toCreateBody(base, null, false);
  assert.equal(body.quantity, 1234560);
  assert.equal('amountFen' in body, false);
  assert.equal(body.itemName, null);
  assert.equal(body.title, '中岗村产业路硬化资金缺口');
  assert.equal(body.contactPhone, '13800000000');
  assert.deepEqual(body.keyPopulationCodes, ['stagnant_income']);
  assert.equal(body.regionCode, '500238118201');
  assert.equal(body.publish, false);
  // 0.1 + 0.2 style sums must not lose a fen.
  assert.equal(toCreateBody({ ...base, moneyYuan: '0.29' }, null, true).quantity, 29);
  assert.equal(toCreateBody({ ...base, moneyYuan: '1.1' }, null, true).quantity, 110);
});

test('a household need names the household, not a region', () => {
  const body = toCreateBody(
    base,
    { id: 9, maskedName: '张某', village: { code: '500238118201', name: '中岗村' } },
    true,
  );
  assert.equal(body.householdId, 9);
  assert.equal('regionCode' in body, false);
});

test('materials carry their item, unit, count and optional value in fen', () => {
  const body = toCreateBody(
    { ...base, kind: 'materials', quantity: 20, itemName: ' 书包 ', unit: '个', amountYuan: '1500' },
    null,
    false,
  );
  assert.deepEqual(
    { kind: body.kind, quantity: body.quantity, itemName: body.itemName, unit: body.unit, amountFen: body.amountFen },
    { kind: 'materials', quantity: 20, itemName: '书包', unit: '个', amountFen: 150000 },
  );
  assert.equal(
    toCreateBody({ ...base, kind: 'service', quantity: 3, itemName: '义诊医生', unit: '人' }, null, false).amountFen,
    null,
  );
});

test('amounts in 元: at most two decimals, more than 0, within the limit', () => {
  assert.equal(yuanProblem('12.5'), undefined);
  assert.match(yuanProblem('1.234') ?? '', /两位小数/);
  assert.match(yuanProblem('abc') ?? '', /金额/);
  assert.match(yuanProblem('0') ?? '', /大于 0/);
  assert.equal(yuanProblem('0', true), undefined);
  assert.match(yuanProblem('1000000001') ?? '', /不能超过/);
});

test('an unchanged form sends nothing; a new deadline sends only the deadline', () => {
  const values = formValuesOf(need);
  assert.equal(values.moneyYuan, '12345.60');
  assert.deepEqual(needChanges(need, values), {});
  assert.deepEqual(needChanges(need, { ...values, deadline: '2027-04-30' }), { deadline: '2027-04-30' });
});

test('a change of kind sends what is needed as a whole and clears what no longer applies', () => {
  const values = { ...formValuesOf(need), kind: 'materials' as const, quantity: 50, itemName: '水泥', unit: '吨' };
  assert.deepEqual(needChanges(need, values), {
    kind: 'materials',
    quantity: 50,
    itemName: '水泥',
    unit: '吨',
    amountFen: null,
  });
  const materials: NeedDetail = {
    ...need,
    kind: 'materials',
    quantity: 50,
    itemName: '水泥',
    unit: '吨',
    amountFen: null,
  };
  assert.deepEqual(needChanges(materials, { ...formValuesOf(materials), kind: 'money', moneyYuan: '800' }), {
    kind: 'money',
    quantity: 80000,
    itemName: null,
    unit: null,
    amountFen: null,
  });
});

test('server errors on quantities land on the item the person typed in', () => {
  assert.equal(formFieldOf('quantity', 'money'), 'moneyYuan');
  assert.equal(formFieldOf('quantity', 'materials'), 'quantity');
  assert.equal(formFieldOf('amountFen', 'service'), 'amountYuan');
  const err = new ApiError(
    400,
    { code: 'VALIDATION_FAILED', message: '请检查', fields: [{ field: 'amountFen', message: '估算金额（分）：x' }] },
    '',
  );
  const mapped = withFormFields(err, 'materials');
  assert.ok(mapped instanceof ApiError);
  assert.deepEqual(mapped.fields, [{ field: 'amountYuan', message: '估算金额（分）：x' }]);
  assert.equal(mapped.code, 'VALIDATION_FAILED');
});
