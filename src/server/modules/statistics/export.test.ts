import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { useTestApp } from '../../../../test/support/app.ts';
import { expectedFigures, type WrittenRecord } from './expected.ts';
import { givers, WUXI, writeLedger, type Givers } from './fixtures.ts';

const H1 = { from: '2024-01', to: '2024-06' };

describe('statistics export: one workbook with the summary, months, fields, counties and key areas', () => {
  const t = useTestApp();
  const db = () => t().database.db;
  let g: Givers;
  let ledger: WrittenRecord[];

  const exported = async (who: string, payload: Record<string, unknown>) => {
    const started = await t().request(who, { method: 'POST', url: '/api/statistics/export', payload });
    assert.equal(started.statusCode, 202, started.body);
    const { jobId } = started.json<{ jobId: string }>();
    await t().app.jobs.drain();
    const job = (await t().request(who, { method: 'GET', url: `/api/jobs/${jobId}` })).json<{ status: string; error: unknown }>();
    assert.equal(job.status, 'succeeded', JSON.stringify(job.error));
    const file = await t().request(who, { method: 'GET', url: `/api/jobs/${jobId}/download` });
    assert.equal(file.statusCode, 200, file.body);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    return { workbook, filename: decodeURIComponent(String(file.headers['content-disposition'])) };
  };
  const rowsOf = (workbook: ExcelJS.Workbook, name: string) => {
    const rows: ExcelJS.CellValue[][] = [];
    workbook.getWorksheet(name)?.eachRow((row) => rows.push((row.values as ExcelJS.CellValue[]).slice(1)));
    return rows;
  };

  before(async () => {
    g = await givers(db());
    ledger = await writeLedger(db(), g);
  });

  test('a county official exports the county with a program: every figure, yuan, counterpart apart', async () => {
    const { workbook, filename } = await exported('wuxi_xczx', { ...H1, programId: g.program });
    assert.match(filename, /帮扶统计-巫溪县-2024-01至2024-06\.xlsx/);
    assert.deepEqual(
      workbook.worksheets.map((w) => w.name),
      ['汇总', '按月', '按领域', '按区县', '重点地区覆盖'],
    );

    const summary = rowsOf(workbook, '汇总');
    const lines = summary.map((r) => (typeof r[0] === 'string' ? r[0] : ''));
    assert.ok(lines.includes('地区：重庆市 / 巫溪县'), lines.join('\n'));
    assert.ok(lines.includes('月份：2024-01 至 2024-06'));
    assert.ok(lines.some((l) => l.startsWith('帮扶计划：')));
    const slice = { region: WUXI, ...H1, programId: g.program };
    const all = expectedFigures(ledger, slice);
    const cp = expectedFigures(ledger, { ...slice, counterpart: true });
    assert.ok(all.totalFen > 0);
    const figure = (name: string) => summary.find((r) => r[0] === name);
    assert.deepEqual(figure('款物合计（元）'), ['款物合计（元）', all.totalFen / 100, cp.totalFen / 100]);
    assert.deepEqual(figure('帮扶记录（条）'), ['帮扶记录（条）', all.records, cp.records]);
    assert.deepEqual(figure('消费帮扶金额（元）'), ['消费帮扶金额（元）', all.purchaseFen / 100, cp.purchaseFen / 100]);
    assert.equal(summary.filter((r) => typeof r[1] === 'number' && typeof r[2] === 'number').length, 22);

    // The program's key areas in the county, with all the aid recorded there in the period.
    const areas = rowsOf(workbook, '重点地区覆盖');
    const wuxi = expectedFigures(ledger, { region: WUXI, ...H1 });
    assert.deepEqual(areas.slice(1), [['重庆市 / 巫溪县', '国家乡村振兴重点帮扶县', 0, wuxi.records, wuxi.totalFen / 100, wuxi.beneficiaries]]);
  });

  test('without a program: the summary, months, fields and counties of the province, in yuan', async () => {
    const { workbook } = await exported('cq_mz', H1);
    assert.deepEqual(workbook.worksheets.map((w) => w.name), ['汇总', '按月', '按领域', '按区县']);
    const all = expectedFigures(ledger, { region: '50', ...H1 });
    const cp = expectedFigures(ledger, { region: '50', ...H1, counterpart: true });
    const summary = rowsOf(workbook, '汇总');
    const figure = (name: string) => summary.find((r) => r[0] === name)?.slice(1, 3);
    assert.deepEqual(figure('款物合计（元）'), [all.totalFen / 100, cp.totalFen / 100]);
    assert.deepEqual(figure('已收悉确认金额（元）'), [all.confirmedFen / 100, cp.confirmedFen / 100]);
    assert.deepEqual(figure('参与社会组织（个）'), [all.organizations, cp.organizations]);
    assert.deepEqual(figure('受益户数'), [all.beneficiaryHouseholds, cp.beneficiaryHouseholds]);
    assert.ok(summary.some((r) => r[0] === '结对采购 / 以购代捐' && r[1] === 2_000));
    const sheet = workbook.getWorksheet('汇总')!;
    let format = '';
    sheet.eachRow((row) => {
      if (row.getCell(1).value === '款物合计（元）') format = row.getCell(2).numFmt;
    });
    assert.equal(format, '#,##0.00');

    const months = rowsOf(workbook, '按月');
    assert.deepEqual(months.map((r) => r[0]), ['月份', '2024-01', '2024-02', '2024-03', '2024-04', '2024-05', '2024-06']);
    const column = (rows: ExcelJS.CellValue[][], i: number) => rows.slice(1).reduce<number>((n, r) => n + Number(r[i]), 0);
    assert.equal(column(months, 2), all.totalFen / 100);
    assert.equal(column(rowsOf(workbook, '按领域'), 1), all.records);
    const counties = rowsOf(workbook, '按区县');
    assert.deepEqual(counties.slice(1).map((r) => r[0]).sort(), ['城口县', '巫溪县']);
    assert.equal(column(counties, 2), all.totalFen / 100);
  });

  test('an organization exports its own records; a bad filter queues nothing', async () => {
    const { workbook } = await exported('org_admin', H1);
    const own = expectedFigures(ledger, { ...H1, organizationId: g.shancheng });
    const summary = rowsOf(workbook, '汇总');
    assert.ok(summary.some((r) => typeof r[0] === 'string' && r[0].startsWith('社会组织：')));
    assert.deepEqual(summary.find((r) => r[0] === '款物合计（元）')?.slice(1, 2), [own.totalFen / 100]);

    const before = await db().selectFrom('jobs').select('id').where('kind', '=', 'statistics.export').execute();
    const bad = await t().request('cq_mz', { method: 'POST', url: '/api/statistics/export', payload: { from: '2024-06', to: '2024-01' } });
    assert.equal(bad.statusCode, 400, bad.body);
    const after = await db().selectFrom('jobs').select('id').where('kind', '=', 'statistics.export').execute();
    assert.equal(after.length, before.length);
  });
});
