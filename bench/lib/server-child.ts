// The server under test, in its own process so the load generator does not share its event loop or its core.
// Started by lib/server.ts with the configuration in BANGFU_BENCH_CONFIG; reports its port over IPC, stops on
// a 'stop' message, on SIGTERM, or when the parent goes away.
import { buildApp } from '../../src/server/app.ts';
import { boot } from '../../src/server/boot.ts';
import { loadConfig, type Config } from '../../src/server/config.ts';

const overrides = JSON.parse(process.env.BANGFU_BENCH_CONFIG ?? '{}') as Partial<Config>;
// An empty environment: nothing in the caller's shell (a DATABASE_URL, say) can point the benchmark elsewhere.
const config = loadConfig({}, overrides);
const { database, background } = await boot(config);
await background();
const app = await buildApp({ config, database });
app.jobs.start();
await app.listen({ host: '127.0.0.1', port: 0 });
const address = app.server.address();
if (typeof address !== 'object' || address === null) throw new Error('the server has no TCP address');
process.send?.({ type: 'listening', port: address.port });

let stopping = false;
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  try {
    await app.jobs.stop();
    await app.close();
    await database.close();
  } finally {
    process.exit(0);
  }
}
process.on('message', (message: unknown) => {
  if (typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'stop') void stop();
});
process.on('disconnect', () => void stop());
process.on('SIGTERM', () => void stop());
