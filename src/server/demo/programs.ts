// Demo programs: Chongqing's 2020 poverty alleviation program (脱贫攻坚) and its 2021 rural revitalization program
// (乡村振兴) with the four national key support counties (seed 004). Idempotent: programs are found by slug and
// designations by (program, region, kind), so running it again changes nothing. The 2020 program's key areas arrive
// through the spreadsheet import, not here.
import type { Kysely } from 'kysely';
import type { DB } from '../db/types.ts';
import { recordAudit } from '../platform/audit.ts';
import { SYSTEM_CONTEXT } from '../platform/context.ts';

export const DEMO_PROGRAMS = [
  {
    slug: 'cq-2020-poverty',
    name: '重庆市社会组织参与脱贫攻坚（2020）',
    kind: 'poverty_alleviation',
    region_code: '50',
    department_name: '重庆市社会组织管理局',
    start_year: 2020,
    end_year: 2020,
    description: '动员社会组织聚焦重点县、深度贫困乡镇和定点村，参与脱贫攻坚（渝社组办〔2020〕21号）。',
  },
  {
    slug: 'cq-2021-revitalization',
    name: '重庆市社会组织助力乡村振兴（2021 起）',
    kind: 'rural_revitalization',
    region_code: '50',
    department_name: '重庆市社会组织管理局',
    start_year: 2021,
    end_year: null,
    description: '巩固拓展脱贫攻坚成果，动员社会组织帮扶国家乡村振兴重点帮扶县。',
  },
] as const;

/** The four national key support counties of Chongqing, by their official names. */
export const NATIONAL_KEY_SUPPORT_COUNTIES = ['巫溪县', '城口县', '彭水苗族土家族自治县', '酉阳土家族苗族自治县'];

export async function seedDemoPrograms(db: Kysely<DB>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const ids = new Map<string, number>();
    for (const program of DEMO_PROGRAMS) {
      const existing = await trx
        .selectFrom('programs')
        .select('id')
        .where('slug', '=', program.slug)
        .executeTakeFirst();
      if (existing) {
        ids.set(program.slug, existing.id);
        continue;
      }
      const row = await trx.insertInto('programs').values(program).returningAll().executeTakeFirstOrThrow();
      await recordAudit(trx, SYSTEM_CONTEXT, {
        action: 'create',
        entityType: 'program',
        entityId: row.id,
        regionCode: row.region_code,
        after: row,
      });
      ids.set(program.slug, row.id);
    }

    const counties = await trx
      .selectFrom('regions')
      .select(['code', 'name'])
      .where('code', 'like', '50%')
      .where('level', '=', 3)
      .where('name', 'in', NATIONAL_KEY_SUPPORT_COUNTIES)
      .orderBy('code')
      .execute();
    if (counties.length !== NATIONAL_KEY_SUPPORT_COUNTIES.length) {
      const missing = NATIONAL_KEY_SUPPORT_COUNTIES.filter((n) => !counties.some((c) => c.name === n));
      throw new Error(`demo programs: regions not loaded: ${missing.join(', ')}`);
    }
    const programId = ids.get('cq-2021-revitalization')!;
    for (const county of counties) {
      const row = await trx
        .insertInto('designations')
        .values({ program_id: programId, region_code: county.code, kind: 'national_key_support_county', note: null })
        .onConflict((oc) => oc.columns(['program_id', 'region_code', 'kind']).doNothing())
        .returningAll()
        .executeTakeFirst();
      if (!row) continue;
      await recordAudit(trx, SYSTEM_CONTEXT, {
        action: 'create',
        entityType: 'designation',
        entityId: row.id,
        regionCode: row.region_code,
        after: { ...row, contacts: [] },
      });
    }
  });
}
