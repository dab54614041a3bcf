// Organization search over 50,000 generated organizations (issue 5: p95 <= 30 ms): the officials' list searched by
// two common characters as the Chongqing civil-affairs official (scope '50'), and the public directory searched by
// name and field. Each against the same query run bare through the server's own Kysely function, and the service.
import { sql, type Kysely } from 'kysely';
import { withCreditCheckChar } from '../../src/common/credit-code.ts';
import { ORGANIZATION_FORMS, type OrganizationForm } from '../../src/common/glossary.ts';
import type { DB, OrganizationStatus, RegistrationLevel } from '../../src/server/db/types.ts';
import { DEMO_PASSWORD } from '../../src/server/demo/seed.ts';
import { directory as directoryService, listOrganizations as listService } from '../../src/server/modules/organizations/list.ts';
import { nameColumns } from '../../src/server/modules/organizations/names.ts';
import { directory as directoryQuery, listOrganizations as listQuery } from '../../src/server/modules/organizations/queries.ts';
import { resolveSession } from '../../src/server/platform/sessions.ts';
import { sessionFor, sqlOf } from '../lib/db.ts';
import { login, pick, request } from '../lib/http.ts';
import { measure, notRun } from '../lib/load.ts';
import { timeLoop } from '../lib/stats.ts';
import type { DatabaseContext, Scenario } from '../lib/types.ts';

export const SEEDED_ORGANIZATIONS = 50_000;
const BATCH = 1000;
const LIMIT = 20;
const USERNAME = 'cq_mz';
/** One of the syllables below: about one name in eight has it. */
const SEARCH = '阳光';
const FIELD = 'education';

// Names like 巫溪县阳光助学促进会: a county, two syllables, the ending of the form.
const SYLLABLES = ['阳光', '春雨', '山花', '乡村', '同心', '仁爱', '助学', '青年', '巾帼', '爱心', '绿色', '未来', '星火', '明德', '善行', '暖阳'];
const ENDINGS: Record<OrganizationForm, string[]> = {
  association: ['协会', '促进会', '联合会', '商会'],
  foundation: ['基金会', '慈善基金会', '教育基金会'],
  service_agency: ['社会工作服务中心', '志愿服务中心', '养老服务中心', '发展研究中心'],
};

/** A small deterministic generator: the same 50,000 organizations on every run. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const TYPE_DIGIT: Record<OrganizationForm, string> = { association: '1', service_agency: '2', foundation: '3' };

/** A valid, unique credit code for organization `i` registered in `region`. */
function creditCode(i: number, form: OrganizationForm, region: string): string {
  return withCreditCheckChar(`5${TYPE_DIGIT[form]}${region.padEnd(6, '0')}B${String(i).padStart(8, '0')}`);
}

export async function seedOrganizations(db: Kysely<DB>): Promise<void> {
  const counties = (
    await db.selectFrom('regions').select(['code', 'name']).where('level', '=', 3).where('code', 'like', '50%').orderBy('code').execute()
  ).filter((c) => c.name !== '县');
  const fields = (await db.selectFrom('key_fields').select('code').where('retired_at', 'is', null).execute()).map((f) => f.code);
  if (counties.length === 0 || fields.length === 0) throw new Error('no Chongqing counties or key fields loaded');
  const next = random(20261123);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  await db.transaction().execute(async (trx) => {
    for (let start = 0; start < SEEDED_ORGANIZATIONS; start += BATCH) {
      const rows = [];
      const extras: { fields: string[]; regions: string[] }[] = [];
      for (let i = start; i < Math.min(start + BATCH, SEEDED_ORGANIZATIONS); i += 1) {
        const form = pick(ORGANIZATION_FORMS);
        const county = pick(counties);
        const provincial = next() < 0.25;
        const region = provincial ? '50' : county.code;
        const r = next();
        const status: OrganizationStatus = r < 0.9 ? 'approved' : r < 0.97 ? 'pending' : 'returned';
        const name = `${provincial ? '重庆市' : county.name}${pick(SYLLABLES)}${pick(SYLLABLES)}${pick(ENDINGS[form])}`;
        const charity = form === 'foundation' ? next() < 0.6 : next() < 0.1;
        const level: RegistrationLevel = provincial ? 'provincial' : 'county';
        rows.push({
          ...nameColumns(name),
          credit_code: creditCode(i, form, region),
          form,
          registration_level: level,
          registration_region_code: region,
          status,
          is_industry_association: form === 'association' && name.endsWith('商会'),
          is_charity: charity,
          has_public_fundraising: charity && next() < 0.3,
          grade: next() < 0.3 ? pick(['5A', '4A', '3A', '2A', '1A'] as const) : null,
          offers: '[]',
          source: next() < 0.5 ? ('registry_import' as const) : ('registration' as const),
          submitted_at: new Date(Date.UTC(2024, 0, 1) + i * 60_000),
          reviewed_at: status === 'pending' ? null : new Date(),
        });
        const orgFields = [...new Set([pick(fields), pick(fields), pick(fields)].slice(0, 1 + Math.floor(next() * 3)))];
        const regions = [...new Set([county.code, ...(next() < 0.4 ? [pick(counties).code] : [])])];
        extras.push({ fields: orgFields, regions });
      }
      const ids = await trx.insertInto('organizations').values(rows).returning('id').execute();
      await trx
        .insertInto('organization_fields')
        .values(ids.flatMap((row, k) => extras[k]!.fields.map((code) => ({ organization_id: row.id, key_field_code: code }))))
        .execute();
      await trx
        .insertInto('organization_service_regions')
        .values(ids.flatMap((row, k) => extras[k]!.regions.map((code) => ({ organization_id: row.id, region_code: code }))))
        .execute();
    }
  });
}

