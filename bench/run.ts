// npm run bench [-- NAME ...] [--duration=N] [--postgres]
// Boots the real server on 127.0.0.1 with a fresh temporary database, puts each scenario under load, prints one JSON
// report to stdout (progress goes to stderr) and writes it to bench/results/. Exit code 1 when a scenario is not ok.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { boot } from '../src/server/boot.ts';
import { loadConfig, type Config } from '../src/server/config.ts';
import type { LoadResult } from './lib/load.ts';
import { startServer, type RunningServer } from './lib/server.ts';
import { round } from './lib/stats.ts';
import type { Baseline, Scenario } from './lib/types.ts';
import { accountsListScenario } from './scenarios/accounts-list.ts';
import { loginScenario } from './scenarios/login.ts';
import { sessionReadScenario } from './scenarios/session-read.ts';
import { keyAreasPublicScenario, keyAreaUploadScenario } from './scenarios/key-areas.ts';
import { regionChildrenScenario, regionPathScenario, regionSearchScenario } from './scenarios/regions.ts';
import { orgDirectoryScenario, orgSearchScenario } from './scenarios/organizations.ts';
import { needSearchScenario } from './scenarios/needs.ts';
import { checklistScenario, coverageScenario } from './scenarios/projects.ts';
import { ledgerImportScenario, ledgerStatisticsScenario } from './scenarios/ledger.ts';
import { KEPT_LEDGER_DATABASE, KEPT_LEDGER_DATA_DIR } from './lib/ledger-data.ts';

const SCENARIOS: Scenario[] = [
  loginScenario,
  sessionReadScenario,
  accountsListScenario,
  regionChildrenScenario,
  regionPathScenario,
  regionSearchScenario,
  keyAreaUploadScenario,
  keyAreasPublicScenario,
  orgSearchScenario,
  orgDirectoryScenario,
  needSearchScenario,
  coverageScenario,
  checklistScenario,
  ledgerStatisticsScenario,
  ledgerImportScenario,
];

/**
 * Scenarios that generate a national-scale data set (tens of minutes): run only when named, and given 90 minutes.
 */
const ON_REQUEST = new Set(['ledger-statistics', 'ledger-import']);
/** The whole run, whatever happens: past this the server is killed and the run fails (BENCH_DEADLINE_MINUTES). */
const deadlineMs = (ledger: boolean) => (Number(process.env.BENCH_DEADLINE_MINUTES) || (ledger ? 90 : 10)) * 60_000;
/**
 * BENCH_KEEP_LEDGER=1: run on the database bench/generate-ledger.ts fills and keeps (PGlite: .tmp/bench-ledger;
 * PostgreSQL: bangfu_bench_ledger), created when missing and never removed, instead of a throwaway one.
 */
const KEEP = process.env.BENCH_KEEP_LEDGER === '1';
const DEFAULT_POSTGRES_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

const say = (message: string) => process.stderr.write(`[bench] ${message}\n`);

interface Options {
  names: string[];
  durationSeconds: number | undefined;
  postgres: boolean;
  analyze: boolean;
}

function usage(): string {
  return [
    'usage: npm run bench [-- [NAME ...] [--duration=SECONDS] [--postgres] [--analyze]]',
    `  NAME         run only these scenarios: ${SCENARIOS.map((s) => s.name).join(', ')} (${[...ON_REQUEST].join(', ')} only when named)`,
    '  --duration   seconds of measured load per scenario (1-120), instead of each scenario\'s own',
    `  --postgres   run on a throwaway database on local PostgreSQL (BENCH_POSTGRES_URL, default ${DEFAULT_POSTGRES_URL})`,
    '  --analyze    run ANALYZE on seeded tables (the server never does; PGlite has no autovacuum)',
  ].join('\n');
}

