// Pairings, projects and landing (issue 7): pairing agreements of organizations (alone or as a group with a lead) with
// counties, townships and villages; projects with places, budget lines by source and a life from planned to closed;
// the landing grace period departments set (checklist management); organizations' annual work plans; matching fairs
// and rural tours with sign-ups. Every change of state leaves an event row beside the audit row.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
-- When true, a project under the program must be placed inside the organization's service regions or the places of
-- its confirmed pairings, and a pairing inside its service regions (seed 003: organizations help where they serve).
alter table programs add column restrict_places boolean not null default false;

create table fairs (
  id bigint generated always as identity primary key,
  kind text not null check (kind in ('matching_fair', 'rural_tour')),
  name text not null,
  year smallint not null check (year between 2000 and 2100),
  theme text,
  description text,
  -- The organizing department's region: officials whose scope holds it manage the fair.
  region_code text collate "C" not null references regions (code),
  -- The program whose key areas the fair serves, when there is one.
  program_id bigint references programs (id),
  start_date date not null,
  end_date date not null,
  signup_deadline date,
  -- open: sign-ups accepted; closed: the event is over (its dashboard keeps counting); cancelled.
  status text not null default 'open' check (status in ('open', 'closed', 'cancelled')),
  status_reason text,
  created_by bigint references accounts (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint fairs_dates check (end_date >= start_date),
  constraint fairs_signup_deadline check (signup_deadline is null or signup_deadline <= end_date)
);
create index fairs_region_idx on fairs (region_code, id desc);
create index fairs_year_idx on fairs (year desc, id desc);

-- The regions a fair is about (counties, townships or villages): their needs and key areas are shown to sign-ups.
create table fair_regions (
  fair_id bigint not null references fairs (id),
  region_code text collate "C" not null references regions (code) check (length(region_code) in (2, 4, 6, 9, 12)),
  primary key (fair_id, region_code)
);
create index fair_regions_region_idx on fair_regions (region_code, fair_id);

create table fair_signups (
  fair_id bigint not null references fairs (id),
  organization_id bigint not null references organizations (id),
  status text not null default 'signed_up' check (status in ('signed_up', 'withdrawn')),
  -- What the organization brings or looks for (fields, money, people), in its own words.
  note text,
  created_by bigint references accounts (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (fair_id, organization_id)
);
create index fair_signups_organization_idx on fair_signups (organization_id, fair_id desc);

create table pairings (
  id bigint generated always as identity primary key,
  program_id bigint not null references programs (id),
  -- The lead organization; other organizations of a group are pairing_members.
  organization_id bigint not null references organizations (id),
  fair_id bigint references fairs (id),
  title text not null,
  start_date date not null,
  end_date date not null,
  -- Commitments: key fields, funds (fen) and people over the whole period, and what they promise in words.
  field_codes text[] not null default '{}',
  amount_fen bigint not null default 0 check (amount_fen >= 0),
  people integer not null default 0 check (people >= 0),
  commitments text not null,
  agreement_file_id bigint references files (id),
  -- Counterpart (east-west) support: the lead is registered in another province than the pairing's places.
  is_counterpart boolean not null default false,
  status text not null default 'pending' check (status in ('pending', 'confirmed', 'returned', 'withdrawn', 'ended')),
  status_reason text,
  ended_by_side text check (ended_by_side in ('organization', 'department')),
  confirmed_by bigint references accounts (id),
  confirmed_at timestamptz,
  ended_at timestamptz,
  created_by bigint references accounts (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint pairings_dates check (end_date >= start_date)
);
create index pairings_organization_idx on pairings (organization_id, id desc);
create index pairings_program_status_idx on pairings (program_id, status, id);
create index pairings_status_idx on pairings (status, id desc);
create index pairings_fair_idx on pairings (fair_id, id) where fair_id is not null;

create table pairing_places (
  pairing_id bigint not null references pairings (id),
  region_code text collate "C" not null references regions (code) check (length(region_code) in (6, 9, 12)),
  county_code text collate "C" generated always as (substr(region_code, 1, 6)) stored,
  primary key (pairing_id, region_code)
);
create index pairing_places_region_idx on pairing_places (region_code, pairing_id);
create index pairing_places_county_idx on pairing_places (county_code, pairing_id);

create table pairing_members (
  pairing_id bigint not null references pairings (id),
  organization_id bigint not null references organizations (id),
  primary key (pairing_id, organization_id)
);
create index pairing_members_organization_idx on pairing_members (organization_id, pairing_id desc);

create table pairing_events (
  id bigint generated always as identity primary key,
  pairing_id bigint not null references pairings (id),
  action text not null check (action in ('submitted', 'edited', 'resubmitted', 'confirmed', 'returned', 'withdrawn', 'ended')),
  note text,
  actor_account_id bigint references accounts (id),
  created_at timestamptz not null default now()
);
create index pairing_events_pairing_idx on pairing_events (pairing_id, id);

create table projects (
  id bigint generated always as identity primary key,
  organization_id bigint not null references organizations (id),
  name text not null,
  summary text not null,
  field_codes text[] not null,
  -- Where it came from, when it came from somewhere: a program, a pairing, a confirmed claim, a fair.
  program_id bigint references programs (id),
  pairing_id bigint references pairings (id),
  claim_id bigint references claims (id),
  fair_id bigint references fairs (id),
  target_persons integer not null default 0 check (target_persons >= 0),
  target_households integer not null default 0 check (target_households >= 0),
  key_population_codes text[] not null default '{}',
  -- The sum of project_budget_lines, kept in the same transaction.
  budget_fen bigint not null default 0 check (budget_fen >= 0),
  planned_start date not null,
  planned_end date not null,
  -- The organization's people responsible: [{name, post, phone}].
  responsible jsonb not null default '[]',
  -- Naming (冠名) agreed with the area, shown when the area signs.
  naming text,
  status text not null default 'planned' check (status in ('planned', 'signing', 'signed', 'landed', 'in_progress',
    'completed', 'closed', 'cancelled')),
  status_reason text,
  signed_with text,
  signed_on date,
  -- planned_start + the landing grace period of the project's region (most specific setting), kept when the project is
  -- signed and when a department changes its grace period; signed and not landed after it = overdue.
  landing_due date,
  landed_on date,
  completed_on date,
  overdue_notified_at timestamptz,
  created_by bigint references accounts (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint projects_dates check (planned_end >= planned_start)
);
create index projects_organization_idx on projects (organization_id, id desc);
create index projects_status_idx on projects (status, id desc);
create index projects_landing_due_idx on projects (landing_due, id) where status = 'signed';
create index projects_fair_idx on projects (fair_id, id) where fair_id is not null;
create index projects_pairing_idx on projects (pairing_id) where pairing_id is not null;
create index projects_claim_idx on projects (claim_id) where claim_id is not null;
create index projects_planned_start_idx on projects (planned_start, id);

create table project_places (
  project_id bigint not null references projects (id),
  region_code text collate "C" not null references regions (code) check (length(region_code) in (6, 9, 12)),
  county_code text collate "C" generated always as (substr(region_code, 1, 6)) stored,
  primary key (project_id, region_code)
);
create index project_places_region_idx on project_places (region_code, project_id);
create index project_places_county_idx on project_places (county_code, project_id);

create table project_budget_lines (
  project_id bigint not null references projects (id),
  source text not null check (source in ('own_funds', 'member_enterprises', 'public_fundraising', 'special_fund',
    'charitable_trust', 'counterpart_aid', 'government_purchase')),
  amount_fen bigint not null check (amount_fen > 0),
  primary key (project_id, source)
);

create table project_files (
  project_id bigint not null references projects (id),
  file_id bigint not null references files (id),
  -- agreement: the signed agreement; evidence: proof of landing or progress; completion: the completion report.
  kind text not null check (kind in ('agreement', 'evidence', 'completion')),
  created_by bigint references accounts (id),
  created_at timestamptz not null default now(),
  primary key (project_id, file_id)
);

create table project_events (
  id bigint generated always as identity primary key,
  project_id bigint not null references projects (id),
  action text not null check (action in ('created', 'edited', 'signing_requested', 'signing_returned', 'signed', 'landed',
    'progress', 'completed', 'closed', 'cancelled', 'follow_up', 'overdue')),
  from_status text,
  to_status text,
  note text,
  actor_account_id bigint references accounts (id),
  created_at timestamptz not null default now()
);
create index project_events_project_idx on project_events (project_id, id);

-- Days after a signed project's planned start before it counts as overdue, set by a department for its region.
create table landing_settings (
  region_code text collate "C" primary key references regions (code),
  grace_days integer not null check (grace_days between 0 and 365),
  updated_by bigint references accounts (id),
  updated_at timestamptz not null default now()
);

-- An organization's annual work plan (seed 001 article 5(7)): the year's people, money and materials; its projects
-- and pairings are the ones planned for that year.
create table work_plans (
  id bigint generated always as identity primary key,
  organization_id bigint not null references organizations (id),
  year smallint not null check (year between 2000 and 2100),
  summary text not null,
  people integer not null default 0 check (people >= 0),
  amount_fen bigint not null default 0 check (amount_fen >= 0),
  materials text,
  status text not null default 'draft' check (status in ('draft', 'submitted')),
  submitted_at timestamptz,
  created_by bigint references accounts (id),
  updated_by bigint references accounts (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (organization_id, year)
);
create index work_plans_year_idx on work_plans (year, status, id);
`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only');
}
