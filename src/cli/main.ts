// The operators' command line: npm run cli -- <module> <command> [--flags]. It prepares the database the way
// npm start does (migrations, reference data) and calls the same services as the HTTP routes.
import { loadConfig } from '../server/config.ts';
import { openDatabase } from '../server/db/kysely.ts';
import { migrateToLatest, migrationState } from '../server/db/migrate.ts';
import { AppError } from '../server/errors.ts';
import { loadRegions } from '../server/modules/regions/load.ts';
import { ACCOUNTS_HELP, accountsCommand } from './accounts.ts';
import { parseArgs, UsageError } from './args.ts';
import { KEY_AREAS_HELP, keyAreasCommand } from './key-areas.ts';
import { LEDGER_HELP, ledgerCommand } from './ledger.ts';

const HELP = `用法：npm run cli -- <模块> <命令> [参数]

  ${ACCOUNTS_HELP}
  ${KEY_AREAS_HELP}
  ${LEDGER_HELP}
  db migrate      运行数据库迁移
  db status       查看迁移状态

环境变量：BANGFU_DATA_DIR（内置数据库目录，默认 ./data）或 DATABASE_URL（PostgreSQL）。`;

async function main(argv: string[]): Promise<number> {
  const p = parseArgs(argv);
  const [module, command] = p.positional;
  if (!module || module === 'help' || p.flags.has('help')) {
    process.stdout.write(`${HELP}\n`);
    return module ? 0 : 2;
  }
  const config = loadConfig();
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    const applied = await migrateToLatest(database.db);
    if (applied.length > 0) process.stderr.write(`数据库迁移：${applied.join(', ')}\n`);
    await loadRegions(database.db, {
      pglite: database.pglite,
      villageProvinces: config.villageProvinces,
      onProgress: (m) => process.stderr.write(`${m}\n`),
    });
    let out: string;
    let exitCode = 0;
    switch (module) {
      case 'accounts':
        out = await accountsCommand(database.db, command, p);
        break;
      case 'key-areas':
        ({ out, exitCode } = await keyAreasCommand(database.db, command, p));
        break;
      case 'ledger':
        ({ out, exitCode } = await ledgerCommand(database.db, command, p));
        break;
      case 'db': {
        if (command !== 'migrate' && command !== 'status') throw new UsageError(`未知命令 db ${command ?? ''}`);
        const state = await migrationState(database.db);
        out = `已应用：${state.applied.join(', ') || '无'}；待应用：${state.pending.join(', ') || '无'}`;
        break;
      }
      default:
        throw new UsageError(`未知模块 ${module}`);
    }
    process.stdout.write(`${out}\n`);
    return exitCode;
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`${err.message}\n\n${HELP}\n`);
      return 2;
    }
    if (err instanceof AppError) {
      const fields = err.fields?.map((f) => `  - ${f.field}: ${f.message}`).join('\n') ?? '';
      process.stderr.write(`错误 ${err.code}：${err.message}\n${fields}\n`);
      return 1;
    }
    throw err;
  } finally {
    await database.close();
  }
}

process.exitCode = await main(process.argv.slice(2));
