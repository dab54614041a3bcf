// Rows of key areas and their covering pairings as the API returns them, with regions named by their full paths.
import type { Kysely } from 'kysely';
import type { CoverageState } from '../../../common/projects.ts';
import type { DB } from '../../db/types.ts';
import { regionPaths } from '../regions/queries.ts';
import { coveringPairings, type CoverageScope } from './queries.ts';
import type { CoverageArea } from './schemas.ts';

export interface AreaRow {
  id: number;
  kind: string;
  region_code: string;
  state: CoverageState;
  is_counterpart: boolean;
}

/** The page's rows with their pairings, in two more queries whatever the page's size. */
export async function toAreas(db: Kysely<DB>, s: CoverageScope, rows: AreaRow[]): Promise<CoverageArea[]> {
  const pairings = await coveringPairings(
    db,
    s,
    rows.map((r) => r.id),
  );
  const paths = await regionPaths(db, [...rows.map((r) => r.region_code), ...pairings.map((p) => p.place_code)]);
  const named = (code: string) => ({ code, name: paths.get(code) ?? code });
  const byArea = new Map<number, typeof pairings>();
  for (const p of pairings) {
    const list = byArea.get(p.designation_id);
    if (list) list.push(p);
    else byArea.set(p.designation_id, [p]);
  }
  return rows.map((r) => ({
    designationId: r.id,
    kind: r.kind,
    region: named(r.region_code),
    state: r.state,
    isCounterpart: r.is_counterpart,
    pairings: (byArea.get(r.id) ?? []).map((p) => ({
      id: p.id,
      title: p.title,
      organization: { id: p.organization_id, name: p.organization_name },
      isCounterpart: p.is_counterpart,
      place: named(p.place_code),
    })),
  }));
}
