import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ApiError } from '../../api/client.ts';
import type { AidRecordDetail } from '../../api/ledger.ts';
import type { NeedDetail } from '../../api/needs.ts';
import {
  activityTypeName,
  activityTypeOf,
  formFieldOf,
  formValuesOf,
  itemsTotal,
  toAidRecordInput,
  valuesFromNeed,
  withFormFields,
  type AidRecordFormValues,
} from './recordForm.ts';

const materials: AidRecordFormValues = {
  regionCode: '500238118201',
  householdId: 12,
  occurredOn: '2026-03-05',
  periodEnd: null,
  kind: 'materials',
  activityType: '义诊',
  keyFieldCode: 'education',
  amountYuan: '999',
  items: [
    { name: ' 书包 ', quantity: 20, unit: '个', valueYuan: '1,200.10' },
    { name: '文具套装', quantity: 20, unit: '套', valueYuan: '0.2' },
    {},
  ],
  purchaseChannel: 'online',
  staffCount: 3,
  volunteerCount: null,
  beneficiaryCount: 20,
  beneficiaryHouseholds: 1,
  fundingSource: 'own_funds',
  summary: ' 为中岗村留守儿童捐赠书包文具 ',
  description: '  ',
  externalRef: ' JZ-2026-001 ',
};

test('materials are worth the sum of their items, in exact fen', () => {
  const body = toAidRecordInput(materials);
  assert.equal(body.amountFen, 120010 + 20);
  assert.deepEqual(body.items, [
    { name: '书包', quantity: 20, unit: '个', valueFen: 120010 },
    { name: '文具套装', quantity: 20, unit: '套', valueFen: 20 },
  ]);
  // What belongs to other kinds is not sent.
  assert.equal(body.purchaseChannel, null);
  assert.equal(body.activityType, null);
  assert.equal(body.volunteerCount, 0);
  assert.equal(body.summary, '为中岗村留守儿童捐赠书包文具');
  assert.equal(body.description, null);
  assert.equal(body.externalRef, 'JZ-2026-001');
  assert.equal('confirmDuplicate' in body, false);
  assert.equal(toAidRecordInput(materials, { confirmDuplicate: true }).confirmDuplicate, true);
});

test('the running total counts what can be read and says what cannot', () => {
  assert.deepEqual(itemsTotal(materials.items), { fen: 120030, quantity: 40, unreadable: 0 });
  assert.deepEqual(itemsTotal([{ valueYuan: '0.1' }, { valueYuan: '0.2' }, { valueYuan: '1.234' }, undefined]), {
    fen: 30,
    quantity: 0,
    unreadable: 1,
  });
  assert.deepEqual(itemsTotal(undefined), { fen: 0, quantity: 0, unreadable: 0 });
});

test('a purchase sends its channel and amount; items are dropped', () => {
  const body = toAidRecordInput({ ...materials, kind: 'purchase', amountYuan: '3,500.5' });
  assert.equal(body.amountFen, 350050);
  assert.equal(body.purchaseChannel, 'online');
  assert.deepEqual(body.items, []);
});

test('an activity sends its type as a code when it is a listed one, else the words typed', () => {
  assert.equal(
    toAidRecordInput({ ...materials, kind: 'activity', activityType: '义诊', amountYuan: '' }).activityType,
    'free_clinic',
  );
  assert.equal(toAidRecordInput({ ...materials, kind: 'activity', amountYuan: '' }).amountFen, 0);
  assert.equal(activityTypeOf('Training'), 'training');
  assert.equal(activityTypeOf(' 农技讲座 '), '农技讲座');
  assert.equal(activityTypeOf('  '), null);
  assert.equal(activityTypeName('free_clinic', 'zh'), '义诊');
  assert.equal(activityTypeName('农技讲座', 'en'), '农技讲座');
  assert.equal(activityTypeName(null, 'zh'), '');
});

