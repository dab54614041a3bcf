import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { useTestApp } from '../../../../test/support/app.ts';
import type { Claim } from '../claims/schemas.ts';
import { publishedNeed } from '../claims/fixtures.ts';
import { sendOutside, type MessageChannel, type OutgoingMessage } from './channel.ts';
import { notify } from './notify.ts';
import type { NotificationPage } from './schemas.ts';

interface Failure {
  code: string;
  message: string;
  fields?: { field: string; message: string }[];
}

describe('notifications: the centre of each account', () => {
  const t = useTestApp();
  const page = async (who: string, query = '') => {
    const res = await t().request(who, { method: 'GET', url: `/api/notifications${query}` });
    assert.equal(res.statusCode, 200, res.body);
    return res.json<NotificationPage>();
  };
  const unread = async (who: string) => {
    const res = await t().request(who, { method: 'GET', url: '/api/notifications/unread-count' });
    assert.equal(res.statusCode, 200, res.body);
    return res.json<{ unreadCount: number }>().unreadCount;
  };

  test('a claim reaches the need’s liaisons, and nobody else’s inbox', async () => {
    const before = { cq: await unread('cq_mz'), chengkou: await unread('chengkou_mz'), caring: await unread('caring') };
    const needId = await publishedNeed(t().database.db, { quantity: 1000, title: '中岗村图书室书架' });
    const res = await t().request('org_admin', { method: 'POST', url: `/api/needs/${needId}/claims`, payload: { quantity: 500, note: '捐书架' } });
    assert.equal(res.statusCode, 200, res.body);

    for (const liaison of ['hongchiba', 'zhonggang']) {
      const inbox = await page(liaison);
      const item = inbox.items[0]!;
      assert.equal(item.kind, 'claim_created');
      assert.equal(item.link, `/needs/${needId}`);
      assert.match(item.body, /重庆山城乡村发展基金会（演示）认领了“中岗村图书室书架”（5 元），请核实后确认对接或婉拒$/);
      assert.equal(item.readAt, null);
      assert.ok(inbox.unreadCount >= 1);
    }
    assert.equal(await unread('cq_mz'), before.cq, 'the city official is not told of every claim');
    assert.equal(await unread('chengkou_mz'), before.chengkou);
    assert.equal(await unread('caring'), before.caring);
    assert.deepEqual((await page('org_admin')).items.filter((i) => i.link === `/needs/${needId}`), [], 'the claimant is not told of its own claim');
  });

  test('marking read: one’s own, one at a time or all; someone else’s is not found', async () => {
    const db = t().database.db;
    const owner = await t().accountId('caring');
    for (let i = 1; i <= 3; i += 1) {
      await notify(db, [owner], { kind: 'claim_progress', title: `测试通知${i}`, body: `第 ${i} 条`, link: `/claims/${i}` });
    }
    const all = await page('caring', '?limit=2');
    assert.deepEqual(all.items.map((i) => i.title), ['测试通知3', '测试通知2'], 'newest first');
    assert.equal(all.unreadCount, 3);
    assert.ok(all.nextCursor);
    const rest = await page('caring', `?limit=2&cursor=${all.nextCursor}`);
    assert.deepEqual(rest.items.map((i) => i.title), ['测试通知1']);
    assert.equal(rest.nextCursor, null);

    const id = all.items[0]!.id;
    const stranger = await t().request('org_admin', { method: 'POST', url: `/api/notifications/${id}/read` });
    assert.equal(stranger.statusCode, 404, stranger.body);
    assert.equal(await unread('caring'), 3, 'someone else’s attempt changes nothing');

    const read = await t().request('caring', { method: 'POST', url: `/api/notifications/${id}/read` });
    assert.equal(read.statusCode, 200, read.body);
    const readAt = read.json<{ readAt: string }>().readAt;
    assert.ok(readAt);
    assert.equal(await unread('caring'), 2);
    const again = await t().request('caring', { method: 'POST', url: `/api/notifications/${id}/read` });
    assert.equal(again.json<{ readAt: string }>().readAt, readAt, 'the first reading time is kept');

    assert.deepEqual((await page('caring', '?unread=true')).items.map((i) => i.title), ['测试通知2', '测试通知1']);

    const allRead = await t().request('caring', { method: 'POST', url: '/api/notifications/read-all' });
    assert.equal(allRead.statusCode, 200, allRead.body);
    assert.deepEqual(allRead.json(), { unreadCount: 0 });
    assert.deepEqual((await page('caring', '?unread=true')).items, []);
    assert.ok((await unread('hongchiba')) > 0, 'another account’s notifications stay unread');
  });

  test('bad ids and cursors are refused with a field, not a server error', async () => {
    const zero = await t().request('caring', { method: 'POST', url: '/api/notifications/0/read' });
    assert.equal(zero.statusCode, 400);
    assert.equal(zero.json<Failure>().fields![0]!.message, '通知编号：不能小于 1');
    assert.equal((await t().request('caring', { method: 'POST', url: '/api/notifications/abc/read' })).statusCode, 400);
    assert.equal((await t().request('caring', { method: 'POST', url: '/api/notifications/99999999999/read' })).statusCode, 404);
    const cursor = await t().request('caring', { method: 'GET', url: '/api/notifications?cursor=bm9wZQ' });
    assert.equal(cursor.statusCode, 400);
    assert.equal(cursor.json<Failure>().fields![0]!.field, 'cursor');
    const negative = Buffer.from('[-5]').toString('base64url');
    assert.equal((await t().request('caring', { method: 'GET', url: `/api/notifications?cursor=${negative}` })).statusCode, 400);
  });
});

