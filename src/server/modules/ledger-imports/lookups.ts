// What the rows' checks need from the database, read in batches as the rows stream by: each chunk of rows asks only
// for the regions, households, projects, pairings and organizations not met before, a few queries per chunk rather
// than one per row. The maps stay small (a sheet names a few hundred places and a few dozen projects), and their
// keys are copied so they do not keep the sheet's text alive (cells.ts own).
import { sql, type Kysely, type Transaction } from 'kysely';
import { regionPrefixes } from '../../../common/glossary.ts';
import { SIGNED_PROJECT_STATUSES, type PairingStatus, type ProjectStatus } from '../../../common/projects.ts';
import type { DB, OrganizationForm, OrganizationStatus } from '../../db/types.ts';
import { inScope } from '../organizations/scope.ts';
import { own } from './cells.ts';

type Executor = Kysely<DB> | Transaction<DB>;

/** Rows per `in (...)` list. */
const SLICE = 1000;

export interface RegionInfo {
  code: string;
  /** The name people use (中岗村). */
  displayName: string;
  /** The registered name (中岗村村民委员会). */
  name: string;
}

export interface Giver {
  id: number;
  name: string;
  form: OrganizationForm;
  status: OrganizationStatus;
  registrationRegionCode: string | null;
  /** Registered or serving in the importing official's scope (always true for the organization's own people). */
  inScope: boolean;
}

export interface HouseholdInfo {
  regionCode: string;
  active: boolean;
}

export interface Commitment {
  organizationIds: number[];
  status: ProjectStatus | PairingStatus;
  programId: number | null;
  places: string[];
}

export const PROJECT_STATUSES_WITH_AID: readonly string[] = SIGNED_PROJECT_STATUSES;

function slices<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += SLICE) out.push(items.slice(i, i + SLICE));
  return out;
}

/** The importing organization itself as the giver of every row. */
export async function organizationGiver(db: Executor, id: number): Promise<Giver | undefined> {
  const o = await db
    .selectFrom('organizations')
    .select(['id', 'name', 'form', 'status', 'registration_region_code'])
    .where('id', '=', id)
    .executeTakeFirst();
  return (
    o && {
      id: o.id,
      name: o.name,
      form: o.form,
      status: o.status,
      registrationRegionCode: o.registration_region_code,
      inScope: true,
    }
  );
}

export class Lookups {
  readonly regions = new Map<string, RegionInfo | null>();
  readonly households = new Map<number, HouseholdInfo | null>();
  readonly projects = new Map<number, Commitment | null>();
  readonly pairings = new Map<number, Commitment | null>();
  readonly giversByCredit = new Map<string, Giver | null>();
  /** Program -> the region it covers. */
  readonly programs = new Map<number, string | null>();
  keyFields = new Map<string, string>();

  /** `scope`: the official's region (null: national); ignored when the giver is the caller's own organization. */
  constructor(readonly scope: string | null) {}

  async loadKeyFields(db: Executor): Promise<void> {
    const rows = await db
      .selectFrom('key_fields')
      .select(['code', 'name_zh'])
      .where('retired_at', 'is', null)
      .execute();
    this.keyFields = new Map(rows.flatMap((r) => [[r.name_zh, r.code] as const, [r.code, r.code] as const]));
  }

  async ownOrganization(db: Executor, id: number): Promise<Giver | undefined> {
    const o = await db
      .selectFrom('organizations')
      .select(['id', 'name', 'form', 'status', 'registration_region_code'])
      .where('id', '=', id)
      .executeTakeFirst();
    return (
      o && {
        id: o.id,
        name: o.name,
        form: o.form,
        status: o.status,
        registrationRegionCode: o.registration_region_code,
        inScope: true,
      }
    );
  }

  /** Places and every region above them (for checking a written name against the path). */
  async loadRegions(db: Executor, codes: Iterable<string>): Promise<void> {
    const missing = new Set<string>();
    for (const code of codes)
      for (const c of [...regionPrefixes(code), code]) if (!this.regions.has(c)) missing.add(own(c));
    for (const part of slices([...missing])) {
      const rows = await db
        .selectFrom('regions')
        .select(['code', 'name', 'display_name'])
        .where('code', 'in', part)
        .execute();
      for (const r of rows) this.regions.set(r.code, { code: r.code, name: r.name, displayName: r.display_name });
      for (const c of part) if (!this.regions.has(c)) this.regions.set(c, null);
    }
  }

