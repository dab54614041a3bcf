// Programs (帮扶计划: a campaign with its years and publishing department) and the key areas they designate
// (key counties, deep-poverty townships, designated villages, national key support counties), with their contacts.
// Designations are retired (retired_at), never deleted: later records (needs, projects) refer to them.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
create table programs (
  id bigint generated always as identity primary key,
  slug text collate "C" not null unique check (slug ~ '^[a-z0-9-]{3,60}$'),
  name text not null,
  kind text not null check (kind in ('poverty_alleviation', 'rural_revitalization')),
  region_code text collate "C" not null references regions (code),
  department_name text not null,
  start_year integer not null,
  end_year integer,
  description text,
  status text not null default 'active' check (status in ('active', 'retired')),
  created_by bigint references accounts (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint programs_years check (end_year is null or end_year >= start_year)
);
create index programs_region_idx on programs (region_code, id);

create table designations (
  id bigint generated always as identity primary key,
  program_id bigint not null references programs (id),
  region_code text collate "C" not null references regions (code),
  kind text not null check (kind in ('key_county_national', 'key_county_municipal', 'deep_poverty_township',
    'designated_village', 'national_key_support_county')),
  note text,
  retired_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (program_id, region_code, kind)
);
create index designations_program_idx on designations (program_id, id);
create index designations_region_idx on designations (region_code);

create table designation_contacts (
  id bigint generated always as identity primary key,
  designation_id bigint not null references designations (id),
  kind text not null check (kind in ('office', 'person')),
  name text,
  post text,
  office_phone text,
  mobile text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index designation_contacts_designation_idx on designation_contacts (designation_id, id);
`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only');
}