function parseArgs(argv: string[]): Options {
  const options: Options = { names: [], durationSeconds: undefined, postgres: false, analyze: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') {
      process.stderr.write(`${usage()}\n`);
      process.exit(0);
    } else if (arg === '--postgres') {
      options.postgres = true;
    } else if (arg === '--analyze') {
      options.analyze = true;
    } else if (arg === '--duration' || arg.startsWith('--duration=')) {
      const value = arg === '--duration' ? argv[++i] : arg.slice('--duration='.length);
      const n = Number(value);
      if (!Number.isInteger(n) || n < 1 || n > 120) throw new Error(`--duration must be a whole number of seconds from 1 to 120, not ${value}`);
      options.durationSeconds = n;
    } else if (arg.startsWith('-')) {
      throw new Error(`unknown option ${arg}\n${usage()}`);
    } else {
      if (!SCENARIOS.some((s) => s.name === arg)) throw new Error(`unknown scenario "${arg}"\n${usage()}`);
      options.names.push(arg);
    }
  }
  return options;
}

/** A throwaway database on a loopback PostgreSQL server (or the kept one); returns its URL and how to drop it. */
async function throwawayPostgres(): Promise<{ url: string; drop: () => Promise<void> }> {
  const adminUrl = process.env.BENCH_POSTGRES_URL || DEFAULT_POSTGRES_URL;
  const admin = new URL(adminUrl);
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(admin.hostname)) {
    throw new Error(`the benchmark only talks to a PostgreSQL server on loopback, not ${admin.hostname}`);
  }
  const name = KEEP ? KEPT_LEDGER_DATABASE : `bangfu_bench_${process.pid}`;
  const run = async (statement: string, values: string[] = []) => {
    const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 10_000 });
    await client.connect();
    try {
      return await client.query(statement, values);
    } finally {
      await client.end();
    }
  };
  const drop = async () => void (await run(`drop database if exists ${name} with (force)`));
  if (!KEEP) await drop();
  if (!KEEP || (await run('select 1 from pg_database where datname = $1', [name])).rowCount === 0) {
    await run(`create database ${name}`);
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: KEEP ? async () => undefined : drop };
}

interface ScenarioReport extends LoadResult {
  name: string;
  summary: string;
  baseline?: Baseline;
}

