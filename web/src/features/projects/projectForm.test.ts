import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ApiError } from '../../api/client.ts';
import type { PairingDetail, ProjectDetail } from '../../api/projects.ts';
import {
  budgetLinesProblem,
  budgetSummary,
  formFieldOf,
  formValuesOf,
  projectChanges,
  toCreateBody,
  valuesFromClaim,
  valuesFromPairing,
  withFormFields,
  type ProjectFormValues,
} from './projectForm.ts';

const values: ProjectFormValues = {
  name: ' 中岗村留守儿童课后托管 ',
  summary: ' 每周三次课后托管 ',
  fieldCodes: ['education', 'education'],
  places: ['500238118201'],
  programId: 2,
  fairId: null,
  targetPersons: 40,
  targetHouseholds: null,
  keyPopulationCodes: [],
  budgetYuan: '10,000',
  budgetLines: [
    { source: 'own_funds', amountYuan: '6000' },
    { source: 'public_fundraising', amountYuan: '4000.00' },
  ],
  plannedStart: '2026-03-01',
  plannedEnd: '2026-12-31',
  responsible: [{ name: ' 李明 ', post: '项目主管', phone: '138 0000 0000' }, {}],
  naming: '  ',
};

const project: ProjectDetail = {
  id: 7,
  name: '中岗村留守儿童课后托管',
  organization: { id: 1, name: '重庆山城乡村发展基金会（演示）' },
  fieldCodes: ['education'],
  places: [{ code: '500238118201', name: '重庆市 / 巫溪县 / 红池坝镇 / 中岗村' }],
  budgetFen: 1_000_000,
  plannedStart: '2026-03-01',
  plannedEnd: '2026-12-31',
  status: 'signed',
  signedOn: '2026-02-20',
  landingDue: '2026-03-31',
  landedOn: null,
  overdue: false,
  overdueDays: 0,
  isCounterpart: false,
  fair: null,
  program: { id: 2, name: '重庆市巩固拓展脱贫攻坚成果同乡村振兴有效衔接' },
  updatedAt: '2026-02-20T01:00:00.000Z',
  summary: '每周三次课后托管',
  targetPersons: 40,
  targetHouseholds: 0,
  keyPopulationCodes: [],
  budgetLines: [
    { source: 'public_fundraising', amountFen: 400_000 },
    { source: 'own_funds', amountFen: 600_000 },
  ],
  responsible: [{ name: '李明', post: '项目主管', phone: '13800000000' }],
  naming: null,
  pairing: null,
  claim: null,
  signedWith: '中岗村村民委员会',
  completedOn: null,
  statusReason: null,
  files: [],
  events: [],
  actions: {
    edit: true, requestSigning: false, sign: false, returnSigning: false, land: true, progress: false,
    complete: false, close: false, cancel: true, followUp: false, upload: true,
  },
  createdAt: '2026-02-01T01:00:00.000Z',
};

test('the body carries fen read digit by digit, trimmed texts, unique codes and only filled rows', () => {
  const body = toCreateBody(values, { claimId: 3 });
  assert.equal(body.budgetFen, 1_000_000);
  assert.deepEqual(body.budgetLines, [
    { source: 'own_funds', amountFen: 600_000 },
    { source: 'public_fundraising', amountFen: 400_000 },
  ]);
  assert.equal(body.name, '中岗村留守儿童课后托管');
  assert.deepEqual(body.fieldCodes, ['education']);
  assert.deepEqual(body.responsible, [{ name: '李明', post: '项目主管', phone: '13800000000' }]);
  assert.equal(body.targetHouseholds, 0);
  assert.equal(body.naming, null);
  assert.equal(body.claimId, 3);
  assert.equal('pairingId' in body, false);
  // 0.1 + 0.2 style sums must not lose a fen.
  assert.equal(toCreateBody({ ...values, budgetYuan: '0.29' }, {}).budgetFen, 29);
});

