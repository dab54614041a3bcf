// POST /api/auth/login with a demo account. argon2id makes each login cost tens of milliseconds of CPU on purpose,
// so this measures how many logins a second one server process can take, not the web stack.
import { DEMO_PASSWORD } from '../../src/server/demo/seed.ts';
import { login as loginService } from '../../src/server/modules/auth/service.ts';
import { verifyPassword } from '../../src/server/platform/passwords.ts';
import { login, loginRequest, pick } from '../lib/http.ts';
import { measure, notRun } from '../lib/load.ts';
import { timeLoop } from '../lib/stats.ts';
import type { Scenario } from '../lib/types.ts';

const USERNAME = 'cq_mz';

export const loginScenario: Scenario = {
  name: 'login',
  summary: 'successful logins (argon2id verify + 4 writes: attempt, last login, session, audit row)',

  async baseline({ database, config }) {
    const { password_hash: hash } = await database.db
      .selectFrom('accounts')
      .select('password_hash')
      .where('username_key', '=', USERNAME)
      .executeTakeFirstOrThrow();
    if (!(await verifyPassword(hash, DEMO_PASSWORD))) throw new Error(`the demo password does not verify for ${USERNAME}`);
    const verify = await timeLoop(() => verifyPassword(hash, DEMO_PASSWORD), { iterations: 40, warmup: 2, maxSeconds: 5 });
    const ctx = { actor: null, ip: '127.0.0.1', requestId: null };
    const service = await timeLoop(
      () => loginService(database.db, config, ctx, { username: USERNAME, password: DEMO_PASSWORD }, 'bangfu-bench'),
      { iterations: 30, warmup: 2, maxSeconds: 5 },
    );
    return {
      what: 'argon2id verification of the password alone (no SQL, no HTTP), one at a time',
      ...verify,
      service: { what: 'the whole login service function (throttle check, verify, transaction), no HTTP', ...service },
    };
  },

  async run({ baseUrl, durationSeconds }) {
    const spec = {
      url: `${baseUrl}/api/auth/login`,
      ...loginRequest(USERNAME, DEMO_PASSWORD),
      connections: 4,
      durationSeconds: durationSeconds ?? 10,
      warmupSeconds: 1,
    };
    try {
      const { reply } = await login(baseUrl, USERNAME, DEMO_PASSWORD);
      const who = pick(reply.body, 'account', 'username');
      const problems = who === USERNAME ? [] : [`login answered for ${JSON.stringify(who)}, not ${USERNAME}`];
      return await measure(spec, problems);
    } catch (err) {
      return notRun(spec, [`pre-flight: ${String(err)}`]);
    }
  },
};
