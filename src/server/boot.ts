// What every entry point does before serving: open the database, migrate, load reference data, seed the demo.
import { sql } from 'kysely';
import type { Config } from './config.ts';
import { openDatabase, type Database } from './db/kysely.ts';
import { migrateToLatest } from './db/migrate.ts';
import { seedDemo, type DemoAccount } from './demo/seed.ts';
import { loadRegions } from './modules/regions/load.ts';

export interface Booted {
  database: Database;
  migrations: string[];
  demoAccounts: DemoAccount[];
}

export async function boot(config: Config, log: (message: string) => void = () => undefined): Promise<Booted> {
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    const migrations = await migrateToLatest(database.db);
    if (migrations.length > 0) log(`数据库迁移：${migrations.join(', ')}`);
    const loaded = await loadRegions(database.db, { pglite: database.pglite, villageProvinces: config.villageProvinces, onProgress: log });
    if (loaded > 0) log(`已载入行政区划 ${loaded} 条`);
    const demoAccounts = config.demo ? await seedDemo(database.db) : [];
    // PGlite has no autovacuum: without statistics the planner scans where an index would do.
    await sql`analyze`.execute(database.db);
    return { database, migrations, demoAccounts };
  } catch (err) {
    await database.close();
    throw err;
  }
}
