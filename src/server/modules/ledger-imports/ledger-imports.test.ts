import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { daysFromToday } from '../../../common/glossary.ts';
import { AID_KIND_LABELS, AID_KINDS } from '../../../common/ledger.ts';
import { useTestApp } from '../../../../test/support/app.ts';
import { household } from '../claims/fixtures.ts';
import { insertPairing, organizationIdOf } from '../coverage/fixtures.ts';
import { testProgram } from '../pairings/fixtures.ts';
import { insertProject } from '../projects/fixtures.ts';
import { COLUMNS, ERROR_HEADER } from './columns.ts';
import { writeAidWorkbook } from './generate.ts';
import { ledgerImportJob } from './job.ts';
import type { AidImportResult } from './schemas.ts';
import { aidWorkbook, dateCell, HEADERS, importAs, upload, type SheetRow } from './test-helpers.ts';

const ZHONGGANG = '500238118201'; // 巫溪县红池坝镇中岗村
const XINGHE = '500238118202'; // 巫溪县红池坝镇兴合村
const HONGCHIBA = '500238118'; // 巫溪县红池坝镇
const WUXI = '500238';
const CHENGKOU = '500229';
const LIXIA = '370102'; // 山东省济南市历下区

const ago = (days: number) => dateCell(daysFromToday(-days));
let serial = 0;
/** Receipt numbers of their own for each test, so no test meets another's. */
const ref = () => `T${process.pid}-${(serial += 1)}`;

