import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ApiError } from '../../api/client.ts';
import type { PairingDetail } from '../../api/pairings.ts';
import {
  formFieldOf,
  formValuesOf,
  isPlaceCode,
  pairingChanges,
  periodProblem,
  toCreateBody,
  withFormFields,
  type PairingFormValues,
} from './pairingForm.ts';

const saved: PairingDetail = {
  id: 7,
  title: '山城基金会结对帮扶巫溪县',
  program: { id: 2, name: '重庆市乡村振兴 2021' },
  organization: { id: 1, name: '重庆山城乡村发展基金会（演示）' },
  members: [{ id: 5, name: '渝东北助学会' }],
  places: [
    { code: '500238', name: '重庆市 / 巫溪县' },
    { code: '500238118', name: '重庆市 / 巫溪县 / 红池坝镇' },
  ],
  startDate: '2026-01-01',
  endDate: '2028-12-31',
  fieldCodes: ['education', 'industry'],
  amountFen: 123_456_78,
  people: 12,
  isCounterpart: false,
  organizationProvince: '重庆市',
  status: 'returned',
  current: false,
  fair: { id: 3, name: '2026 乡村振兴对接会' },
  hasAgreement: true,
  createdAt: '2026-01-02T03:04:05.000Z',
  commitments: '每年资助 50 名学生',
  agreement: null,
  statusReason: '请补充资金安排',
  endedBySide: null,
  confirmedAt: null,
  endedAt: null,
  projects: [],
  events: [],
  actions: { edit: true, uploadAgreement: true, withdraw: true, confirm: false, return: false, end: false, createProject: false },
};

test('the amount typed in 元 goes to the server as exact fen, and back', () => {
  const body = toCreateBody({ ...formValuesOf(saved), amountYuan: '0.29' });
  assert.equal(body.amountFen, 29);
  assert.equal(toCreateBody({ ...formValuesOf(saved), amountYuan: '1,234.5' }).amountFen, 123_450);
  assert.equal(formValuesOf(saved).amountYuan, '123456.78');
  assert.equal(toCreateBody(formValuesOf(saved)).amountFen, saved.amountFen);
});

test('a new pairing sends trimmed text, each place and field once, and no fair as null', () => {
  const values: PairingFormValues = {
    programId: 2,
    title: '  结对巫溪  ',
    places: ['500238', '500229', '500238'],
    memberOrganizationIds: [],
    startDate: '2026-01-01',
    endDate: '2026-12-31',
    fieldCodes: ['education', 'education'],
    amountYuan: '50000',
    people: 3,
    commitments: ' 助学 ',
  };
  assert.deepEqual(toCreateBody(values), {
    programId: 2,
    title: '结对巫溪',
    places: ['500238', '500229'],
    memberOrganizationIds: [],
    startDate: '2026-01-01',
    endDate: '2026-12-31',
    fieldCodes: ['education'],
    amountFen: 5_000_000,
    people: 3,
    commitments: '助学',
    fairId: null,
  });
});

test('an edit sends only what changed; the same places in another order are no change', () => {
  const same = formValuesOf(saved);
  assert.deepEqual(pairingChanges(saved, { ...same, places: ['500238118', '500238'] }), {});
  assert.deepEqual(pairingChanges(saved, { ...same, endDate: '2029-12-31', amountYuan: '123456.79' }), {
    endDate: '2029-12-31',
    amountFen: 12_345_679,
  });
  assert.deepEqual(pairingChanges(saved, { ...same, fairId: null }), { fairId: null });
  assert.deepEqual(pairingChanges(saved, { ...same, memberOrganizationIds: [] }), { memberOrganizationIds: [] });
  assert.deepEqual(pairingChanges(saved, { ...same, places: ['500238'] }), { places: ['500238'] });
});

test('the end may not come before the start', () => {
  assert.equal(periodProblem('2026-05-01', '2026-04-30'), '结束日期：不能早于开始日期');
  assert.equal(periodProblem('2026-05-01', '2026-05-01'), undefined);
  assert.equal(periodProblem(undefined, '2026-05-01'), undefined);
});

test('places are counties, townships or villages', () => {
  assert.ok(isPlaceCode('500238'));
  assert.ok(isPlaceCode('500238118'));
  assert.ok(isPlaceCode('500238118201'));
  assert.ok(!isPlaceCode('50'));
  assert.ok(!isPlaceCode('5002'));
  assert.ok(!isPlaceCode('5002381'));
});

test('the server’s field errors land on the form items people see', () => {
  assert.equal(formFieldOf('places.2'), 'places');
  assert.equal(formFieldOf('memberOrganizationIds.0'), 'memberOrganizationIds');
  assert.equal(formFieldOf('amountFen'), 'amountYuan');
  assert.equal(formFieldOf('endDate'), 'endDate');
  const error = new ApiError(
    400,
    {
      code: 'VALIDATION_FAILED',
      message: '请检查填写的内容',
      fields: [
        { field: 'places.1', message: '结对地区：城口县 不在本组织的服务地区内' },
        { field: 'amountFen', message: '承诺资金（分）：不能超过 100000000000' },
      ],
    },
    'x',
  );
  const renamed = withFormFields(error);
  assert.ok(renamed instanceof ApiError);
  assert.deepEqual(
    renamed.fields.map((f) => f.field),
    ['places', 'amountYuan'],
  );
  assert.equal(renamed.fields[0]?.message, '结对地区：城口县 不在本组织的服务地区内');
  assert.equal(renamed.code, 'VALIDATION_FAILED');
});