  async loadHouseholds(db: Executor, ids: Iterable<number>): Promise<void> {
    const missing = [...new Set(ids)].filter((id) => !this.households.has(id));
    for (const part of slices(missing)) {
      const rows = await db
        .selectFrom('households')
        .select(['id', 'region_code', 'status'])
        .where('id', 'in', part)
        .execute();
      for (const r of rows) this.households.set(r.id, { regionCode: r.region_code, active: r.status === 'active' });
      for (const id of part) if (!this.households.has(id)) this.households.set(id, null);
    }
  }

  async loadProjects(db: Executor, ids: Iterable<number>): Promise<void> {
    const missing = [...new Set(ids)].filter((id) => !this.projects.has(id));
    for (const part of slices(missing)) {
      const rows = await db
        .selectFrom('projects as p')
        .select(['p.id', 'p.organization_id', 'p.status', 'p.program_id'])
        .select(
          sql<
            string[]
          >`coalesce((select array_agg(pp.region_code::text) from project_places pp where pp.project_id = p.id), '{}')`.as(
            'places',
          ),
        )
        .where('p.id', 'in', part)
        .execute();
      for (const r of rows) {
        this.projects.set(r.id, {
          organizationIds: [r.organization_id],
          status: r.status,
          programId: r.program_id,
          places: r.places,
        });
      }
      for (const id of part) if (!this.projects.has(id)) this.projects.set(id, null);
    }
  }

  async loadPairings(db: Executor, ids: Iterable<number>): Promise<void> {
    const missing = [...new Set(ids)].filter((id) => !this.pairings.has(id));
    for (const part of slices(missing)) {
      const rows = await db
        .selectFrom('pairings as p')
        .select(['p.id', 'p.organization_id', 'p.status', 'p.program_id'])
        .select(
          sql<
            string[]
          >`coalesce((select array_agg(pp.region_code::text) from pairing_places pp where pp.pairing_id = p.id), '{}')`.as(
            'places',
          ),
        )
        .select(
          sql<
            number[]
          >`coalesce((select array_agg(pm.organization_id) from pairing_members pm where pm.pairing_id = p.id), '{}')`.as(
            'members',
          ),
        )
        .where('p.id', 'in', part)
        .execute();
      for (const r of rows) {
        this.pairings.set(r.id, {
          organizationIds: [r.organization_id, ...r.members.map(Number)],
          status: r.status,
          programId: r.program_id,
          places: r.places,
        });
      }
      for (const id of part) if (!this.pairings.has(id)) this.pairings.set(id, null);
    }
  }

  /** The programs of the projects and pairings met so far. */
  async loadPrograms(db: Executor): Promise<void> {
    const ids = new Set<number>();
    for (const c of [...this.projects.values(), ...this.pairings.values()]) {
      if (c?.programId != null && !this.programs.has(c.programId)) ids.add(c.programId);
    }
    for (const part of slices([...ids])) {
      const rows = await db.selectFrom('programs').select(['id', 'region_code']).where('id', 'in', part).execute();
      for (const r of rows) this.programs.set(r.id, r.region_code);
      for (const id of part) if (!this.programs.has(id)) this.programs.set(id, null);
    }
  }

  /** Organizations named by credit code (officials' imports), with whether each lies in the official's scope. */
  async loadGivers(db: Executor, creditCodes: Iterable<string>): Promise<void> {
    const missing = [...new Set(creditCodes)].filter((c) => !this.giversByCredit.has(c)).map(own);
    for (const part of slices(missing)) {
      const rows = await db
        .selectFrom('organizations as o')
        .select(['o.id', 'o.name', 'o.form', 'o.status', 'o.registration_region_code', 'o.credit_code'])
        .select((eb) => sql<boolean>`${inScope(eb, this.scope)}`.as('in_scope'))
        .where('o.credit_code', 'in', part)
        .execute();
      for (const r of rows) {
        this.giversByCredit.set(r.credit_code, {
          id: r.id,
          name: r.name,
          form: r.form,
          status: r.status,
          registrationRegionCode: r.registration_region_code,
          inScope: Boolean(r.in_scope),
        });
      }
      for (const c of part) if (!this.giversByCredit.has(c)) this.giversByCredit.set(c, null);
    }
  }
}
