// The names breakdown rows are shown with: key fields' and regions' names from their tables, kinds and forms from the
// ledger's labels, organizations by name. One query per breakdown, whatever the number of rows.
import type { Kysely } from 'kysely';
import { AID_KIND_LABELS, GIVER_FORM_LABELS, type AidKind, type GiverForm } from '../../../common/ledger.ts';
import type { DB } from '../../db/types.ts';
import type { BreakdownQuery } from './schemas.ts';

type By = BreakdownQuery['by'];

async function namesFrom(db: Kysely<DB>, by: By, keys: string[]): Promise<Map<string, string>> {
  if (keys.length === 0) return new Map();
  switch (by) {
    case 'field': {
      const rows = await db.selectFrom('key_fields').select(['code', 'name_zh']).where('code', 'in', keys).execute();
      return new Map(rows.map((r) => [r.code, r.name_zh]));
    }
    case 'county':
    case 'child': {
      const rows = await db.selectFrom('regions').select(['code', 'display_name']).where('code', 'in', keys).execute();
      return new Map(rows.map((r) => [r.code, r.display_name]));
    }
    case 'organization': {
      const ids = keys.map(Number).filter(Number.isSafeInteger);
      const rows = await db.selectFrom('organizations').select(['id', 'name']).where('id', 'in', ids).execute();
      return new Map(rows.map((r) => [String(r.id), r.name]));
    }
    case 'kind':
      return new Map(keys.map((k) => [k, AID_KIND_LABELS[k as AidKind]?.zh ?? k]));
    case 'form':
      return new Map(keys.map((k) => [k, GIVER_FORM_LABELS[k as GiverForm]?.zh ?? k]));
  }
}

/** Labels of the keys; for `child`, the area's own code is its records placed at the area itself (本级). */
export async function labelsOf(db: Kysely<DB>, by: By, keys: string[], area: string | null): Promise<Map<string, string>> {
  const names = await namesFrom(db, by, keys);
  if (by === 'child' && area !== null && names.has(area)) names.set(area, `${names.get(area)}（本级）`);
  return names;
}