async function prepare({ database, analyze }: DatabaseContext): Promise<void> {
  const { db } = database;
  // The first generated organization marks a seeded database; both scenarios share the data.
  const seeded = await db.selectFrom('organizations').select('id').where('credit_code', 'like', '________B%').limit(1).executeTakeFirst();
  if (seeded) return;
  await seedOrganizations(db);
  if (analyze) await sql`analyze organizations, organization_fields, organization_service_regions`.execute(db);
}

/** Runs one GET under load after a pre-flight that must answer a full page. */
async function run(url: string, headers: Record<string, string> | undefined, durationSeconds: number | undefined) {
  const spec = { url, connections: 1, durationSeconds: durationSeconds ?? 10, warmupSeconds: 2 };
  const check = await request(url, headers ? { headers } : {});
  const items = pick(check.body, 'items');
  const problems: string[] = [];
  if (check.status !== 200) problems.push(`pre-flight answered ${check.status}: ${JSON.stringify(check.body)}`);
  else if (!Array.isArray(items) || items.length !== LIMIT) problems.push(`pre-flight returned ${Array.isArray(items) ? items.length : 'no'} items, not ${LIMIT}`);
  return measure({ ...spec, ...(headers ? { headers } : {}) }, problems);
}

export const orgSearchScenario: Scenario = {
  name: 'org-search',
  summary: `authenticated GET /api/organizations?q=${SEARCH}&limit=${LIMIT} in scope '50' (1 connection), over ${SEEDED_ORGANIZATIONS} generated organizations`,
  prepare,

  async baseline({ database, config }) {
    const { db } = database;
    const { token, actor } = await sessionFor(db, config, USERNAME);
    const query = { q: SEARCH, limit: LIMIT };
    const bareRun = (d: typeof db) => listQuery(d, '50', query, 'newest', undefined, LIMIT);
    const text = await sqlOf(db, bareRun);
    const bare = await timeLoop(() => bareRun(db), { iterations: 500, maxSeconds: 6 });
    const handler = await timeLoop(
      async () => {
        await resolveSession(db, config, token);
        await listService(db, actor, query);
      },
      { iterations: 500, maxSeconds: 6 },
    );
    return {
      what: "bare SQL: the officials' list query through Kysely (the server's own query function), one at a time, no HTTP",
      sql: text,
      ...bare,
      handler: { what: 'all database work of one request: resolveSession + the list service (query, fields, regions), no HTTP', ...handler },
    };
  },

  async run({ baseUrl, durationSeconds }) {
    const url = `${baseUrl}/api/organizations?q=${encodeURIComponent(SEARCH)}&limit=${LIMIT}`;
    try {
      const { cookie } = await login(baseUrl, USERNAME, DEMO_PASSWORD);
      return await run(url, { cookie }, durationSeconds);
    } catch (err) {
      return notRun({ connections: 1, durationSeconds: durationSeconds ?? 10 }, [`pre-flight: ${String(err)}`]);
    }
  },
};

export const orgDirectoryScenario: Scenario = {
  name: 'org-directory',
  summary: `public GET /api/public/organizations?q=${SEARCH}&field=${FIELD}&limit=${LIMIT} (1 connection), over ${SEEDED_ORGANIZATIONS} generated organizations`,
  prepare,

  async baseline({ database }) {
    const { db } = database;
    const query = { q: SEARCH, field: FIELD, limit: LIMIT };
    const bareRun = (d: typeof db) => directoryQuery(d, query, undefined, LIMIT);
    const text = await sqlOf(db, bareRun);
    const bare = await timeLoop(() => bareRun(db), { iterations: 500, maxSeconds: 6 });
    const service = await timeLoop(() => directoryService(db, query), { iterations: 500, maxSeconds: 6 });
    return {
      what: 'bare SQL: the directory query through Kysely (the server\'s own query function), one at a time, no HTTP',
      sql: text,
      ...bare,
      handler: { what: 'the directory service (query, fields, regions, paths), no HTTP', ...service },
    };
  },

  async run({ baseUrl, durationSeconds }) {
    const url = `${baseUrl}/api/public/organizations?q=${encodeURIComponent(SEARCH)}&field=${FIELD}&limit=${LIMIT}`;
    try {
      return await run(url, undefined, durationSeconds);
    } catch (err) {
      return notRun({ connections: 1, durationSeconds: durationSeconds ?? 10 }, [`pre-flight: ${String(err)}`]);
    }
  },
};
