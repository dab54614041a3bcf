import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { useTestApp } from '../../../test/support/app.ts';
import { JobRunner } from './jobs.ts';

describe('background jobs', () => {
  const t = useTestApp();
  const runner = () => new JobRunner({ db: t().database.db, config: t().config, log: t().app.log });

  test('a job reports progress and its result', async () => {
    const r = runner();
    r.define('test.count', async (job, progress) => {
      const { n } = job.payload as { n: number };
      for (let i = 1; i <= n; i += 1) await progress.report(i, n, `第 ${i} 步`);
      return { counted: n };
    });
    const { id } = await t().database.db.insertInto('jobs').values({ kind: 'test.count', payload: JSON.stringify({ n: 3 }) }).returning('id').executeTakeFirstOrThrow();
    assert.equal(await r.drain(), 1);
    const job = await t().database.db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    assert.deepEqual([job.status, job.progress, job.total, job.message], ['succeeded', 3, 3, '第 3 步']);
    assert.deepEqual(job.result, { counted: 3 });
  });

  test('a failing job is marked failed without leaking internals', async () => {
    const r = runner();
    r.define('test.fail', async () => {
      throw new Error('connection string postgres://secret@db');
    });
    const { id } = await t().database.db.insertInto('jobs').values({ kind: 'test.fail' }).returning('id').executeTakeFirstOrThrow();
    await r.drain();
    const job = await t().database.db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    assert.equal(job.status, 'failed');
    assert.doesNotMatch(JSON.stringify(job.error), /secret/);
  });

  test('a job left running by a process that died is run again after a restart, and given up after its attempts', async () => {
    const stale = new Date(Date.now() - 5 * 60_000);
    const db = t().database.db;
    const { id: resumed } = await db
      .insertInto('jobs')
      .values({ kind: 'test.resume', status: 'running', attempts: 1, heartbeat_at: stale, started_at: stale })
      .returning('id')
      .executeTakeFirstOrThrow();
    const { id: exhausted } = await db
      .insertInto('jobs')
      .values({ kind: 'test.resume', status: 'running', attempts: 3, max_attempts: 3, heartbeat_at: stale, started_at: stale })
      .returning('id')
      .executeTakeFirstOrThrow();
    // A fresh runner stands for the restarted process.
    const r = runner();
    r.define('test.resume', async () => 'done');
    await r.requeueStale();
    await r.drain();
    const a = await db.selectFrom('jobs').selectAll().where('id', '=', resumed).executeTakeFirstOrThrow();
    const b = await db.selectFrom('jobs').selectAll().where('id', '=', exhausted).executeTakeFirstOrThrow();
    assert.deepEqual([a.status, a.attempts], ['succeeded', 2]);
    assert.equal(b.status, 'failed');
  });

  test('a job still heartbeating is not taken from its process', async () => {
    const db = t().database.db;
    const { id } = await db
      .insertInto('jobs')
      .values({ kind: 'test.busy', status: 'running', attempts: 1, heartbeat_at: new Date() })
      .returning('id')
      .executeTakeFirstOrThrow();
    const r = runner();
    r.define('test.busy', async () => 'should not run');
    await r.requeueStale();
    assert.equal(await r.drain(), 0);
    const job = await db.selectFrom('jobs').select('status').where('id', '=', id).executeTakeFirstOrThrow();
    assert.equal(job.status, 'running');
  });

  test('the poller started with the app picks up queued jobs by itself', async () => {
    const r = new JobRunner({ db: t().database.db, config: { ...t().config, jobsPollMs: 20 }, log: t().app.log });
    r.define('test.poll', async () => 'polled');
    const { id } = await t().database.db.insertInto('jobs').values({ kind: 'test.poll' }).returning('id').executeTakeFirstOrThrow();
    r.start();
    let status = 'queued';
    for (let i = 0; i < 500 && status !== 'succeeded'; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      status = (await t().database.db.selectFrom('jobs').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status;
    }
    await r.stop();
    assert.equal(status, 'succeeded');
  });
});
