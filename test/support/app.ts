// buildTestApp(): the real app on its own database, plus helpers to act as a demo account.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before } from 'node:test';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/server/app.ts';
import { loadConfig, type Config } from '../../src/server/config.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../src/server/demo/seed.ts';
import { openTestDatabase, type TestDatabase } from './database.ts';

export type DemoUsername =
  | 'admin' | 'cq_admin' | 'cq_mz' | 'wuxi_xczx' | 'chengkou_mz' | 'hongchiba' | 'zhonggang' | 'org_admin' | 'org_member' | 'caring' | 'sd_org';

export interface Session {
  username: string;
  cookie: string;
  csrfToken: string;
  accountId: number;
}

export interface TestApp {
  app: FastifyInstance;
  database: TestDatabase;
  config: Config;
  /** Logs in through the API (cached per username within the file unless `fresh`). */
  login(username: string, password?: string, fresh?: boolean): Promise<Session>;
  /** A request as `who` (a session, a demo username, or null for the anonymous public). */
  request(who: Session | string | null, options: InjectOptions): Promise<LightMyRequestResponse>;
  accountId(username: string): Promise<number>;
  close(): Promise<void>;
}

/**
 * The ID-number secret of every test app (fictional, for tests only): data encrypted in the shared template, or by
 * another app of the same file, decrypts everywhere.
 */
export const TEST_DATA_KEY = '7e57da7a'.repeat(8);

export interface TestAppOptions {
  config?: Partial<Config>;
  /** Collects log lines (tests of redaction). */
  logStream?: { write(line: string): void };
}

export async function buildTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const database = await openTestDatabase();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bangfu-test-'));
  const config = loadConfig({}, { dataDir, logLevel: options.logStream ? 'info' : 'silent', demo: true, webDistDir: path.join(dataDir, 'no-web'), dataKey: TEST_DATA_KEY, ...options.config });
  const app = await buildApp({
    config,
    database,
    ...(options.logStream ? { logStream: options.logStream } : { quiet: true }),
  });
  await app.ready();
  const sessions = new Map<string, Session>();

  const login = async (username: string, password = DEMO_PASSWORD, fresh = false): Promise<Session> => {
    const cached = sessions.get(username);
    if (cached && password === DEMO_PASSWORD && !fresh) return cached;
    const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
    if (res.statusCode !== 200) throw new Error(`login as ${username} failed: ${res.statusCode} ${res.body}`);
    const cookie = res.cookies.find((c) => c.name === 'bangfu_session');
    const body = res.json<{ csrfToken: string; account: { id: number } }>();
    const session = { username, cookie: `bangfu_session=${cookie!.value}`, csrfToken: body.csrfToken, accountId: body.account.id };
    if (!fresh) sessions.set(username, session);
    return session;
  };

  const request = async (who: Session | string | null, opts: InjectOptions) => {
    const session = typeof who === 'string' ? await login(who) : who;
    const headers: Record<string, string> = { ...(opts.headers as Record<string, string> | undefined) };
    if (session) {
      headers.cookie = session.cookie;
      headers['x-csrf-token'] = session.csrfToken;
    }
    return app.inject({ ...opts, headers });
  };

  const accountId = async (username: string) => {
    const row = await database.db.selectFrom('accounts').select('id').where('username_key', '=', username.toLowerCase()).executeTakeFirstOrThrow();
    return row.id;
  };

  const close = async () => {
    await app.jobs.stop();
    await app.close();
    await database.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };

  return { app, database, config, login, request, accountId, close };
}

/** Registers before/after hooks in the calling suite and returns a getter for its app. */
export function useTestApp(options: TestAppOptions = {}): () => TestApp {
  let t: TestApp | undefined;
  before(async () => {
    t = await buildTestApp(options);
  });
  after(async () => {
    await t?.close();
  });
  return () => {
    if (!t) throw new Error('the test app is not built yet (use it inside a test)');
    return t;
  };
}

export const DEMO_USERNAMES = DEMO_ACCOUNTS.map((a) => a.username) as DemoUsername[];