const detail: AidRecordDetail = {
  record: {
    id: 41,
    seq: 3,
    giver: { kind: 'organization', organizationId: 1, name: '山城基金会', form: 'foundation' },
    counterpart: false,
    regionCode: '500238118201',
    regionName: '重庆市巫溪县红池坝镇中岗村',
    household: { id: 12, label: '张某' },
    needId: 5,
    pairingId: null,
    projectId: 9,
    projectName: '助学',
    programId: null,
    occurredOn: '2026-03-05',
    periodEnd: null,
    kind: 'materials',
    activityType: null,
    keyFieldCode: 'education',
    amountFen: 120030,
    materialQuantity: 40,
    purchaseChannel: null,
    staffCount: 3,
    volunteerCount: 0,
    enterpriseCount: 0,
    beneficiaryCount: 20,
    beneficiaryHouseholds: 1,
    fundingSource: 'own_funds',
    summary: '捐赠书包文具',
    externalRef: null,
    standing: 'standing',
    confirmation: 'unconfirmed',
    reversesId: null,
    reversedById: null,
    replacesId: null,
    suspectedDuplicateOf: null,
    createdAt: '2026-03-05T08:00:00.000Z',
  },
  description: '每人一个书包和一套文具',
  reason: null,
  items: [
    { name: '书包', quantity: 20, unit: '个', valueFen: 120010 },
    { name: '文具套装', quantity: 20, unit: '套', valueFen: 20 },
  ],
  files: [],
  receipts: [],
  replacedById: null,
  hash: 'ab'.repeat(32),
  prevHash: '0'.repeat(64),
  can: { reverse: true, correct: true, confirm: false, addFiles: true },
};

test('a correction starts from the record as it was, and sends the same record back', () => {
  const values = formValuesOf(detail);
  assert.equal(values.householdId, 12);
  assert.deepEqual(values.items?.[0], { name: '书包', quantity: 20, unit: '个', valueYuan: '1200.10' });
  const body = toAidRecordInput(values);
  assert.equal(body.amountFen, 120030);
  assert.equal(body.projectId, 9);
  assert.equal(body.needId, 5);
  assert.equal(body.description, '每人一个书包和一套文具');
  assert.equal(body.fundingSource, 'own_funds');
  const funds = formValuesOf({
    ...detail,
    record: { ...detail.record, kind: 'activity', activityType: 'training', amountFen: 5 },
    items: [],
  });
  assert.equal(funds.amountYuan, '0.05');
  assert.equal(funds.activityType, '技能培训');
});

test('a claimed need fills the place, household, field and kind', () => {
  const need = {
    id: 5,
    title: '中岗村留守儿童书包',
    region: { code: '500238118201', name: '重庆市 / 巫溪县 / 红池坝镇 / 中岗村' },
    keyFieldCode: 'education',
    kind: 'materials',
    itemName: '书包',
    unit: '个',
    household: {
      id: 12,
      maskedName: '张某',
      village: { code: '500238118201', name: '中岗村' },
      category: 'monitored',
      situations: [],
      membersCount: 3,
    },
  } as unknown as NeedDetail;
  assert.deepEqual(valuesFromNeed(need), {
    regionCode: '500238118201',
    householdId: 12,
    needId: 5,
    keyFieldCode: 'education',
    kind: 'materials',
    summary: '中岗村留守儿童书包',
    beneficiaryHouseholds: 1,
    items: [{ name: '书包', unit: '个' }],
  });
  const money = valuesFromNeed({ ...need, kind: 'money', household: null });
  assert.equal(money.kind, 'funds');
  assert.equal(money.householdId, null);
  assert.equal('items' in money, false);
});

test('server field errors land on the items the form has', () => {
  assert.equal(formFieldOf('amountFen'), 'amountYuan');
  assert.equal(formFieldOf('record.amountFen'), 'amountYuan');
  assert.equal(formFieldOf('items.2.valueFen'), 'items.2.valueYuan');
  assert.equal(formFieldOf('record.occurredOn'), 'occurredOn');
  assert.equal(formFieldOf('reason'), 'reason');
  const renamed = withFormFields(
    new ApiError(
      400,
      { code: 'VALIDATION', message: '请检查', fields: [{ field: 'record.items.0.valueFen', message: '折价' }] },
      '',
    ),
  );
  assert.ok(renamed instanceof ApiError);
  assert.deepEqual(renamed.fields, [{ field: 'items.0.valueYuan', message: '折价' }]);
});