describe('notifications: outside channels', () => {
  const lines: string[] = [];
  const t = useTestApp({ logStream: { write: (line) => void lines.push(line) } });

  test('a confirmation would be sent by SMS to each claimant account, logged without personal data', async () => {
    const needId = await publishedNeed(t().database.db, { quantity: 1000, title: '张大爷家危房改造' });
    const claim = await t().request('org_admin', { method: 'POST', url: `/api/needs/${needId}/claims`, payload: { quantity: 1000, note: '全额资助' } });
    assert.equal(claim.statusCode, 200, claim.body);
    const id = claim.json<Claim>().id;
    const created = lines.filter((l) => l.includes('would send')).length;
    assert.equal(created, 0, 'a new claim is told in the platform only');

    const confirm = await t().request('hongchiba', { method: 'POST', url: `/api/claims/${id}/confirm` });
    assert.equal(confirm.statusCode, 200, confirm.body);
    const sent = lines.filter((l) => l.includes('would send')).map((l) => JSON.parse(l) as Record<string, unknown>);
    const accounts = [await t().accountId('org_admin'), await t().accountId('org_member')];
    assert.deepEqual(
      sent.map((s) => [s.accountId, s.kind, s.channel]).sort(),
      accounts.map((a) => [a, 'claim_confirmed', 'log']).sort(),
    );
    const text = sent.map((s) => JSON.stringify(s)).join('\n');
    for (const secret of ['张大爷', '危房', '023-51234567', '李联络', '13800000000', '周山城', '已确认']) {
      assert.ok(!text.includes(secret), `the log line holds no "${secret}"`);
    }
  });

  test('a channel that fails does not fail the change', async () => {
    const tried: OutgoingMessage[] = [];
    const warnings: object[] = [];
    const broken: MessageChannel = {
      name: 'broken',
      send: (m) => {
        tried.push(m);
        return Promise.reject(new Error('gateway down'));
      },
    };
    await sendOutside(broken, [1, 2, 2], { kind: 'claim_lapsed', title: 't', body: 'b' }, { warn: (obj) => void warnings.push(obj) });
    assert.deepEqual(tried.map((m) => m.accountId), [1, 2], 'each account once, the second tried after the first failed');
    assert.equal(warnings.length, 2);
  });
});
