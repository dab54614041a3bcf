// Organizations' whole life (issue 5): self-registration, review by the registration authority's department, changes
// of key data reviewed again with history, fields of work, service regions, what they offer, the public directory;
// files (logos now, documents later) kept by content hash; caring individuals' profiles.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
create table files (
  id bigint generated always as identity primary key,
  sha256 text collate "C" not null,
  mime text not null,
  size_bytes integer not null check (size_bytes > 0),
  original_name text not null,
  created_by bigint references accounts (id),
  created_at timestamptz not null default now()
);
create index files_sha256_idx on files (sha256);

alter table organizations alter column registration_region_code drop not null;
alter table organizations alter column status set default 'pending';
alter table organizations
  add column registration_level text not null default 'provincial'
    check (registration_level in ('national', 'provincial', 'municipal', 'county')),
  add column is_industry_association boolean not null default false,
  add column is_charity boolean not null default false,
  add column has_public_fundraising boolean not null default false,
  add column supervising_unit text,
  add column grade text check (grade in ('5A', '4A', '3A', '2A', '1A')),
  add column grade_year integer check (grade_year between 1990 and 2100),
  add column offers jsonb not null default '[]',
  add column contact_name text,
  add column contact_phone text,
  add column contact_email text,
  add column homepage text,
  add column description text,
  add column logo_file_id bigint references files (id),
  add column source text not null default 'registration' check (source in ('registration', 'registry_import')),
  -- Characters of the name taken two by two: a GIN index over them finds a name by any part of it in both databases
  -- (pg_trgm ignores Chinese characters under the C locale PGlite runs with).
  add column name_bigrams text[] not null default '{}',
  -- The name without spaces, brackets and the 演示 marks: near-identical names in one region are shown to reviewers.
  add column name_key text not null default '',
  add column submitted_at timestamptz,
  add column reviewed_at timestamptz,
  add column reviewed_by bigint references accounts (id),
  add column return_reason text;
alter table organizations add constraint organizations_status_check check (status in ('pending', 'returned', 'approved'));
alter table organizations add constraint organizations_registration_authority_check check (
  (registration_level = 'national' and registration_region_code is null)
  or (registration_level = 'provincial' and length(registration_region_code) = 2)
  or (registration_level = 'municipal' and length(registration_region_code) = 4)
  or (registration_level = 'county' and length(registration_region_code) = 6));
alter table organizations add constraint organizations_fundraising_check check (not has_public_fundraising or is_charity);
create index organizations_status_idx on organizations (status, id);
create index organizations_name_bigrams_idx on organizations using gin (name_bigrams);
create index organizations_name_key_idx on organizations (name_key);
create index organizations_grade_idx on organizations (grade, id);

create table organization_fields (
  organization_id bigint not null references organizations (id),
  key_field_code text collate "C" not null references key_fields (code),
  primary key (organization_id, key_field_code)
);
create index organization_fields_field_idx on organization_fields (key_field_code, organization_id);

create table organization_service_regions (
  organization_id bigint not null references organizations (id),
  region_code text collate "C" not null references regions (code),
  primary key (organization_id, region_code)
);
create index organization_service_regions_region_idx on organization_service_regions (region_code, organization_id);

-- Every step of an organization's review, with the data as it was when submitted or decided.
create table organization_reviews (
  id bigint generated always as identity primary key,
  organization_id bigint not null references organizations (id),
  action text not null check (action in ('submit', 'resubmit', 'approve', 'return', 'change_submit', 'change_approve',
    'change_return', 'import')),
  reason text,
  snapshot jsonb,
  actor_account_id bigint references accounts (id),
  created_at timestamptz not null default now()
);
create index organization_reviews_org_idx on organization_reviews (organization_id, id);

-- A change of key data (name, credit code, form) of an approved organization, applied only once approved.
create table organization_changes (
  id bigint generated always as identity primary key,
  organization_id bigint not null references organizations (id),
  proposed jsonb not null,
  status text not null default 'pending' check (status in ('pending', 'approved', 'returned', 'withdrawn')),
  reason text,
  created_by bigint references accounts (id),
  created_at timestamptz not null default now(),
  reviewed_by bigint references accounts (id),
  reviewed_at timestamptz
);
create unique index organization_changes_one_pending_idx on organization_changes (organization_id) where status = 'pending';

create table caring_individuals (
  account_id bigint primary key references accounts (id),
  real_name text not null,
  mobile text collate "C" not null unique,
  region_code text collate "C" not null references regions (code),
  real_name_status text not null default 'unverified' check (real_name_status in ('unverified', 'verified', 'failed')),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index caring_individuals_region_idx on caring_individuals (region_code, account_id);

create table caring_individual_fields (
  account_id bigint not null references caring_individuals (account_id),
  key_field_code text collate "C" not null references key_fields (code),
  primary key (account_id, key_field_code)
);

alter table invitations drop constraint invitations_role_check;
alter table invitations add constraint invitations_role_check
  check (role in ('platform_admin', 'department_official', 'liaison', 'organization_member'));
alter table invitations add column organization_id bigint references organizations (id);
`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only');
}
