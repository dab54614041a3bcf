import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { daysFromToday } from '../../../common/glossary.ts';
import { useTestApp } from '../../../../test/support/app.ts';
import { multipart } from '../../../../test/support/multipart.ts';
import type { NeedImportResult } from './schemas.ts';
import { COLUMNS } from './sheet.ts';

interface JobView {
  status: string;
  progress: number;
  total: number | null;
  message: string | null;
  result: NeedImportResult | null;
  error: { message: string } | null;
}

const HEADER = ['序号', '村（社区）', '标题', '需求说明', '重点领域', '重点人群', '需求类型', '物资或服务名称', '单位', '数量', '估算金额（元）', '截止日期', '对接联系人', '联系电话'];
type Cell = string | number | Date;

/** A date as Excel keeps it: a date cell, not text. */
const dateCell = (iso: string) => new Date(`${iso}T00:00:00Z`);

async function xlsx(rows: Cell[][], header: string[] = HEADER): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('需求');
  sheet.addRow(['红池坝镇 2026 年帮扶需求']);
  sheet.addRow(header);
  for (const r of rows) {
    const row = sheet.addRow(r);
    row.eachCell((c) => {
      if (c.value instanceof Date) c.numFmt = 'yyyy-mm-dd';
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const csv = (rows: string[][]) => [HEADER, ...rows].map((r) => r.join(',')).join('\n');

let serial = 0;
/** Titles unique to this run, so a second import in the same file does not meet the first one's needs. */
const title = (text: string) => `${text}${(serial += 1)}`;

describe('need imports', () => {
  const t = useTestApp();

  const upload = (who: string, fields: Record<string, string>, name: string, bytes: Uint8Array | string) =>
    t().request(who, { method: 'POST', url: '/api/need-imports', ...multipart(fields, { name, bytes }) });

  /** Uploads, runs the job and returns it as GET /api/jobs/:id shows it. */
  const importAs = async (who: string, fields: Record<string, string>, name: string, bytes: Uint8Array | string) => {
    const res = await upload(who, fields, name, bytes);
    assert.equal(res.statusCode, 202, res.body);
    const { jobId } = res.json<{ jobId: string }>();
    await t().app.jobs.drain();
    const job = await t().request(who, { method: 'GET', url: `/api/jobs/${jobId}` });
    assert.equal(job.statusCode, 200, job.body);
    return { jobId, job: job.json<JobView>() };
  };

  const countJobs = async () =>
    Number((await t().database.db.selectFrom('jobs').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  const countNeeds = async () =>
    Number((await t().database.db.selectFrom('needs').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

  test('the template is a workbook with the header, drop-down lists, an example row and the instructions', async () => {
    const res = await t().request('hongchiba', { method: 'GET', url: '/api/need-imports/template' });
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers['content-type']), /spreadsheetml/);
    assert.match(String(res.headers['content-disposition']), /attachment/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0]!;
    assert.deepEqual((sheet.getRow(1).values as unknown[]).slice(1), HEADER);
    assert.deepEqual(COLUMNS.map((c) => c.header), HEADER);
    const col = (header: string) => HEADER.indexOf(header) + 1;
    assert.equal(sheet.getCell(2, col('序号')).text, '示例');

    assert.deepEqual(sheet.getCell(500, col('需求类型')).dataValidation.formulae, ['"资金,物资,服务"']);
    // The key field list reads a range of the instructions sheet holding every current key field's name.
    const validation = sheet.getCell(2, col('重点领域')).dataValidation;
    assert.equal(validation.type, 'list');
    const range = /^'(.+)'!\$A\$(\d+):\$A\$(\d+)$/.exec(String(validation.formulae?.[0]));
    assert.ok(range, String(validation.formulae?.[0]));
    const help = workbook.getWorksheet(range[1]);
    assert.ok(help);
    const listed: string[] = [];
    for (let r = Number(range[2]); r <= Number(range[3]); r += 1) listed.push(help.getCell(r, 1).text);
    const fields = await t().database.db.selectFrom('key_fields').select('name_zh').where('retired_at', 'is', null).execute();
    assert.deepEqual([...listed].sort(), fields.map((f) => f.name_zh).sort());
    assert.ok(listed.includes('教育帮扶'));
    let text = '';
    help.eachRow((r) => {
      text += `${r.getCell(1).text}\n`;
    });
    assert.match(text, /留守儿童/);
    assert.match(text, /重点人群/);

    // The template filled in below its example row imports just that row.
    const row = sheet.getRow(3);
    const values: Record<string, Cell> = {
      标题: title('模板填写测试'),
      需求说明: '模板填写的需求说明',
      重点领域: '养老服务',
      需求类型: '服务',
      物资或服务名称: '助老护理员',
      单位: '人',
      数量: 3,
      截止日期: dateCell(daysFromToday(40)),
      对接联系人: '模板',
      联系电话: '13900009999',
    };
    for (const [h, v] of Object.entries(values)) row.getCell(col(h)).value = v;
    const { job } = await importAs('hongchiba', {}, '模板.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()));
    assert.equal(job.status, 'succeeded', JSON.stringify(job));
    assert.equal(job.result?.rows, 1);
    assert.equal(job.result?.saved, 1, JSON.stringify(job.result?.errors));
    const saved = await t().database.db.selectFrom('needs').selectAll().where('id', '=', job.result.needIds[0]!).executeTakeFirstOrThrow();
    assert.equal(saved.kind, 'service');
    assert.equal(saved.quantity, 3);
    assert.equal(saved.region_code, '500238118');
    assert.equal(saved.deadline, daysFromToday(40));
  });

  test('a township liaison imports three needs: the township and two villages written short, amounts in fen, key areas', async () => {
    const deadline = daysFromToday(60);
    const titles = [title('红池坝镇饮水管网维修资金'), title('中岗村小学冬衣'), title('兴合村义诊')];
    const body = await xlsx([
      ['1', '', titles[0]!, '镇上三处饮水管网老化需维修', '住房与生产生活条件改善', '', '资金', '', '', 12.5, '', dateCell(deadline), '张镇', '023-51520001'],
      ['2', '中岗', titles[1]!, '中岗村小学 40 名学生缺冬衣', '教育帮扶', '留守儿童、建档立卡贫困户', '物资', '儿童冬衣', '件', 40, '3,200.50', deadline, '李村', '13900001234'],
      ['3', '兴合村村民委员会', titles[2]!, '为留守老人开展义诊', '医疗救助', '留守老人', '服务', '义诊医生', '人次', '6', '', dateCell(deadline), '王村', '13900005678'],
    ]);
    const before = await countNeeds();
    const { job } = await importAs('hongchiba', { publish: 'true' }, '红池坝镇需求.xlsx', body);
    assert.equal(job.status, 'succeeded', JSON.stringify(job));
    const result = job.result!;
    assert.deepEqual(
      { rows: result.rows, saved: result.saved, errorCount: result.errorCount, errors: result.errors, status: result.status },
      { rows: 3, saved: 3, errorCount: 0, errors: [], status: 'published' },
    );
    assert.equal(result.township.code, '500238118');
    assert.match(result.township.name, /巫溪县 \/ 红池坝镇$/);
    assert.equal(job.progress, 3);
    assert.equal(job.total, 3);
    assert.equal(job.message, '已导入 3 条需求');
    assert.equal((await countNeeds()) - before, 3);

    const needs = await t().database.db.selectFrom('needs').selectAll().where('id', 'in', result.needIds).orderBy('id').execute();
    assert.deepEqual(needs.map((n) => n.title), titles);
    assert.deepEqual(needs.map((n) => n.region_code), ['500238118', '500238118201', '500238118202']);
    const [money, materials, service] = needs;
    assert.equal(money!.kind, 'money');
    assert.equal(money!.quantity, 1250);
    assert.equal(money!.amount_fen, 1250);
    assert.equal(materials!.quantity, 40);
    assert.equal(materials!.amount_fen, 320050);
    assert.equal(materials!.item_name, '儿童冬衣');
    assert.deepEqual([...materials!.key_population_codes].sort(), ['left_behind_children', 'registered_poor']);
    assert.equal(service!.key_field_code, 'medical_aid');
    assert.equal(service!.unit, '人次');
    const hongchiba = await t().accountId('hongchiba');
    for (const n of needs) {
      assert.equal(n.status, 'published');
      assert.ok(n.published_at);
      assert.equal(n.deadline, deadline);
      assert.equal(n.created_by, hongchiba);
      assert.equal(n.household_id, null);
      // 红池坝镇 is a deep-poverty township of 巫溪县, a key county, in the demo programs.
      assert.ok(n.key_area_kinds.includes('deep_poverty_township'), JSON.stringify(n.key_area_kinds));
      assert.ok(n.key_area_rank >= 2);
    }

    const audit = await t()
      .database.db.selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'import')
      .where('entity_type', '=', 'need')
      .where('region_code', '=', '500238118')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    assert.equal(audit.actor_account_id, hongchiba);
    const detail = audit.detail as { count: number; township: string; needIds: number[] };
    assert.equal(detail.count, 3);
    assert.equal(detail.township, '500238118');
    assert.deepEqual(detail.needIds, result.needIds);

    // The same sheet again: the needs are already there, nothing is added.
    const again = await importAs('hongchiba', { publish: 'true' }, '红池坝镇需求.xlsx', body);
    assert.equal(again.job.result?.saved, 0);
    assert.equal(again.job.result?.errorCount, 3);
    assert.match(again.job.result.errors[1]!.message, /^标题：中岗村已有同名的需求（编号 \d+）/);
    assert.equal((await countNeeds()) - before, 3);
  });

  test('one bad row saves nothing; every problem is reported with its row and column', async () => {
    const ok = daysFromToday(30);
    const sheet = csv([
      ['1', '中岗村', title('中岗村产业路'), '产业路硬化', '产业扶持', '', '资金', '', '', '50000', '', ok, '李村', '13900001234'],
      ['2', '中港', title('错行'), '说明', '教育', '留守儿童、不存在的人群', '资金', '', '', '1.234', '', '2020-01-01', '', '12345'],
      ['3', '兴合', title('物资行'), '说明', '教育帮扶', '', '物资', '', '', '2.5', '', ok, '王村', '13900005678'],
      ['4', '', title('类型行'), '说明', '教育帮扶', '', '捐款', '', '', '10', '', '2026/13/40', '赵镇', '13900005679'],
    ]);
    const before = await countNeeds();
    const { job } = await importAs('wuxi_xczx', { township: '500238118', publish: 'true' }, 'bad.csv', sheet);
    assert.equal(job.status, 'succeeded', JSON.stringify(job));
    const result = job.result!;
    assert.equal(result.rows, 4);
    assert.equal(result.saved, 0);
    assert.deepEqual(result.needIds, []);
    assert.equal(await countNeeds(), before);
    assert.equal(job.message, '3 行有问题，未导入任何需求');

    const on = (row: number, column: string) => result.errors.filter((e) => e.row === row && e.column === column).map((e) => e.message);
    assert.equal(result.errors.filter((e) => e.row === 2).length, 0);
    assert.deepEqual(on(3, '村（社区）'), ['村（社区）：红池坝镇没有「中港」，是否为：中岗村？']);
    assert.deepEqual(on(3, '数量'), ['数量：「1.234」最多保留两位小数（到分）']);
    assert.match(on(3, '截止日期')[0] ?? '', /^截止日期：不能早于今天/);
    assert.deepEqual(on(3, '重点领域'), ['重点领域：“教育”不是现行的重点领域，请从列表中选择']);
    assert.deepEqual(on(3, '重点人群'), ['重点人群：“不存在的人群”不是现行的重点人群，请从列表中选择']);
    assert.deepEqual(on(3, '对接联系人'), ['对接联系人：请填写']);
    assert.match(on(3, '联系电话')[0] ?? '', /^联系电话：应为 11 位手机号/);
    // Problems of a row come in the sheet's column order.
    assert.deepEqual(
      result.errors.filter((e) => e.row === 3).map((e) => e.column),
      ['村（社区）', '重点领域', '重点人群', '数量', '截止日期', '对接联系人', '联系电话'],
    );
    assert.deepEqual(on(4, '数量'), ['数量：「2.5」应为整数，如 20']);
    assert.match(on(4, '物资或服务名称')[0] ?? '', /请填写物资名称/);
    assert.match(on(4, '单位')[0] ?? '', /请填写单位/);
    assert.deepEqual(on(5, '需求类型'), ['需求类型：「捐款」不是需求类型，请填 资金、物资 或 服务']);
    assert.deepEqual(on(5, '数量'), []);
    assert.match(on(5, '截止日期')[0] ?? '', /不是有效日期/);
    assert.equal(result.errorCount, result.errors.length);
    assert.equal(result.errorsTruncated, false);
  });

  test('an official imports drafts into a township of their county; liaisons of a village and officials elsewhere cannot', async () => {
    const row = ['1', '中岗村', title('草稿需求'), '说明', '教育帮扶', '', '资金', '', '', '100', '', daysFromToday(20), '李村', '13900001234'];
    const { job } = await importAs('wuxi_xczx', { township: '500238118' }, 'drafts.csv', csv([row]));
    assert.equal(job.result?.saved, 1, JSON.stringify(job));
    assert.equal(job.result?.status, 'draft');
    const draft = await t().database.db.selectFrom('needs').selectAll().where('id', '=', job.result.needIds[0]!).executeTakeFirstOrThrow();
    assert.equal(draft.status, 'draft');
    assert.equal(draft.published_at, null);
    assert.equal(draft.created_by, await t().accountId('wuxi_xczx'));

    const before = await countNeeds();
    const jobsBefore = await countJobs();
    const sheet = csv([[...row.slice(0, 2), title('不应导入'), ...row.slice(3)]]);
    const village = await upload('zhonggang', {}, 'v.csv', sheet);
    assert.equal(village.statusCode, 403);
    assert.equal(village.json<{ code: string }>().code, 'FORBIDDEN');
    assert.match(village.json<{ message: string }>().message, /村联系人请在“发布需求”中逐条发布/);

    const elsewhere = await upload('chengkou_mz', { township: '500238118' }, 'x.csv', sheet);
    assert.equal(elsewhere.statusCode, 403);
    assert.equal(elsewhere.json<{ code: string }>().code, 'OUT_OF_SCOPE');

    const otherTownship = await upload('hongchiba', { township: '500229100' }, 'x.csv', sheet);
    assert.equal(otherTownship.statusCode, 403);
    assert.equal(otherTownship.json<{ code: string }>().code, 'OUT_OF_SCOPE');

    const noTownship = await upload('wuxi_xczx', {}, 'x.csv', sheet);
    assert.equal(noTownship.statusCode, 400);
    assert.deepEqual(noTownship.json<{ fields: unknown }>().fields, [{ field: 'township', message: '乡镇（街道）：请选择要导入需求的乡镇（街道）' }]);
    const county = await upload('wuxi_xczx', { township: '500238' }, 'x.csv', sheet);
    assert.equal(county.statusCode, 400);
    assert.match(county.body, /应为 9 位乡镇（街道）区划代码/);
    const badPublish = await upload('hongchiba', { publish: 'yes' }, 'x.csv', sheet);
    assert.equal(badPublish.statusCode, 400);
    assert.match(badPublish.body, /立即发布：应为 true/);

    assert.equal(await countNeeds(), before);
    assert.equal(await countJobs(), jobsBefore);
  });

  test('files that are not a needs sheet are refused at the upload, with the reason', async () => {
    const jobsBefore = await countJobs();
    const notZip = await upload('hongchiba', {}, 'needs.xlsx', 'not a zip at all');
    assert.equal(notZip.statusCode, 400);
    assert.match(notZip.body, /内容与扩展名 .xlsx 不符/);

    const wrongHeader = await upload('hongchiba', {}, 'other.xlsx', await xlsx([['张三', '红池坝镇']], ['姓名', '住址']));
    assert.equal(wrongHeader.statusCode, 400);
    assert.equal(wrongHeader.json<{ code: string }>().code, 'IMPORT_FILE_INVALID');
    assert.match(wrongHeader.json<{ message: string }>().message, /^表头缺少「标题」「需求说明」「重点领域」「需求类型」「数量」「截止日期」「对接联系人」「联系电话」/);

    const partial = await upload('hongchiba', {}, 'partial.csv', '标题,需求说明,重点领域,需求类型,数量\n一,二,三,资金,1\n');
    assert.equal(partial.statusCode, 400);
    assert.match(partial.json<{ message: string }>().message, /^表头缺少「截止日期」「对接联系人」「联系电话」/);

    const empty = await upload('hongchiba', {}, 'empty.csv', HEADER.join(','));
    assert.equal(empty.statusCode, 400);
    assert.match(empty.body, /没有数据行/);

    const line = ['', '', '标题', '说明', '教育帮扶', '', '资金', '', '', '1', '', daysFromToday(10), '李', '13900001234'];
    const tooMany = await upload('hongchiba', {}, 'big.csv', csv(Array.from({ length: 2001 }, () => line)));
    assert.equal(tooMany.statusCode, 400);
    assert.match(tooMany.json<{ message: string }>().message, /表格有 2001 行需求，一次最多导入 2000 行/);

    // A refused upload starts no job.
    assert.equal(await countJobs(), jobsBefore);
  });
});
