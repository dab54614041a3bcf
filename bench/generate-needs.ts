// node --import tsx bench/generate-needs.ts [--data-dir=DIR | --postgres-url=URL] [--count=N]
// Generates the need-search benchmark's needs into a database that stays: to look at a million needs in the web app
// (`BANGFU_DATA_DIR=DIR npm start`), or to study plans by hand. Boots the database as `npm start` does (migrations,
// regions with Chongqing's villages, demo data), generates, runs ANALYZE, then prints how each search of the
// benchmark's mix reads `needs` (EXPLAIN ANALYZE) as JSON on stdout.
import path from 'node:path';
import { chinaToday } from '../src/common/glossary.ts';
import { boot } from '../src/server/boot.ts';
import { loadConfig, type Config } from '../src/server/config.ts';
import { BENCH_NEED_DESCRIPTION, seedNeeds, settleNeeds } from './lib/needs-data.ts';
import { explainMix, SEEDED_NEEDS } from './scenarios/needs.ts';

const say = (message: string) => process.stderr.write(`[needs-data] ${message}\n`);

function parse(argv: string[]): { dataDir: string; databaseUrl: string | undefined; count: number } {
  let dataDir = path.resolve('data-bench-needs');
  let databaseUrl: string | undefined;
  let count = SEEDED_NEEDS;
  for (const arg of argv) {
    const [name, value = ''] = arg.split(/=(.*)/s, 2);
    if (name === '--data-dir') dataDir = path.resolve(value);
    else if (name === '--postgres-url') databaseUrl = value;
    else if (name === '--count') count = Number(value);
    else
      throw new Error(
        `unknown argument ${arg}\nusage: node --import tsx bench/generate-needs.ts [--data-dir=DIR | --postgres-url=URL] [--count=N]`,
      );
  }
  if (!Number.isSafeInteger(count) || count < 1000 || count > 20_000_000)
    throw new Error('--count must be a whole number from 1000 to 20000000');
  if (databaseUrl && !['127.0.0.1', 'localhost', '[::1]'].includes(new URL(databaseUrl).hostname)) {
    throw new Error('only a PostgreSQL server on loopback: this writes a million rows');
  }
  return { dataDir, databaseUrl, count };
}

async function main(): Promise<void> {
  const options = parse(process.argv.slice(2));
  const overrides: Partial<Config> = {
    dataDir: options.dataDir,
    demo: true,
    logLevel: 'warn',
    villageProvinces: ['50'],
    ...(options.databaseUrl ? { databaseUrl: options.databaseUrl } : {}),
  };
  // An empty environment: a DATABASE_URL in the caller's shell must not receive a million generated needs.
  const config = loadConfig({}, overrides);
  say(options.databaseUrl ? `database: ${options.databaseUrl}` : `database: PGlite in ${options.dataDir}`);
  const booted = await boot(config, say);
  try {
    await booted.background();
    const { db } = booted.database;
    const existing = await db
      .selectFrom('needs')
      .select('id')
      .where('description', '=', BENCH_NEED_DESCRIPTION)
      .limit(1)
      .executeTakeFirst();
    if (existing) say('generated needs are already there: not adding more');
    else {
      const started = Date.now();
      await seedNeeds(db, { count: options.count, today: chinaToday(), log: say });
      say(`generated ${options.count.toLocaleString('en')} needs in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    }
    await settleNeeds(db);
    const plans = await explainMix(db);
    process.stdout.write(`${JSON.stringify(plans, null, 2)}\n`);
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
