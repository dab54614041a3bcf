// Table types for Kysely, one interface per table, matching db/migrations. Money columns are fen (integers).
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { DepartmentKind, Role } from '../../common/glossary.ts';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json = ColumnType<unknown, string, string>;

export interface RegionsTable {
  code: string;
  name: string;
  display_name: string;
  level: number;
  parent_code: string | null;
}

export interface OrganizationsTable {
  id: Generated<number>;
  name: string;
  credit_code: string;
  form: 'association' | 'foundation' | 'service_agency';
  registration_region_code: string;
  status: Generated<string>;
  created_at: Timestamp;
  updated_at: Timestamp;
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
  role: 'platform_admin' | 'department_official' | 'liaison';
  department_kind: DepartmentKind | null;
  scope_region_code: string | null;
  display_name: string;
  invited_by: number;
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
}

export type Account = Selectable<AccountsTable>;
export type NewAccount = Insertable<AccountsTable>;
export type AccountUpdate = Updateable<AccountsTable>;
export type Job = Selectable<JobsTable>;
