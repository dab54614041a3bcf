// Test data for projects: a valid create body with overrides, a project made through the API as a given
// organization account (so tests exercise the same rules a user meets), and for the tracking tests a project put in
// any state by SQL (without walking the routes before it) and files attached to it.
import crypto from 'node:crypto';
import type { Kysely } from 'kysely';
import { daysFromToday } from '../../../common/glossary.ts';
import type { ProjectFileKind, ProjectStatus } from '../../../common/projects.ts';
import type { Session, TestApp } from '../../../../test/support/app.ts';
import type { DB } from '../../db/types.ts';
import { ZHONGGANG } from '../claims/fixtures.ts';
import type { CreateProjectBody, ProjectDetail } from './schemas.ts';

export { ZHONGGANG };

/**
 * A valid body: an education project in 巫溪县红池坝镇中岗村, 1,000,000 fen (10,000.00 元) from own funds (600,000)
 * and public fundraising (400,000), starting in 10 days and ending in 120.
 */
export function projectBody(overrides: Partial<CreateProjectBody> = {}): CreateProjectBody {
  return {
    name: '中岗村留守儿童课后服务',
    summary: '为中岗村留守儿童开设课后辅导与阅读角，配备图书和志愿者。',
    fieldCodes: ['education'],
    places: [ZHONGGANG],
    targetPersons: 60,
    targetHouseholds: 45,
    keyPopulationCodes: [],
    budgetFen: 1_000_000,
    budgetLines: [
      { source: 'own_funds', amountFen: 600_000 },
      { source: 'public_fundraising', amountFen: 400_000 },
    ],
    plannedStart: daysFromToday(10),
    plannedEnd: daysFromToday(120),
    responsible: [{ name: '王项目', post: '项目主管', phone: '13800003333' }],
    ...overrides,
  };
}

/** A planned project created through the API as `who` (an organization's admin or member: a username or a session). */
export async function createProject(
  t: Pick<TestApp, 'request'>,
  who: Session | string,
  overrides: Partial<CreateProjectBody> = {},
): Promise<ProjectDetail> {
  const res = await t.request(who, { method: 'POST', url: '/api/projects', payload: projectBody(overrides) });
  if (res.statusCode !== 200) throw new Error(`createProject: ${res.statusCode} ${res.body}`);
  return res.json<ProjectDetail>();
}

/** Moves a project to `status` by SQL (tests of what later states allow, without walking the life-cycle routes). */
export async function setProjectStatus(
  db: Kysely<DB>,
  id: number,
  status: ProjectStatus,
  columns: { signed_on?: string; landing_due?: string; landed_on?: string } = {},
): Promise<void> {
  await db.updateTable('projects').set({ status, ...columns }).where('id', '=', id).execute();
}

export interface TestProjectOptions {
  organizationId?: number;
  name?: string;
  places?: string[];
  status?: ProjectStatus;
  plannedStart?: string;
  createdAt?: Date;
  signedOn?: string | null;
  landingDue?: string | null;
  landedOn?: string | null;
  claimId?: number | null;
  fairId?: number | null;
  programId?: number | null;
  budgetFen?: number;
}

/** The demo foundation of org_admin and org_member (重庆山城乡村发展基金会（演示）). */
export async function demoOrganizationId(db: Kysely<DB>): Promise<number> {
  const row = await db
    .selectFrom('accounts')
    .select('organization_id')
    .where('username_key', '=', 'org_admin')
    .executeTakeFirstOrThrow();
  return row.organization_id!;
}

let serial = 0;

/** A project inserted as the create route would (row, places, one budget line), in the status asked for. */
export async function insertProject(db: Kysely<DB>, o: TestProjectOptions = {}): Promise<number> {
  serial += 1;
  const budget = o.budgetFen ?? 1_000_000;
  const signed = o.status !== undefined && !['planned', 'signing', 'cancelled'].includes(o.status);
  const landed = o.status !== undefined && ['landed', 'in_progress', 'completed', 'closed'].includes(o.status);
  const row = await db
    .insertInto('projects')
    .values({
      organization_id: o.organizationId ?? (await demoOrganizationId(db)),
      name: o.name ?? `落地测试项目${serial}`,
      summary: '测试用项目简介',
      field_codes: ['education'],
      program_id: o.programId ?? null,
      claim_id: o.claimId ?? null,
      fair_id: o.fairId ?? null,
      budget_fen: budget,
      planned_start: o.plannedStart ?? daysFromToday(10),
      planned_end: daysFromToday(200),
      responsible: JSON.stringify([{ name: '王项目', post: '项目主管', phone: '13800003333' }]),
      status: o.status ?? 'planned',
      signed_with: signed ? '巫溪县乡村振兴局' : null,
      signed_on: o.signedOn !== undefined ? o.signedOn : signed ? daysFromToday(-5) : null,
      landing_due: o.landingDue !== undefined ? o.landingDue : signed ? daysFromToday(40) : null,
      landed_on: o.landedOn !== undefined ? o.landedOn : landed ? daysFromToday(-2) : null,
      ...(o.createdAt ? { created_at: o.createdAt } : {}),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('project_places')
    .values((o.places ?? [ZHONGGANG]).map((region_code) => ({ project_id: row.id, region_code })))
    .execute();
  await db
    .insertInto('project_budget_lines')
    .values({ project_id: row.id, source: 'own_funds', amount_fen: budget })
    .execute();
  return row.id;
}

/** A file attached to the project as `kind` (its bytes are not needed by the steps). */
export async function attachFile(db: Kysely<DB>, projectId: number, kind: ProjectFileKind): Promise<number> {
  const file = await db
    .insertInto('files')
    .values({
      sha256: crypto.randomBytes(32).toString('hex'),
      mime: 'image/png',
      size_bytes: 1024,
      original_name: `${kind}.png`,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db.insertInto('project_files').values({ project_id: projectId, file_id: file.id, kind }).execute();
  return file.id;
}
