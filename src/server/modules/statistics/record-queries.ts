// Figures read from the records themselves, for what the rollups do not hold: a township or a village, an
// organization, a grouping by organization or by township. The definitions are the rollups' (figures.ts), and the
// distinct givers are counted over the same groups the rollup of givers keeps, so both paths give the same numbers.
import { sql, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import type { DB } from '../../db/types.ts';
import { childLength, type Dimension } from './dimensions.ts';
import { RECORD_SOURCE, sumColumns, type GiverCounts, type Sums } from './figures.ts';
import { dayAfter, firstDay } from './months.ts';
import { GIVER_COUNTS, splitGiverCounts } from './rollup-queries.ts';
import type { StatisticsScope } from './scope.ts';

/** The filters on aid_records; the days of the months, so the date indexes serve. */
export function recordWhere(s: StatisticsScope): RawBuilder<SqlBool> {
  const parts = [sql`occurred_on >= ${firstDay(s.from)}`, sql`occurred_on < ${dayAfter(s.to)}`];
  if (s.area !== null) {
    parts.push(s.area.length === 6 ? sql`county_code = ${s.area}` : sql`region_code like ${`${s.area}%`}`);
  }
  if (s.programId !== null) parts.push(sql`program_id = ${s.programId}`);
  if (s.keyField !== null) parts.push(sql`key_field_code = ${s.keyField}`);
  if (s.giverForm !== null) parts.push(sql`giver_form = ${s.giverForm}`);
  if (s.organizationId !== null) parts.push(sql`organization_id = ${s.organizationId}`);
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
    case 'organization':
      return sql<string>`organization_id::text`;
    case 'child': {
      // A record placed at the area itself (a county-wide purchase) keeps the area's code: its own group.
      const n = childLength(area);
      return n === undefined ? sql<string>`region_code` : sql<string>`substr(region_code, 1, ${sql.lit(n)})`;
    }
  }
}

function fromRecords(db: Kysely<DB>) {
  return db.selectFrom('aid_records').leftJoin('aid_record_states as s', 's.record_id', 'aid_records.id');
}

/** Sums per group of `dim` (one row with key '' for 'none'); groups whose records all net out are left out. */
export async function recordSums(db: Kysely<DB>, s: StatisticsScope, dim: Dimension): Promise<(Sums & { key: string })[]> {
  const key = groupKey(dim, s.area);
  const query = fromRecords(db)
    .select(sumColumns(RECORD_SOURCE))
    .select(key.as('key'))
    .where(recordWhere(s))
    .$if(dim === 'organization', (q) => q.where('organization_id', 'is not', null));
  if (dim === 'none') return query.execute();
  return query.groupBy(key).having(sql<SqlBool>`sum(${RECORD_SOURCE.net}) <> 0`).execute();
}

/**
 * Distinct givers and projects, counted as the rollup of givers counts them: over (county, month, giver, project,
 * program, field, form, kind, counterpart) groups whose records do not all net out.
 */
export async function recordGivers(db: Kysely<DB>, s: StatisticsScope): Promise<{ all: GiverCounts; counterpart: GiverCounts }> {
  const groups = db
    .selectFrom('aid_records')
    .select([
      'chain_key',
      sql<number | null>`min(organization_id)`.as('organization_id'),
      sql<number>`coalesce(project_id, 0)`.as('project_id'),
      'counterpart',
    ])
    .where(recordWhere(s))
    .groupBy([
      'county_code',
      'month',
      'chain_key',
      sql`coalesce(project_id, 0)`,
      sql`coalesce(program_id, 0)`,
      'key_field_code',
      'giver_form',
      'kind',
      'counterpart',
    ])
    .having(sql<SqlBool>`sum(${RECORD_SOURCE.net}) > 0`);
  const row = await db.selectFrom(groups.as('g')).select(GIVER_COUNTS).executeTakeFirst();
  return splitGiverCounts(row);
}
