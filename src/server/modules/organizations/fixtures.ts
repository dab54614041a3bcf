// Test helpers: valid registrations with overrides, registered through the API, and approved by the right official.
import assert from 'node:assert/strict';
import { withCreditCheckChar } from '../../../common/credit-code.ts';
import type { DemoUsername, TestApp } from '../../../../test/support/app.ts';
import type { Organization } from './schemas.ts';

let serial = 0;

/** A fictional, valid credit code (the check character computed), new on every call. */
export function newCreditCode(): string {
  serial += 1;
  return withCreditCheckChar(`515002000MJT${String(serial).padStart(5, '0')}`);
}

export interface Failure {
  code: string;
  message: string;
  fields?: { field: string; message: string }[];
}

export function registration(overrides: Record<string, unknown> = {}, account: Record<string, unknown> = {}) {
  serial += 1;
  return {
    name: `巫溪县测试公益协会${serial}`,
    creditCode: newCreditCode(),
    form: 'association',
    isIndustryAssociation: false,
    isCharity: false,
    hasPublicFundraising: false,
    registrationLevel: 'county',
    registrationRegionCode: '500238',
    supervisingUnit: null,
    grade: null,
    gradeYear: null,
    fields: ['education'],
    serviceRegions: ['500238'],
    offers: [{ kind: 'money', text: '助学金' }],
    contactName: '王测试',
    contactPhone: '13800001111',
    contactEmail: null,
    homepage: null,
    description: null,
    ...overrides,
    account: { username: `orgtest${serial}`, displayName: '王测试', password: 'Bangfu-test-2026', ...account },
  };
}

export async function register(t: TestApp, overrides: Record<string, unknown> = {}, account: Record<string, unknown> = {}) {
  const body = registration(overrides, account);
  const res = await t.request(null, { method: 'POST', url: '/api/organizations/register', payload: body });
  assert.equal(res.statusCode, 200, res.body);
  return { organization: res.json<Organization>(), username: body.account.username, password: body.account.password };
}

export async function approveAs(t: TestApp, who: DemoUsername, id: number): Promise<Organization> {
  const res = await t.request(who, { method: 'POST', url: `/api/organizations/${id}/approve` });
  assert.equal(res.statusCode, 200, res.body);
  return res.json<Organization>();
}

export function fieldsOf(body: string): Record<string, string> {
  return Object.fromEntries((JSON.parse(body) as Failure).fields?.map((f) => [f.field, f.message]) ?? []);
}
