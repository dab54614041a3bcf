// Housekeeping that keeps the security tables small: old login attempts and long-dead sessions.
// Audit rows are never removed here: the audit log is append-only.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/types.ts';

/** Login attempts older than this no longer count toward any limit. */
const ATTEMPTS_KEEP_MS = 24 * 3600_000;
/** Ended sessions are kept a while so an incident can still be traced to a session row. */
const SESSIONS_KEEP_MS = 30 * 24 * 3600_000;

export async function pruneSecurityTables(
  db: Kysely<DB>,
  options: { analyze?: boolean; now?: Date } = {},
): Promise<{ attempts: number; sessions: number }> {
  const now = options.now ?? new Date();
  const attempts = await db
    .deleteFrom('login_attempts')
    .where('attempted_at', '<', new Date(now.getTime() - ATTEMPTS_KEEP_MS))
    .executeTakeFirst();
  const cutoff = new Date(now.getTime() - SESSIONS_KEEP_MS);
  const sessions = await db
    .deleteFrom('sessions')
    .where((eb) => eb.or([eb('expires_at', '<', cutoff), eb('revoked_at', '<', cutoff)]))
    .executeTakeFirst();
  // Keeps planner statistics fresh where no autovacuum runs (PGlite); a server's autovacuum does this itself.
  if (options.analyze) await sql`analyze`.execute(db);
  return { attempts: Number(attempts.numDeletedRows), sessions: Number(sessions.numDeletedRows) };
}

/** Runs the pruning now and then hourly; the timer does not keep the process alive. */
export function schedulePruning(db: Kysely<DB>, analyze: boolean, onError: (err: unknown) => void): () => void {
  const run = () => void pruneSecurityTables(db, { analyze }).catch(onError);
  run();
  const timer = setInterval(run, 3600_000);
  timer.unref();
  return () => clearInterval(timer);
}
