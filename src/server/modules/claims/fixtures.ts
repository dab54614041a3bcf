// Test data for claims: published needs (through the same insertNeed the form uses), households with an encrypted ID
// number, approved organizations with an administrator, and contexts to call the services as someone.
import type { Kysely } from 'kysely';
import { withCreditCheckChar } from '../../../common/credit-code.ts';
import { daysFromToday } from '../../../common/glossary.ts';
import { idNumberCheckChar } from '../../../common/id-number.ts';
import type { Config } from '../../config.ts';
import type { DB, NeedKind } from '../../db/types.ts';
import type { Actor } from '../../platform/access.ts';
import { SYSTEM_CONTEXT, type RequestContext } from '../../platform/context.ts';
import { sensitiveFor } from '../../platform/sensitive.ts';
import { createAccount } from '../accounts/service.ts';
import { insertNeed } from '../needs/store.ts';
import { nameColumns } from '../organizations/names.ts';

export const ZHONGGANG = '500238118201'; // 红池坝镇中岗村
export const HONGCHIBA = '500238118'; // 红池坝镇
export const PASSWORD = 'Claims-test-2026';

let serial = 0;

/** China's date `days` from today. */
export async function accountIdOf(db: Kysely<DB>, username: string): Promise<number> {
  const row = await db.selectFrom('accounts').select('id').where('username_key', '=', username.toLowerCase()).executeTakeFirstOrThrow();
  return row.id;
}

/** A published need of 中岗村 published by the township liaison (hongchiba): money of `quantity` fen by default. */
export async function publishedNeed(
  db: Kysely<DB>,
  overrides: { regionCode?: string; householdId?: number | null; quantity?: number; kind?: NeedKind; deadline?: string; title?: string } = {},
): Promise<number> {
  serial += 1;
  const kind = overrides.kind ?? 'money';
  const quantity = overrides.quantity ?? 1_000_000;
  return insertNeed(db, {
    region_code: overrides.regionCode ?? ZHONGGANG,
    household_id: overrides.householdId ?? null,
    status: 'published',
    created_by: await accountIdOf(db, 'hongchiba'),
    title: overrides.title ?? `认领测试需求${serial}`,
    description: '测试用需求说明',
    key_field_code: 'education',
    key_population_codes: [],
    kind,
    item_name: kind === 'money' ? null : '书包',
    unit: kind === 'money' ? null : '个',
    quantity,
    amount_fen: kind === 'money' ? quantity : null,
    deadline: overrides.deadline ?? daysFromToday(30),
    contact_name: '李联络',
    contact_phone: '023-51234567',
  });
}

export interface TestHousehold {
  id: number;
  headName: string;
  idNumber: string;
}

/** A household of 中岗村 with a fictional, valid ID number stored as the households module stores it. */
export async function household(db: Kysely<DB>, config: Pick<Config, 'dataKey' | 'dataDir'>, headName = '张国富'): Promise<TestHousehold> {
  serial += 1;
  const first17 = `50023819580808${String(100 + serial).slice(-3)}`;
  const idNumber = `${first17}${idNumberCheckChar(first17)}`;
  const sensitive = sensitiveFor(config);
  const row = await db
    .insertInto('households')
    .values({
      region_code: ZHONGGANG,
      head_name: headName,
      id_number_encrypted: sensitive.encryptIdNumber(idNumber),
      id_number_hash: sensitive.hashIdNumber(idNumber),
      members_count: 4,
      category: 'monitored',
      situations: ['serious_illness'],
      minors_count: 1,
      has_disability: true,
      created_by: await accountIdOf(db, 'zhonggang'),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: row.id, headName, idNumber };
}

/** An approved organization registered in 巫溪县; with `username`, also its administrator (who can log in). */
export async function approvedOrganization(
  db: Kysely<DB>,
  options: { name?: string; username?: string; status?: 'approved' | 'pending' } = {},
): Promise<{ id: number; name: string; accountId: number | null }> {
  serial += 1;
  const name = options.name ?? `巫溪县认领测试协会${serial}`;
  const org = await db
    .insertInto('organizations')
    .values({
      ...nameColumns(name),
      credit_code: withCreditCheckChar(`515002380MJC${String(serial).padStart(5, '0')}`),
      form: 'association',
      registration_level: 'county',
      registration_region_code: '500238',
      status: options.status ?? 'approved',
      offers: JSON.stringify([{ kind: 'money', text: '助学金' }]),
      contact_name: '钱联系',
      contact_phone: '13800002222',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (!options.username) return { id: org.id, name, accountId: null };
  const accountId = await createAccount(db, SYSTEM_CONTEXT, {
    username: options.username,
    displayName: `${name}管理员`,
    role: 'organization_admin',
    password: PASSWORD,
    organizationId: org.id,
  });
  return { id: org.id, name, accountId };
}

/** A request context acting as an organization's administrator, for calling services directly. */
export function organizationContext(accountId: number, organizationId: number): RequestContext {
  const actor: Actor = {
    accountId,
    username: `org${accountId}`,
    displayName: `组织${organizationId}`,
    role: 'organization_admin',
    departmentKind: null,
    scopeRegionCode: null,
    organizationId,
    sessionId: 0,
    csrfToken: '',
    mustChangePassword: false,
  };
  return { actor, ip: '127.0.0.1', requestId: `test-${accountId}` };
}
