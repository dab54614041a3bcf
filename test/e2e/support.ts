// End-to-end setup shared by the specs: build the web app if it is stale, start the real server on a free port with
// a fresh data folder and the demo accounts, open Chromium; and take it all down again afterwards.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const BOOT_TIMEOUT_MS = 120_000;

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface Stack {
  baseUrl: string;
  browser: Browser;
  /** A fresh browser context (its own cookies and storage) and a page in it; page errors are collected. */
  newPage(options?: { timezoneId?: string }): Promise<{ context: BrowserContext; page: Page; pageErrors: Error[] }>;
  /** What the server printed, for failure messages. */
  serverOutput(): string;
  stop(): Promise<void>;
}

async function waitForHealth(baseUrl: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + BOOT_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with code ${child.exitCode}:\n${output()}`);
    try {
      const res = await fetch(`${baseUrl}/api/health`);
      // Ready when the villages loaded after the start are in too (the specs search and import villages).
      if (res.status === 200 && (await res.json() as { regions?: { villages?: string } }).regions?.villages === 'ready') return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server did not answer /api/health within ${BOOT_TIMEOUT_MS / 1000} s:\n${output()}`);
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

export async function startStack(): Promise<Stack> {
  execFileSync(process.execPath, ['scripts/ensure-web.mjs'], { cwd: ROOT, stdio: 'inherit' });

  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bangfu-e2e-'));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    BANGFU_DATA_DIR: dataDir,
    BANGFU_VILLAGES: '50',
    BANGFU_WEB_DIST: path.join(ROOT, 'web/dist'),
    LOG_LEVEL: 'warn',
    BANGFU_DEMO: 'true',
  };
  delete env.DATABASE_URL; // always the embedded database on the fresh folder
  let output = '';
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));

  let browser: Browser | undefined;
  try {
    await waitForHealth(baseUrl, child, () => output);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  } catch (err) {
    await stopChild(child);
    fs.rmSync(dataDir, { recursive: true, force: true });
    throw err;
  }
  const openBrowser = browser;

  return {
    baseUrl,
    browser: openBrowser,
    async newPage(options = {}) {
      const context = await openBrowser.newContext({
        baseURL: baseUrl,
        locale: 'zh-CN',
        timezoneId: options.timezoneId ?? 'Asia/Shanghai',
        viewport: { width: 1440, height: 900 },
      });
      context.setDefaultTimeout(15_000);
      const page = await context.newPage();
      const pageErrors: Error[] = [];
      page.on('pageerror', (err) => pageErrors.push(err));
      return { context, page, pageErrors };
    },
    serverOutput: () => output,
    async stop() {
      await openBrowser.close().catch(() => undefined);
      await stopChild(child);
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Signs in through the login form (it does not wait for the result: the caller looks for what should appear). */
export async function submitLogin(page: Page, username: string, password: string): Promise<void> {
  await page.goto('/login');
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
}

/** Waits until `locator` shows exactly `text` (after trimming). */
export async function waitForText(locator: Locator, text: string | RegExp, timeout = 15_000): Promise<void> {
  const deadline = Date.now() + timeout;
  let last = '';
  while (Date.now() < deadline) {
    try {
      last = ((await locator.textContent({ timeout: Math.max(1, deadline - Date.now()) })) ?? '').trim();
    } catch {
      last = '(not found)';
    }
    if (typeof text === 'string' ? last === text : text.test(last)) return;
    await locator.page().waitForTimeout(50);
  }
  const page = locator.page();
  const alerts = await page
    .locator('.ant-alert, .ant-message-notice, .ant-form-item-explain-error')
    .allTextContents()
    .catch(() => []);
  throw new Error(
    `expected ${String(locator)} to show ${String(text)}, it shows "${last}" (page ${page.url()}; messages: ${JSON.stringify(alerts)})`,
  );
}
