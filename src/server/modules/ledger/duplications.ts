// Possible duplication (重复帮扶): one household helped for the same key field by two or more givers within the window
// (DUPLICATION_WINDOW_DAYS) of each other, in standing records. Shown to the liaisons and officials whose region
// holds the household, one row per household and field, each with the records that overlap. The household index
// (household_id, key_field_code, occurred_on) answers both the walk in key order and the search for a partner.
import { sql, type Expression, type ExpressionBuilder, type Kysely, type SqlBool } from 'kysely';
import { maskPersonName } from '../../../common/id-number.ts';
import { DUPLICATION_WINDOW_DAYS } from '../../../common/ledger.ts';
import type { DB } from '../../db/types.ts';
import { fieldError } from '../../errors.ts';
import type { Actor } from '../../platform/access.ts';
import { decodeCursor, encodeCursor } from '../../platform/http.ts';
import { regionPaths } from '../regions/queries.ts';
import type { DuplicationPage, DuplicationQuery } from './schemas.ts';
import { giverKey, giverNames } from './views.ts';
import { assertRegionFilter, standingWhere, viewerOf, scopeOf, type RecordsAsR } from './viewer.ts';

/** SQL on `aid_records as r`: another giver's standing record for the same household and field within the window. */
function partnerExists(eb: ExpressionBuilder<RecordsAsR, 'r'>, q: DuplicationQuery): Expression<SqlBool> {
  return eb.exists(
    eb
      .selectFrom('aid_records as o')
      .select(sql<number>`1`.as('one'))
      .whereRef('o.household_id', '=', 'r.household_id')
      .whereRef('o.key_field_code', '=', 'r.key_field_code')
      .whereRef('o.chain_key', '<>', 'r.chain_key')
      .where(sql<SqlBool>`o.occurred_on between r.occurred_on - ${DUPLICATION_WINDOW_DAYS}::int and r.occurred_on + ${DUPLICATION_WINDOW_DAYS}::int`)
      .where('o.reverses_id', 'is', null)
      .where((e) => e.not(e.exists(e.selectFrom('aid_records as ox').select(sql<number>`1`.as('one')).whereRef('ox.reverses_id', '=', 'o.id'))))
      .$if(q.from !== undefined, (s) => s.where('o.occurred_on', '>=', q.from!))
      .$if(q.to !== undefined, (s) => s.where('o.occurred_on', '<=', q.to!)),
  );
}

function candidates(db: Kysely<DB>, region: string | null, q: DuplicationQuery) {
  return db
    .selectFrom('aid_records as r')
    .where('r.household_id', 'is not', null)
    .$if(region !== null, (s) =>
      s.where('r.household_id', 'in', (eb) => eb.selectFrom('households as h').select('h.id').where('h.region_code', 'like', `${region}%`)),
    )
    .$if(q.from !== undefined, (s) => s.where('r.occurred_on', '>=', q.from!))
    .$if(q.to !== undefined, (s) => s.where('r.occurred_on', '<=', q.to!))
    .where((eb) => standingWhere(eb))
    .where((eb) => partnerExists(eb, q));
}

function pageCursor(cursor: string | undefined): { householdId: number; field: string } | undefined {
  const values = decodeCursor(cursor, ['number', 'string']);
  if (values === undefined) return undefined;
  const [householdId, field] = values as [number, string];
  if (!Number.isSafeInteger(householdId)) throw fieldError('cursor', '翻页游标无效，请从第一页重新加载');
  return { householdId, field };
}

export async function listDuplications(db: Kysely<DB>, actor: Actor, q: DuplicationQuery): Promise<DuplicationPage> {
  const viewer = viewerOf(actor);
  const scope = scopeOf(viewer);
  assertRegionFilter(scope, q.region);
  // A region filter lies inside the scope (checked above), so it alone bounds the households.
  const region = q.region ?? (scope.kind === 'region' ? scope.code : null);
  const limit = q.limit ?? 50;
  const after = pageCursor(q.cursor);
  const keys = await candidates(db, region, q)
    .select(['r.household_id', 'r.key_field_code'])
    .$if(after !== undefined, (s) =>
      s.where((eb) =>
        eb.or([
          eb('r.household_id', '>', after!.householdId),
          eb.and([eb('r.household_id', '=', after!.householdId), eb('r.key_field_code', '>', after!.field)]),
        ]),
      ),
    )
    .groupBy(['r.household_id', 'r.key_field_code'])
    .orderBy('r.household_id')
    .orderBy('r.key_field_code')
    .limit(limit + 1)
    .execute();
  const page = keys.slice(0, limit);
  const last = page.at(-1);
  const nextCursor = keys.length > limit && last ? encodeCursor([last.household_id!, last.key_field_code]) : null;
  if (page.length === 0) return { items: [], nextCursor };

  const households = [...new Set(page.map((k) => k.household_id!))];
  const records = await candidates(db, region, q)
    .select(['r.id', 'r.household_id', 'r.key_field_code', 'r.occurred_on', 'r.amount_fen', 'r.kind', 'r.organization_id', 'r.caring_account_id'])
    .where('r.household_id', 'in', households)
    .orderBy('r.occurred_on')
    .orderBy('r.id')
    .execute();
  const homes = await db.selectFrom('households').select(['id', 'head_name', 'region_code']).where('id', 'in', households).execute();
  const home = new Map(homes.map((h) => [h.id, h]));
  const [names, paths] = await Promise.all([giverNames(db, viewer, records), regionPaths(db, homes.map((h) => h.region_code))]);

  return {
    items: page.map((k) => {
      const mine = records.filter((r) => r.household_id === k.household_id && r.key_field_code === k.key_field_code);
      const h = home.get(k.household_id!);
      const givers = new Map<string, { name: string; organizationId: number | null }>();
      for (const r of mine) givers.set(giverKey(r), { name: names.get(giverKey(r)) ?? '', organizationId: r.organization_id });
      return {
        householdId: k.household_id!,
        householdLabel: maskPersonName(h?.head_name ?? ''),
        regionCode: h?.region_code ?? '',
        regionName: paths.get(h?.region_code ?? '') ?? h?.region_code ?? '',
        keyFieldCode: k.key_field_code,
        givers: [...givers.values()],
        records: mine.map((r) => ({
          id: r.id,
          occurredOn: r.occurred_on,
          amountFen: r.amount_fen,
          kind: r.kind,
          giverName: names.get(giverKey(r)) ?? '',
        })),
      };
    }),
    nextCursor,
  };
}
