// What every entry point does before serving: open the database, migrate, load reference data, seed the demo.
// The villages (level 5, about 620k rows) are the slow part of a first start: npm start loads them after it starts
// serving (`background`), then imports the demo's designated villages; tests and the CLI load everything up front.
import { sql } from 'kysely';
import type { Config } from './config.ts';
import { openDatabase, type Database } from './db/kysely.ts';
import { migrateToLatest } from './db/migrate.ts';
import { seedDemoNeeds } from './demo/needs.ts';
import { seedDemoLedger } from './demo/ledger.ts';
import { seedDemoProjects } from './demo/projects.ts';
import { seedDemo, seedDemoVillages, type DemoAccount } from './demo/seed.ts';
import { sensitiveFor } from './platform/sensitive.ts';
import { loadRegions } from './modules/regions/load.ts';
import { readiness } from './platform/readiness.ts';

export interface Booted {
  database: Database;
  migrations: string[];
  demoAccounts: DemoAccount[];
  /**
   * Loads what was left for after the start (the villages, then the demo's designated villages), one province at a
   * time so the server keeps answering; call it once the server listens. It never rejects: failures are logged.
   */
  background: (signal?: AbortSignal) => Promise<void>;
}

export async function boot(config: Config, log: (message: string) => void = () => undefined): Promise<Booted> {
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    const migrations = await migrateToLatest(database.db);
    if (migrations.length > 0) log(`数据库迁移：${migrations.join(', ')}`);
    const regionOptions = { pglite: database.pglite, villageProvinces: config.villageProvinces, onProgress: log };
    const loaded = await loadRegions(database.db, { ...regionOptions, levels: [1, 2, 3, 4] });
    if (loaded > 0) log(`已载入行政区划 ${loaded} 条（省、市、县、乡级）`);
    const demoAccounts = config.demo ? await seedDemo(database.db, { villages: false }) : [];
    // PGlite has no autovacuum: without statistics the planner scans where an index would do.
    await sql`analyze`.execute(database.db);
    const background = async (signal?: AbortSignal) => {
      readiness.villages = 'loading';
      try {
        const villages = await loadRegions(database.db, { ...regionOptions, levels: [5], ...(signal ? { signal } : {}) });
        if (signal?.aborted) return;
        if (config.demo) {
          await seedDemoVillages(database.db);
          await seedDemoNeeds(database.db, sensitiveFor(config));
          await seedDemoProjects(database.db, config);
          await seedDemoLedger(database.db);
        }
        if (villages > 0) {
          await sql`analyze regions`.execute(database.db);
          log(`已载入村级行政区划 ${villages} 条`);
        }
        readiness.villages = 'ready';
      } catch (err) {
        readiness.villages = 'failed';
        log(`村级行政区划载入失败：${err instanceof Error ? err.message : String(err)}（重启后会继续载入）`);
      }
    };
    return { database, migrations, demoAccounts, background };
  } catch (err) {
    await database.close();
    throw err;
  }
}
