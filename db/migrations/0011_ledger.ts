// The ledger (issue 8): every act of help is one aid record, written once. A correction is a reversing record
// (negated figures, same dimensions) plus a new one; UPDATE and DELETE are refused by a trigger. Each giver's records
// form a hash chain (aid_chains holds its head) so `ledger verify` finds rows altered or removed behind the
// application's back. Receipt confirmation lives beside the records (aid_receipts, append-only history, and
// aid_record_states, the current state). Statistics read two monthly rollups kept current by triggers in the same
// transaction as the records and states they sum, so figures are exact and fresh without a nightly rebuild.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
-- One row per giver: an organization ('org:<id>') or a caring individual ('caring:<account id>'). The head of the
-- chain is locked (FOR UPDATE) while records are appended, so sequence numbers and hashes never fork.
create table aid_chains (
  chain_key text collate "C" primary key,
  organization_id bigint references organizations (id),
  caring_account_id bigint references accounts (id),
  last_seq integer not null default 0,
  last_hash text not null,
  updated_at timestamptz not null default now(),
  constraint aid_chains_one_giver check ((organization_id is null) <> (caring_account_id is null))
);

create table aid_records (
  id bigint generated always as identity primary key,
  chain_key text collate "C" not null references aid_chains (chain_key),
  seq integer not null,
  organization_id bigint references organizations (id),
  caring_account_id bigint references accounts (id),
  -- The giver's organization form when the record was written ('individual' for caring individuals): statistics by
  -- form must not move when an organization later changes its form.
  giver_form text not null check (giver_form in ('association', 'foundation', 'service_agency', 'individual')),
  -- East-west cooperation / counterpart support: the giver's registration province differs from the place's.
  counterpart boolean not null default false,
  -- The place helped: a county, township or village.
  region_code text collate "C" not null references regions (code) check (length(region_code) >= 6),
  province_code text collate "C" generated always as (substr(region_code, 1, 2)) stored,
  city_code text collate "C" generated always as (substr(region_code, 1, 4)) stored,
  county_code text collate "C" generated always as (substr(region_code, 1, 6)) stored,
  household_id bigint references households (id),
  need_id bigint references needs (id),
  pairing_id bigint references pairings (id),
  project_id bigint references projects (id),
  program_id bigint references programs (id),
  occurred_on date not null,
  -- For help given over a period (a training course, a season of purchases): its last day.
  period_end date,
  month date generated always as ((date_trunc('month', occurred_on::timestamp))::date) stored,
  kind text not null check (kind in ('activity', 'funds', 'materials', 'purchase', 'service', 'employment')),
  activity_type text,
  key_field_code text not null references key_fields (code),
  -- Funds donated, materials' valuation, purchase amount, or the cost of an activity or service; fen.
  amount_fen bigint not null default 0,
  -- Materials: the sum of the items' quantities (pieces, sets...), for "捐赠物资 N 件/套".
  material_quantity bigint not null default 0,
  purchase_channel text check (purchase_channel in ('online', 'market', 'paired_sale', 'tourism', 'fair', 'labour')),
  staff_count integer not null default 0,
  volunteer_count integer not null default 0,
  enterprise_count integer not null default 0,
  beneficiary_count integer not null default 0,
  beneficiary_households integer not null default 0,
  funding_source text,
  summary text not null,
  description text,
  -- The giver's own reference (receipt number, donation id): the same one twice is refused.
  external_ref text,
  -- A reversal names the record it cancels and carries its figures negated; only one reversal per record.
  reverses_id bigint unique references aid_records (id),
  -- A correction's new record names the record it stands in for.
  replaces_id bigint references aid_records (id),
  reason text,
  -- A reversal keeps the confirmation bucket of the record it cancels, so confirmed and unconfirmed sums both net out.
  reversed_confirmation text check (reversed_confirmation in ('unconfirmed', 'confirmed', 'disputed')),
  -- Same giver, place, kind, field, amount and date as a record written within a day before: kept but flagged.
  suspected_duplicate_of bigint references aid_records (id),
  import_job_id uuid references jobs (id),
  content_hash text not null,
  prev_hash text not null,
  hash text not null,
  created_by bigint references accounts (id),
  created_at timestamptz not null default now(),
  constraint aid_records_one_giver check ((organization_id is null) <> (caring_account_id is null)),
  constraint aid_records_chain_seq unique (chain_key, seq),
  constraint aid_records_period check (period_end is null or period_end >= occurred_on),
  constraint aid_records_reversal check (
    (reverses_id is null and reversed_confirmation is null and amount_fen >= 0 and material_quantity >= 0
      and staff_count >= 0 and volunteer_count >= 0 and enterprise_count >= 0 and beneficiary_count >= 0
      and beneficiary_households >= 0)
    or (reverses_id is not null and reversed_confirmation is not null and reason is not null and amount_fen <= 0
      and material_quantity <= 0 and staff_count <= 0 and volunteer_count <= 0 and enterprise_count <= 0
      and beneficiary_count <= 0 and beneficiary_households <= 0))
);
create index aid_records_province_idx on aid_records (province_code, occurred_on desc, id desc);
create index aid_records_city_idx on aid_records (city_code, occurred_on desc, id desc);
create index aid_records_county_idx on aid_records (county_code, occurred_on desc, id desc);
create index aid_records_region_idx on aid_records (region_code, occurred_on desc, id desc);
create index aid_records_date_idx on aid_records (occurred_on desc, id desc);
create index aid_records_organization_idx on aid_records (organization_id, occurred_on desc, id desc) where organization_id is not null;
create index aid_records_caring_idx on aid_records (caring_account_id, occurred_on desc, id desc) where caring_account_id is not null;
create index aid_records_household_idx on aid_records (household_id, key_field_code, occurred_on) where household_id is not null;
create index aid_records_project_idx on aid_records (project_id) where project_id is not null;
create index aid_records_pairing_idx on aid_records (pairing_id) where pairing_id is not null;
create index aid_records_need_idx on aid_records (need_id) where need_id is not null;
create index aid_records_external_ref_idx on aid_records (chain_key, external_ref) where external_ref is not null;
create index aid_records_import_idx on aid_records (import_job_id) where import_job_id is not null;
-- The same-content check looks back one day over the giver's records of that date.
create index aid_records_chain_date_idx on aid_records (chain_key, occurred_on, kind);

