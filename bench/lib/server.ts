// Starts lib/server-child.ts with a configuration and waits, bounded in time, until it listens on 127.0.0.1.
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { Config } from '../../src/server/config.ts';

const CHILD = path.join(import.meta.dirname, 'server-child.ts');

export interface RunningServer {
  baseUrl: string;
  pid: number | undefined;
  /** Asks the server to close, waits up to `graceMs`, then kills it. */
  stop(graceMs?: number): Promise<void>;
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

export async function startServer(config: Partial<Config>, timeoutMs = 120_000): Promise<RunningServer> {
  const child = fork(CHILD, [], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, BANGFU_BENCH_CONFIG: JSON.stringify(config) },
    // The server's own output (warnings, errors) goes to our stderr: stdout carries only the JSON report.
    stdio: ['ignore', 2, 2, 'ipc'],
  });

  const stop = async (graceMs = 15_000) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    if (child.connected) child.send({ type: 'stop' });
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    await exited(child);
    clearTimeout(timer);
  };

  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the server did not listen within ${timeoutMs / 1000} s`));
    }, timeoutMs);
    child.on('message', (message: unknown) => {
      const m = message as { type?: unknown; port?: unknown };
      if (m.type === 'listening' && typeof m.port === 'number') {
        clearTimeout(timer);
        resolve(m.port);
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`the server exited before listening (code ${code}, signal ${signal})`));
    });
    child.once('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
  });
  return { baseUrl: `http://127.0.0.1:${port}`, pid: child.pid, stop };
}