test('the running sum and the difference from the total follow what is typed', () => {
  assert.deepEqual(budgetSummary('10000', values.budgetLines), { totalFen: 1_000_000, linesFen: 1_000_000, unreadable: 0, differenceFen: 0 });
  const short = budgetSummary('15,000', [{ source: 'own_funds', amountYuan: '12000' }, { amountYuan: '0.1' }, { amountYuan: 'x' }]);
  assert.equal(short.linesFen, 1_200_010);
  assert.equal(short.differenceFen, 299_990);
  assert.equal(short.unreadable, 1);
  assert.equal(budgetSummary('', []).differenceFen, null);
});

test('a split that does not add up is named as the server names it', () => {
  assert.equal(budgetLinesProblem('10000', values.budgetLines), undefined);
  assert.equal(
    budgetLinesProblem('15000', [{ source: 'own_funds', amountYuan: '12000' }]),
    '预算来源：各来源合计 12,000.00 元，与预算总额 15,000.00 元不一致',
  );
  assert.match(budgetLinesProblem('100', []) ?? '', /请填写预算来源/);
  assert.match(
    budgetLinesProblem('100', [{ source: 'own_funds', amountYuan: '50' }, { source: 'own_funds', amountYuan: '50' }]) ?? '',
    /只填一行/,
  );
  assert.equal(budgetLinesProblem('0', []), undefined);
});

test('an unchanged project sends nothing; a planned one sends what changed, the budget as a whole', () => {
  const planned = { ...project, status: 'planned' as const };
  assert.deepEqual(projectChanges(planned, formValuesOf(planned), false), {});
  const changed = projectChanges(
    planned,
    { ...formValuesOf(planned), plannedEnd: '2027-01-31', budgetLines: [{ source: 'own_funds', amountYuan: '6000' }, { source: 'special_fund', amountYuan: '4000' }] },
    false,
  );
  assert.deepEqual(Object.keys(changed).sort(), ['budgetFen', 'budgetLines', 'plannedEnd']);
});

test('once signed only the summary, people and beneficiaries are sent', () => {
  const changed = projectChanges(
    project,
    { ...formValuesOf(project), name: '改名', summary: '新的简介', targetPersons: 50, plannedStart: '2026-04-01' },
    true,
  );
  assert.deepEqual(changed, { summary: '新的简介', targetPersons: 50 });
});

test('server errors on fen land on the 元 items', () => {
  assert.equal(formFieldOf('budgetFen'), 'budgetYuan');
  assert.equal(formFieldOf('budgetLines.1.amountFen'), 'budgetLines.1.amountYuan');
  assert.equal(formFieldOf('places.1'), 'places');
  assert.equal(formFieldOf('fieldCodes.0'), 'fieldCodes');
  assert.equal(formFieldOf('budgetLines.1'), 'budgetLines');
  assert.equal(formFieldOf('budgetLines.1.source'), 'budgetLines.1.source');
  assert.equal(formFieldOf('responsible.0.phone'), 'responsible.0.phone');
  const renamed = withFormFields(new ApiError(400, { code: 'VALIDATION_FAILED', message: 'x', fields: [{ field: 'budgetFen', message: '预算总额：…' }] }, 'x'));
  assert.ok(renamed instanceof ApiError);
  assert.equal(renamed.fields[0]?.field, 'budgetYuan');
});

test('a pairing and a claim prefill the form', () => {
  const fromPairing = valuesFromPairing({
    places: [{ code: '500238', name: '巫溪县' }, { code: '500229', name: '城口县' }],
    fieldCodes: ['education'],
    program: { id: 2, name: 'p' },
    fair: { id: 4, name: 'f' },
  } as PairingDetail);
  assert.deepEqual(fromPairing, { places: ['500238', '500229'], fieldCodes: ['education'], programId: 2, fairId: 4 });
  const fromClaim = valuesFromClaim(
    { quantity: 1_234_567, need: { title: '产业路硬化', region: { code: '500238118201' }, kind: 'money' } },
    { keyFieldCode: 'industry', keyPopulationCodes: ['elderly'] },
  );
  assert.deepEqual(fromClaim, {
    name: '产业路硬化',
    places: ['500238118201'],
    fieldCodes: ['industry'],
    keyPopulationCodes: ['elderly'],
    budgetYuan: '12345.67',
  });
  assert.equal('budgetYuan' in valuesFromClaim({ quantity: 20, need: { title: 't', region: { code: '500238' }, kind: 'materials' } }, null), false);
});
