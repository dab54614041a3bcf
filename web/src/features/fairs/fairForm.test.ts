import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ApiError } from '../../api/client.ts';
import type { FairDetail } from '../../api/fairs.ts';
import {
  addRegions,
  dateProblems,
  fairChanges,
  formValuesOf,
  keySupportCounties,
  MAX_REGIONS,
  toCreateBody,
  withFormFields,
} from './fairForm.ts';

const saved: FairDetail = {
  id: 7,
  kind: 'rural_tour',
  name: '2026 年乡村行',
  year: 2026,
  theme: '产业帮扶',
  regions: [
    { code: '500238', name: '重庆市 / 县 / 巫溪县' },
    { code: '500229', name: '重庆市 / 县 / 城口县' },
  ],
  startDate: '2026-05-10',
  endDate: '2026-05-12',
  signupDeadline: null,
  status: 'open',
  signups: 2,
  signedUp: false,
  description: null,
  program: { id: 3, name: '乡村振兴' },
  organizer: { code: '50', name: '重庆市' },
  statusReason: null,
  createdAt: '2026-04-01T00:00:00.000Z',
  actions: { edit: true, close: true, cancel: true, signUp: false, withdrawSignup: false, dashboard: true },
};

test('a new fair goes to the server with trimmed texts, blanks as null and no program as null', () => {
  assert.deepEqual(
    toCreateBody({
      kind: 'matching_fair',
      name: '  项目对接会 ',
      year: 2026,
      theme: '   ',
      description: ' 地点：县政府 ',
      regions: ['500238'],
      programId: undefined,
      startDate: '2026-06-01',
      endDate: '2026-06-02',
      signupDeadline: undefined,
    }),
    {
      kind: 'matching_fair',
      name: '项目对接会',
      year: 2026,
      theme: null,
      description: '地点：县政府',
      regions: ['500238'],
      programId: null,
      startDate: '2026-06-01',
      endDate: '2026-06-02',
      signupDeadline: null,
    },
  );
});

test('an edit sends only what changed, and nothing when nothing did', () => {
  assert.deepEqual(fairChanges(saved, formValuesOf(saved)), {});
  assert.deepEqual(fairChanges(saved, { ...formValuesOf(saved), theme: '  ', endDate: '2026-05-13' }), {
    theme: null,
    endDate: '2026-05-13',
  });
  assert.deepEqual(fairChanges(saved, { ...formValuesOf(saved), regions: ['500229', '500238'] }), {
    regions: ['500229', '500238'],
  });
  assert.deepEqual(fairChanges(saved, { ...formValuesOf(saved), programId: undefined, signupDeadline: '2026-05-01' }), {
    programId: null,
    signupDeadline: '2026-05-01',
  });
});

test('the dates are checked as the server checks them, each problem on its field in Chinese', () => {
  assert.deepEqual(dateProblems({ startDate: '2026-05-10', endDate: '2026-05-10', year: 2026 }), {});
  const wrong = dateProblems({ startDate: '2026-05-10', endDate: '2026-05-09', signupDeadline: '2026-05-11', year: 2025 });
  assert.equal(wrong.endDate?.zh, '结束日期：不能早于开始日期');
  assert.equal(wrong.signupDeadline?.zh, '报名截止日期：不能晚于结束日期');
  assert.equal(wrong.year?.zh, '年度：应与开始日期同年');
  assert.deepEqual(dateProblems({ startDate: undefined, endDate: '2026-01-01', year: 2026 }), {});
});

test('the server errors of single regions land on the regions field', () => {
  const error = new ApiError(
    400,
    {
      code: 'VALIDATION_FAILED',
      message: '输入有误',
      fields: [
        { field: 'regions.1', message: '活动地区：区划代码 500299 不存在' },
        { field: 'endDate', message: '结束日期：不能早于开始日期' },
      ],
    },
    '输入有误',
  );
  const renamed = withFormFields(error);
  assert.ok(renamed instanceof ApiError);
  assert.deepEqual(
    renamed.fields.map((f) => f.field),
    ['regions', 'endDate'],
  );
  assert.equal(renamed.code, 'VALIDATION_FAILED');
  const other = new Error('x');
  assert.equal(withFormFields(other), other);
});

test('regions are added once each, in order, up to the server limit', () => {
  assert.deepEqual(addRegions(['500238'], ['500229', '500238', '500243']), ['500238', '500229', '500243']);
  const many = Array.from({ length: MAX_REGIONS - 1 }, (_, i) => String(500100 + i));
  assert.equal(addRegions(many, ['500238', '500229']).length, MAX_REGIONS);
});

test("the quick pick takes the program's current national key support counties inside the caller's scope", () => {
  const d = (regionCode: string, kind = 'national_key_support_county', retiredAt: string | null = null) => ({ regionCode, kind, retiredAt });
  const designations = [
    d('500243'),
    d('500238'),
    d('500229'),
    d('500242'),
    d('500238118', 'deep_poverty_township'),
    d('500241', 'national_key_support_county', '2025-01-01T00:00:00Z'),
  ];
  assert.deepEqual(keySupportCounties(designations, '50'), { codes: ['500229', '500238', '500242', '500243'], outside: 0 });
  assert.deepEqual(keySupportCounties(designations, null).codes.length, 4);
  assert.deepEqual(keySupportCounties(designations, '500238'), { codes: ['500238'], outside: 3 });
});
