// Test data for the ledger's routes: a valid form body with overrides, households, a caring individual's confirmed
// claim on a household's need (what lets them record point-to-point help), and receipts written as the route does.
import type { Kysely } from 'kysely';
import { daysFromToday } from '../../../common/glossary.ts';
import type { Config } from '../../config.ts';
import type { DB } from '../../db/types.ts';
import { accountIdOf, household, publishedNeed } from '../claims/fixtures.ts';
import { ZHONGGANG } from './fixtures.ts';
import type { AidRecordInput } from './schemas.ts';

export { ZHONGGANG, HONGCHIBA, WUXI, CHENGKOU } from './fixtures.ts';
/** 巫溪县红池坝镇兴合村: another village of the same township. */
export const XINGHE = '500238118202';
/** 城口县鸡鸣乡金岩村: a village of another county. */
export const JINYAN = '500229212204';

export interface Failure {
  code: string;
  message: string;
  fields?: { field: string; message: string }[];
}

let serial = 0;

/** A valid funds record of 1,000.00 yuan for education in 中岗村, three days ago; override anything. */
export function recordBody(overrides: Partial<AidRecordInput> = {}): AidRecordInput {
  serial += 1;
  return {
    regionCode: ZHONGGANG,
    occurredOn: daysFromToday(-3),
    kind: 'funds',
    keyFieldCode: 'education',
    amountFen: 100_000 + serial,
    beneficiaryCount: 2,
    summary: `发放助学金（测试 ${serial}）`,
    ...overrides,
  };
}

/** A household of 中岗村 (head's name given, ID number fictional). */
export async function testHousehold(db: Kysely<DB>, config: Pick<Config, 'dataKey' | 'dataDir'>, headName = '王德富'): Promise<number> {
  return (await household(db, config, headName)).id;
}

/** The demo caring individual's confirmed claim on a need of this household: they may then record help to it. */
export async function caringClaim(db: Kysely<DB>, householdId: number, username = 'caring'): Promise<number> {
  const caring = await accountIdOf(db, username);
  const needId = await publishedNeed(db, { householdId });
  const claim = await db
    .insertInto('claims')
    .values({
      need_id: needId,
      caring_account_id: caring,
      quantity: 1_000_000,
      note: '一对一帮扶',
      status: 'confirmed',
      created_by: caring,
      lapse_at: new Date(Date.now() + 30 * 86_400_000),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return claim.id;
}

/** Sums of the rollup by confirmation bucket (records and fen), for the records of one county. */
export async function rollupByConfirmation(db: Kysely<DB>, county: string): Promise<Record<string, { records: number; amount: number }>> {
  const rows = await db
    .selectFrom('aid_month_totals')
    .select((eb) => ['confirmation', eb.fn.sum<number>('records').as('records'), eb.fn.sum<number>('amount_fen').as('amount')])
    .where('county_code', '=', county)
    .groupBy('confirmation')
    .execute();
  return Object.fromEntries(rows.map((r) => [r.confirmation, { records: Number(r.records), amount: Number(r.amount) }]));
}
