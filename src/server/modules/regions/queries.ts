import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';

import { PLACEHOLDER_REGION_NAMES, regionPrefixes } from '../../../common/glossary.ts';

export function findRegion(db: Kysely<DB>, code: string) {
  return db.selectFrom('regions').selectAll().where('code', '=', code).executeTakeFirst();
}

/** Full display paths (e.g. "重庆市 / 巫溪县 / 红池坝镇") of the given codes, in one query. */
export async function regionPaths(db: Kysely<DB>, codes: string[]): Promise<Map<string, string>> {
  const wanted = [...new Set(codes.flatMap(regionPrefixes))];
  const out = new Map<string, string>();
  if (wanted.length === 0) return out;
  const rows = await db.selectFrom('regions').select(['code', 'display_name']).where('code', 'in', wanted).execute();
  const names = new Map(rows.map((r) => [r.code, r.display_name]));
  for (const code of codes) {
    if (!names.has(code)) continue;
    const parts = regionPrefixes(code)
      .map((p) => names.get(p))
      .filter((n): n is string => n !== undefined && !PLACEHOLDER_REGION_NAMES.has(n));
    out.set(code, parts.join(' / '));
  }
  return out;
}

export async function regionPath(db: Kysely<DB>, code: string | null): Promise<string | null> {
  if (code === null) return null;
  return (await regionPaths(db, [code])).get(code) ?? null;
}

export function childrenOf(db: Kysely<DB>, parentCode: string | null) {
  return db
    .selectFrom('regions')
    .select(['code', 'name', 'display_name', 'level'])
    .select((eb) =>
      eb.exists(eb.selectFrom('regions as c').select('c.code').whereRef('c.parent_code', '=', 'regions.code')).as('has_children'),
    )
    .$if(parentCode === null, (q) => q.where('parent_code', 'is', null))
    .$if(parentCode !== null, (q) => q.where('parent_code', '=', parentCode ?? ''))
    .orderBy('code')
    .execute();
}

/**
 * Regions whose name starts with `q` (by index), within a subtree; inside a county or smaller, names that merely
 * contain `q` follow, since a subtree that small is cheap to scan.
 */
export async function searchRegions(db: Kysely<DB>, q: string, within: string | null, limit: number) {
  const prefix = `${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const base = () =>
    db
      .selectFrom('regions')
      .select(['code', 'name', 'display_name', 'level'])
      .$if(within !== null, (qb) => qb.where('code', 'like', `${within}%`).where('code', '<>', within!))
      .orderBy('level')
      .orderBy('code')
      .limit(limit);
  const starts = await base()
    .where('display_name', 'like', prefix)
    .execute();
  if (starts.length >= limit || within === null || within.length < 6) return starts;
  const seen = new Set(starts.map((r) => r.code));
  const contains = await base()
    .where('display_name', 'like', `%${prefix}`)
    .execute();
  return [...starts, ...contains.filter((r) => !seen.has(r.code))].slice(0, limit);
}
