// No route answers 5xx to a malformed path parameter: an id past bigint, text where a number belongs.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { buildTestApp } from '../support/app.ts';

test('every route with a path parameter answers 4xx to an id out of range or not a number', async () => {
  const t = await buildTestApp();
  after(() => t.close());
  const routes = t.app.routeTable.filter((r) => r.url.includes(':'));
  assert.ok(routes.length >= 10, `expected routes with parameters, found ${routes.length}`);
  for (const bad of ['99999999999999999999999', '1e30', 'abc', '-1']) {
    for (const r of routes) {
      const url = r.url.replace(/:[A-Za-z]+/g, bad);
      const res = await t.request('admin', { method: r.method, url, ...(r.method === 'GET' ? {} : { payload: {} }) });
      assert.ok(res.statusCode >= 400 && res.statusCode < 500, `${r.method} ${url}: ${res.statusCode} ${res.body.slice(0, 200)}`);
    }
  }
});