-- Materials donated: items, quantity, unit and valuation (fen). Part of the record's content and its hash.
create table aid_record_items (
  record_id bigint not null references aid_records (id),
  position smallint not null,
  name text not null,
  quantity bigint not null,
  unit text not null,
  value_fen bigint not null,
  primary key (record_id, position)
);

-- Evidence (photos, receipts, lists of recipients): may be added after the record; not part of its hash.
create table aid_record_files (
  record_id bigint not null references aid_records (id),
  file_id bigint not null references files (id),
  added_by bigint references accounts (id),
  added_at timestamptz not null default now(),
  primary key (record_id, file_id)
);

-- Receipt confirmation by the liaison of the place (or the household, through its liaison): append-only history.
create table aid_receipts (
  id bigint generated always as identity primary key,
  record_id bigint not null references aid_records (id),
  status text not null check (status in ('confirmed', 'disputed')),
  -- The household itself confirmed (the liaison records it on its behalf).
  by_household boolean not null default false,
  reason text,
  created_by bigint references accounts (id),
  created_at timestamptz not null default now(),
  constraint aid_receipts_dispute_reason check (status = 'confirmed' or reason is not null)
);
create index aid_receipts_record_idx on aid_receipts (record_id, id desc);

-- The current receipt state of a record (absent: unconfirmed). Reversals never get one.
create table aid_record_states (
  record_id bigint primary key references aid_records (id),
  confirmation text not null check (confirmation in ('confirmed', 'disputed')),
  receipt_id bigint not null references aid_receipts (id),
  updated_at timestamptz not null default now()
);

