// Figures read from the monthly rollups the ledger's triggers keep current (aid_month_totals, aid_month_givers): for
// the whole country, a province, a city or a county, without an organization filter. A province-year is a few
// thousand rows here against millions of records.
import { sql, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import type { DB } from '../../db/types.ts';
import { childLength, type Dimension } from './dimensions.ts';
import { ROLLUP_SOURCE, sumColumns, type GiverCounts, type Sums } from './figures.ts';
import { firstDay } from './months.ts';
import type { StatisticsScope } from './scope.ts';

const AREA_COLUMN: Record<number, RawBuilder<string>> = {
  2: sql<string>`province_code`,
  4: sql<string>`city_code`,
  6: sql<string>`county_code`,
};

/** The filters on either rollup table (both carry the same dimensions). */
export function rollupWhere(s: StatisticsScope): RawBuilder<SqlBool> {
  const parts = [sql`month >= ${firstDay(s.from)}`, sql`month <= ${firstDay(s.to)}`];
  if (s.area !== null) {
    const column = AREA_COLUMN[s.area.length];
    if (!column) throw new Error(`the rollups hold no region of ${s.area.length} digits`);
    parts.push(sql`${column} = ${s.area}`);
  }
  if (s.programId !== null) parts.push(sql`program_id = ${s.programId}`);
  if (s.keyField !== null) parts.push(sql`key_field_code = ${s.keyField}`);
  if (s.giverForm !== null) parts.push(sql`giver_form = ${s.giverForm}`);
  if (s.organizationId !== null) throw new Error('the rollups hold no organization');
  return sql<SqlBool>`${sql.join(parts, sql` and `)}`;
}

function groupKey(dim: Dimension, area: string | null): RawBuilder<string> {
  switch (dim) {
    case 'none':
      return sql<string>`''`;
    case 'counterpart':
      return sql<string>`counterpart::text`;
    case 'month':
      return sql<string>`to_char(month, 'YYYY-MM')`;
    case 'field':
      return sql<string>`key_field_code`;
    case 'county':
      return sql<string>`county_code`;
    case 'kind':
      return sql<string>`kind`;
    case 'form':
      return sql<string>`giver_form`;
    case 'child': {
      const column = AREA_COLUMN[childLength(area) ?? 0];
      if (!column) throw new Error(`the rollups hold no children of ${area}`);
      return column;
    }
    case 'organization':
      throw new Error('the rollups hold no organization');
  }
}

/** Sums per group of `dim` (one row with key '' for 'none'); groups whose records all net out are left out. */
export async function rollupSums(db: Kysely<DB>, s: StatisticsScope, dim: Dimension): Promise<(Sums & { key: string })[]> {
  const key = groupKey(dim, s.area);
  const query = db
    .selectFrom('aid_month_totals')
    .select(sumColumns(ROLLUP_SOURCE))
    .select(key.as('key'))
    .where(rollupWhere(s));
  if (dim === 'none') return query.execute();
  return query.groupBy(key).having(sql<SqlBool>`sum(records) <> 0`).execute();
}

export const GIVER_COUNTS = [
  sql<number>`count(distinct organization_id)`.as('organizations'),
  sql<number>`count(distinct chain_key) filter (where organization_id is null)`.as('caring_individuals'),
  sql<number>`count(distinct project_id) filter (where project_id <> 0)`.as('projects'),
  sql<number>`count(distinct organization_id) filter (where counterpart)`.as('counterpart_organizations'),
  sql<number>`count(distinct chain_key) filter (where organization_id is null and counterpart)`.as('counterpart_caring_individuals'),
  sql<number>`count(distinct project_id) filter (where project_id <> 0 and counterpart)`.as('counterpart_projects'),
] as const;

export interface GiverCountsRow {
  organizations: number;
  caring_individuals: number;
  projects: number;
  counterpart_organizations: number;
  counterpart_caring_individuals: number;
  counterpart_projects: number;
}

export function splitGiverCounts(r: GiverCountsRow | undefined): { all: GiverCounts; counterpart: GiverCounts } {
  return {
    all: { organizations: r?.organizations ?? 0, caring_individuals: r?.caring_individuals ?? 0, projects: r?.projects ?? 0 },
    counterpart: {
      organizations: r?.counterpart_organizations ?? 0,
      caring_individuals: r?.counterpart_caring_individuals ?? 0,
      projects: r?.counterpart_projects ?? 0,
    },
  };
}

/** Distinct organizations, caring individuals and projects with a record standing in the slice (records > 0). */
export async function rollupGivers(db: Kysely<DB>, s: StatisticsScope): Promise<{ all: GiverCounts; counterpart: GiverCounts }> {
  const row = await db
    .selectFrom('aid_month_givers')
    .select(GIVER_COUNTS)
    .where('records', '>', 0)
    .where(rollupWhere(s))
    .executeTakeFirst();
  return splitGiverCounts(row);
}
