// The claim lapse period a department sets for its region: days without progress after which a claim lapses and its
// quantity returns to the open pool. An official reads and sets it for their own region (or a region inside it); the
// most specific setting on a need's path applies (lapse.ts).
import type { Kysely } from 'kysely';
import { Type, type Static } from 'typebox';
import type { DB } from '../../db/types.ts';
import { fieldError } from '../../errors.ts';
import { assertRegionInScope, type Actor } from '../../platform/access.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { RequestContext } from '../../platform/context.ts';
import { lapseSettingFor } from './lapse.ts';
import * as q from './queries.ts';
import type { ClaimSettings } from './schemas.ts';

const SettingsRegion = Type.String({
  pattern: '^[0-9]{2,12}$',
  title: '地区',
  description: '省、市、区县等的区划代码；省略时为本人的管辖范围（全国管理员须指定）',
});

export const ClaimSettingsQuery = Type.Object({ region: Type.Optional(SettingsRegion) }, { additionalProperties: false });
export type ClaimSettingsQuery = Static<typeof ClaimSettingsQuery>;

/** UpdateClaimSettingsBody (schemas.ts) with the region it applies to, which may also come in the query. */
export const PutClaimSettingsBody = Type.Object(
  {
    lapseDays: Type.Integer({ minimum: 3, maximum: 365, title: '认领无进展失效天数' }),
    region: Type.Optional(SettingsRegion),
  },
  { additionalProperties: false },
);
export type PutClaimSettingsBody = Static<typeof PutClaimSettingsBody>;

/** The region an official's request is about: the one given (in scope, existing) or their own scope. */
async function regionOf(db: q.Executor, actor: Actor, given: string | undefined): Promise<string> {
  const region = given ?? actor.scopeRegionCode;
  if (region === null) throw fieldError('region', '地区：全国管理员请指定要查看或设置的地区');
  if (given !== undefined) {
    assertRegionInScope(actor, region);
    if (!(await q.regionExists(db, region))) throw fieldError('region', `地区：区划代码“${region}”不存在`);
  }
  return region;
}

async function settingOf(db: q.Executor, region: string, fallbackDays: number): Promise<ClaimSettings> {
  const found = await lapseSettingFor(db, region, fallbackDays);
  const source = found.regionCode === null ? 'default' : found.regionCode === region ? 'own' : 'inherited';
  return { regionCode: region, lapseDays: found.lapseDays, source };
}

export async function getClaimSettings(db: Kysely<DB>, actor: Actor, region: string | undefined, fallbackDays: number): Promise<ClaimSettings> {
  return settingOf(db, await regionOf(db, actor, region), fallbackDays);
}

export async function setClaimSettings(
  db: Kysely<DB>,
  ctx: RequestContext,
  actor: Actor,
  input: { lapseDays: number; queryRegion: string | undefined; bodyRegion: string | undefined },
  fallbackDays: number,
): Promise<ClaimSettings> {
  const { queryRegion, bodyRegion } = input;
  if (queryRegion !== undefined && bodyRegion !== undefined && queryRegion !== bodyRegion) {
    throw fieldError('region', '地区：查询参数与提交内容中的地区不一致');
  }
  return db.transaction().execute(async (trx) => {
    const region = await regionOf(trx, actor, bodyRegion ?? queryRegion);
    const before = await trx.selectFrom('claim_settings').selectAll().where('region_code', '=', region).forUpdate().executeTakeFirst();
    if (before?.lapse_days === input.lapseDays) return settingOf(trx, region, fallbackDays);
    const after = await trx
      .insertInto('claim_settings')
      .values({ region_code: region, lapse_days: input.lapseDays, updated_by: actor.accountId })
      .onConflict((oc) =>
        oc.column('region_code').doUpdateSet({ lapse_days: input.lapseDays, updated_by: actor.accountId, updated_at: new Date() }),
      )
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, ctx, {
      action: before ? 'update' : 'create',
      entityType: 'claim_setting',
      entityId: region,
      regionCode: region,
      before: before ? { lapse_days: before.lapse_days } : null,
      after: { lapse_days: after.lapse_days },
    });
    return settingOf(trx, region, fallbackDays);
  });
}

