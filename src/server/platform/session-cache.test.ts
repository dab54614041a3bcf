// Reads may reuse a session lookup for a moment; writes never do, and a write through the app ends the reuse at once.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { useTestApp } from '../../../test/support/app.ts';

const t = useTestApp({ config: { sessionCacheMs: 60_000 } });

test('a sign-out or a disabled account through the app takes effect on the very next read', async () => {
  const member = await t().login('org_member', undefined, true);
  assert.equal((await t().request(member, { method: 'GET', url: '/api/auth/session' })).statusCode, 200);

  const id = await t().accountId('org_member');
  const disabled = await t().request('cq_mz', { method: 'POST', url: `/api/accounts/${id}/disable` });
  assert.equal(disabled.statusCode, 200, disabled.body);
  assert.equal((await t().request(member, { method: 'GET', url: '/api/jobs' })).statusCode, 401);

  await t().request('cq_mz', { method: 'POST', url: `/api/accounts/${id}/enable` });
  const again = await t().login('org_member', undefined, true);
  assert.equal((await t().request(again, { method: 'POST', url: '/api/auth/logout' })).statusCode, 200);
  assert.equal((await t().request(again, { method: 'GET', url: '/api/auth/session' })).statusCode, 401);
});

test('a change made behind the app is seen by writes at once and by reads within the cache time', async () => {
  const caring = await t().login('caring', undefined, true);
  assert.equal((await t().request(caring, { method: 'GET', url: '/api/caring-individuals/me' })).statusCode, 200);
  await t()
    .database.db.updateTable('sessions')
    .set({ revoked_at: new Date() })
    .where('account_id', '=', caring.accountId)
    .execute();
  // The read reuses the lookup of a moment ago (this app keeps it for a minute); a write asks the database.
  assert.equal((await t().request(caring, { method: 'GET', url: '/api/caring-individuals/me' })).statusCode, 200);
  const write = await t().request(caring, { method: 'PATCH', url: '/api/caring-individuals/me', payload: { fieldCodes: ['education'] } });
  assert.equal(write.statusCode, 401);
  // …and that write emptied the cache: the next read is refused too.
  assert.equal((await t().request(caring, { method: 'GET', url: '/api/caring-individuals/me' })).statusCode, 401);
});