-- Monthly sums per county and dimension. records counts +1 per record and -1 per reversal.
create table aid_month_totals (
  county_code text collate "C" not null,
  month date not null,
  program_id bigint not null default 0,
  key_field_code text not null,
  giver_form text not null,
  kind text not null,
  purchase_channel text not null default '',
  confirmation text not null,
  counterpart boolean not null,
  province_code text collate "C" not null,
  city_code text collate "C" not null,
  records bigint not null default 0,
  amount_fen bigint not null default 0,
  material_quantity bigint not null default 0,
  staff_count bigint not null default 0,
  volunteer_count bigint not null default 0,
  enterprise_count bigint not null default 0,
  beneficiary_count bigint not null default 0,
  beneficiary_households bigint not null default 0,
  primary key (county_code, month, program_id, key_field_code, giver_form, kind, purchase_channel, confirmation, counterpart)
);
create index aid_month_totals_province_idx on aid_month_totals (province_code, month);
create index aid_month_totals_city_idx on aid_month_totals (city_code, month);
create index aid_month_totals_month_idx on aid_month_totals (month);

-- Who gave, per county and month: distinct organizations, caring individuals and projects cannot be summed from
-- totals, so their presence is kept here (records > 0 means some record of theirs stands unreversed).
create table aid_month_givers (
  county_code text collate "C" not null,
  month date not null,
  chain_key text collate "C" not null,
  project_id bigint not null default 0,
  program_id bigint not null default 0,
  key_field_code text not null,
  giver_form text not null,
  kind text not null,
  counterpart boolean not null,
  organization_id bigint,
  province_code text collate "C" not null,
  city_code text collate "C" not null,
  records bigint not null default 0,
  primary key (county_code, month, chain_key, project_id, program_id, key_field_code, giver_form, kind, counterpart)
);
create index aid_month_givers_province_idx on aid_month_givers (province_code, month);
create index aid_month_givers_city_idx on aid_month_givers (city_code, month);
create index aid_month_givers_month_idx on aid_month_givers (month);

create function aid_records_refuse_change() returns trigger language plpgsql as $$
begin
  raise exception 'aid_records is append-only: write a reversal instead' using errcode = 'P0001';
end $$;
create trigger aid_records_append_only before update or delete on aid_records
  for each row execute function aid_records_refuse_change();
create trigger aid_records_no_truncate before truncate on aid_records
  for each statement execute function aid_records_refuse_change();

-- New records (one statement may carry a whole import batch) are summed once per statement.
create function aid_records_roll_up() returns trigger language plpgsql as $$
begin
  insert into aid_month_totals as t (county_code, month, program_id, key_field_code, giver_form, kind, purchase_channel,
    confirmation, counterpart, province_code, city_code, records, amount_fen, material_quantity, staff_count,
    volunteer_count, enterprise_count, beneficiary_count, beneficiary_households)
  select county_code, month, coalesce(program_id, 0), key_field_code, giver_form, kind, coalesce(purchase_channel, ''),
    coalesce(reversed_confirmation, 'unconfirmed'), counterpart, min(province_code), min(city_code),
    sum(case when reverses_id is null then 1 else -1 end), sum(amount_fen), sum(material_quantity), sum(staff_count),
    sum(volunteer_count), sum(enterprise_count), sum(beneficiary_count), sum(beneficiary_households)
  from new_rows
  group by county_code, month, coalesce(program_id, 0), key_field_code, giver_form, kind, coalesce(purchase_channel, ''),
    coalesce(reversed_confirmation, 'unconfirmed'), counterpart
  on conflict (county_code, month, program_id, key_field_code, giver_form, kind, purchase_channel, confirmation, counterpart)
  do update set records = t.records + excluded.records, amount_fen = t.amount_fen + excluded.amount_fen,
    material_quantity = t.material_quantity + excluded.material_quantity, staff_count = t.staff_count + excluded.staff_count,
    volunteer_count = t.volunteer_count + excluded.volunteer_count,
    enterprise_count = t.enterprise_count + excluded.enterprise_count,
    beneficiary_count = t.beneficiary_count + excluded.beneficiary_count,
    beneficiary_households = t.beneficiary_households + excluded.beneficiary_households;

  insert into aid_month_givers as g (county_code, month, chain_key, project_id, program_id, key_field_code, giver_form,
    kind, counterpart, organization_id, province_code, city_code, records)
  select county_code, month, chain_key, coalesce(project_id, 0), coalesce(program_id, 0), key_field_code, giver_form,
    kind, counterpart, min(organization_id), min(province_code), min(city_code),
    sum(case when reverses_id is null then 1 else -1 end)
  from new_rows
  group by county_code, month, chain_key, coalesce(project_id, 0), coalesce(program_id, 0), key_field_code, giver_form,
    kind, counterpart
  on conflict (county_code, month, chain_key, project_id, program_id, key_field_code, giver_form, kind, counterpart)
  do update set records = g.records + excluded.records;
  return null;
