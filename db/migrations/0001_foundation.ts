// Foundation: the region tree, accounts and their scope, sessions, login throttling, the audit log, jobs.
// Code columns use the "C" collation so `code like '500101%'` uses the btree index on PGlite and PostgreSQL alike.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
create table regions (
  code text collate "C" primary key check (code ~ '^[0-9]+$' and length(code) in (2, 4, 6, 9, 12)),
  name text not null,
  display_name text not null,
  level smallint not null check (level between 1 and 5),
  parent_code text collate "C"
);
create index regions_parent_code_idx on regions (parent_code, code);

create table organizations (
  id bigint generated always as identity primary key,
  name text not null,
  credit_code text collate "C" not null unique,
  form text not null check (form in ('association', 'foundation', 'service_agency')),
  registration_region_code text collate "C" not null references regions (code),
  status text not null default 'approved',
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index organizations_registration_region_idx on organizations (registration_region_code, id);

create table accounts (
  id bigint generated always as identity primary key,
  username text not null,
  username_key text collate "C" not null unique,
  display_name text not null,
  role text not null check (role in ('platform_admin', 'department_official', 'liaison',
    'organization_admin', 'organization_member', 'caring_individual')),
  department_kind text check (department_kind in ('civil_affairs', 'rural_revitalization')),
  scope_region_code text collate "C" references regions (code),
  organization_id bigint references organizations (id),
  status text not null default 'active' check (status in ('active', 'disabled')),
  password_hash text not null,
  must_change_password boolean not null default false,
  created_by bigint references accounts (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  password_changed_at timestamptz not null default now(),
  last_login_at timestamptz,
  -- The access model in the schema: whatever the application does, a row cannot hold a scope its role does not allow.
  constraint accounts_scope_matches_role check (
    (role = 'platform_admin' and organization_id is null and department_kind is null
      and (scope_region_code is null or length(scope_region_code) = 2))
    or (role = 'department_official' and organization_id is null and department_kind is not null
      and length(scope_region_code) in (2, 4, 6))
    or (role = 'liaison' and organization_id is null and department_kind is null
      and length(scope_region_code) in (9, 12))
    or (role in ('organization_admin', 'organization_member') and organization_id is not null
      and scope_region_code is null and department_kind is null)
    or (role = 'caring_individual' and organization_id is null and scope_region_code is null
      and department_kind is null)
  )
);
create index accounts_scope_region_idx on accounts (scope_region_code, id);
create index accounts_organization_idx on accounts (organization_id, id);
create index accounts_role_idx on accounts (role, id);

create table invitations (
  id bigint generated always as identity primary key,
  token_hash text collate "C" not null unique,
  role text not null check (role in ('platform_admin', 'department_official', 'liaison')),
  department_kind text check (department_kind in ('civil_affairs', 'rural_revitalization')),
  scope_region_code text collate "C" references regions (code),
  display_name text not null,
  invited_by bigint not null references accounts (id),
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  accepted_at timestamptz,
  revoked_at timestamptz,
  account_id bigint references accounts (id)
);
create index invitations_scope_region_idx on invitations (scope_region_code, id);
create index invitations_invited_by_idx on invitations (invited_by, id);

create table sessions (
  id bigint generated always as identity primary key,
  token_hash text collate "C" not null unique,
  csrf_token text not null,
  account_id bigint not null references accounts (id),
  created_at timestamptz not null default now(),
  last_seen_at timestamptz not null default now(),
  expires_at timestamptz not null,
  revoked_at timestamptz,
  ip text,
  user_agent text
);
create index sessions_account_idx on sessions (account_id, id);

create table login_attempts (
  id bigint generated always as identity primary key,
  username_key text collate "C" not null,
  ip text not null,
  attempted_at timestamptz not null default now(),
  succeeded boolean not null
);
create index login_attempts_username_idx on login_attempts (username_key, attempted_at);
create index login_attempts_ip_idx on login_attempts (ip, attempted_at);

create table audit_log (
  id bigint generated always as identity primary key,
  occurred_at timestamptz not null default now(),
  actor_account_id bigint references accounts (id),
  actor_role text,
  actor_ip text,
  request_id text,
  action text not null,
  entity_type text not null,
  entity_id text,
  region_code text collate "C",
  organization_id bigint,
  changes jsonb,
  detail jsonb
);
create index audit_log_occurred_idx on audit_log (occurred_at desc, id desc);
create index audit_log_actor_idx on audit_log (actor_account_id, id desc);
create index audit_log_entity_idx on audit_log (entity_type, entity_id, id desc);
create index audit_log_region_idx on audit_log (region_code, id desc);

-- Append-only for the application: corrections are new rows, never edits.
create function audit_log_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'audit_log is append-only' using errcode = 'P0001';
end $$;
create trigger audit_log_no_update before update or delete on audit_log
  for each row execute function audit_log_append_only();
create trigger audit_log_no_truncate before truncate on audit_log
  for each statement execute function audit_log_append_only();

create table jobs (
  id uuid primary key default gen_random_uuid(),
  kind text not null,
  status text not null default 'queued' check (status in ('queued', 'running', 'succeeded', 'failed')),
  progress integer not null default 0,
  total integer,
  message text,
  payload jsonb not null default '{}',
  result jsonb,
  error jsonb,
  attempts integer not null default 0,
  max_attempts integer not null default 3,
  created_by bigint references accounts (id),
  region_code text collate "C",
  organization_id bigint,
  created_at timestamptz not null default now(),
  run_after timestamptz not null default now(),
  started_at timestamptz,
  heartbeat_at timestamptz,
  finished_at timestamptz
);
create index jobs_queue_idx on jobs (status, run_after);
create index jobs_created_by_idx on jobs (created_by, created_at desc, id);
`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only');
}