async function main(): Promise<number> {
  const options = parseArgs(process.argv.slice(2));
  const selected =
    options.names.length > 0
      ? SCENARIOS.filter((s) => options.names.includes(s.name))
      : SCENARIOS.filter((s) => !ON_REQUEST.has(s.name));
  const deadline = deadlineMs(selected.some((s) => ON_REQUEST.has(s.name)));
  const startedAt = new Date();
  const loadAtStart = round(os.loadavg()[0] ?? 0, 2);
  const cleanups: (() => Promise<void>)[] = [];
  const cleanUp = async () => {
    while (cleanups.length > 0) {
      try {
        await cleanups.pop()!();
      } catch (err) {
        say(`clean-up failed: ${String(err)}`);
      }
    }
  };
  let server: RunningServer | undefined;
  const watchdog = setTimeout(() => {
    say(`still running after ${deadline / 60_000} minutes: giving up`);
    void cleanUp().finally(() => process.exit(2));
  }, deadline);
  watchdog.unref();
  process.once('SIGINT', () => {
    say('interrupted: cleaning up');
    void cleanUp().finally(() => process.exit(130));
  });

  try {
    const dataDir = KEEP
      ? path.resolve(KEPT_LEDGER_DATA_DIR)
      : await fs.mkdtemp(path.join(os.tmpdir(), 'bangfu-bench-'));
    if (KEEP) await fs.mkdir(dataDir, { recursive: true });
    else cleanups.push(() => fs.rm(dataDir, { recursive: true, force: true }));
    let databaseUrl: string | undefined;
    if (options.postgres) {
      const pgdb = await throwawayPostgres();
      cleanups.push(pgdb.drop);
      databaseUrl = pgdb.url;
    }
    const overrides: Partial<Config> = {
      host: '127.0.0.1',
      port: 0,
      dataDir,
      demo: true,
      logLevel: 'warn',
      villageProvinces: ['50'],
      ...(databaseUrl ? { databaseUrl } : {}),
    };
    // An empty environment: a DATABASE_URL in the caller's shell must not send the seeding into a real database.
    const config = loadConfig({}, overrides);
    say(databaseUrl ? `database: PostgreSQL ${databaseUrl}` : `database: PGlite in ${dataDir}`);

    // 1. The database to ourselves: migrate, load regions, seed, then the bare baselines (PGlite admits one process).
    let bootStarted = Date.now();
    const booted = await boot(config, (m) => say(m));
    // Measure on the whole tree: the villages npm start loads in the background.
    await booted.background();
    say(`boot: ${((Date.now() - bootStarted) / 1000).toFixed(1)} s`);
    const baselines = new Map<string, Baseline>();
    let databaseVersion: string;
    try {
      const version = await sql<{ version: string }>`select version() as version`.execute(booted.database.db);
      databaseVersion = version.rows[0]?.version ?? 'unknown';
      for (const scenario of selected) {
        if (!scenario.prepare) continue;
        const t = Date.now();
        await scenario.prepare({ database: booted.database, config, analyze: options.analyze });
        say(`${scenario.name}: prepared in ${((Date.now() - t) / 1000).toFixed(1)} s`);
      }
      for (const scenario of selected) {
        if (!scenario.baseline) continue;
        say(`${scenario.name}: baseline`);
        baselines.set(scenario.name, await scenario.baseline({ database: booted.database, config, analyze: options.analyze }));
      }
    } finally {
      await booted.database.close();
    }

    // 2. The server in its own process, then each scenario's load from this one.
    bootStarted = Date.now();
    server = await startServer(overrides);
    const running = server;
    cleanups.push(() => running.stop());
    say(`server ${server.baseUrl} (pid ${server.pid}) up in ${((Date.now() - bootStarted) / 1000).toFixed(1)} s`);
    const reports: ScenarioReport[] = [];
    for (const scenario of selected) {
      say(`${scenario.name}: ${scenario.summary}`);
      const result = await scenario.run({ baseUrl: server.baseUrl, durationSeconds: options.durationSeconds });
      const baseline = baselines.get(scenario.name);
      reports.push({ name: scenario.name, summary: scenario.summary, ...result, ...(baseline ? { baseline } : {}) });
      say(
        `${scenario.name}: ${result.ok ? 'ok' : 'NOT OK'} ${result.requests.perSecond} req/s, ` +
          `p50 ${result.latencyMs.p50} ms, p95 ${result.latencyMs.p95} ms, non-2xx ${result.non2xx}` +
          (result.problems.length > 0 ? ` (${result.problems.join('; ')})` : ''),
      );
    }
    await server.stop();

    const cpus = os.cpus();
    const report = {
      startedAt: startedAt.toISOString(),
      finishedAt: new Date().toISOString(),
      ok: reports.every((r) => r.ok),
      machine: {
        cpus: cpus.length,
        cpuModel: cpus[0]?.model.trim() ?? 'unknown',
        totalMemGiB: round(os.totalmem() / 2 ** 30, 1),
        node: process.version,
        platform: `${process.platform}-${process.arch}`,
        database: databaseUrl ? 'postgresql' : 'pglite',
        databaseVersion,
        // Other work on the machine skews every number: compare runs only at a similar load.
        loadAverage1mAtStart: loadAtStart,
      },
      setup: {
        server: 'a child process (bench/lib/server-child.ts): boot() + buildApp() with jobs running, log level warn',
        loadGenerator: 'autocannon in the parent process, one request in flight per connection',
        villageProvinces: config.villageProvinces,
        keptDatabase: KEEP,
        durationOverrideSeconds: options.durationSeconds ?? null,
        analyzeAfterSeeding: options.analyze,
      },
      scenarios: reports,
    };
    const json = JSON.stringify(report, null, 2);
    // Wait for the write: stdout may be an asynchronous pipe, and the process exits right after.
    await new Promise<void>((resolve) => process.stdout.write(`${json}\n`, () => resolve()));
    const resultsDir = path.join(import.meta.dirname, 'results');
    await fs.mkdir(resultsDir, { recursive: true });
    // Colons are not allowed in Windows file names.
    const file = path.join(resultsDir, `${startedAt.toISOString().replace(/:/g, '-')}.json`);
    await fs.writeFile(file, `${json}\n`);
    say(`written to ${path.relative(process.cwd(), file)}`);
    return report.ok ? 0 : 1;
  } finally {
    await cleanUp();
    clearTimeout(watchdog);
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    say(err instanceof Error ? (err.stack ?? err.message) : String(err));
    process.exit(1);
  },
);
