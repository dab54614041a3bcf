// Server-side sessions: the cookie holds a random token, the database its hash, the account and the expiries.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Config } from '../config.ts';
import type { DB } from '../db/types.ts';
import type { Actor } from './access.ts';
import { hashToken, newToken } from './tokens.ts';

export const SESSION_COOKIE = 'bangfu_session';
export const CSRF_COOKIE = 'bangfu_csrf';
export const CSRF_HEADER = 'x-csrf-token';

// last_seen_at is written at most this often, so reads do not each cost a write.
const TOUCH_INTERVAL_MS = 60_000;

export interface NewSession {
  token: string;
  csrfToken: string;
  expiresAt: Date;
}

export async function createSession(
  db: Kysely<DB>,
  config: Config,
  accountId: number,
  meta: { ip: string | null; userAgent: string | null },
): Promise<NewSession> {
  const token = newToken();
  const csrfToken = newToken(24);
  const expiresAt = new Date(Date.now() + config.sessionAbsoluteHours * 3600_000);
  await db
    .insertInto('sessions')
    .values({
      token_hash: hashToken(token),
      csrf_token: csrfToken,
      account_id: accountId,
      expires_at: expiresAt,
      ip: meta.ip,
      user_agent: meta.userAgent?.slice(0, 300) ?? null,
    })
    .execute();
  return { token, csrfToken, expiresAt };
}

export type SessionLookup = { actor: Actor } | { expired: true } | null;

/** The actor of a session token, or `expired` when it existed but ran past its idle or absolute limit. */
export async function resolveSession(db: Kysely<DB>, config: Config, token: string): Promise<SessionLookup> {
  const row = await db
    .selectFrom('sessions as s')
    .innerJoin('accounts as a', 'a.id', 's.account_id')
    .select([
      's.id as session_id', 's.csrf_token', 's.last_seen_at', 's.expires_at', 's.revoked_at',
      'a.id', 'a.username', 'a.display_name', 'a.role', 'a.department_kind', 'a.scope_region_code',
      'a.organization_id', 'a.status', 'a.must_change_password',
    ])
    .where('s.token_hash', '=', hashToken(token))
    .executeTakeFirst();
  if (!row || row.revoked_at !== null || row.status !== 'active') return null;
  const now = Date.now();
  const idleLimit = row.last_seen_at.getTime() + config.sessionIdleMinutes * 60_000;
  if (now > row.expires_at.getTime() || now > idleLimit) return { expired: true };
  if (now - row.last_seen_at.getTime() > TOUCH_INTERVAL_MS) {
    await db.updateTable('sessions').set({ last_seen_at: new Date(now) }).where('id', '=', row.session_id).execute();
  }
  return {
    actor: {
      accountId: row.id,
      username: row.username,
      displayName: row.display_name,
      role: row.role,
      departmentKind: row.department_kind,
      scopeRegionCode: row.scope_region_code,
      organizationId: row.organization_id,
      sessionId: row.session_id,
      csrfToken: row.csrf_token,
      mustChangePassword: row.must_change_password,
    },
  };
}

/**
 * Session lookups that reads may reuse for a moment: every signed-in request otherwise costs a database round trip
 * before its own work, which halves the throughput of the busiest reads (need search). Only reads use it; writes always
 * look the session up afresh, and every completed write in this process empties it, so a sign-out, a disabled account
 * or a changed password takes effect here at once and in other processes within `ttlMs`.
 */
export class SessionCache {
  readonly #entries = new Map<string, { actor: Actor; at: number }>();
  constructor(private readonly ttlMs: number, private readonly maxEntries = 10_000) {}

  async resolve(token: string, lookup: () => Promise<SessionLookup>): Promise<SessionLookup> {
    if (this.ttlMs === 0) return lookup();
    const key = hashToken(token);
    const hit = this.#entries.get(key);
    const now = Date.now();
    if (hit && now - hit.at < this.ttlMs) return { actor: hit.actor };
    const found = await lookup();
    if (found && 'actor' in found) {
      if (this.#entries.size >= this.maxEntries) this.#entries.clear();
      this.#entries.set(key, { actor: found.actor, at: now });
    } else {
      this.#entries.delete(key);
    }
    return found;
  }

  clear(): void {
    this.#entries.clear();
  }
}

export async function revokeSession(db: Kysely<DB>, sessionId: number): Promise<void> {
  await db.updateTable('sessions').set({ revoked_at: new Date() }).where('id', '=', sessionId).execute();
}

/** Ends every other session of an account (after a password change, or when it is disabled). */
export async function revokeOtherSessions(db: Kysely<DB>, accountId: number, keepSessionId: number | null): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ revoked_at: new Date() })
    .where('account_id', '=', accountId)
    .where('revoked_at', 'is', null)
    .$if(keepSessionId !== null, (q) => q.where('id', '<>', keepSessionId ?? 0))
    .execute();
}

export function setSessionCookies(request: FastifyRequest, reply: FastifyReply, session: NewSession): void {
  const secure = request.protocol === 'https';
  reply.setCookie(SESSION_COOKIE, session.token, { path: '/', httpOnly: true, sameSite: 'lax', secure, expires: session.expiresAt });
  // Readable by the page so it can send the token back in the x-csrf-token header.
  reply.setCookie(CSRF_COOKIE, session.csrfToken, { path: '/', httpOnly: false, sameSite: 'lax', secure, expires: session.expiresAt });
}

export function clearSessionCookies(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
  reply.clearCookie(CSRF_COOKIE, { path: '/' });
}
