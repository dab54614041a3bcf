// Environment read and checked once at boot; every other module receives a Config, never process.env.
import path from 'node:path';
import { Type, type Static } from 'typebox';
import { Value } from 'typebox/value';

export const ConfigSchema = Type.Object({
  port: Type.Integer({ minimum: 0, maximum: 65535 }),
  host: Type.String({ minLength: 1 }),
  dataDir: Type.String({ minLength: 1 }),
  databaseUrl: Type.Optional(Type.String({ pattern: '^postgres(ql)?://' })),
  demo: Type.Boolean(),
  logLevel: Type.Union([
    Type.Literal('fatal'), Type.Literal('error'), Type.Literal('warn'),
    Type.Literal('info'), Type.Literal('debug'), Type.Literal('trace'), Type.Literal('silent'),
  ]),
  sessionIdleMinutes: Type.Integer({ minimum: 1 }),
  sessionAbsoluteHours: Type.Integer({ minimum: 1 }),
  /** How old a session lookup a read (GET) may reuse; writes always read the database. 0 turns the cache off. */
  sessionCacheMs: Type.Integer({ minimum: 0, maximum: 60_000 }),
  trustProxy: Type.Boolean(),
  bodyLimitBytes: Type.Integer({ minimum: 1024 }),
  // The web bundle is served when it exists; tests of the API alone run without it.
  webDistDir: Type.String(),
  jobsPollMs: Type.Integer({ minimum: 10 }),
  /** Which provinces' villages to load ('all', or 2-digit codes): tests and quick demos load one province. */
  /**
   * The secret that encrypts ID numbers and keys their duplicate hash (BANGFU_DATA_KEY: 64 hex characters). Absent:
   * platform/sensitive.ts generates one into <dataDir>/secrets/ on first use. Never in the database or the repository.
   */
  dataKey: Type.Optional(Type.String({ pattern: '^[0-9a-fA-F]{64}$' })),
  /** Days without progress after which a claim lapses, where no department has set its own (CLAIM_LAPSE_DAYS). */
  claimLapseDays: Type.Integer({ minimum: 3, maximum: 365 }),
  villageProvinces: Type.Union([Type.Literal('all'), Type.Array(Type.String({ pattern: '^[0-9]{2}$' }))]),
});
export type Config = Static<typeof ConfigSchema>;

function bool(v: string | undefined, fallback: boolean): boolean {
  if (v === undefined || v === '') return fallback;
  return ['1', 'true', 'yes', 'on'].includes(v.toLowerCase());
}

function int(name: string, v: string | undefined, fallback: number): number {
  if (v === undefined || v === '') return fallback;
  const n = Number(v);
  if (!Number.isInteger(n)) throw new Error(`配置项 ${name} 必须是整数，现在是 "${v}"`);
  return n;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const databaseUrl = env.DATABASE_URL || undefined;
  const config: Config = {
    port: int('PORT', env.PORT, 3000),
    host: env.HOST || 'localhost',
    dataDir: path.resolve(env.BANGFU_DATA_DIR || 'data'),
    ...(databaseUrl ? { databaseUrl } : {}),
    // Demo accounts have a published password: on by default only for the embedded database.
    demo: bool(env.BANGFU_DEMO, databaseUrl === undefined),
    logLevel: (env.LOG_LEVEL || 'info') as Config['logLevel'],
    sessionIdleMinutes: int('SESSION_IDLE_MINUTES', env.SESSION_IDLE_MINUTES, 30),
    sessionAbsoluteHours: int('SESSION_ABSOLUTE_HOURS', env.SESSION_ABSOLUTE_HOURS, 12),
    sessionCacheMs: int('SESSION_CACHE_MS', env.SESSION_CACHE_MS, 2000),
    trustProxy: bool(env.TRUST_PROXY, false),
    bodyLimitBytes: int('BODY_LIMIT_BYTES', env.BODY_LIMIT_BYTES, 1024 * 1024),
    webDistDir: path.resolve(env.BANGFU_WEB_DIST || 'web/dist'),
    jobsPollMs: int('JOBS_POLL_MS', env.JOBS_POLL_MS, 500),
    ...(env.BANGFU_DATA_KEY ? { dataKey: env.BANGFU_DATA_KEY } : {}),
    claimLapseDays: int('CLAIM_LAPSE_DAYS', env.CLAIM_LAPSE_DAYS, 30),
    villageProvinces:
      !env.BANGFU_VILLAGES || env.BANGFU_VILLAGES === 'all' ? 'all' : env.BANGFU_VILLAGES.split(',').map((s) => s.trim()),
    ...overrides,
  };
  const errors = [...Value.Errors(ConfigSchema, config)];
  if (errors.length > 0) {
    const lines = errors.map((e) => `  ${e.instancePath || '/'}: ${e.message}`);
    throw new Error(`配置无效 (invalid configuration):\n${lines.join('\n')}`);
  }
  return config;
}
