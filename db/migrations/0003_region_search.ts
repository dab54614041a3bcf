// Region search by name: a pattern index on the display name, so a prefix search over 665k regions uses an index.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index regions_display_name_idx on regions (display_name text_pattern_ops, level, code)`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only');
}
