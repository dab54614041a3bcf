import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Organization } from '../../api/organizations.ts';
import {
  changesKeyData, formValuesOf, normalizeCreditCode, profileChanges, profileOf, toProfileBody, toRegisterBody,
  type RegisterFormValues,
} from './profileForm.ts';

const values: RegisterFormValues = {
  name: '  巫溪县红池坝助学促进会 ',
  creditCode: '51500238 mj1234567x',
  form: 'association',
  isIndustryAssociation: false,
  isCharity: false,
  hasPublicFundraising: true,
  registrationLevel: 'county',
  registrationRegionCode: '500238',
  supervisingUnit: '  ',
  grade: null,
  gradeYear: 2024,
  fields: ['education'],
  serviceRegions: ['500238', undefined, '500238118', '500238'],
  offers: [{ kind: 'money', text: ' 每年助学金 ' }, { text: '没有类型的一行' }],
  contactName: ' 张三 ',
  contactPhone: '13800000000',
  contactEmail: '',
  homepage: undefined,
  description: ' 助学 ',
  account: { username: ' hcb_zx ', displayName: ' 张三 ', password: ' Secret-2026x ', password2: ' Secret-2026x ' },
};

test('the registration body: trimmed text, upper-case credit code, blanks as null, clean lists, no password2', () => {
  const body = toRegisterBody(values);
  assert.equal(body.name, '巫溪县红池坝助学促进会');
  assert.equal(body.creditCode, '51500238MJ1234567X');
  assert.equal(body.supervisingUnit, null);
  assert.equal(body.contactEmail, null);
  assert.equal(body.homepage, null);
  assert.equal(body.description, '助学');
  assert.equal(body.contactName, '张三');
  assert.deepEqual(body.serviceRegions, ['500238', '500238118']);
  assert.deepEqual(body.offers, [{ kind: 'money', text: '每年助学金' }]);
  assert.deepEqual(body.account, { username: 'hcb_zx', displayName: '张三', password: ' Secret-2026x ' });
  assert.ok(!('password2' in body.account));
});

test('public fundraising only for a charity; a grade year only with a grade; no region for the national level', () => {
  const body = toProfileBody(values);
  assert.equal(body.hasPublicFundraising, false);
  assert.equal(body.gradeYear, null);
  assert.equal(toProfileBody({ ...values, isCharity: true }).hasPublicFundraising, true);
  assert.equal(toProfileBody({ ...values, grade: '4A' }).gradeYear, 2024);
  assert.equal(toProfileBody({ ...values, registrationLevel: 'national' }).registrationRegionCode, null);
});

test('credit codes are upper-cased without spaces as typed', () => {
  assert.equal(normalizeCreditCode(' 5150 0238mj '), '51500238MJ');
  assert.equal(normalizeCreditCode(undefined), '');
});

const org = {
  id: 7, name: '山城基金会', form: 'foundation', isIndustryAssociation: false, isCharity: true, hasPublicFundraising: false,
  registrationLevel: 'provincial', registrationRegion: { code: '50', name: '重庆市' }, grade: '4A', gradeYear: 2023,
  fields: [{ code: 'education', name: '教育帮扶' }, { code: 'medical', name: '医疗救助' }],
  serviceRegions: [{ code: '500238', name: '重庆市 / 巫溪县' }], offers: [{ kind: 'money', text: '助学' }],
  homepage: null, description: '简介', logoUrl: null, creditCode: '53500000MJ0000000X', status: 'approved', source: 'registration',
  supervisingUnit: null, contactName: '李四', contactPhone: '023-12345678', contactEmail: null, returnReason: null,
  submittedAt: null, reviewedAt: null, createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z', claimed: true,
  pendingChange: null, similar: [], history: [], can: { edit: true, resubmit: false, review: false, manageMembers: true },
} satisfies Organization;

test('an unchanged edit sends nothing, whatever the order of the lists', () => {
  const form = formValuesOf(org);
  assert.deepEqual(profileChanges(profileOf(org), toProfileBody(form)), {});
  const reordered = { ...form, fields: ['medical', 'education'] };
  assert.deepEqual(profileChanges(profileOf(org), toProfileBody(reordered)), {});
});

test('an edit sends only what changed, and says when key data goes to review', () => {
  const form = formValuesOf(org);
  const description = profileChanges(profileOf(org), toProfileBody({ ...form, description: '新的简介' }));
  assert.deepEqual(description, { description: '新的简介' });
  assert.equal(changesKeyData('approved', description), false);
  const renamed = profileChanges(profileOf(org), toProfileBody({ ...form, name: '山城慈善基金会', contactPhone: '13900000000' }));
  assert.deepEqual(renamed, { name: '山城慈善基金会', contactPhone: '13900000000' });
  assert.equal(changesKeyData('approved', renamed), true);
  assert.equal(changesKeyData('returned', renamed), false);
});
