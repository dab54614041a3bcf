// The access-test helper. For a route it proves: 401 without a session (unless public), 403 for every role without
// the permission, success for each role with it, and 403/404 for an object outside the caller's scope.
// Every module lists its routes' cases in `access.cases.ts`; test/access/coverage.test.ts fails when a registered
// route has no case.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { InjectOptions } from 'fastify';
import { DEMO_ACCOUNTS } from '../../src/server/demo/seed.ts';
import { ROLES, type Role } from '../../src/common/glossary.ts';
import { buildTestApp, type DemoUsername, type TestApp } from './app.ts';

export interface AccessCase {
  /** The route as registered: 'METHOD /api/path/:param'. */
  route: string;
  /** The concrete URL to call (defaults to the route's path, which must then have no parameters). */
  url?: string;
  payload?: InjectOptions['payload'];
  /** Extra request headers (a multipart upload's content type). */
  headers?: Record<string, string>;
  /** The roles that may call the route; 'anyone' for public routes. */
  allowed: readonly Role[] | 'anyone';
  /** Which demo account stands for an allowed role (defaults to the first demo account of that role). */
  allowedAs?: Partial<Record<Role, DemoUsername>>;
  /** The status an allowed caller gets (default: any 2xx). */
  okStatus?: number;
  /** Per-role status where it differs (a role that holds the permission but not this object gets 404). */
  statusFor?: Partial<Record<Role, number>>;
  /** Each call logs in afresh (routes that end the session they are called with). */
  freshSession?: boolean;
  /** Callers who hold the permission but ask for something outside their scope: each must get 403 or 404. */
  outOfScope?: { as: DemoUsername; url?: string; payload?: InjectOptions['payload']; why: string }[];
}

export type AccessCases = (t: TestApp) => Promise<AccessCase[]>;

const DEFAULT_ACCOUNT = Object.fromEntries(
  ROLES.map((role) => [role, DEMO_ACCOUNTS.find((a) => a.role === role)!.username]),
) as Record<Role, DemoUsername>;

function split(route: string): { method: string; path: string } {
  const [method, path] = route.split(' ');
  return { method: method!, path: path! };
}

export function runAccessCases(name: string, build: AccessCases): void {
  describe(`access: ${name}`, () => {
    let t: TestApp;
    let cases: AccessCase[] = [];
    before(async () => {
      t = await buildTestApp();
      cases = await build(t);
    });
    after(async () => {
      await t.close();
    });

    test('every case names a registered route with the same allowed roles as its permission', async () => {
      for (const c of cases) {
        const { method, path } = split(c.route);
        const entry = t.app.routeTable.find((r) => r.method === method && r.url === path);
        assert.ok(entry, `${c.route} is not a registered route`);
      }
    });

    test('each route enforces authentication, role and scope', async () => {
      for (const c of cases) {
        const { method, path } = split(c.route);
        const url = c.url ?? path;
        const call = async (who: DemoUsername | null, override?: { url?: string; payload?: InjectOptions['payload'] }) =>
          t.request(who && c.freshSession ? await t.login(who, undefined, true) : who, {
            method: method,
            url: override?.url ?? url,
            ...(c.headers ? { headers: c.headers } : {}),
            ...(override?.payload !== undefined ? { payload: override.payload } : c.payload !== undefined ? { payload: c.payload } : {}),
          });

        if (c.allowed !== 'anyone') {
          const anonymous = await call(null);
          assert.equal(anonymous.statusCode, 401, `${c.route} without a session: ${anonymous.statusCode} ${anonymous.body}`);
          assert.equal(anonymous.json<{ code: string }>().code, 'UNAUTHENTICATED');
        }
        for (const role of ROLES) {
          const allowed = c.allowed === 'anyone' || c.allowed.includes(role);
          const who = c.allowedAs?.[role] ?? DEFAULT_ACCOUNT[role];
          const res = await call(who);
          if (allowed) {
            const expected = c.statusFor?.[role] ?? c.okStatus;
            const ok = expected !== undefined ? res.statusCode === expected : res.statusCode >= 200 && res.statusCode < 300;
            assert.ok(ok, `${c.route} as ${role} (${who}) should succeed, got ${res.statusCode} ${res.body.slice(0, 300)}`);
          } else {
            assert.equal(res.statusCode, 403, `${c.route} as ${role} (${who}) should be 403, got ${res.statusCode} ${res.body.slice(0, 300)}`);
            assert.equal(res.json<{ code: string }>().code, 'FORBIDDEN');
          }
        }
        for (const o of c.outOfScope ?? []) {
          const res = await call(o.as, { ...(o.url ? { url: o.url } : {}), ...(o.payload !== undefined ? { payload: o.payload } : {}) });
          assert.ok(
            res.statusCode === 403 || res.statusCode === 404,
            `${c.route} as ${o.as} (${o.why}) should be 403/404, got ${res.statusCode} ${res.body.slice(0, 300)}`,
          );
        }
      }
    });
  });
}
