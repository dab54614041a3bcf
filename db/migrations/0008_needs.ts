// Needs, households and matching (issue 6): households registered by liaisons (ID numbers encrypted, a keyed hash for
// duplicates), needs of counties, townships, villages and households, claims by organizations and caring individuals,
// the claim lapse period departments set, and in-platform notifications.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
create table households (
  id bigint generated always as identity primary key,
  -- The household's village (12 digits).
  region_code text collate "C" not null references regions (code) check (length(region_code) = 12),
  head_name text not null,
  -- AES-256-GCM, "v1:" || base64(iv | tag | ciphertext); the key lives outside the database (platform/sensitive.ts).
  id_number_encrypted text not null,
  -- HMAC-SHA256 of the ID number under a key derived from the same secret: finds duplicates without decrypting.
  id_number_hash text collate "C" not null unique,
  members_count smallint not null check (members_count between 1 and 30),
  category text not null check (category in ('registered_poor', 'lifted_out', 'edge', 'monitored', 'dibao', 'tekun', 'other')),
  -- Codes of key_populations: serious_illness, gaokao_family, stagnant_income, unstable_income, unsafe_housing,
  -- disaster_or_accident.
  situations text[] not null default '{}',
  has_disability boolean not null default false,
  -- Only the count: minors' names are not kept at all.
  minors_count smallint not null default 0 check (minors_count between 0 and 29),
  status text not null default 'active' check (status in ('active', 'archived')),
  created_by bigint references accounts (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index households_region_idx on households (region_code, id);

create table needs (
  id bigint generated always as identity primary key,
  -- County (6), township (9) or village (12); a household need carries its household's village.
  region_code text collate "C" not null references regions (code) check (length(region_code) in (6, 9, 12)),
  county_code text collate "C" generated always as (substr(region_code, 1, 6)) stored,
  household_id bigint references households (id),
  title text not null,
  description text not null,
  key_field_code text collate "C" not null references key_fields (code),
  key_population_codes text[] not null default '{}',
  -- What is needed: money (quantity in fen), materials (quantity of unit of item_name), service (people or
  -- person-times of item_name).
  kind text not null check (kind in ('money', 'materials', 'service')),
  item_name text,
  unit text,
  quantity bigint not null check (quantity > 0),
  -- Money: the quantity; materials and services: the liaison's estimate of their value, when given. The amount range
  -- filter and the ranking read this.
  amount_fen bigint check (amount_fen is null or amount_fen >= 0),
  -- Sum of the quantities of pending and confirmed claims, and of confirmed ones: kept in the claim's transaction
  -- with a guarded update, so concurrent claims never exceed the quantity.
  claimed_quantity bigint not null default 0,
  confirmed_quantity bigint not null default 0,
  deadline date not null,
  status text not null default 'draft' check (status in ('draft', 'published', 'partly_claimed', 'claimed',
    'fulfilled', 'closed', 'expired', 'withdrawn', 'taken_down')),
  -- The designations of its place when last saved: key_county, deep_poverty_township, designated_village,
  -- national_key_support_county; and their priority for the ranking (3 village, 2 township, 1 county, 0 none).
  key_area_kinds text[] not null default '{}',
  key_area_rank smallint not null default 0,
  -- Whom the claimant calls after confirmation (the liaison's work phone or the village office); never public.
  contact_name text not null,
  contact_phone text not null,
  -- Characters of the title two by two, for keyword search on both databases (as organizations' names).
  title_bigrams text[] not null default '{}',
  status_reason text,
  published_at timestamptz,
  created_by bigint references accounts (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint needs_claimed_within check (claimed_quantity between 0 and quantity and confirmed_quantity between 0 and claimed_quantity),
  constraint needs_items_named check (kind = 'money' or (item_name is not null and unit is not null)),
  constraint needs_money_amount check (kind <> 'money' or amount_fen = quantity)
);
-- Open needs (published or partly claimed) are what organizations search: one partial index per sort, and per county
-- and per field for the commonest filters, so a filtered keyset page reads a few dozen index entries.
create index needs_open_deadline_idx on needs (deadline, id) where status in ('published', 'partly_claimed');
create index needs_open_county_deadline_idx on needs (county_code, deadline, id) where status in ('published', 'partly_claimed');
create index needs_open_field_deadline_idx on needs (key_field_code, deadline, id) where status in ('published', 'partly_claimed');
create index needs_open_published_idx on needs (published_at desc, id desc) where status in ('published', 'partly_claimed');
create index needs_open_county_published_idx on needs (county_code, published_at desc, id desc) where status in ('published', 'partly_claimed');
create index needs_open_amount_idx on needs (amount_fen desc, id desc) where status in ('published', 'partly_claimed');
create index needs_status_idx on needs (status, id);
create index needs_region_idx on needs (region_code, id);
create index needs_household_idx on needs (household_id) where household_id is not null;
create index needs_populations_idx on needs using gin (key_population_codes);
create index needs_title_bigrams_idx on needs using gin (title_bigrams);
create index needs_deadline_idx on needs (deadline) where status in ('published', 'partly_claimed', 'claimed');

create table need_files (
  need_id bigint not null references needs (id),
  file_id bigint not null references files (id),
  kind text not null check (kind in ('photo', 'document')),
  created_at timestamptz not null default now(),
  primary key (need_id, file_id)
);

create table claims (
  id bigint generated always as identity primary key,
  need_id bigint not null references needs (id),
  organization_id bigint references organizations (id),
  caring_account_id bigint references accounts (id),
  quantity bigint not null check (quantity > 0),
  -- How and when the claimant will help.
  note text not null,
  planned_date date,
  status text not null default 'pending' check (status in ('pending', 'confirmed', 'withdrawn', 'declined', 'lapsed', 'fulfilled')),
  status_reason text,
  -- Progress resets the lapse clock: the claim itself, its confirmation, a progress note from the claimant.
  last_progress_at timestamptz not null default now(),
  lapse_at timestamptz not null,
  deadline_notified_at timestamptz,
  created_by bigint not null references accounts (id),
  decided_by bigint references accounts (id),
  decided_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint claims_one_claimant check ((organization_id is null) <> (caring_account_id is null))
);
create index claims_need_idx on claims (need_id, id);
create index claims_organization_idx on claims (organization_id, id desc) where organization_id is not null;
create index claims_caring_idx on claims (caring_account_id, id desc) where caring_account_id is not null;
create index claims_lapse_idx on claims (lapse_at) where status in ('pending', 'confirmed');
-- An organization holds at most one live claim on a need (it adds to it by withdrawing and claiming again);
-- a household need has one caring helper at a time.
create unique index claims_one_live_per_organization_idx on claims (need_id, organization_id)
  where organization_id is not null and status in ('pending', 'confirmed');
create unique index claims_one_live_caring_idx on claims (need_id)
  where caring_account_id is not null and status in ('pending', 'confirmed');

create table claim_events (
  id bigint generated always as identity primary key,
  claim_id bigint not null references claims (id),
  action text not null check (action in ('claimed', 'progress', 'confirmed', 'declined', 'withdrawn', 'lapsed', 'fulfilled')),
  note text,
  actor_account_id bigint references accounts (id),
  created_at timestamptz not null default now()
);
create index claim_events_claim_idx on claim_events (claim_id, id);

-- Days without progress after which a claim lapses, set by a department for its region (the most specific applies).
create table claim_settings (
  region_code text collate "C" primary key references regions (code),
  lapse_days integer not null check (lapse_days between 3 and 365),
  updated_by bigint references accounts (id),
  updated_at timestamptz not null default now()
);

create table notifications (
  id bigint generated always as identity primary key,
  account_id bigint not null references accounts (id),
  kind text not null,
  title text not null,
  body text not null,
  -- A path inside the web app, e.g. /claims/12.
  link text,
  entity_type text,
  entity_id text,
  created_at timestamptz not null default now(),
  read_at timestamptz
);
create index notifications_account_idx on notifications (account_id, id desc);
create index notifications_unread_idx on notifications (account_id) where read_at is null;
`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only');
}
