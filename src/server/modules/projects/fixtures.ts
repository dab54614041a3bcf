// Test data for projects: a valid create body with overrides, and a project made through the API as a given
// organization account (so tests exercise the same rules a user meets). The tracking tests import these too.
import type { Kysely } from 'kysely';
import type { ProjectStatus } from '../../../common/projects.ts';
import type { Session, TestApp } from '../../../../test/support/app.ts';
import type { DB } from '../../db/types.ts';
import { daysFromToday, ZHONGGANG } from '../claims/fixtures.ts';
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
