// GET /api/auth/session with a session cookie: the cheapest authenticated route (session lookup, account, region
// path), so it shows the fixed cost every authenticated request pays.
import { DEMO_PASSWORD } from '../../src/server/demo/seed.ts';
import { sessionAccount } from '../../src/server/modules/auth/service.ts';
import { resolveSession } from '../../src/server/platform/sessions.ts';
import { sessionFor } from '../lib/db.ts';
import { login, pick, request } from '../lib/http.ts';
import { measure, notRun } from '../lib/load.ts';
import { timeLoop } from '../lib/stats.ts';
import type { Scenario } from '../lib/types.ts';

const USERNAME = 'cq_mz';

export const sessionReadScenario: Scenario = {
  name: 'session-read',
  summary: 'authenticated GET /api/auth/session (session lookup + account + region path)',

  async baseline({ database, config }) {
    const { token, actor } = await sessionFor(database.db, config, USERNAME);
    const loop = await timeLoop(
      async () => {
        await resolveSession(database.db, config, token);
        await sessionAccount(database.db, actor.accountId);
      },
      { iterations: 3000, maxSeconds: 5 },
    );
    return { what: "the route's SQL via the server's own functions (resolveSession + sessionAccount: 3 queries), no HTTP", ...loop };
  },

  async run({ baseUrl, durationSeconds }) {
    const spec = { url: `${baseUrl}/api/auth/session`, connections: 10, durationSeconds: durationSeconds ?? 10, warmupSeconds: 2 };
    try {
      const { cookie } = await login(baseUrl, USERNAME, DEMO_PASSWORD);
      const headers = { cookie };
      const check = await request(spec.url, { headers });
      const who = pick(check.body, 'account', 'username');
      const problems =
        check.status === 200 && who === USERNAME ? [] : [`pre-flight answered ${check.status} for ${JSON.stringify(who)}`];
      return await measure({ ...spec, headers }, problems);
    } catch (err) {
      return notRun(spec, [`pre-flight: ${String(err)}`]);
    }
  },
};
