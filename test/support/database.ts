// Per-test-file databases cloned from a migrated, seeded template: a dumped PGlite data directory (cached on disk,
// keyed by the sources that shape it), or on PostgreSQL (TEST_DATABASE_URL) a template database.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { openDatabase, type Database } from '../../src/server/db/kysely.ts';
import { migrateToLatest } from '../../src/server/db/migrate.ts';
import { seedDemo } from '../../src/server/demo/seed.ts';
import { loadRegions } from '../../src/server/modules/regions/load.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
/** Tests load all regions down to township, and villages of Chongqing only. */
export const TEST_VILLAGE_PROVINCES = ['50'];

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? filesUnder(p) : [p];
  });
}

/** A hash of everything that shapes the template, so a changed migration or seed builds a new one. */
function templateKey(): string {
  const files = [
    ...filesUnder(path.join(ROOT, 'db/migrations')),
    path.join(ROOT, 'src/server/modules/regions/load.ts'),
    ...filesUnder(path.join(ROOT, 'src/server/demo')),
    ...filesUnder(path.join(ROOT, 'src/server/modules/key-areas')).filter((f) => !f.endsWith('.test.ts')),
    path.join(ROOT, 'test/support/database.ts'),
  ].sort();
  const h = crypto.createHash('sha256');
  for (const f of files) h.update(f).update(fs.readFileSync(f));
  return h.digest('hex').slice(0, 16);
}

async function prepare(database: Database): Promise<void> {
  await migrateToLatest(database.db);
  await loadRegions(database.db, { pglite: database.pglite, villageProvinces: TEST_VILLAGE_PROVINCES });
  await seedDemo(database.db);
}

async function pgliteTemplate(): Promise<Blob> {
  const dir = path.join(ROOT, '.tmp');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `test-template-${templateKey()}.tar`);
  if (!fs.existsSync(file)) {
    const database = await openDatabase({ memory: true });
    await prepare(database);
    // Uncompressed: it loads in about half the time of a gzipped dump.
    const dump = await database.pglite!.dumpDataDir('none');
    await database.close();
    // Test files start in parallel: write aside and rename, so a reader never sees half a file.
    const partial = `${file}.${process.pid}.partial`;
    fs.writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
    fs.renameSync(partial, file);
  }
  return new Blob([fs.readFileSync(file)]);
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function postgresTemplate(adminUrl: string): Promise<string> {
  const name = `bangfu_tpl_${templateKey()}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    // One process builds the template; the others wait on the lock and then find it.
    await admin.query('select pg_advisory_lock(727274)');
    const exists = await admin.query('select 1 from pg_database where datname = $1', [name]);
    if (exists.rowCount === 0) {
      await admin.query(`drop database if exists ${name}_building with (force)`);
      await admin.query(`create database ${name}_building`);
      const database = await openDatabase({ databaseUrl: withDatabase(adminUrl, `${name}_building`), poolSize: 2 });
      try {
        await prepare(database);
      } finally {
        await database.close();
      }
      await admin.query(`alter database ${name}_building rename to ${name}`);
    }
    await admin.query('select pg_advisory_unlock(727274)');
  } finally {
    await admin.end();
  }
  return name;
}

export interface TestDatabase extends Database {
  label: 'pglite' | 'postgres';
}

export async function openTestDatabase(): Promise<TestDatabase> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    const database = await openDatabase({ memory: true, loadDataDir: await pgliteTemplate() });
    return { ...database, label: 'pglite' };
  }
  const template = await postgresTemplate(adminUrl);
  const name = `bangfu_t_${process.pid}_${crypto.randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name} template ${template}`);
  await admin.end();
  const database = await openDatabase({ databaseUrl: withDatabase(adminUrl, name), poolSize: 4 });
  return {
    ...database,
    label: 'postgres',
    close: async () => {
      await database.close();
      const cleanup = new pg.Client({ connectionString: adminUrl });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}

/** Drops the template databases this suite made (the orchestrator calls it after the PostgreSQL run). */
export async function dropPostgresTemplates(adminUrl: string): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  const { rows } = await admin.query<{ datname: string }>("select datname from pg_database where datname like 'bangfu_tpl_%' or datname like 'bangfu_t_%'");
  for (const r of rows) await admin.query(`drop database if exists ${r.datname} with (force)`);
  await admin.end();
}

/** Builds the template once before test files start in parallel (the orchestrator calls it). */
export async function prepareTemplate(): Promise<void> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (adminUrl) await postgresTemplate(adminUrl);
  else await pgliteTemplate();
}
