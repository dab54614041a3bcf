import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { useTestApp } from '../../../../test/support/app.ts';

interface Entry { action: string; entityType: string; entityId: string | null; regionCode: string | null; actor: { username: string } | null; changes: unknown }
interface Page { items: Entry[]; nextCursor: string | null }

describe('audit log', () => {
  const t = useTestApp();

  test('every write is recorded with who, from where and the change', async () => {
    await t().request('wuxi_xczx', {
      method: 'POST',
      url: '/api/invitations',
      payload: { role: 'liaison', scopeRegionCode: '500238118', displayName: '审计测试' },
      remoteAddress: '10.20.30.40',
    });
    const page = (await t().request('wuxi_xczx', { method: 'GET', url: '/api/audit?entityType=invitation&action=create' })).json<Page>();
    const entry = page.items[0];
    assert.ok(entry);
    assert.equal(entry.actor?.username, 'wuxi_xczx');
    assert.equal(entry.regionCode, '500238118');
    assert.deepEqual((entry.changes as Record<string, { after: unknown }>).display_name, { before: null, after: '审计测试' });
    const row = await t().database.db.selectFrom('audit_log').select('actor_ip').where('entity_type', '=', 'invitation').executeTakeFirstOrThrow();
    assert.equal(row.actor_ip, '10.20.30.40');
    assert.doesNotMatch(JSON.stringify(page), /token_hash"?:\s*\{"before"/);
  });

  test('an official sees only the audit rows of their region; the national admin sees all', async () => {
    await t().request('chengkou_mz', {
      method: 'POST',
      url: '/api/invitations',
      payload: { role: 'liaison', scopeRegionCode: '500229102', displayName: '城口审计' },
    });
    const wuxi = (await t().request('wuxi_xczx', { method: 'GET', url: '/api/audit?limit=200' })).json<Page>();
    assert.ok(wuxi.items.length > 0);
    assert.ok(wuxi.items.every((e) => e.regionCode?.startsWith('500238')), 'only 500238 rows');
    const national = (await t().request('admin', { method: 'GET', url: '/api/audit?limit=200&entityType=invitation' })).json<Page>();
    const regions = new Set(national.items.map((e) => e.regionCode?.slice(0, 6)));
    assert.ok(regions.has('500238') && regions.has('500229'));
  });

  test('search by person, entity and time', async () => {
    const byActor = (await t().request('admin', { method: 'GET', url: '/api/audit?actor=chengkou_mz' })).json<Page>();
    assert.ok(byActor.items.length > 0 && byActor.items.every((e) => e.actor?.username === 'chengkou_mz'));
    const future = new Date(Date.now() + 3600_000).toISOString();
    const none = (await t().request('admin', { method: 'GET', url: `/api/audit?from=${encodeURIComponent(future)}` })).json<Page>();
    assert.equal(none.items.length, 0);
    const bad = await t().request('admin', { method: 'GET', url: '/api/audit?from=yesterday' });
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json<{ fields: { field: string; message: string }[] }>().fields[0]?.field, 'from');
  });

  test('the application cannot edit or delete audit rows', async () => {
    await assert.rejects(sql`update audit_log set action = 'tampered'`.execute(t().database.db), /append-only/);
    await assert.rejects(sql`delete from audit_log`.execute(t().database.db), /append-only/);
    const tampered = await t().database.db.selectFrom('audit_log').select('id').where('action', '=', 'tampered').execute();
    assert.equal(tampered.length, 0);
  });

  test('an export runs as a job with progress and produces a workbook of the scoped rows', async () => {
    const started = await t().request('wuxi_xczx', { method: 'POST', url: '/api/audit/exports', payload: { entityType: 'invitation' } });
    assert.equal(started.statusCode, 202);
    const { jobId } = started.json<{ jobId: string }>();
    const queued = (await t().request('wuxi_xczx', { method: 'GET', url: `/api/jobs/${jobId}` })).json<{ status: string }>();
    assert.equal(queued.status, 'queued');
    await t().app.jobs.drain();
    const done = (await t().request('wuxi_xczx', { method: 'GET', url: `/api/jobs/${jobId}` })).json<{ status: string; progress: number; hasFile: boolean }>();
    assert.equal(done.status, 'succeeded');
    assert.ok(done.hasFile);
    const file = await t().request('wuxi_xczx', { method: 'GET', url: `/api/jobs/${jobId}/download` });
    assert.equal(file.statusCode, 200);
    assert.match(String(file.headers['content-disposition']), /attachment/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('审计日志');
    assert.ok(sheet);
    const regions: string[] = [];
    sheet.eachRow((row, n) => {
      if (n > 1) regions.push(row.getCell(9).text);
    });
    assert.equal(regions.length, done.progress);
    assert.ok(regions.length > 0 && regions.every((r) => r.includes('巫溪县')), regions.join(','));
  });
});
