// npm test: typecheck, lint, unit and integration tests on PGlite, the same on PostgreSQL when TEST_DATABASE_URL
// is set, and the end-to-end tests in Chromium; then one closing summary line.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const args = new Set(process.argv.slice(2));
// --unit: only the unit and integration suite; --no-e2e: everything but the browser.
const unitOnly = args.has('--unit');
const skipE2e = unitOnly || args.has('--no-e2e') || process.env.BANGFU_SKIP_E2E === '1';

interface Step {
  name: string;
  ok: boolean;
  passed: number;
  failed: number;
  seconds: number;
}
const steps: Step[] = [];

function files(dir: string, suffix: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' || e.name === 'e2e' ? [] : files(p, suffix);
    return e.name.endsWith(suffix) ? [path.relative(ROOT, p)] : [];
  });
}

function run(name: string, cmd: string, argv: string[], env: NodeJS.ProcessEnv = process.env): boolean {
  process.stdout.write(`\n▶ ${name}\n`);
  const start = Date.now();
  const r = spawnSync(cmd, argv, { cwd: ROOT, stdio: 'inherit', env });
  const ok = r.status === 0;
  steps.push({ name, ok, passed: 0, failed: ok ? 0 : 1, seconds: (Date.now() - start) / 1000 });
  return ok;
}

function runTests(name: string, testFiles: string[], env: NodeJS.ProcessEnv, concurrency: number): void {
  process.stdout.write(`\n▶ ${name} (${testFiles.length} files)\n`);
  const start = Date.now();
  const tap = path.join(os.tmpdir(), `bangfu-tap-${process.pid}-${steps.length}.txt`);
  const r = spawnSync(
    process.execPath,
    [
      '--import', 'tsx', '--test', `--test-concurrency=${concurrency}`,
      '--test-reporter=spec', '--test-reporter-destination=stdout',
      '--test-reporter=tap', `--test-reporter-destination=${tap}`,
      ...testFiles,
    ],
    { cwd: ROOT, stdio: 'inherit', env },
  );
  const text = fs.existsSync(tap) ? fs.readFileSync(tap, 'utf8') : '';
  fs.rmSync(tap, { force: true });
  const count = (label: string) => Number(new RegExp(`^# ${label} (\\d+)$`, 'm').exec(text)?.[1] ?? 0);
  const passed = count('pass');
  const failed = count('fail') + count('cancelled') + (r.status !== 0 && count('fail') === 0 ? 1 : 0);
  steps.push({ name, ok: r.status === 0, passed, failed, seconds: (Date.now() - start) / 1000 });
}

const withoutPg = { ...process.env };
delete withoutPg.TEST_DATABASE_URL;

if (!unitOnly) {
  run('typecheck', process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json']);
  run('lint', process.execPath, [path.join(ROOT, 'node_modules/eslint/bin/eslint.js'), '.']);
}

const suite = [
  ...files(path.join(ROOT, 'src'), '.test.ts'),
  ...files(path.join(ROOT, 'test'), '.test.ts'),
  ...files(path.join(ROOT, 'web/src'), '.test.ts'),
].sort();
if (run('prepare PGlite template', process.execPath, ['--import', 'tsx', 'test/support/prepare.ts'], withoutPg)) {
  runTests('unit and integration tests on PGlite', suite, withoutPg, 2);
}

const pgUrl = process.env.TEST_DATABASE_URL;
if (pgUrl) {
  if (run('prepare PostgreSQL template', process.execPath, ['--import', 'tsx', 'test/support/prepare.ts'])) {
    runTests('integration tests on PostgreSQL', suite, process.env, 2);
  }
  run('drop PostgreSQL test databases', process.execPath, [
    '--import', 'tsx', '-e', "import('./test/support/database.ts').then((m) => m.dropPostgresTemplates(process.env.TEST_DATABASE_URL))",
  ]);
} else {
  process.stdout.write('\n(TEST_DATABASE_URL not set: the PostgreSQL run is skipped)\n');
}

if (!skipE2e) {
  const specs = fs.existsSync(path.join(ROOT, 'test/e2e'))
    ? fs.readdirSync(path.join(ROOT, 'test/e2e')).filter((f) => f.endsWith('.spec.ts')).map((f) => `test/e2e/${f}`)
    : [];
  if (specs.length > 0) runTests('end-to-end tests in Chromium', specs, withoutPg, 1);
}

process.stdout.write('\n');
for (const s of steps) {
  const counts = s.passed || s.failed > 1 || (s.failed === 1 && s.passed > 0) ? `  ${s.passed} passed, ${s.failed} failed` : '';
  process.stdout.write(`${s.ok ? '✔' : '✖'} ${s.name.padEnd(42)} ${s.seconds.toFixed(1).padStart(6)} s${counts}\n`);
}
const passed = steps.reduce((n, s) => n + s.passed, 0);
const failed = steps.reduce((n, s) => n + s.failed, 0);
process.stdout.write(`summary: ${passed} passed, ${failed} failed\n`);
process.exitCode = steps.every((s) => s.ok) && failed === 0 ? 0 : 1;
