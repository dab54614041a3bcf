// One-off requests around the load: logging in to get a session cookie, and the pre-flight check of a response.
import { SESSION_COOKIE } from '../../src/server/platform/sessions.ts';

const TIMEOUT_MS = 10_000;

export interface Reply {
  status: number;
  body: unknown;
  setCookies: string[];
}

export async function request(url: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
  const res = await fetch(url, { ...init, signal: AbortSignal.timeout(TIMEOUT_MS) });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: keep the text
  }
  return { status: res.status, body, setCookies: res.headers.getSetCookie() };
}

export function loginRequest(username: string, password: string) {
  return {
    method: 'POST' as const,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  };
}

/** Logs in and returns the `Cookie` header value carrying the session. */
export async function login(baseUrl: string, username: string, password: string): Promise<{ cookie: string; reply: Reply }> {
  const reply = await request(`${baseUrl}/api/auth/login`, loginRequest(username, password));
  if (reply.status !== 200) throw new Error(`login as ${username} answered ${reply.status}: ${JSON.stringify(reply.body)}`);
  const session = reply.setCookies.map((c) => c.split(';')[0]!).find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  if (!session) throw new Error(`login as ${username} set no ${SESSION_COOKIE} cookie`);
  return { cookie: session, reply };
}

/** Reads `obj.a.b` from a parsed JSON body, or undefined. */
export function pick(obj: unknown, ...path: string[]): unknown {
  let cur = obj;
  for (const key of path) {
    if (typeof cur !== 'object' || cur === null) return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}
