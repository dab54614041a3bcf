// Key-area imports: a spreadsheet read and resolved into entries, kept pending until the official has decided every
// entry that is not an exact match, then saved as designations in one transaction (or discarded). The entries stay as
// the record of what was imported and how each name was resolved.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
create table key_area_imports (
  id bigint generated always as identity primary key,
  program_id bigint not null references programs (id),
  kind text not null check (kind in ('county', 'township', 'village')),
  county_kind text not null check (county_kind in ('key_county_national', 'key_county_municipal',
    'national_key_support_county')),
  file_name text not null,
  file_sha256 text not null,
  status text not null default 'pending' check (status in ('pending', 'saved', 'discarded')),
  entries jsonb not null,
  summary jsonb not null,
  decisions jsonb,
  result jsonb,
  created_by bigint references accounts (id),
  created_at timestamptz not null default now(),
  finished_at timestamptz
);
create index key_area_imports_program_idx on key_area_imports (program_id, id);

create index designations_program_region_idx on designations (program_id, region_code);
`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only');
}