describe('aid-record imports', () => {
  const t = useTestApp();
  const db = () => t().database.db;

  const recordsOf = (jobId: string) =>
    db()
      .selectFrom('aid_records')
      .selectAll()
      .where('import_job_id', '=', jobId)
      .orderBy('chain_key')
      .orderBy('seq')
      .execute();
  const totalAmount = async () =>
    Number(
      (await sql<{ n: number }>`select coalesce(sum(amount_fen), 0)::bigint as n from aid_month_totals`.execute(db()))
        .rows[0]!.n,
    );
  const errorBook = async (who: string, jobId: string) => {
    const res = await t().request(who, { method: 'GET', url: `/api/aid-imports/${jobId}/errors` });
    return res;
  };

  test('the template has the columns, an example row, the drop-down lists and the cell checks, and imports as filled', async () => {
    const res = await t().request('org_admin', { method: 'GET', url: '/api/aid-imports/template' });
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers['content-type']), /spreadsheetml/);
    assert.match(String(res.headers['content-disposition']), /attachment/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('帮扶记录')!;
    assert.deepEqual((sheet.getRow(1).values as unknown[]).slice(1), HEADERS);
    const col = (header: string) => HEADERS.indexOf(header) + 1;
    assert.equal(sheet.getCell(2, col('序号')).text, '示例');
    assert.ok(workbook.getWorksheet('填写说明'));
    const lists = workbook.getWorksheet('选项')!;
    assert.equal(lists.state, 'hidden');

    // A drop-down reads a range of the lists sheet: the kinds' labels, and every current key field from the database.
    const listed = (header: string, row = 3) => {
      const v = sheet.getCell(row, col(header)).dataValidation;
      assert.equal(v.type, 'list', header);
      const range = /^'(.+)'!\$([A-Z]+)\$(\d+):\$[A-Z]+\$(\d+)$/.exec(String(v.formulae?.[0]));
      assert.ok(range, String(v.formulae?.[0]));
      const values: string[] = [];
      for (let r = Number(range[3]); r <= Number(range[4]); r += 1)
        values.push(workbook.getWorksheet(range[1])!.getCell(`${range[2]}${r}`).text);
      return values;
    };
    assert.deepEqual(
      listed('帮扶方式'),
      AID_KINDS.map((k) => AID_KIND_LABELS[k].zh),
    );
    const fields = await db().selectFrom('key_fields').select('name_zh').where('retired_at', 'is', null).execute();
    assert.deepEqual([...listed('重点领域', 4000)].sort(), fields.map((f) => f.name_zh).sort());
    assert.ok(listed('消费渠道').includes('电商网购'));
    assert.ok(listed('资金来源').includes('自有资金'));
    assert.deepEqual(sheet.getCell(3, col('确认非重复')).dataValidation.formulae, ['"是,否"']);
    assert.equal(sheet.getCell(3, col('帮扶日期')).dataValidation.type, 'date');
    assert.equal(sheet.getCell(3, col('结束日期')).dataValidation.type, 'date');
    const people = sheet.getCell(3, col('受益人次')).dataValidation;
    assert.equal(people.type, 'whole');
    assert.equal(people.formulae?.[0], 0);
    const amount = sheet.getCell(3, col('金额（元）')).dataValidation;
    assert.equal(amount.type, 'decimal');
    assert.equal(amount.formulae?.[0], 0);

    // Filled in below its example row, the template imports that row alone.
    const row = sheet.getRow(3);
    const values: SheetRow = {
      地区代码: ZHONGGANG,
      帮扶日期: ago(3),
      帮扶方式: '捐赠资金',
      重点领域: '教育帮扶',
      '金额（元）': 800,
      帮扶内容: '模板填写测试',
      票据编号: ref(),
    };
    for (const [h, v] of Object.entries(values)) row.getCell(col(h)).value = v ?? null;
    const { jobId, job } = await importAs(t(), 'org_admin', Buffer.from(await workbook.xlsx.writeBuffer()));
    assert.equal(job.status, 'succeeded', JSON.stringify(job));
    assert.equal(job.result?.rows, 1);
    assert.equal(job.result?.saved, 1, JSON.stringify(job.result?.errors));
    const [saved] = await recordsOf(jobId);
    assert.equal(saved?.amount_fen, 80_000);
    assert.equal(saved?.occurred_on, daysFromToday(-3));
  });

  test('an organization imports twenty records of every kind: exactly those are saved, sums match, liaisons told once per place', async () => {
    const shancheng = await organizationIdOf(db(), 'org_admin');
    const home = await household(db(), t().config);
    const projectId = await insertProject(db(), { organizationId: shancheng, status: 'landed', places: [ZHONGGANG] });
    const programId = await testProgram(db());
    const pairingId = await insertPairing(db(), { programId, organizationId: shancheng, places: [WUXI] });
    const rows: SheetRow[] = [
      {
        地区代码: ZHONGGANG,
        地区名称: '巫溪县红池坝镇中岗村',
        帮扶日期: ago(10),
        帮扶方式: '捐赠资金',
        重点领域: '教育帮扶',
        '金额（元）': 1200.5,
        资金来源: '自有资金',
        受益人次: 30,
        受益户数: 12,
        帮扶内容: '助学金',
        票据编号: ref(),
      },
      {
        地区代码: XINGHE,
        地区名称: '兴合村',
        帮扶日期: daysFromToday(-9).replace(/-/g, '/'),
        帮扶方式: '捐赠物资',
        重点领域: '教育帮扶',
        '金额（元）': '3,200.00',
        物资名称: '书包',
        物资数量: 40,
        物资单位: '个',
        帮扶内容: '书包',
      },
      {
        地区代码: WUXI,
        帮扶日期: ago(8),
        结束日期: ago(2),
        帮扶方式: '消费帮扶（采购）',
        重点领域: '消费帮扶',
        '金额（元）': 58000,
        消费渠道: '电商网购',
        会员企业家次: 6,
        帮扶内容: '采购巫溪洋芋',
      },
      {
        地区代码: HONGCHIBA,
        帮扶日期: ago(7),
        帮扶方式: '帮扶活动',
        活动类型: '义诊',
        重点领域: '医疗救助',
        '金额（元）': 1500,
        工作人员人次: 5,
        志愿者人次: 12,
        受益人次: 200,
        帮扶内容: '红池坝镇义诊',
      },
      {
        地区代码: HONGCHIBA,
        帮扶日期: ago(7),
        帮扶方式: '志愿 / 专业服务',
        重点领域: '养老服务',
        志愿者人次: 8,
        受益人次: 40,
        帮扶内容: '助老服务',
      },
      {
        地区代码: WUXI,
        帮扶日期: ago(6),
        帮扶方式: '就业帮扶',
        重点领域: '就业帮扶',
        受益人次: 8,
        受益户数: 8,
        帮扶内容: '安排 8 人就业',
      },
      {
        地区代码: ZHONGGANG,
        住户编号: home.id,
        帮扶日期: ago(5),
        帮扶方式: '捐赠资金',
        重点领域: '医疗救助',
        '金额（元）': 500,
        受益人次: 1,
        受益户数: 1,
        帮扶内容: '大病救助金',
      },
      {
        地区代码: ZHONGGANG,
        项目编号: projectId,
        帮扶日期: ago(4),
        帮扶方式: '捐赠资金',
        重点领域: '教育帮扶',
        '金额（元）': 10000,
        帮扶内容: '项目拨款',
      },
      {
        地区代码: ZHONGGANG,
        结对协议编号: pairingId,
        帮扶日期: ago(4),
        帮扶方式: '捐赠资金',
        重点领域: '产业扶持',
        '金额（元）': 20000,
        帮扶内容: '结对产业资金',
      },
    ];
    for (let i = 0; rows.length < 20; i += 1) {
      rows.push({
        地区代码: i % 2 === 0 ? XINGHE : ZHONGGANG,
        帮扶日期: ago(20 + i),
        帮扶方式: i % 3 === 0 ? '捐赠物资' : '捐赠资金',
        重点领域: '产业扶持',
        '金额（元）': 100 + i,
        物资名称: i % 3 === 0 ? '化肥' : null,
        物资数量: i % 3 === 0 ? 10 + i : null,
        物资单位: i % 3 === 0 ? '袋' : null,
        帮扶内容: `产业帮扶 ${i}`,
        票据编号: ref(),
      });
    }
    const sheetFen = rows.reduce(
      (sum, r) => sum + Math.round(Number(String(r['金额（元）'] ?? 0).replace(/,/g, '')) * 100),
      0,
    );
    const rolledBefore = await totalAmount();
    const notesBefore = await db()
      .selectFrom('notifications')
      .select(['account_id', 'id'])
      .where('kind', '=', 'aid_recorded')
      .execute();

    const { jobId, job } = await importAs(t(), 'org_admin', await aidWorkbook(rows), '山城基金会台账.xlsx');
    assert.equal(job.status, 'succeeded', JSON.stringify(job));
    const result = job.result!;
    assert.deepEqual(
      {
        rows: result.rows,
        saved: result.saved,
        badRows: result.badRows,
        errors: result.errors,
        errorWorkbook: result.errorWorkbook,
      },
      { rows: 20, saved: 20, badRows: 0, errors: [], errorWorkbook: false },
    );
    assert.equal(result.savedAmountFen, sheetFen);
    assert.equal(job.progress, 20);
    assert.equal(job.message, '已导入 20 条帮扶记录');

    const saved = await recordsOf(jobId);
    assert.equal(saved.length, 20);
    assert.equal(
      saved.reduce((s, r) => s + r.amount_fen, 0),
      sheetFen,
    );
    assert.equal((await totalAmount()) - rolledBefore, sheetFen);
    const orgAdmin = await t().accountId('org_admin');
    for (const r of saved) {
      assert.equal(r.organization_id, shancheng);
      assert.equal(r.giver_form, 'foundation');
      assert.equal(r.counterpart, false);
      assert.equal(r.created_by, orgAdmin);
    }
    const byKind = Object.fromEntries(AID_KINDS.map((k) => [k, saved.filter((r) => r.kind === k).length]));
    assert.deepEqual(byKind, { activity: 1, funds: 11, materials: 5, purchase: 1, service: 1, employment: 1 });
    const find = (summary: string) => saved.find((r) => r.summary === summary)!;
    assert.equal(find('助学金').amount_fen, 120_050);
    assert.equal(find('助学金').funding_source, 'own_funds');
    assert.equal(find('书包').occurred_on, daysFromToday(-9));
    assert.equal(find('书包').material_quantity, 40);
    const items = await db()
      .selectFrom('aid_record_items')
      .selectAll()
      .where('record_id', '=', find('书包').id)
      .execute();
    assert.deepEqual(
      items.map((i) => [i.name, i.quantity, i.unit, i.value_fen]),
      [['书包', 40, '个', 320_000]],
    );
    assert.equal(find('采购巫溪洋芋').purchase_channel, 'online');
    assert.equal(find('采购巫溪洋芋').period_end, daysFromToday(-2));
    assert.equal(find('红池坝镇义诊').activity_type, 'free_clinic');
    assert.equal(find('红池坝镇义诊').volunteer_count, 12);
    assert.equal(find('大病救助金').household_id, home.id);
    assert.equal(find('项目拨款').project_id, projectId);
    assert.equal(find('结对产业资金').pairing_id, pairingId);
    assert.equal(find('结对产业资金').program_id, programId);

    // One notification per place to its liaisons: 中岗村's liaison for its one place, 红池坝镇's for its three.
    const notes = await db()
      .selectFrom('notifications')
      .select(['account_id', 'link', 'title'])
      .where('kind', '=', 'aid_recorded')
      .where('id', 'not in', notesBefore.length > 0 ? notesBefore.map((n) => n.id) : [0])
      .execute();
    const zhonggang = await t().accountId('zhonggang');
    const hongchiba = await t().accountId('hongchiba');
    assert.equal(notes.filter((n) => n.account_id === zhonggang).length, 1);
    assert.equal(notes.filter((n) => n.account_id === hongchiba).length, 3);
    assert.ok(notes.every((n) => n.link?.includes(`importJobId=${jobId}`)));
    assert.match(notes.find((n) => n.account_id === zhonggang)!.title, /中岗村新导入 \d+ 条帮扶记录/);

    const audit = await db()
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'import')
      .where('entity_type', '=', 'aid_record')
      .where('entity_id', '=', jobId)
      .executeTakeFirstOrThrow();
    assert.equal(audit.actor_account_id, orgAdmin);
    assert.equal((audit.detail as { count: number }).count, 20);

    // 齐鲁基金会, registered in Shandong: its records in Chongqing are counterpart support, those at home are not.
    const shandong = await organizationIdOf(db(), 'sd_org');
    const sd = await importAs(
      t(),
      'sd_org',
      await aidWorkbook([
        {
          地区代码: CHENGKOU,
          帮扶日期: ago(3),
          帮扶方式: '捐赠资金',
          重点领域: '产业扶持',
          '金额（元）': 50000,
          帮扶内容: '东西部协作产业资金',
          票据编号: ref(),
        },
        {
          地区代码: LIXIA,
          帮扶日期: ago(3),
          帮扶方式: '捐赠资金',
          重点领域: '教育帮扶',
          '金额（元）': 300,
          帮扶内容: '本省助学',
        },
      ]),
    );
    assert.equal(sd.job.result?.saved, 2, JSON.stringify(sd.job));
    const sdRecords = await recordsOf(sd.jobId);
    assert.deepEqual(
      sdRecords.map((r) => [r.region_code, r.counterpart, r.organization_id]),
      [
        [CHENGKOU, true, shandong],
        [LIXIA, false, shandong],
      ],
    );
  });

  test('one bad row saves nothing; the error workbook has the reason beside it, and once fixed the workbook imports whole', async () => {
    const rows: SheetRow[] = [
      {
        序号: 1,
        地区代码: ZHONGGANG,
        帮扶日期: ago(2),
        帮扶方式: '捐赠资金',
        重点领域: '教育帮扶',
        '金额（元）': 100,
        帮扶内容: '第一行',
        票据编号: ref(),
      },
      {
        序号: 2,
        地区代码: ZHONGGANG,
        地区名称: '城口县中岗村',
        帮扶日期: ago(2),
        帮扶方式: '捐赠物资',
        重点领域: '教育',
        '金额（元）': 1.234,
        物资名称: '书包',
        帮扶内容: '第二行',
        票据编号: ref(),
      },
      {
        序号: 3,
        地区代码: XINGHE,
        帮扶日期: ago(1),
        帮扶方式: '帮扶活动',
        活动类型: '技能培训',
        重点领域: '就业帮扶',
        工作人员人次: 3,
        帮扶内容: '第三行',
      },
    ];
    const before = await db()
      .selectFrom('aid_records')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const { jobId, job } = await importAs(t(), 'org_member', await aidWorkbook(rows), '有错的表.xlsx');
    assert.equal(job.status, 'succeeded', JSON.stringify(job));
    const result = job.result!;
    assert.equal(result.rows, 3);
    assert.equal(result.saved, 0);
    assert.equal(result.badRows, 1);
    assert.equal(result.errorWorkbook, true);
    assert.match(job.message ?? '', /1 行有问题，未保存任何记录/);
    const after = await db()
      .selectFrom('aid_records')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    assert.equal(Number(after.n), Number(before.n));
    assert.equal((await recordsOf(jobId)).length, 0);
    // Every problem of row 3 (Excel's numbering), in the sheet's column order.
    assert.deepEqual(
      result.errors.map((e) => [e.row, e.column]),
      [
        [3, '地区名称'],
        [3, '重点领域'],
        [3, '金额（元）'],
        [3, '物资数量'],
        [3, '物资单位'],
      ],
    );
    assert.match(
      result.errors[0]!.message,
      /^地区名称：「城口县中岗村」与地区代码 500238118201（重庆市巫溪县红池坝镇中岗村）不符/,
    );
    assert.equal(result.errors[1]!.message, '重点领域：「教育」不是现行的重点领域，请从列表中选择');
    assert.equal(result.errors[2]!.message, '金额（元）：「1.234」最多保留两位小数（到分）');

    // Only the account that imported may download it.
    assert.equal((await errorBook('org_admin', jobId)).statusCode, 404);
    const res = await errorBook('org_member', jobId);
    assert.equal(res.statusCode, 200, res.body);
    assert.match(String(res.headers['content-disposition']), /attachment/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0]!;
    assert.deepEqual((sheet.getRow(1).values as unknown[]).slice(1), [ERROR_HEADER, ...HEADERS]);
    const col = (header: string) => HEADERS.indexOf(header) + 2;
    assert.equal(sheet.getCell(2, 1).text, '');
    assert.equal(sheet.getCell(4, 1).text, '');
    const message = sheet.getCell(3, 1).text;
    assert.match(message, /重点领域：「教育」不是现行的重点领域/);
    assert.match(message, /物资单位：请填写/);
    assert.equal((sheet.getCell(3, 1).fill as ExcelJS.FillPattern).fgColor?.argb, 'FFFFC7CE');
    assert.equal(sheet.getCell(3, col('帮扶内容')).text, '第二行');
    assert.equal(sheet.getCell(2, col('帮扶日期')).text.length > 0, true);
    assert.ok(sheet.getCell(3, col('重点领域')).fill);

    // The giver fixes the cells in the error workbook itself and uploads it again: 错误说明 is ignored.
    sheet.getCell(3, col('地区名称')).value = '红池坝镇中岗村';
    sheet.getCell(3, col('重点领域')).value = '教育帮扶';
    sheet.getCell(3, col('金额（元）')).value = 1.23;
    sheet.getCell(3, col('物资数量')).value = 2;
    sheet.getCell(3, col('物资单位')).value = '个';
    const fixed = await importAs(
      t(),
      'org_member',
      Buffer.from(await workbook.xlsx.writeBuffer()),
      '有错的表-错误标注.xlsx',
    );
    assert.equal(fixed.job.result?.saved, 3, JSON.stringify(fixed.job.result));
    const saved = await recordsOf(fixed.jobId);
    assert.deepEqual(
      saved.map((r) => [r.summary, r.amount_fen]).sort(),
      [
        ['第一行', 10_000],
        ['第三行', 0],
        ['第二行', 123],
      ].sort(),
    );
    assert.equal(saved.find((r) => r.summary === '第一行')?.occurred_on, daysFromToday(-2));
  });

  test('the same entry twice: a receipt number is refused, the same content is refused unless confirmed, then flagged', async () => {
    const refA = ref();
    const first = await importAs(
      t(),
      'org_admin',
      await aidWorkbook([
        {
          地区代码: XINGHE,
          帮扶日期: ago(1),
          帮扶方式: '捐赠资金',
          重点领域: '教育帮扶',
          '金额（元）': 777,
          帮扶内容: '助学金',
          票据编号: refA,
        },
      ]),
    );
    assert.equal(first.job.result?.saved, 1);
    const [original] = await recordsOf(first.jobId);
    const same = {
      地区代码: XINGHE,
      帮扶日期: ago(1),
      帮扶方式: '捐赠资金',
      重点领域: '教育帮扶',
      '金额（元）': 777,
      帮扶内容: '助学金',
    };
    const refB = ref();
    const again = await importAs(
      t(),
      'org_admin',
      await aidWorkbook([
        { ...same, 票据编号: refA },
        { ...same, 帮扶内容: '再次助学', 票据编号: refB },
        {
          地区代码: ZHONGGANG,
          帮扶日期: ago(1),
          帮扶方式: '捐赠资金',
          重点领域: '教育帮扶',
          '金额（元）': 12,
          帮扶内容: 'x',
          票据编号: refB,
        },
        {
          地区代码: ZHONGGANG,
          帮扶日期: ago(1),
          帮扶方式: '捐赠资金',
          重点领域: '教育帮扶',
          '金额（元）': 12,
          帮扶内容: 'y',
        },
      ]),
    );
    const messages = again.job.result!.errors.map((e) => `${e.row} ${e.message}`);
    assert.equal(again.job.result?.saved, 0);
    assert.ok(
      messages.some((m) => m.startsWith(`2 票据编号：「${refA}」已用于帮扶记录（编号 ${original!.id}）`)),
      messages.join('\n'),
    );
    assert.ok(
      messages.some((m) => m.startsWith(`3 确认非重复：与一天内已录入的帮扶记录（编号 ${original!.id}）内容相同`)),
      messages.join('\n'),
    );
    assert.ok(
      messages.some((m) => m.startsWith(`4 票据编号：「${refB}」与第 3 行重复`)),
      messages.join('\n'),
    );
    assert.ok(
      messages.some((m) => m.startsWith('5 确认非重复：与第 4 行内容相同')),
      messages.join('\n'),
    );

    const confirmed = await importAs(
      t(),
      'org_admin',
      await aidWorkbook([
        { ...same, 帮扶内容: '确为第二次助学', 确认非重复: '是' },
        {
          地区代码: ZHONGGANG,
          帮扶日期: ago(1),
          帮扶方式: '捐赠资金',
          重点领域: '教育帮扶',
          '金额（元）': 12,
          帮扶内容: 'x',
        },
        {
          地区代码: ZHONGGANG,
          帮扶日期: ago(1),
          帮扶方式: '捐赠资金',
          重点领域: '教育帮扶',
          '金额（元）': 12,
          帮扶内容: 'y',
          确认非重复: '是',
        },
      ]),
    );
    assert.equal(confirmed.job.result?.saved, 3, JSON.stringify(confirmed.job.result));
    const flagged = await recordsOf(confirmed.jobId);
    assert.deepEqual(
      flagged.map((r) => [r.summary, r.suspected_duplicate_of]),
      [
        ['确为第二次助学', original!.id],
        ['x', null],
        ['y', null],
      ],
    );
  });

  test('officials import for organizations in their scope; an organization or a place outside it is a row error', async () => {
    const credit = async (username: string) => {
      const id = await organizationIdOf(db(), username);
      return (
        await db().selectFrom('organizations').select('credit_code').where('id', '=', id).executeTakeFirstOrThrow()
      ).credit_code;
    };
    const shancheng = await credit('org_admin');
    const shandong = await credit('sd_org');
    const row = (extra: SheetRow): SheetRow => ({
      帮扶日期: ago(2),
      帮扶方式: '捐赠资金',
      重点领域: '教育帮扶',
      '金额（元）': 66,
      帮扶内容: '代录',
      ...extra,
    });

    const ok = await importAs(
      t(),
      'cq_mz',
      await aidWorkbook([row({ 统一社会信用代码: shancheng.toLowerCase(), 地区代码: ZHONGGANG, 票据编号: ref() })]),
    );
    assert.equal(ok.job.result?.saved, 1, JSON.stringify(ok.job.result));
    const [record] = await recordsOf(ok.jobId);
    assert.equal(record?.organization_id, await organizationIdOf(db(), 'org_admin'));
    assert.equal(record?.created_by, await t().accountId('cq_mz'));

    // 巫溪县's official: 齐鲁基金会 is registered in Shandong and serves 城口 and 彭水, not 巫溪; 城口县 is not theirs.
    const refused = await importAs(
      t(),
      'wuxi_xczx',
      await aidWorkbook([
        row({ 统一社会信用代码: shandong, 地区代码: ZHONGGANG }),
        row({ 统一社会信用代码: shancheng, 地区代码: CHENGKOU }),
        row({ 地区代码: ZHONGGANG }),
        row({ 统一社会信用代码: '91350100M000100Y43', 地区代码: ZHONGGANG }),
      ]),
    );
    assert.equal(refused.job.result?.saved, 0);
    const errors = refused.job.result.errors;
    assert.deepEqual(
      errors.map((e) => [e.row, e.column]),
      [
        [2, '统一社会信用代码'],
        [3, '地区代码'],
        [4, '统一社会信用代码'],
        [5, '统一社会信用代码'],
      ],
    );
    assert.match(errors[0]!.message, /山东齐鲁乡村振兴公益基金会（演示）既不在您管辖的地区登记，也不在该地区开展服务/);
    assert.match(errors[1]!.message, /城口县不在您的管辖范围内/);
    assert.match(errors[2]!.message, /请填写该组织的统一社会信用代码/);
    assert.match(errors[3]!.message, /没有登记的社会组织/);
  });

  test('households, projects and pairings must be the giver’s and cover the place, as the form requires', async () => {
    const shancheng = await organizationIdOf(db(), 'org_admin');
    const shandong = await organizationIdOf(db(), 'sd_org');
    const home = await household(db(), t().config);
    const planned = await insertProject(db(), { organizationId: shancheng, status: 'planned', places: [ZHONGGANG] });
    const others = await insertProject(db(), { organizationId: shandong, status: 'landed', places: [ZHONGGANG] });
    const elsewhere = await insertProject(db(), {
      organizationId: shancheng,
      status: 'in_progress',
      places: [CHENGKOU],
    });
    const chengkouProgram = await testProgram(db(), { regionCode: CHENGKOU });
    const pairing = await insertPairing(db(), {
      programId: chengkouProgram,
      organizationId: shancheng,
      places: [WUXI],
    });
    const ended = await insertPairing(db(), {
      programId: await testProgram(db()),
      organizationId: shancheng,
      places: [WUXI],
      status: 'ended',
    });
    const row = (extra: SheetRow): SheetRow => ({
      地区代码: ZHONGGANG,
      帮扶日期: ago(2),
      帮扶方式: '捐赠资金',
      重点领域: '教育帮扶',
      '金额（元）': 10,
      帮扶内容: '引用检查',
      ...extra,
    });
    const { job } = await importAs(
      t(),
      'org_admin',
      await aidWorkbook([
        row({ 地区代码: XINGHE, 住户编号: home.id }),
        row({ 住户编号: 99_999_999 }),
        row({ 项目编号: planned }),
        row({ 项目编号: others }),
        row({ 项目编号: elsewhere }),
        row({ 结对协议编号: pairing }),
        row({ 结对协议编号: ended }),
        row({ 地区代码: '5002381182', 项目编号: 'A12' }),
        row({ 地区代码: '500238118999' }),
        row({ 住户编号: home.id, 受益户数: 3 }),
      ]),
    );
    assert.equal(job.result?.saved, 0);
    const byRow = new Map<number, string[]>();
    for (const e of job.result.errors) byRow.set(e.row, [...(byRow.get(e.row) ?? []), e.message]);
    assert.deepEqual(Object.fromEntries(byRow), {
      2: [`住户编号：住户 ${home.id} 不在该帮扶地区`],
      3: ['住户编号：住户 99999999 不存在或已归档'],
      4: [`项目编号：项目 ${planned} 尚未签约或已取消，签约后才能记录帮扶`],
      5: [`项目编号：重庆山城乡村发展基金会（演示）没有编号为 ${others} 的项目，请核对`],
      6: [`项目编号：帮扶地区不在项目 ${elsewhere} 的帮扶地区内`],
      7: [`结对协议编号：帮扶地区不在结对协议 ${pairing} 所属帮扶计划的实施范围内`],
      8: [`结对协议编号：结对协议 ${ended} 不在有效期内（未确认、已退回或已终止）`],
      9: [
        '地区代码：「5002381182」应为 6 位区县、9 位乡镇（街道）或 12 位村（社区）的区划代码',
        '项目编号：「A12」应为项目编号（正整数）',
      ],
      10: ['地区代码：区划代码 500238118999 不存在，请核对'],
      11: ['受益户数：指定了受助住户的记录，受益户数最多为 1'],
    });
  });

  test('a job stopped half way leaves nothing, and a job left running is marked failed after a restart', async () => {
    const rows = Array.from({ length: 12 }, (_, i): SheetRow => ({
      地区代码: ZHONGGANG,
      帮扶日期: ago(1 + i),
      帮扶方式: '捐赠资金',
      重点领域: '教育帮扶',
      '金额（元）': 40 + i,
      帮扶内容: `中断测试 ${i}`,
    }));
    const res = await upload(t(), 'org_admin', await aidWorkbook(rows));
    assert.equal(res.statusCode, 202);
    const { jobId } = res.json<{ jobId: string }>();
    const job = await db()
      .updateTable('jobs')
      .set({ status: 'running', attempts: 1, started_at: new Date(), heartbeat_at: new Date() })
      .where('id', '=', jobId)
      .returningAll()
      .executeTakeFirstOrThrow();
    assert.equal(job.max_attempts, 1);

    // The process "dies" once the first batch is in the ledger: the report after it throws.
    const reports: string[] = [];
    const dying = {
      report: async (_done: number, _total?: number, message?: string) => {
        reports.push(message ?? '');
        if (message?.startsWith('已保存')) throw new Error('killed');
      },
    };
    const env = { db: db(), config: t().config, log: t().app.log };
    await assert.rejects(ledgerImportJob(job, dying, env), /killed/);
    assert.ok(
      reports.some((m) => m.startsWith('已保存 12 条')),
      reports.join(' | '),
    );
    assert.equal((await recordsOf(jobId)).length, 0);
    const chains = await db().selectFrom('aid_records').select('id').where('summary', 'like', '中断测试%').execute();
    assert.equal(chains.length, 0);

    // After a restart the job is still 'running' with an old heartbeat: with one attempt allowed, it fails.
    await db()
      .updateTable('jobs')
      .set({ heartbeat_at: new Date(Date.now() - 10 * 60_000) })
      .where('id', '=', jobId)
      .execute();
    await t().app.jobs.requeueStale();
    const after = await db().selectFrom('jobs').selectAll().where('id', '=', jobId).executeTakeFirstOrThrow();
    assert.equal(after.status, 'failed');
    assert.equal((await recordsOf(jobId)).length, 0);
    assert.equal(await t().app.jobs.drain(), 0);
  });

  test('a file that is not the sheet fails the job with a message; other files are refused at upload', async () => {
    const wrong = await importAs(
      t(),
      'org_admin',
      await aidWorkbook([{ 地区代码: ZHONGGANG }], ['地区代码', '日期', '金额']),
    );
    assert.equal(wrong.job.status, 'failed');
    assert.match(wrong.job.error?.message ?? '', /表头缺少「帮扶方式」「重点领域」「帮扶内容」/);
    const empty = await importAs(t(), 'org_admin', await aidWorkbook([]));
    assert.equal(empty.job.status, 'failed');
    assert.match(empty.job.error?.message ?? '', /没有数据行/);
    const csv = await upload(t(), 'org_admin', Buffer.from('地区代码,帮扶日期\n'), 'a.csv');
    assert.equal(csv.statusCode, 400);
    const fake = await upload(t(), 'org_admin', Buffer.from('not a zip'), 'a.xlsx');
    assert.equal(fake.statusCode, 400);
    assert.equal(COLUMNS.length, HEADERS.length);
  });

  test('a generated workbook (the benchmark’s) imports whole, with the sums it announces', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bangfu-aid-gen-'));
    try {
      const file = path.join(dir, 'generated.xlsx');
      const written = await writeAidWorkbook(file, { rows: 36 });
      const { jobId, job } = await importAs(t(), 'org_admin', fs.readFileSync(file));
      assert.equal(job.result?.saved, 36, JSON.stringify(job.result?.errors));
      assert.equal(job.result.savedAmountFen, written.amountFen);
      const saved = await recordsOf(jobId);
      assert.deepEqual(
        Object.fromEntries(AID_KINDS.map((k) => [k, saved.filter((r) => r.kind === k).length])),
        written.byKind,
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('the error workbook of another account, or of a job that saved, is not found', async () => {
    const ok = await importAs(
      t(),
      'org_admin',
      await aidWorkbook([
        {
          地区代码: ZHONGGANG,
          帮扶日期: ago(2),
          帮扶方式: '捐赠资金',
          重点领域: '教育帮扶',
          '金额（元）': 9,
          帮扶内容: '已保存',
          票据编号: ref(),
        },
      ]),
    );
    assert.equal(ok.job.result?.saved, 1);
    assert.equal((await errorBook('org_admin', ok.jobId)).statusCode, 404);
    assert.equal((await errorBook('org_admin', '00000000-0000-4000-8000-000000000000')).statusCode, 404);
    assert.equal((await errorBook('org_admin', 'not-a-uuid')).statusCode, 400);
    const result: AidImportResult | null = ok.job.result;
    assert.equal(result?.errorWorkbook, false);
  });
});
