// What organizations, caring individuals and claimants see of households: the one place the masking rule lives.
// Nothing here decrypts: the masked view needs no ID number, so reading it is not a sensitive read.
import type { Kysely } from 'kysely';
import { maskPersonName } from '../../../common/id-number.ts';
import type { DB } from '../../db/types.ts';
import { regionPaths } from '../regions/queries.ts';
import type { MaskedHousehold } from './schemas.ts';

/** Masked views of the given households, by id (unknown ids are absent). */
export async function maskedHouseholds(db: Kysely<DB>, ids: readonly number[]): Promise<Map<number, MaskedHousehold>> {
  const out = new Map<number, MaskedHousehold>();
  if (ids.length === 0) return out;
  const rows = await db
    .selectFrom('households')
    .select(['id', 'region_code', 'head_name', 'category', 'situations', 'members_count'])
    .where('id', 'in', [...new Set(ids)])
    .execute();
  const paths = await regionPaths(db, rows.map((r) => r.region_code));
  for (const r of rows) {
    out.set(r.id, {
      id: r.id,
      maskedName: maskPersonName(r.head_name),
      village: { code: r.region_code, name: paths.get(r.region_code) ?? r.region_code },
      category: r.category,
      situations: r.situations,
      membersCount: r.members_count,
    });
  }
  return out;
}

export async function maskedHousehold(db: Kysely<DB>, id: number | null): Promise<MaskedHousehold | null> {
  if (id === null) return null;
  return (await maskedHouseholds(db, [id])).get(id) ?? null;
}
