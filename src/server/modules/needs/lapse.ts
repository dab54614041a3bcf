// How long a claim may go without progress before it lapses: the most specific department setting on the need's
// path (village, township, county, city, province), else the platform default (config.claimLapseDays, 30).
import type { Kysely, Transaction } from 'kysely';
import { regionPrefixes } from '../../../common/glossary.ts';
import type { DB } from '../../db/types.ts';

type Executor = Kysely<DB> | Transaction<DB>;

export async function lapseSettingFor(
  db: Executor,
  regionCode: string,
  fallbackDays: number,
): Promise<{ lapseDays: number; regionCode: string | null }> {
  const row = await db
    .selectFrom('claim_settings')
    .select(['region_code', 'lapse_days'])
    .where('region_code', 'in', regionPrefixes(regionCode))
    .orderBy(({ fn }) => fn('length', ['region_code']), 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? { lapseDays: row.lapse_days, regionCode: row.region_code } : { lapseDays: fallbackDays, regionCode: null };
}

export async function lapseDaysFor(db: Executor, regionCode: string, fallbackDays: number): Promise<number> {
  return (await lapseSettingFor(db, regionCode, fallbackDays)).lapseDays;
}
