// GET /api/accounts?limit=50 as the Chongqing civil-affairs official (scope '50'): a region-scoped list over a
// seeded table, against the same query run bare through Kysely.
import { sql } from 'kysely';
import { DEMO_PASSWORD } from '../../src/server/demo/seed.ts';
import { listAccounts as listAccountsQuery } from '../../src/server/modules/accounts/queries.ts';
import { listAccounts as listAccountsService } from '../../src/server/modules/accounts/service.ts';
import { hashPassword } from '../../src/server/platform/passwords.ts';
import { resolveSession } from '../../src/server/platform/sessions.ts';
import { sessionFor, sqlOf } from '../lib/db.ts';
import { login, pick, request } from '../lib/http.ts';
import { measure, notRun } from '../lib/load.ts';
import { timeLoop } from '../lib/stats.ts';
import type { Scenario } from '../lib/types.ts';

const USERNAME = 'cq_mz';
const LIMIT = 50;
export const SEEDED_LIAISONS = 5000;
const PREFIX = 'bench_liaison_';
const BATCH = 500;

export const accountsListScenario: Scenario = {
  name: 'accounts-list',
  summary: `authenticated GET /api/accounts?limit=${LIMIT} in scope '50', over ${SEEDED_LIAISONS} seeded liaison accounts`,

  async prepare({ database, analyze }) {
    const { db } = database;
    const seeded = await db.selectFrom('accounts').select('id').where('username_key', 'like', `${PREFIX}%`).limit(1).executeTakeFirst();
    if (seeded) return;
    const towns = (
      await db.selectFrom('regions').select('code').where('level', '=', 4).where('code', 'like', '50%').orderBy('code').execute()
    ).map((r) => r.code);
    if (towns.length === 0) throw new Error('no Chongqing townships loaded');
    // One hash for every row: hashing 5,000 passwords would take minutes, and nobody logs in as these accounts.
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    await db.transaction().execute(async (trx) => {
      for (let start = 0; start < SEEDED_LIAISONS; start += BATCH) {
        const rows = [];
        for (let i = start; i < Math.min(start + BATCH, SEEDED_LIAISONS); i++) {
          const username = `${PREFIX}${String(i).padStart(5, '0')}`;
          rows.push({
            username,
            username_key: username,
            display_name: `压测联系人 ${i}`,
            role: 'liaison' as const,
            department_kind: null,
            scope_region_code: towns[i % towns.length]!,
            organization_id: null,
            password_hash: passwordHash,
            created_by: null,
          });
        }
        await trx.insertInto('accounts').values(rows).execute();
      }
    });
    // Off by default: the server itself never runs ANALYZE, and PGlite has no autovacuum to do it.
    if (analyze) await sql`analyze accounts`.execute(db);
  },

  async baseline({ database, config }) {
    const { db } = database;
    const { token, actor } = await sessionFor(db, config, USERNAME);
    const query = { limit: LIMIT };
    const text = await sqlOf(db, (d) => listAccountsQuery(d, actor, query, undefined));
    const stats = await sql<{ analyzed: boolean }>`
      select (last_analyze is not null or last_autoanalyze is not null) as analyzed
      from pg_stat_user_tables where relname = 'accounts'`.execute(db);
    const bare = await timeLoop(() => listAccountsQuery(db, actor, query, undefined), { iterations: 2000, maxSeconds: 6 });
    const handler = await timeLoop(
      async () => {
        await resolveSession(db, config, token);
        await listAccountsService(db, actor, query);
      },
      { iterations: 2000, maxSeconds: 6 },
    );
    return {
      what: 'bare SQL: the list query through Kysely (the server\'s own query function), one at a time, no HTTP',
      sql: text,
      plannerStatistics: stats.rows[0]?.analyzed ? 'accounts analyzed' : 'none for accounts (never analyzed)',
      ...bare,
      handler: {
        what: 'all database work of one request: resolveSession + the list service (query, region paths, mapping), no HTTP',
        ...handler,
      },
    };
  },

  async run({ baseUrl, durationSeconds }) {
    const spec = {
      url: `${baseUrl}/api/accounts?limit=${LIMIT}`,
      connections: 10,
      durationSeconds: durationSeconds ?? 10,
      warmupSeconds: 2,
    };
    try {
      const { cookie } = await login(baseUrl, USERNAME, DEMO_PASSWORD);
      const headers = { cookie };
      const check = await request(spec.url, { headers });
      const items = pick(check.body, 'items');
      const problems: string[] = [];
      if (check.status !== 200) problems.push(`pre-flight answered ${check.status}: ${JSON.stringify(check.body)}`);
      else if (!Array.isArray(items) || items.length !== LIMIT) problems.push(`pre-flight returned ${Array.isArray(items) ? items.length : 'no'} items, not ${LIMIT}`);
      else if (typeof pick(check.body, 'nextCursor') !== 'string') problems.push('pre-flight: a full page without nextCursor');
      return await measure({ ...spec, headers }, problems);
    } catch (err) {
      return notRun(spec, [`pre-flight: ${String(err)}`]);
    }
  },
};
