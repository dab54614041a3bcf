// Table types for Kysely, one interface per table, matching db/migrations. Money columns are fen (integers).
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { DepartmentKind, Role } from '../../common/glossary.ts';
import type {
  FairKind,
  FairStatus,
  FundingSource,
  PairingEventAction,
  PairingSide,
  PairingStatus,
  ProjectEventAction,
  ProjectFileKind,
  ProjectStatus,
  WorkPlanStatus,
} from '../../common/projects.ts';
import type { AidConfirmation, AidKind, GiverForm, PurchaseChannel } from '../../common/ledger.ts';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json = ColumnType<unknown, string, string>;

export interface RegionsTable {
  code: string;
  name: string;
  display_name: string;
  level: number;
  parent_code: string | null;
}

type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

export type OrganizationForm = 'association' | 'foundation' | 'service_agency';
export type OrganizationStatus = 'pending' | 'returned' | 'approved';
export type RegistrationLevel = 'national' | 'provincial' | 'municipal' | 'county';
export type OrganizationGrade = '5A' | '4A' | '3A' | '2A' | '1A';

export interface OrganizationsTable {
  id: Generated<number>;
  name: string;
  credit_code: string;
  form: OrganizationForm;
  /** Null for a national-level registration (registration_level 'national'). */
  registration_region_code: string | null;
  status: Generated<OrganizationStatus>;
  registration_level: Generated<RegistrationLevel>;
  is_industry_association: Generated<boolean>;
  is_charity: Generated<boolean>;
  has_public_fundraising: Generated<boolean>;
  supervising_unit: string | null;
  grade: OrganizationGrade | null;
  grade_year: number | null;
  /** jsonb array; insert/update with JSON.stringify. */
  offers: ColumnType<unknown, string | undefined, string>;
  contact_name: string | null;
  contact_phone: string | null;
  contact_email: string | null;
  homepage: string | null;
  description: string | null;
  logo_file_id: number | null;
  source: Generated<'registration' | 'registry_import'>;
  name_bigrams: ColumnType<string[], string[] | undefined, string[]>;
  name_key: Generated<string>;
  submitted_at: NullableTimestamp;
  reviewed_at: NullableTimestamp;
  reviewed_by: number | null;
  return_reason: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface OrganizationFieldsTable {
  organization_id: number;
  key_field_code: string;
}

export interface OrganizationServiceRegionsTable {
  organization_id: number;
  region_code: string;
}

export type OrganizationReviewAction =
  | 'submit'
  | 'resubmit'
  | 'approve'
  | 'return'
  | 'change_submit'
  | 'change_approve'
  | 'change_return'
  | 'import';

export interface OrganizationReviewsTable {
  id: Generated<number>;
  organization_id: number;
  action: OrganizationReviewAction;
  reason: string | null;
  snapshot: ColumnType<unknown, string | null | undefined, string | null>;
  actor_account_id: number | null;
  created_at: Timestamp;
}

export interface OrganizationChangesTable {
  id: Generated<number>;
  organization_id: number;
  proposed: Json;
  status: Generated<'pending' | 'approved' | 'returned' | 'withdrawn'>;
  reason: string | null;
  created_by: number | null;
  created_at: Timestamp;
  reviewed_by: number | null;
  reviewed_at: NullableTimestamp;
}

export interface FilesTable {
  id: Generated<number>;
  sha256: string;
  mime: string;
  size_bytes: number;
  original_name: string;
  created_by: number | null;
  created_at: Timestamp;
}

export interface CaringIndividualsTable {
  account_id: number;
  real_name: string;
  mobile: string;
  region_code: string;
  real_name_status: Generated<'unverified' | 'verified' | 'failed'>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface CaringIndividualFieldsTable {
  account_id: number;
  key_field_code: string;
}

export interface AccountsTable {
  id: Generated<number>;
  username: string;
  username_key: string;
  display_name: string;
  role: Role;
  department_kind: DepartmentKind | null;
  scope_region_code: string | null;
  organization_id: number | null;
  status: Generated<'active' | 'disabled'>;
  password_hash: string;
  must_change_password: Generated<boolean>;
  created_by: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  password_changed_at: Timestamp;
  last_login_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

export interface InvitationsTable {
  id: Generated<number>;
  token_hash: string;
  role: 'platform_admin' | 'department_official' | 'liaison' | 'organization_member';
  department_kind: DepartmentKind | null;
  scope_region_code: string | null;
  display_name: string;
  invited_by: number;
  /** Set for an organization_member invitation: the organization the new account joins. */
  organization_id: Generated<number | null>;
  created_at: Timestamp;
  expires_at: ColumnType<Date, Date | string, Date | string>;
  accepted_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  revoked_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  account_id: number | null;
}

export interface SessionsTable {
  id: Generated<number>;
  token_hash: string;
  csrf_token: string;
  account_id: number;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: ColumnType<Date, Date | string, Date | string>;
  revoked_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  ip: string | null;
  user_agent: string | null;
}

export interface LoginAttemptsTable {
  id: Generated<number>;
  username_key: string;
  ip: string;
  attempted_at: Timestamp;
  succeeded: boolean;
}

export interface AuditLogTable {
  id: Generated<number>;
  occurred_at: Timestamp;
  actor_account_id: number | null;
  actor_role: string | null;
  actor_ip: string | null;
  request_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  region_code: string | null;
  organization_id: number | null;
  changes: Json | null;
  detail: Json | null;
}

export type JobStatus = 'queued' | 'running' | 'succeeded' | 'failed';

export interface JobsTable {
  id: Generated<string>;
  kind: string;
  status: Generated<JobStatus>;
  progress: Generated<number>;
  total: number | null;
  message: string | null;
  payload: ColumnType<unknown, string | undefined, string>;
  result: Json | null;
  error: Json | null;
  attempts: Generated<number>;
  max_attempts: Generated<number>;
  created_by: number | null;
  region_code: string | null;
  organization_id: number | null;
  created_at: Timestamp;
  run_after: Timestamp;
  started_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  heartbeat_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  finished_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

/** key_fields and key_populations: reference data with a stable code; retired, never deleted. */
export interface ReferenceTable {
  code: string;
  name_zh: string;
  name_en: string;
  description: string | null;
  source: string | null;
  sort_order: number;
  retired_at: Date | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export type ProgramKind = 'poverty_alleviation' | 'rural_revitalization';
export type DesignationKind =
  | 'key_county_national'
  | 'key_county_municipal'
  | 'deep_poverty_township'
  | 'designated_village'
  | 'national_key_support_county';

/** A campaign (帮扶计划) of a region, with its years and publishing department. */
export interface ProgramsTable {
  id: Generated<number>;
  slug: string;
  name: string;
  kind: ProgramKind;
  region_code: string;
  department_name: string;
  start_year: number;
  end_year: number | null;
  description: string | null;
  status: Generated<'active' | 'retired'>;
  restrict_places: Generated<boolean>;
  created_by: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** A key area a program designates; retired, never deleted. */
export interface DesignationsTable {
  id: Generated<number>;
  program_id: number;
  region_code: string;
  kind: DesignationKind;
  note: string | null;
  retired_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** A county office (office phone) or a person (name, post, mobile) to contact about a designation. */
export interface DesignationContactsTable {
  id: Generated<number>;
  designation_id: number;
  kind: 'office' | 'person';
  name: string | null;
  post: string | null;
  office_phone: string | null;
  mobile: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** A spreadsheet of key areas read and resolved; pending until saved or discarded. */
export interface KeyAreaImportsTable {
  id: Generated<number>;
  program_id: number;
  kind: 'county' | 'township' | 'village';
  county_kind: 'key_county_national' | 'key_county_municipal' | 'national_key_support_county';
  file_name: string;
  file_sha256: string;
  status: Generated<'pending' | 'saved' | 'discarded'>;
  entries: Json;
  summary: Json;
  decisions: ColumnType<unknown, string | null | undefined, string | null>;
  result: ColumnType<unknown, string | null | undefined, string | null>;
  created_by: number | null;
  created_at: Timestamp;
  finished_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

export type HouseholdCategory = 'registered_poor' | 'lifted_out' | 'edge' | 'monitored' | 'dibao' | 'tekun' | 'other';

export interface HouseholdsTable {
  id: Generated<number>;
  region_code: string;
  head_name: string;
  id_number_encrypted: string;
  id_number_hash: string;
  members_count: number;
  category: HouseholdCategory;
  situations: Generated<string[]>;
  has_disability: Generated<boolean>;
  minors_count: Generated<number>;
  status: Generated<'active' | 'archived'>;
  created_by: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export type NeedKind = 'money' | 'materials' | 'service';
export type NeedStatus =
  | 'draft'
  | 'published'
  | 'partly_claimed'
  | 'claimed'
  | 'fulfilled'
  | 'closed'
  | 'expired'
  | 'withdrawn'
  | 'taken_down';

export interface NeedsTable {
  id: Generated<number>;
  region_code: string;
  county_code: ColumnType<string, never, never>;
  household_id: number | null;
  title: string;
  description: string;
  key_field_code: string;
  key_population_codes: Generated<string[]>;
  kind: NeedKind;
  item_name: string | null;
  unit: string | null;
  quantity: number;
  amount_fen: number | null;
  claimed_quantity: Generated<number>;
  confirmed_quantity: Generated<number>;
  deadline: ColumnType<string, string, string>;
  status: Generated<NeedStatus>;
  key_area_kinds: Generated<string[]>;
  key_area_rank: Generated<number>;
  contact_name: string;
  contact_phone: string;
  title_bigrams: Generated<string[]>;
  status_reason: string | null;
  published_at: NullableTimestamp;
  created_by: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface NeedFilesTable {
  need_id: number;
  file_id: number;
  kind: 'photo' | 'document';
  created_at: Timestamp;
}

export type ClaimStatus = 'pending' | 'confirmed' | 'withdrawn' | 'declined' | 'lapsed' | 'fulfilled';

export interface ClaimsTable {
  id: Generated<number>;
  need_id: number;
  organization_id: number | null;
  caring_account_id: number | null;
  quantity: number;
  note: string;
  planned_date: ColumnType<string | null, string | null | undefined, string | null>;
  status: Generated<ClaimStatus>;
  status_reason: string | null;
  last_progress_at: Timestamp;
  lapse_at: ColumnType<Date, Date | string, Date | string>;
  deadline_notified_at: NullableTimestamp;
  created_by: number;
  decided_by: number | null;
  decided_at: NullableTimestamp;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export type ClaimEventAction = 'claimed' | 'progress' | 'confirmed' | 'declined' | 'withdrawn' | 'lapsed' | 'fulfilled';

export interface ClaimEventsTable {
  id: Generated<number>;
  claim_id: number;
  action: ClaimEventAction;
  note: string | null;
  actor_account_id: number | null;
  created_at: Timestamp;
}

export interface ClaimSettingsTable {
  region_code: string;
  lapse_days: number;
  updated_by: number | null;
  updated_at: Timestamp;
}

export interface NotificationsTable {
  id: Generated<number>;
  account_id: number;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  entity_type: string | null;
  entity_id: string | null;
  created_at: Timestamp;
  read_at: NullableTimestamp;
}

type DateColumn = ColumnType<string, string, string>;
type NullableDate = ColumnType<string | null, string | null | undefined, string | null>;

export interface FairsTable {
  id: Generated<number>;
  kind: FairKind;
  name: string;
  year: number;
  theme: string | null;
  description: string | null;
  region_code: string;
  program_id: number | null;
  start_date: DateColumn;
  end_date: DateColumn;
  signup_deadline: NullableDate;
  status: Generated<FairStatus>;
  status_reason: string | null;
  created_by: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface FairRegionsTable {
  fair_id: number;
  region_code: string;
}

export interface FairSignupsTable {
  fair_id: number;
  organization_id: number;
  status: Generated<'signed_up' | 'withdrawn'>;
  note: string | null;
  created_by: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface PairingsTable {
  id: Generated<number>;
  program_id: number;
  organization_id: number;
  fair_id: number | null;
  title: string;
  start_date: DateColumn;
  end_date: DateColumn;
  field_codes: Generated<string[]>;
  amount_fen: Generated<number>;
  people: Generated<number>;
  commitments: string;
  agreement_file_id: number | null;
  is_counterpart: Generated<boolean>;
  status: Generated<PairingStatus>;
  status_reason: string | null;
  ended_by_side: PairingSide | null;
  confirmed_by: number | null;
  confirmed_at: NullableTimestamp;
  ended_at: NullableTimestamp;
  created_by: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface PairingPlacesTable {
  pairing_id: number;
  region_code: string;
  county_code: ColumnType<string, never, never>;
}

export interface PairingMembersTable {
  pairing_id: number;
  organization_id: number;
}

export interface PairingEventsTable {
  id: Generated<number>;
  pairing_id: number;
  action: PairingEventAction;
  note: string | null;
  actor_account_id: number | null;
  created_at: Timestamp;
}

export interface ProjectsTable {
  id: Generated<number>;
  organization_id: number;
  name: string;
  summary: string;
  field_codes: string[];
  program_id: number | null;
  pairing_id: number | null;
  claim_id: number | null;
  fair_id: number | null;
  target_persons: Generated<number>;
  target_households: Generated<number>;
  key_population_codes: Generated<string[]>;
  budget_fen: Generated<number>;
  planned_start: DateColumn;
  planned_end: DateColumn;
  /** [{name, post, phone}] */
  responsible: ColumnType<unknown, string | undefined, string>;
  naming: string | null;
  status: Generated<ProjectStatus>;
  status_reason: string | null;
  signed_with: string | null;
  signed_on: NullableDate;
  landing_due: NullableDate;
  landed_on: NullableDate;
  completed_on: NullableDate;
  overdue_notified_at: NullableTimestamp;
  created_by: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ProjectPlacesTable {
  project_id: number;
  region_code: string;
  county_code: ColumnType<string, never, never>;
}

export interface ProjectBudgetLinesTable {
  project_id: number;
  source: FundingSource;
  amount_fen: number;
}

export interface ProjectFilesTable {
  project_id: number;
  file_id: number;
  kind: ProjectFileKind;
  created_by: number | null;
  created_at: Timestamp;
}

export interface ProjectEventsTable {
  id: Generated<number>;
  project_id: number;
  action: ProjectEventAction;
  from_status: ProjectStatus | null;
  to_status: ProjectStatus | null;
  note: string | null;
  actor_account_id: number | null;
  created_at: Timestamp;
}

export interface LandingSettingsTable {
  region_code: string;
  grace_days: number;
  updated_by: number | null;
  updated_at: Timestamp;
}

export interface WorkPlansTable {
  id: Generated<number>;
  organization_id: number;
  year: number;
  summary: string;
  people: Generated<number>;
  amount_fen: Generated<number>;
  materials: string | null;
  status: Generated<WorkPlanStatus>;
  submitted_at: NullableTimestamp;
  created_by: number | null;
  updated_by: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

// Issue 8: the ledger. aid_records is append-only (a trigger refuses UPDATE and DELETE), so only Insertable matters.
export interface AidChainsTable {
  chain_key: string;
  organization_id: number | null;
  caring_account_id: number | null;
  last_seq: Generated<number>;
  last_hash: string;
  updated_at: Timestamp;
}

export interface AidRecordsTable {
  id: Generated<number>;
  chain_key: string;
  seq: number;
  organization_id: number | null;
  caring_account_id: number | null;
  giver_form: GiverForm;
  counterpart: Generated<boolean>;
  region_code: string;
  province_code: ColumnType<string, never, never>;
  city_code: ColumnType<string, never, never>;
  county_code: ColumnType<string, never, never>;
  household_id: number | null;
  need_id: number | null;
  pairing_id: number | null;
  project_id: number | null;
  program_id: number | null;
  occurred_on: DateColumn;
  period_end: ColumnType<string | null, string | null | undefined, never>;
  month: ColumnType<string, never, never>;
  kind: AidKind;
  activity_type: string | null;
  key_field_code: string;
  amount_fen: Generated<number>;
  material_quantity: Generated<number>;
  purchase_channel: PurchaseChannel | null;
  staff_count: Generated<number>;
  volunteer_count: Generated<number>;
  enterprise_count: Generated<number>;
  beneficiary_count: Generated<number>;
  beneficiary_households: Generated<number>;
  funding_source: string | null;
  summary: string;
  description: string | null;
  external_ref: string | null;
  reverses_id: number | null;
  replaces_id: number | null;
  reason: string | null;
  reversed_confirmation: AidConfirmation | null;
  suspected_duplicate_of: number | null;
  import_job_id: string | null;
  content_hash: string;
  prev_hash: string;
  hash: string;
  created_by: number | null;
  created_at: Timestamp;
}

export interface AidRecordItemsTable {
  record_id: number;
  position: number;
  name: string;
  quantity: number;
  unit: string;
  value_fen: number;
}

export interface AidRecordFilesTable {
  record_id: number;
  file_id: number;
  added_by: number | null;
  added_at: Timestamp;
}

export interface AidReceiptsTable {
  id: Generated<number>;
  record_id: number;
  status: 'confirmed' | 'disputed';
  by_household: Generated<boolean>;
  reason: string | null;
  created_by: number | null;
  created_at: Timestamp;
}

export interface AidRecordStatesTable {
  record_id: number;
  confirmation: 'confirmed' | 'disputed';
  receipt_id: number;
  updated_at: Timestamp;
}

interface AidRollupDimensions {
  county_code: string;
  month: DateColumn;
  program_id: number;
  key_field_code: string;
  giver_form: GiverForm;
  kind: AidKind;
  counterpart: boolean;
  province_code: string;
  city_code: string;
  records: number;
}

export interface AidMonthTotalsTable extends AidRollupDimensions {
  purchase_channel: string;
  confirmation: AidConfirmation;
  amount_fen: number;
  material_quantity: number;
  staff_count: number;
  volunteer_count: number;
  enterprise_count: number;
  beneficiary_count: number;
  beneficiary_households: number;
}

export interface AidMonthGiversTable extends AidRollupDimensions {
  chain_key: string;
  project_id: number;
  organization_id: number | null;
}

export interface DB {
  regions: RegionsTable;
  organizations: OrganizationsTable;
  accounts: AccountsTable;
  invitations: InvitationsTable;
  sessions: SessionsTable;
  login_attempts: LoginAttemptsTable;
  audit_log: AuditLogTable;
  jobs: JobsTable;
  key_fields: ReferenceTable;
  key_populations: ReferenceTable;
  programs: ProgramsTable;
  designations: DesignationsTable;
  designation_contacts: DesignationContactsTable;
  key_area_imports: KeyAreaImportsTable;
  files: FilesTable;
  organization_fields: OrganizationFieldsTable;
  organization_service_regions: OrganizationServiceRegionsTable;
  organization_reviews: OrganizationReviewsTable;
  organization_changes: OrganizationChangesTable;
  caring_individuals: CaringIndividualsTable;
  caring_individual_fields: CaringIndividualFieldsTable;
  households: HouseholdsTable;
  needs: NeedsTable;
  need_files: NeedFilesTable;
  claims: ClaimsTable;
  claim_events: ClaimEventsTable;
  claim_settings: ClaimSettingsTable;
  notifications: NotificationsTable;
  fairs: FairsTable;
  fair_regions: FairRegionsTable;
  fair_signups: FairSignupsTable;
  pairings: PairingsTable;
  pairing_places: PairingPlacesTable;
  pairing_members: PairingMembersTable;
  pairing_events: PairingEventsTable;
  projects: ProjectsTable;
  project_places: ProjectPlacesTable;
  project_budget_lines: ProjectBudgetLinesTable;
  project_files: ProjectFilesTable;
  project_events: ProjectEventsTable;
  landing_settings: LandingSettingsTable;
  work_plans: WorkPlansTable;
  aid_chains: AidChainsTable;
  aid_records: AidRecordsTable;
  aid_record_items: AidRecordItemsTable;
  aid_record_files: AidRecordFilesTable;
  aid_receipts: AidReceiptsTable;
  aid_record_states: AidRecordStatesTable;
  aid_month_totals: AidMonthTotalsTable;
  aid_month_givers: AidMonthGiversTable;
}

export type Account = Selectable<AccountsTable>;
export type NewAccount = Insertable<AccountsTable>;
export type AccountUpdate = Updateable<AccountsTable>;
export type Job = Selectable<JobsTable>;
export type AidRecord = Selectable<AidRecordsTable>;
export type NewAidRecord = Insertable<AidRecordsTable>;
