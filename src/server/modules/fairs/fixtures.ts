// Test data for fairs: a valid body for the four national key support counties of Chongqing, a fair created through
// the API, and projects and pairings tagged with a fair written straight into their tables (the dashboard reads
// only those columns, and the modules that write them are built alongside). Only tests import this file.
import type { Kysely } from 'kysely';
import { daysFromToday } from '../../../common/glossary.ts';
import type { PairingStatus, ProjectStatus } from '../../../common/projects.ts';
import type { TestApp } from '../../../../test/support/app.ts';
import type { DB } from '../../db/types.ts';
import { textArray } from '../organizations/names.ts';
import type { CreateFairBody, FairDetail } from './schemas.ts';

export { daysFromToday };

/** 巫溪县, 城口县, 彭水县 and 酉阳县: the rural revitalization program's national key support counties. */
export const WUXI = '500238';
export const CHENGKOU = '500229';
export const PENGSHUI = '500243';
export const YOUYANG = '500242';
export const KEY_SUPPORT_COUNTIES = [WUXI, CHENGKOU, PENGSHUI, YOUYANG];

export async function programIdOf(db: Kysely<DB>, slug: string): Promise<number> {
  const row = await db.selectFrom('programs').select('id').where('slug', '=', slug).executeTakeFirstOrThrow();
  return row.id;
}

/** A rural tour of the four counties starting in 20 days, sign-ups until day 15, for the given program. */
export function fairBody(programId: number | null, overrides: Partial<CreateFairBody> = {}): CreateFairBody {
  const startDate = overrides.startDate ?? daysFromToday(20);
  return {
    kind: 'rural_tour',
    name: '社会组织乡村振兴行（渝东北站）',
    year: Number(startDate.slice(0, 4)),
    theme: '聚焦国家乡村振兴重点帮扶县',
    description: '组织社会组织走进重点帮扶县，现场对接项目。',
    regions: KEY_SUPPORT_COUNTIES,
    programId,
    startDate,
    endDate: daysFromToday(22),
    signupDeadline: daysFromToday(15),
    ...overrides,
  };
}

/** A fair created through the API as `username` (an official). */
export async function createFair(t: Pick<TestApp, 'request'>, username: string, body: CreateFairBody): Promise<FairDetail> {
  const res = await t.request(username, { method: 'POST', url: '/api/fairs', payload: body });
  if (res.statusCode !== 200) throw new Error(`createFair as ${username}: ${res.statusCode} ${res.body}`);
  return res.json<FairDetail>();
}

export interface FairProject {
  organizationId: number;
  fairId: number | null;
  status: ProjectStatus;
  places: string[];
  budgetFen: number;
  name?: string;
  landingDue?: string | null;
}

/** A project row in `status` with its places (the budget lines are left out: the dashboard sums budget_fen). */
export async function insertProject(db: Kysely<DB>, p: FairProject): Promise<number> {
  const row = await db
    .insertInto('projects')
    .values({
      organization_id: p.organizationId,
      name: p.name ?? `活动看板测试项目（${p.status}）`,
      summary: '看板测试',
      field_codes: textArray(['education']) as unknown as string[],
      fair_id: p.fairId,
      budget_fen: p.budgetFen,
      planned_start: daysFromToday(-40),
      planned_end: daysFromToday(200),
      status: p.status,
      landing_due: p.landingDue ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('project_places')
    .values(p.places.map((region_code) => ({ project_id: row.id, region_code })))
    .execute();
  return row.id;
}

export interface FairPairing {
  organizationId: number;
  programId: number;
  fairId: number | null;
  status: PairingStatus;
  places: string[];
  startDate?: string;
  endDate?: string;
}

export async function insertPairing(db: Kysely<DB>, p: FairPairing): Promise<number> {
  const row = await db
    .insertInto('pairings')
    .values({
      program_id: p.programId,
      organization_id: p.organizationId,
      fair_id: p.fairId,
      title: '活动测试结对协议',
      start_date: p.startDate ?? daysFromToday(-30),
      end_date: p.endDate ?? daysFromToday(700),
      commitments: '三年内每年资助教育项目',
      status: p.status,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('pairing_places')
    .values(p.places.map((region_code) => ({ pairing_id: row.id, region_code })))
    .execute();
  return row.id;
}
