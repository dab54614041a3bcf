// Database helpers for the baselines: a real session and its actor, and the SQL text of a query function's query.
import type {
  Kysely, KyselyPlugin, PluginTransformQueryArgs, PluginTransformResultArgs, QueryResult, RootOperationNode, UnknownRow,
} from 'kysely';
import type { Config } from '../../src/server/config.ts';
import type { DB } from '../../src/server/db/types.ts';
import type { Actor } from '../../src/server/platform/access.ts';
import { createSession, resolveSession } from '../../src/server/platform/sessions.ts';

/** Opens a session for `username` the way login does, and resolves it the way every request does. */
export async function sessionFor(db: Kysely<DB>, config: Config, username: string): Promise<{ token: string; actor: Actor }> {
  const account = await db.selectFrom('accounts').select('id').where('username_key', '=', username).executeTakeFirstOrThrow();
  const { token } = await createSession(db, config, account.id, { ip: '127.0.0.1', userAgent: 'bangfu-bench' });
  const found = await resolveSession(db, config, token);
  if (!found || !('actor' in found)) throw new Error(`the session of ${username} did not resolve`);
  return { token, actor: found.actor };
}

/** Records the SQL of the first query run through a Kysely instance that uses this plugin. */
class CaptureSql implements KyselyPlugin {
  sql: string | undefined;
  constructor(private readonly db: Kysely<DB>) {}
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    this.sql ??= this.db.getExecutor().compileQuery(args.node, args.queryId).sql;
    return args.node;
  }
  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return args.result;
  }
}

/** The SQL text that `run` sends first (it is run once). */
export async function sqlOf(db: Kysely<DB>, run: (db: Kysely<DB>) => Promise<unknown>): Promise<string> {
  const capture = new CaptureSql(db);
  await run(db.withPlugin(capture));
  return (capture.sql ?? '').replace(/\s+/g, ' ').trim();
}
