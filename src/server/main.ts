// npm start: configuration, database, migrations, reference and demo data, listen, graceful close.
import { ROLE_LABELS } from '../common/glossary.ts';
import { buildApp } from './app.ts';
import { boot } from './boot.ts';
import { loadConfig } from './config.ts';
import { DEMO_PASSWORD } from './demo/seed.ts';
import { schedulePruning } from './platform/maintenance.ts';
import { scheduleClaimSweep } from './modules/claims/sweep.ts';
import { LoggingChannel } from './modules/notifications/channel.ts';
import { scheduleLandingSweep } from './modules/projects/sweep.ts';

const config = loadConfig();
const started = Date.now();
const say = (message: string) => process.stdout.write(`[bangfu] ${message}\n`);

say(config.databaseUrl ? '数据库：PostgreSQL（DATABASE_URL）' : `数据库：内置 PGlite，数据目录 ${config.dataDir}`);
const { database, demoAccounts, background } = await boot(config, say);
const app = await buildApp({ config, database });
app.jobs.start();
const stopPruning = schedulePruning(database.db, database.kind === 'pglite', (err) => app.log.error({ err }, 'pruning failed'));
const stopSweep = scheduleClaimSweep(database.db, config, { channel: new LoggingChannel(app.log), log: app.log });
const stopLandingSweep = scheduleLandingSweep(database.db, { log: app.log });
await app.listen({ port: config.port, host: config.host });

const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
const address = app.server.address();
const port = typeof address === 'object' && address ? address.port : config.port;
const stopLoading = new AbortController();
const loading = background(stopLoading.signal);
say(`帮扶平台已启动：http://${shownHost}:${port}  （接口文档 /docs，用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒）`);
const anyAccount = await database.db.selectFrom('accounts').select('id').limit(1).executeTakeFirst();
if (!anyAccount) {
  say('还没有任何账号。创建第一个平台管理员（密码从标准输入读取）：');
  say('  npm run cli -- accounts create --role platform_admin --scope national --username <用户名> --display-name <姓名>');
}
if (demoAccounts.length > 0) {
  say(`演示账号（密码均为 ${DEMO_PASSWORD}，仅供本地演示）：`);
  for (const a of demoAccounts) {
    const scope = a.scopeRegionCode ?? (a.organization ? `组织：${a.organization}` : a.role === 'platform_admin' ? '全国' : '本人');
    say(`  ${a.username.padEnd(12)} ${ROLE_LABELS[a.role].zh.padEnd(10)} 范围 ${scope.padEnd(14)} ${a.displayName}`);
  }
}

let closing = false;
async function shutdown(signal: string) {
  if (closing) return;
  closing = true;
  say(`收到 ${signal}，正在关闭……`);
  stopPruning();
  await stopSweep();
  await stopLandingSweep();
  // The village load stops after the province it is copying: the database must not close under a COPY.
  stopLoading.abort();
  await loading;
  await app.jobs.stop();
  await app.close();
  await database.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
