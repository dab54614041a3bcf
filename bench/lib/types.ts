// What a scenario is: optional work with the database to itself (seed, bare-SQL baseline), then load over HTTP.
import type { Config } from '../../src/server/config.ts';
import type { Database } from '../../src/server/db/kysely.ts';
import type { LoadResult } from './load.ts';
import type { TimedLoop } from './stats.ts';

export interface DatabaseContext {
  database: Database;
  config: Config;
  /** `--analyze`: gather planner statistics after seeding (PGlite has no autovacuum, so by default none exist). */
  analyze: boolean;
}

export interface HttpContext {
  /** http://127.0.0.1:<port> of the server under test. */
  baseUrl: string;
  /** Overrides every scenario's duration (`--duration=N`), for quick runs. */
  durationSeconds?: number | undefined;
}

/** The same work as the route, measured without HTTP: the SQL (or hashing) the handler waits on. */
export interface Baseline extends TimedLoop {
  what: string;
  /** The SQL text, when the baseline is one query. */
  sql?: string;
  /** Further measurements of the same work at another layer (e.g. the whole service function). */
  [more: string]: unknown;
}

export interface Scenario {
  name: string;
  /** One line: what the number means. */
  summary: string;
  /** Runs before the server starts, with the database to itself (PGlite admits one process). */
  prepare?(ctx: DatabaseContext): Promise<void>;
  /** Runs after every prepare, still before the server starts. */
  baseline?(ctx: DatabaseContext): Promise<Baseline>;
  /** Logs in if needed, checks one response by hand, then puts the route under load. */
  run(ctx: HttpContext): Promise<LoadResult>;
}
