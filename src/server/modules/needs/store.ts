// Writing a need: the columns derived from others (key-area designations of its place, the title's bigrams) are
// computed here, once, for the form, the import and the demo data alike.
import type { Insertable, Kysely, Transaction } from 'kysely';
import { regionPrefixes } from '../../../common/glossary.ts';
import { KEY_AREA_KINDS, type KeyAreaKind } from '../../../common/needs.ts';
import type { DB, NeedsTable, NeedStatus } from '../../db/types.ts';
import { nameBigrams, textArray } from '../organizations/names.ts';
import type { NeedFieldColumns } from './validate.ts';

type Executor = Kysely<DB> | Transaction<DB>;

const KIND_OF_DESIGNATION: Record<string, KeyAreaKind> = {
  key_county_national: 'key_county',
  key_county_municipal: 'key_county',
  deep_poverty_township: 'deep_poverty_township',
  designated_village: 'designated_village',
  national_key_support_county: 'national_key_support_county',
};
const RANK: Record<KeyAreaKind, number> = {
  designated_village: 3,
  deep_poverty_township: 2,
  key_county: 1,
  national_key_support_county: 1,
};

/**
 * The key-area designations (of any active program) of the place and the places above it, and their priority for
 * the ranking: a designated village ranks above a deep-poverty township, which ranks above a key county.
 */
export async function keyAreasOf(db: Executor, regionCode: string): Promise<{ kinds: KeyAreaKind[]; rank: number }> {
  const rows = await db
    .selectFrom('designations')
    .innerJoin('programs', 'programs.id', 'designations.program_id')
    .select('designations.kind')
    .where('designations.region_code', 'in', regionPrefixes(regionCode).filter((c) => c.length >= 6))
    .where('designations.retired_at', 'is', null)
    .where('programs.status', '=', 'active')
    .execute();
  const kinds = new Set(rows.map((r) => KIND_OF_DESIGNATION[r.kind]).filter((k): k is KeyAreaKind => k !== undefined));
  const ordered = KEY_AREA_KINDS.filter((k) => kinds.has(k));
  return { kinds: ordered, rank: Math.max(0, ...ordered.map((k) => RANK[k])) };
}

export interface NewNeed extends NeedFieldColumns {
  region_code: string;
  household_id: number | null;
  status: Extract<NeedStatus, 'draft' | 'published'>;
  created_by: number | null;
}

export async function insertNeed(db: Executor, need: NewNeed): Promise<number> {
  const areas = await keyAreasOf(db, need.region_code);
  const values: Insertable<NeedsTable> = {
    ...need,
    key_population_codes: textArray(need.key_population_codes) as unknown as string[],
    key_area_kinds: textArray(areas.kinds) as unknown as string[],
    key_area_rank: areas.rank,
    title_bigrams: textArray(nameBigrams(need.title)) as unknown as string[],
    published_at: need.status === 'published' ? new Date() : null,
  };
  const row = await db.insertInto('needs').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** The derived columns to write with a changed title (updates). */
export function titleColumns(title: string) {
  return { title, title_bigrams: textArray(nameBigrams(title)) as unknown as string[] };
}
