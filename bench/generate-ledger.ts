// node --import tsx bench/generate-ledger.ts [--postgres] [--data-dir=DIR | --postgres-url=URL]
//   [--records=N] [--organizations=N] [--households=N]
// Generates the ledger benchmark's data set once, into the database `BENCH_KEEP_LEDGER=1 npm run bench` reuses
// (PGlite: .tmp/bench-ledger; PostgreSQL: bangfu_bench_ledger on BENCH_POSTGRES_URL), or one you name. Boots it as
// `npm start` would (migrations, regions, demo data), generates what is missing (an interrupted run resumes), and
// prints the scale and the seconds of each phase as JSON. Ten million records take a while on two cores: run it in
// the background (nohup) and follow its stderr.
import path from 'node:path';
import pg from 'pg';
import { boot } from '../src/server/boot.ts';
import { loadConfig, type Config } from '../src/server/config.ts';
import {
  KEPT_LEDGER_DATABASE,
  KEPT_LEDGER_DATA_DIR,
  LEDGER_SCALES,
  seedLedger,
  type LedgerScale,
} from './lib/ledger-data.ts';

const say = (message: string) => process.stderr.write(`[ledger-data] ${message}\n`);
const DEFAULT_POSTGRES_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
const USAGE =
  'usage: node --import tsx bench/generate-ledger.ts [--postgres] [--data-dir=DIR | --postgres-url=URL] ' +
  '[--records=N] [--organizations=N] [--households=N]';

interface Options {
  dataDir: string;
  databaseUrl: string | undefined;
  scale: LedgerScale;
}

function count(name: string, value: string, min: number, max: number): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < min || n > max)
    throw new Error(`--${name} must be a whole number from ${min} to ${max}`);
  return n;
}

function parse(argv: string[]): Options {
  let dataDir = path.resolve(KEPT_LEDGER_DATA_DIR);
  let databaseUrl: string | undefined;
  let postgres = false;
  const scale: Partial<LedgerScale> = {};
  for (const arg of argv) {
    const [name, value = ''] = arg.split(/=(.*)/s, 2);
    if (name === '--postgres') postgres = true;
    else if (name === '--data-dir') dataDir = path.resolve(value);
    else if (name === '--postgres-url') databaseUrl = value;
    else if (name === '--records') scale.records = count('records', value, 1_000, 50_000_000);
    else if (name === '--organizations') scale.organizations = count('organizations', value, 10, 1_000_000);
    else if (name === '--households') scale.households = count('households', value, 1_000, 10_000_000);
    else throw new Error(`unknown argument ${arg}\n${USAGE}`);
  }
  if (postgres && !databaseUrl) {
    const url = new URL(process.env.BENCH_POSTGRES_URL || DEFAULT_POSTGRES_URL);
    url.pathname = `/${KEPT_LEDGER_DATABASE}`;
    databaseUrl = url.toString();
  }
  if (databaseUrl && !['127.0.0.1', 'localhost', '[::1]'].includes(new URL(databaseUrl).hostname)) {
    throw new Error('only a PostgreSQL server on loopback: this writes millions of rows');
  }
  const base = LEDGER_SCALES[databaseUrl ? 'postgres' : 'pglite'];
  return { dataDir, databaseUrl, scale: { ...base, ...scale } };
}

/** Creates the database named in `url` when it does not exist yet (kept across runs: never dropped here). */
async function ensureDatabase(url: string): Promise<void> {
  const admin = new URL(url);
  const name = admin.pathname.slice(1);
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`unexpected database name ${name}`);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString(), connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`create database ${name}`);
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  const options = parse(process.argv.slice(2));
  if (options.databaseUrl) await ensureDatabase(options.databaseUrl);
  const overrides: Partial<Config> = {
    dataDir: options.dataDir,
    demo: true,
    logLevel: 'warn',
    villageProvinces: ['50'],
    ...(options.databaseUrl ? { databaseUrl: options.databaseUrl } : {}),
  };
  // An empty environment: a DATABASE_URL in the caller's shell must not receive millions of generated records.
  const config = loadConfig({}, overrides);
  say(options.databaseUrl ? `database: ${options.databaseUrl}` : `database: PGlite in ${options.dataDir}`);
  const booted = await boot(config, say);
  try {
    await booted.background();
    const generation = await seedLedger(booted.database, options.scale, say);
    process.stdout.write(`${JSON.stringify(generation, null, 2)}\n`);
  } finally {
    await booted.database.close();
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    say(err instanceof Error ? (err.stack ?? err.message) : String(err));
    process.exit(1);
  },
);
