import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { useTestApp } from '../../../../test/support/app.ts';
import { organizationIdOf } from '../coverage/fixtures.ts';
import { appendDrafts, draft } from './fixtures.ts';
import { yuan2 } from './export.ts';
import { JINYAN, type Failure } from './test-helpers.ts';

/** A cell as text: the export writes strings and numbers only. */
function cellText(v: unknown): string {
  return typeof v === 'string' || typeof v === 'number' ? String(v) : '';
}

describe('ledger: exporting a filtered list to Excel', () => {
  const t = useTestApp();
  const db = () => t().database.db;

  /** Starts an export as `who`, runs the job and reads the workbook's rows back (header first). */
  const exported = async (who: string, filters: object): Promise<string[][]> => {
    const started = await t().request(who, { method: 'POST', url: '/api/aid-records/export', payload: filters });
    assert.equal(started.statusCode, 202, started.body);
    const { jobId } = started.json<{ jobId: string }>();
    await t().app.jobs.drain();
    const job = await t().request(who, { method: 'GET', url: `/api/jobs/${jobId}` });
    assert.equal(job.json<{ status: string }>().status, 'succeeded', job.body);
    const file = await t().request(who, { method: 'GET', url: `/api/jobs/${jobId}/download` });
    assert.equal(file.statusCode, 200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const rows: string[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map(cellText)));
    return rows;
  };

  test('yuan are written with two decimals, exactly', () => {
    assert.equal(yuan2(123_456), '1234.56');
    assert.equal(yuan2(-100_000), '-1000.00');
    assert.equal(yuan2(5), '0.05');
    assert.equal(yuan2(0), '0.00');
  });

  test('the job writes the rows the list shows, in its order, with Chinese labels, standing and confirmation', async () => {
    const shancheng = await organizationIdOf(db(), 'org_admin');
    const shandong = await organizationIdOf(db(), 'sd_org');
    const [a, , c] = await appendDrafts(db(), [
      draft({ organization_id: shancheng, occurred_on: '2026-02-01', amount_fen: 123_456, summary: '助学金 A' }),
      draft({ organization_id: shancheng, occurred_on: '2026-03-01', kind: 'purchase', purchase_channel: 'fair', amount_fen: 99_900, key_field_code: 'consumption', summary: '展销会采购' }),
      draft({ organization_id: shancheng, occurred_on: '2026-04-01', amount_fen: 100_000, summary: '助学金 C' }),
      draft({ organization_id: shandong, counterpart: true, occurred_on: '2026-04-02', amount_fen: 500_000, region_code: JINYAN, summary: '山东资助' }),
    ]);
    const receipt = await db().insertInto('aid_receipts').values({ record_id: a!.id, status: 'confirmed' }).returning('id').executeTakeFirstOrThrow();
    await db().insertInto('aid_record_states').values({ record_id: a!.id, confirmation: 'confirmed', receipt_id: receipt.id }).execute();
    const rev = await t().request('org_admin', { method: 'POST', url: `/api/aid-records/${c!.id}/reverse`, payload: { reason: '重复' } });
    assert.equal(rev.statusCode, 201, rev.body);

    const rows = await exported('org_admin', { kind: 'funds' });
    const header = rows[0]!;
    const col = (name: string) => header.indexOf(name);
    for (const name of ['记录编号', '帮扶日期', '帮扶主体', '帮扶地区', '帮扶方式', '重点领域', '金额（元）', '记录状态', '收悉确认', '对口支援']) {
      assert.ok(col(name) >= 0, `column ${name}`);
    }
    const body = rows.slice(1);
    assert.deepEqual(body.map((r) => r[col('帮扶内容')]), ['助学金 C', '助学金 C', '助学金 A'], 'funds only, newest first, the reversal beside its record');
    assert.deepEqual(body.map((r) => r[col('金额（元）')]).sort(), ['-1000.00', '1000.00', '1234.56'].sort());
    assert.deepEqual(body.map((r) => r[col('记录状态')]).sort(), ['冲销记录', '已冲销', '有效'].sort());
    const first = body.find((r) => r[col('帮扶内容')] === '助学金 A')!;
    assert.equal(first[col('收悉确认')], '已收悉确认');
    assert.equal(first[col('帮扶方式')], '捐赠资金');
    assert.equal(first[col('重点领域')], '教育帮扶');
    assert.equal(first[col('帮扶主体')], '重庆山城乡村发展基金会（演示）');
    assert.match(first[col('帮扶地区')]!, /中岗村/);

    // The giver exports its own records only; the official its region's.
    assert.deepEqual((await exported('sd_org', {})).slice(1).map((r) => r[col('帮扶内容')]), ['山东资助']);
    const chengkou = await exported('chengkou_mz', {});
    assert.deepEqual(chengkou.slice(1).map((r) => [r[col('帮扶内容')], r[col('对口支援')]]), [['山东资助', '是']]);
    const audit = await db().selectFrom('audit_log').select('action').where('entity_type', '=', 'aid_record').where('action', '=', 'export').execute();
    assert.equal(audit.length, 3);
  });

  test('a region outside the caller\'s scope is refused before any job is queued', async () => {
    const res = await t().request('chengkou_mz', { method: 'POST', url: '/api/aid-records/export', payload: { region: '500238' } });
    assert.equal(res.statusCode, 403);
    assert.equal(res.json<Failure>().code, 'OUT_OF_SCOPE');
    const bad = await t().request('chengkou_mz', { method: 'POST', url: '/api/aid-records/export', payload: { kind: 'gift' } });
    assert.equal(bad.statusCode, 400);
  });
});
