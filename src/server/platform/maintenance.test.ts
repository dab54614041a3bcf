import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { useTestApp } from '../../../test/support/app.ts';
import { pruneSecurityTables } from './maintenance.ts';

describe('pruning security tables', () => {
  const t = useTestApp();

  test('removes day-old login attempts and month-old ended sessions, and keeps live ones', async () => {
    const db = t().database.db;
    const old = new Date(Date.now() - 2 * 24 * 3600_000);
    await db.insertInto('login_attempts').values([
      { username_key: 'old_guess', ip: '10.0.0.1', succeeded: false, attempted_at: old },
      { username_key: 'new_guess', ip: '10.0.0.1', succeeded: false },
    ]).execute();
    const live = await t().login('cq_mz', undefined, true);
    const dead = await t().login('caring', undefined, true);
    await db.updateTable('sessions').set({ expires_at: new Date(Date.now() - 40 * 24 * 3600_000) }).where('account_id', '=', dead.accountId).execute();

    const removed = await pruneSecurityTables(db, { analyze: true });
    assert.ok(removed.attempts >= 1 && removed.sessions >= 1);
    const guesses = await db.selectFrom('login_attempts').select('username_key').where('username_key', 'in', ['old_guess', 'new_guess']).execute();
    assert.deepEqual(guesses.map((g) => g.username_key), ['new_guess']);
    assert.equal((await t().request(live, { method: 'GET', url: '/api/auth/session' })).statusCode, 200);
  });
});
