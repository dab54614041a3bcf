// Every registered route must have an access case: a new route without one fails here.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, test } from 'node:test';
import type { AccessCases } from '../support/access.ts';
import { buildTestApp } from '../support/app.ts';
import { declaredPermission } from '../../src/server/platform/access.ts';

const MODULES = path.resolve(import.meta.dirname, '../../src/server/modules');

test('every registered /api route has an access test case', async () => {
  const t = await buildTestApp();
  after(() => t.close());
  const covered = new Set<string>();
  for (const dir of fs.readdirSync(MODULES, { withFileTypes: true })) {
    const file = path.join(MODULES, dir.name, 'access.cases.ts');
    if (!dir.isDirectory() || !fs.existsSync(file)) continue;
    assert.ok(fs.existsSync(path.join(MODULES, dir.name, 'access.test.ts')), `${dir.name} has access cases but no access.test.ts running them`);
    const mod = (await import(file)) as { default: AccessCases };
    for (const c of await mod.default(t)) covered.add(c.route);
  }
  const routes = t.app.routeTable.map((r) => `${r.method} ${r.url}`);
  assert.ok(routes.length >= 20, `expected the platform's routes, found ${routes.length}`);
  const missing = routes.filter((r) => !covered.has(r));
  assert.deepEqual(missing, [], `routes without an access test case:\n${missing.join('\n')}`);
  const stale = [...covered].filter((r) => !routes.includes(r));
  assert.deepEqual(stale, [], `access cases for routes that do not exist:\n${stale.join('\n')}`);
});

test('every /api route declares a permission, and one without is refused at startup', async () => {
  const t = await buildTestApp();
  after(() => t.close());
  for (const r of t.app.routeTable) assert.ok(r.permission, `${r.method} ${r.url}`);
  assert.throws(() => declaredPermission({ method: 'GET', url: '/api/unguarded' }), /declares no permission/);
  assert.throws(() => declaredPermission({ method: 'GET', url: '/api/typo', config: { permission: 'audit.raed' } }), /declares no permission/);
  assert.equal(declaredPermission({ method: 'GET', url: '/api/audit', config: { permission: 'audit.read' } }), 'audit.read');
});