end $$;
create trigger aid_records_roll_up after insert on aid_records
  referencing new table as new_rows for each statement execute function aid_records_roll_up();

-- A receipt state moves the record's figures from one confirmation bucket to another.
create function aid_record_states_roll_up() returns trigger language plpgsql as $$
declare
  from_state text := case when tg_op = 'INSERT' then 'unconfirmed' else old.confirmation end;
  r aid_records%rowtype;
begin
  if tg_op = 'UPDATE' and old.confirmation = new.confirmation then
    return null;
  end if;
  select * into r from aid_records where id = new.record_id;
  update aid_month_totals set records = records - 1, amount_fen = amount_fen - r.amount_fen,
    material_quantity = material_quantity - r.material_quantity, staff_count = staff_count - r.staff_count,
    volunteer_count = volunteer_count - r.volunteer_count, enterprise_count = enterprise_count - r.enterprise_count,
    beneficiary_count = beneficiary_count - r.beneficiary_count,
    beneficiary_households = beneficiary_households - r.beneficiary_households
  where county_code = r.county_code and month = r.month and program_id = coalesce(r.program_id, 0)
    and key_field_code = r.key_field_code and giver_form = r.giver_form and kind = r.kind
    and purchase_channel = coalesce(r.purchase_channel, '') and confirmation = from_state and counterpart = r.counterpart;
  insert into aid_month_totals as t (county_code, month, program_id, key_field_code, giver_form, kind, purchase_channel,
    confirmation, counterpart, province_code, city_code, records, amount_fen, material_quantity, staff_count,
    volunteer_count, enterprise_count, beneficiary_count, beneficiary_households)
  values (r.county_code, r.month, coalesce(r.program_id, 0), r.key_field_code, r.giver_form, r.kind,
    coalesce(r.purchase_channel, ''), new.confirmation, r.counterpart, r.province_code, r.city_code, 1, r.amount_fen,
    r.material_quantity, r.staff_count, r.volunteer_count, r.enterprise_count, r.beneficiary_count,
    r.beneficiary_households)
  on conflict (county_code, month, program_id, key_field_code, giver_form, kind, purchase_channel, confirmation, counterpart)
  do update set records = t.records + 1, amount_fen = t.amount_fen + excluded.amount_fen,
    material_quantity = t.material_quantity + excluded.material_quantity, staff_count = t.staff_count + excluded.staff_count,
    volunteer_count = t.volunteer_count + excluded.volunteer_count,
    enterprise_count = t.enterprise_count + excluded.enterprise_count,
    beneficiary_count = t.beneficiary_count + excluded.beneficiary_count,
    beneficiary_households = t.beneficiary_households + excluded.beneficiary_households;
  return null;
end $$;
create trigger aid_record_states_roll_up after insert or update on aid_record_states
  for each row execute function aid_record_states_roll_up();
`.execute(db);
}
