// The cross-cutting promises: one error model, security headers, request ids, redacted logs, OpenAPI and docs.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DEMO_PASSWORD } from '../demo/seed.ts';
import { useTestApp } from '../../../test/support/app.ts';

describe('errors and bad input', () => {
  const t = useTestApp();

  test('an unknown API route answers JSON 404', async () => {
    const res = await t().app.inject({ method: 'GET', url: '/api/no/such/thing' });
    assert.equal(res.statusCode, 404);
    assert.equal(res.json<{ code: string }>().code, 'ROUTE_NOT_FOUND');
  });

  test('malformed JSON is 400, a wrong content type 415, an oversized body 413 — never 5xx', async () => {
    const malformed = await t().app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'application/json' }, payload: '{"username":' });
    assert.equal(malformed.statusCode, 400);
    assert.equal(malformed.json<{ code: string }>().code, 'MALFORMED_JSON');
    const xml = await t().app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'application/xml' }, payload: '<a/>' });
    assert.equal(xml.statusCode, 415);
    const huge = await t().app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'x', password: 'y'.repeat(t().config.bodyLimitBytes + 10) },
    });
    assert.equal(huge.statusCode, 413);
    assert.equal(huge.json<{ code: string }>().code, 'BODY_TOO_LARGE');
  });

  test('every error carries a request id that matches the response header', async () => {
    const res = await t().app.inject({ method: 'GET', url: '/api/accounts' });
    assert.equal(res.statusCode, 401);
    assert.equal(res.json<{ requestId: string }>().requestId, res.headers['x-request-id']);
  });

  test('query strings are validated and converted: a bad limit is refused by field', async () => {
    const res = await t().request('admin', { method: 'GET', url: '/api/accounts?limit=0' });
    assert.equal(res.statusCode, 400);
    const field = res.json<{ fields: { field: string; message: string }[] }>().fields[0];
    assert.equal(field?.field, 'limit');
    assert.match(field?.message ?? '', /每页条数：不能小于 1/);
  });
});

describe('security headers, OpenAPI and docs', () => {
  const t = useTestApp();

  test('responses carry security headers and a content security policy without foreign sources', async () => {
    const res = await t().app.inject({ method: 'GET', url: '/api/health' });
    assert.equal(res.headers['x-content-type-options'], 'nosniff');
    assert.equal(res.headers['x-frame-options'], 'SAMEORIGIN');
    const csp = String(res.headers['content-security-policy']);
    assert.match(csp, /default-src 'self'/);
    assert.doesNotMatch(csp, /https?:\/\//);
  });

  test('health reports the database and that every migration is applied', async () => {
    const res = await t().app.inject({ method: 'GET', url: '/api/health' });
    const body = res.json<{ status: string; database: { ok: boolean }; migrations: { applied: string[]; pending: string[] } }>();
    assert.equal(body.status, 'ok');
    assert.ok(body.database.ok);
    assert.ok(body.migrations.applied.includes('0001_foundation'));
    assert.deepEqual(body.migrations.pending, []);
  });

  test('the OpenAPI document describes the routes from their schemas', async () => {
    const doc = (await t().app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{ paths: Record<string, Record<string, { requestBody?: unknown }>> }>();
    assert.ok(doc.paths['/api/auth/login']?.post?.requestBody, 'login documents its body');
    assert.ok(doc.paths['/api/audit']?.get);
    assert.ok(doc.paths['/api/invitations']?.post);
  });

  test('the docs page is served with every asset from this server', async () => {
    const page = await t().app.inject({ method: 'GET', url: '/docs/' });
    assert.equal(page.statusCode, 200);
    const html = page.body;
    const external = [...html.matchAll(/(?:src|href)="(https?:[^"]+)"/g)].map((m) => m[1]);
    assert.deepEqual(external, []);
    const bundle = await t().app.inject({ method: 'GET', url: '/docs/static/swagger-ui-bundle.js' });
    assert.equal(bundle.statusCode, 200);
  });
});

describe('logs', () => {
  const lines: string[] = [];
  const t = useTestApp({ logStream: { write: (line: string) => lines.push(line) } });

  test('logs are JSON with request ids and never hold a password, a session, a CSRF token or a query string', async () => {
    const res = await t().app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'cq_mz', password: DEMO_PASSWORD } });
    const session = res.cookies.find((c) => c.name === 'bangfu_session')!.value;
    const csrf = res.json<{ csrfToken: string }>().csrfToken;
    await t().app.inject({
      method: 'GET',
      url: `/api/accounts?q=${encodeURIComponent('王某某')}`,
      headers: { cookie: `bangfu_session=${session}`, 'x-csrf-token': csrf },
    });
    const text = lines.join('');
    assert.ok(lines.length > 0);
    for (const line of lines) JSON.parse(line);
    assert.match(text, /"reqId":"[0-9a-f-]{36}"/);
    for (const secret of [DEMO_PASSWORD, session, csrf, '王某某', encodeURIComponent('王某某')]) {
      assert.ok(!text.includes(secret), `log contains ${secret.slice(0, 6)}…`);
    }
  });
});

describe('sensitive reads', () => {
  const t = useTestApp();

  test('a read of sensitive fields is logged with who read which fields, never the values', async () => {
    const { recordSensitiveRead } = await import('./audit.ts');
    await recordSensitiveRead(t().database.db, { actor: null, ip: '10.6.0.1', requestId: 'r-1' }, {
      entityType: 'household',
      entityId: 42,
      fields: ['id_number', 'health'],
      regionCode: '500238118201',
    });
    const page = await t().request('wuxi_xczx', { method: 'GET', url: '/api/audit?action=read_sensitive' });
    const entry = page.json<{ items: { entityType: string; entityId: string; detail: unknown; regionCode: string }[] }>().items[0];
    assert.deepEqual(entry?.detail, { fields: ['id_number', 'health'] });
    assert.equal(entry?.entityId, '42');
    const other = await t().request('chengkou_mz', { method: 'GET', url: '/api/audit?action=read_sensitive' });
    assert.equal(other.json<{ items: unknown[] }>().items.length, 0, 'another county does not see the read');
  });
});
