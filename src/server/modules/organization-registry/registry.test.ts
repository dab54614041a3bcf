import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { withCreditCheckChar } from '../../../common/credit-code.ts';
import { useTestApp } from '../../../../test/support/app.ts';
import { multipart } from '../../../../test/support/multipart.ts';
import type { RegistryImportResult } from './schemas.ts';
import { COLUMNS } from './sheet.ts';

interface JobView {
  status: string;
  progress: number;
  total: number | null;
  message: string | null;
  result: RegistryImportResult | null;
  error: { message: string } | null;
  hasFile: boolean;
}

const HEADER = [
  '序号', '组织名称', '统一社会信用代码', '组织形式', '登记管理机关', '业务主管单位', '评估等级', '评估年份', '业务领域', '服务地区',
  '联系人', '联系电话', '是否慈善组织', '公开募捐资格',
];

let serial = 0;
/** A fresh valid credit code registered in `region` (6 digits). */
function code(region = '500238', type = '51'): string {
  serial += 1;
  return withCreditCheckChar(`${type}${region}MJT${String(process.pid % 1000).padStart(3, '0')}${String(serial).padStart(3, '0')}`);
}

const csv = (rows: string[][]) => [HEADER, ...rows].map((r) => r.map((c) => (/[,"\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')).join('\n');

async function xlsx(rows: string[][], title?: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('名录');
  if (title) sheet.addRow([title]);
  sheet.addRow(HEADER);
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('organization registry import', () => {
  const t = useTestApp();

  const upload = (who: string, name: string, bytes: Uint8Array | string) =>
    t().request(who, { method: 'POST', url: '/api/organization-registry/imports', ...multipart({}, { name, bytes }) });

  /** Uploads, runs the job and returns it as GET /api/jobs/:id shows it. */
  const importAs = async (who: string, name: string, bytes: Uint8Array | string) => {
    const res = await upload(who, name, bytes);
    assert.equal(res.statusCode, 202, res.body);
    const { jobId } = res.json<{ jobId: string }>();
    await t().app.jobs.drain();
    const job = await t().request(who, { method: 'GET', url: `/api/jobs/${jobId}` });
    assert.equal(job.statusCode, 200, job.body);
    return { jobId, job: job.json<JobView>() };
  };

  const organizations = (codes: string[]) =>
    t().database.db.selectFrom('organizations').selectAll().where('credit_code', 'in', codes).orderBy('id').execute();
  const count = async (table: 'organizations' | 'organization_fields' | 'audit_log') =>
    Number((await t().database.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

  test('an official imports a registry: every row saved, approved, without accounts, with fields, regions, review and audit', async () => {
    const codes = [code('500000', '51'), code('500238', '53'), code('500229', '52')];
    const body = await xlsx(
      [
        ['1', '重庆市测试慈善协会（演示）', codes[0]!.toLowerCase(), '社会团体', '重庆市民政局', '重庆市民政局', '5A', '2023', '医疗救助、灾害与意外救助', '重庆市', '张测试', '023-6000 1234', '是', '是'],
        ['2', '巫溪县测试教育基金会（演示）', codes[1]!, '基金会', '巫溪县民政局', '', '4A级', '2024', '教育帮扶，儿童心理关爱', '巫溪县、城口县', '李测试', '13900001111', '是', '否'],
        ['3', '城口县测试社工服务中心（演示）', codes[2]!, '社会服务机构（民办非企业单位）', '500229', '', '', '', 'social_work', '500229、巫溪县红池坝镇', '王测试', '+86 139 0000 2222', '', ''],
      ],
      '重庆市社会组织名录（测试）',
    );
    await t().login('cq_mz');
    const before = await count('audit_log');
    const { job } = await importAs('cq_mz', '名录.xlsx', body);
    assert.equal(job.status, 'succeeded', JSON.stringify(job));
    assert.deepEqual(job.result, { fileName: '名录.xlsx', rows: 3, saved: 3, errorCount: 0, errors: [], errorsTruncated: false });
    assert.equal(job.hasFile, false);
    assert.equal(job.progress, 3);
    assert.equal(job.total, 3);

    const rows = await organizations(codes);
    assert.equal(rows.length, 3);
    for (const r of rows) {
      assert.equal(r.status, 'approved');
      assert.equal(r.source, 'registry_import');
      assert.ok(r.name_bigrams.length > 0);
      assert.ok(!r.name_key.includes('演示') && !r.name_key.includes('（'));
    }
    const [charity, foundation, agency] = rows;
    assert.equal(charity!.registration_level, 'provincial');
    assert.equal(charity!.registration_region_code, '50');
    assert.equal(charity!.is_charity && charity!.has_public_fundraising, true);
    assert.equal(charity!.grade, '5A');
    assert.equal(charity!.contact_phone, '023-60001234');
    assert.equal(foundation!.form, 'foundation');
    assert.equal(foundation!.registration_level, 'county');
    assert.equal(foundation!.registration_region_code, '500238');
    assert.equal(foundation!.grade, '4A');
    assert.equal(agency!.form, 'service_agency');
    assert.equal(agency!.registration_region_code, '500229');
    assert.equal(agency!.contact_phone, '13900002222');

    const ids = rows.map((r) => r.id);
    const accounts = await t().database.db.selectFrom('accounts').select('id').where('organization_id', 'in', ids).execute();
    assert.equal(accounts.length, 0);
    const fields = await t().database.db.selectFrom('organization_fields').selectAll().where('organization_id', '=', foundation!.id).execute();
    assert.deepEqual(fields.map((f) => f.key_field_code).sort(), ['child_psychology', 'education']);
    const regions = await t().database.db
      .selectFrom('organization_service_regions')
      .select('region_code')
      .where('organization_id', '=', agency!.id)
      .orderBy('region_code')
      .execute();
    assert.deepEqual(regions.map((r) => r.region_code), ['500229', '500238118']);
    const reviews = await t().database.db.selectFrom('organization_reviews').selectAll().where('organization_id', 'in', ids).execute();
    assert.equal(reviews.length, 3);
    assert.ok(reviews.every((r) => r.action === 'import'));
    const audit = await t().database.db
      .selectFrom('audit_log')
      .select(['action', 'entity_type'])
      .where('action', '=', 'import')
      .where('entity_type', '=', 'organization')
      .where('entity_id', 'in', ids.map(String))
      .execute();
    assert.equal(audit.length, 3);
    // One audit row per organization, the upload and the import as a whole.
    assert.equal((await count('audit_log')) - before, 5);

    // The same sheet again: every code is already registered, nothing changes.
    const orgsBefore = await count('organizations');
    const again = await importAs('cq_mz', '名录.xlsx', body);
    assert.equal(again.job.result?.saved, 0);
    assert.equal(again.job.result?.errorCount, 3);
    assert.match(again.job.result.errors[0]!.message, /已在平台登记/);
    assert.equal(await count('organizations'), orgsBefore);
  });

  test('a sheet with bad rows saves nothing; the result and the error workbook say what is wrong, row by row', async () => {
    const good = code('500238', '51');
    const wrongCheck = code('500238', '51');
    const bad = wrongCheck.slice(0, 17) + (wrongCheck[17] === '0' ? '1' : '0');
    const dup = code('500238', '52');
    const elsewhere = code('500229', '53');
    const sheet = csv([
      ['1', '巫溪县好行测试协会（演示）', good, '社会团体', '巫溪县民政局', '', '', '', '教育帮扶', '巫溪县', '赵好', '13900003333', '否', '否'],
      ['2', '巫溪县校验码测试协会（演示）', bad, '社会团体', '巫溪县民政局', '', '', '', '教育帮扶', '巫溪县', '钱错', '13900004444', '', ''],
      ['3', '巫溪县形式测试合作社（演示）', code('500238', '52'), '合作社', '巫溪县民政局', '', '', '', '养老服务', '巫溪县', '孙形', '13900005555', '', ''],
      ['4', '巫溪县重复测试中心（演示）', dup, '社会服务机构', '巫溪县民政局', '', '', '', '社会工作服务', '巫溪县', '李重', '13900006666', '', ''],
      ['5', '巫溪县重复测试中心二（演示）', dup, '社会服务机构', '巫溪县民政局', '', '', '', '社会工作服务', '巫溪县', '周重', '13900007777', '', ''],
      ['6', '城口县范围测试基金会（演示）', elsewhere, '基金会', '城口县民政局', '', '', '', '残疾人帮扶', '城口县', '吴外', '13900008888', '', ''],
      ['7', '巫溪县多处问题测试会（演示）', code('500238', '51'), '社会团体', '巫溪县民政局', '', '6A', '', '教育、不存在的领域', '巫溪县', '', '12345', '否', '是'],
    ]);
    const orgsBefore = await count('organizations');
    const fieldsBefore = await count('organization_fields');
    const { jobId, job } = await importAs('wuxi_xczx', 'wuxi.csv', sheet);
    assert.equal(job.status, 'succeeded', JSON.stringify(job));
    const result = job.result!;
    assert.equal(result.rows, 7);
    assert.equal(result.saved, 0);
    assert.equal(await count('organizations'), orgsBefore);
    assert.equal(await count('organization_fields'), fieldsBefore);
    assert.equal((await organizations([good])).length, 0);

    const on = (row: number, column: string) => result.errors.filter((e) => e.row === row && e.column === column).map((e) => e.message);
    assert.deepEqual(on(3, '统一社会信用代码'), [`统一社会信用代码：第 18 位校验码应为“${wrongCheck[17]}”，现在是“${bad[17]}”，请核对前 17 位是否抄错`]);
    assert.match(on(4, '组织形式')[0] ?? '', /组织形式：「合作社」不是组织形式/);
    assert.deepEqual(on(6, '统一社会信用代码'), ['统一社会信用代码：与第 5 行重复']);
    assert.match(on(7, '登记管理机关')[0] ?? '', /不在您的管辖范围（重庆市 \/ 巫溪县）内/);
    assert.match(on(8, '评估等级')[0] ?? '', /「6A」不是评估等级/);
    assert.match(on(8, '业务领域')[0] ?? '', /「教育」不是重点领域名称，是否为「教育帮扶」？/);
    assert.match(on(8, '业务领域')[1] ?? '', /「不存在的领域」不是重点领域名称/);
    assert.deepEqual(on(8, '联系人'), ['联系人：必填']);
    assert.match(on(8, '联系电话')[0] ?? '', /不是有效的电话号码/);
    assert.deepEqual(on(8, '公开募捐资格'), ['公开募捐资格：只有慈善组织才能具有公开募捐资格']);
    assert.equal(result.errors.filter((e) => e.row === 2 || e.row === 5).length, 0);
    assert.equal(result.errorCount, result.errors.length);
    assert.equal(result.errorsTruncated, false);
    assert.match(job.message ?? '', /5 行有问题，未导入任何组织/);

    // The error workbook: every row as read, and a 错误 column.
    assert.equal(job.hasFile, true);
    const file = await t().request('wuxi_xczx', { method: 'GET', url: `/api/jobs/${jobId}/download` });
    assert.equal(file.statusCode, 200);
    assert.match(String(file.headers['content-disposition']), /wuxi-%E9%94%99%E8%AF%AF\.xlsx/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.rawPayload as unknown as ExcelJS.Buffer);
    const out = workbook.worksheets[0]!;
    const header = (out.getRow(1).values as unknown[]).slice(1);
    assert.deepEqual(header, [...HEADER, '错误']);
    const errorOf = (row: number) => out.getRow(row).getCell(HEADER.length + 1).text;
    assert.equal(errorOf(2), '');
    assert.match(errorOf(3), /^统一社会信用代码：第 18 位校验码应为/);
    assert.match(errorOf(8), /评估等级：.*；业务领域：.*；联系人：必填/);
    assert.equal(out.getRow(3).getCell(3).text, bad);
    assert.equal(out.rowCount, 8);
  });

  test('a file the job cannot use fails with a message; uploads are checked before a job starts', async () => {
    const { job } = await importAs('cq_mz', 'other.csv', '姓名,电话\n张三,13900000000\n');
    assert.equal(job.status, 'failed');
    assert.match(job.error?.message ?? '', /表头缺少「组织名称」「统一社会信用代码」/);

    const empty = await importAs('cq_mz', 'empty.csv', HEADER.join(','));
    assert.equal(empty.job.status, 'failed');
    assert.match(empty.job.error?.message ?? '', /没有数据行/);

    const notExcel = await upload('cq_mz', 'registry.xlsx', 'not a zip');
    assert.equal(notExcel.statusCode, 400);
    assert.match(notExcel.body, /内容与扩展名 .xlsx 不符/);
    const wrongType = await upload('cq_mz', 'registry.txt', 'x');
    assert.equal(wrongType.statusCode, 400);
    const noFile = await t().request('cq_mz', { method: 'POST', url: '/api/organization-registry/imports', ...multipart({}) });
    assert.equal(noFile.statusCode, 400);
    assert.match(noFile.body, /请选择要上传的/);
  });

  test('the template has the header, drop-down lists and the instructions', async () => {
    const res = await t().request('wuxi_xczx', { method: 'GET', url: '/api/organization-registry/template' });
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers['content-type']), /spreadsheetml/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0]!;
    assert.deepEqual((sheet.getRow(1).values as unknown[]).slice(1), COLUMNS.map((c) => c.header));
    const col = (header: string) => COLUMNS.findIndex((c) => c.header === header) + 1;
    assert.deepEqual(sheet.getCell(2, col('组织形式')).dataValidation.formulae, ['"社会团体,基金会,社会服务机构"']);
    assert.deepEqual(sheet.getCell(100, col('是否慈善组织')).dataValidation.formulae, ['"是,否"']);
    assert.deepEqual(sheet.getCell(100, col('公开募捐资格')).dataValidation.formulae, ['"是,否"']);
    const help = workbook.getWorksheet('填写说明');
    assert.ok(help);
    let names = '';
    help.eachRow((r) => {
      names += `${r.getCell(1).text}\n`;
    });
    assert.match(names, /教育帮扶/);

    // The template itself, filled in, imports.
    const filled = code('500238', '52');
    const c = (h: string) => col(h);
    const row = sheet.getRow(2);
    row.getCell(c('组织名称')).value = '巫溪县模板测试服务中心（演示）';
    row.getCell(c('统一社会信用代码')).value = filled;
    row.getCell(c('组织形式')).value = '社会服务机构';
    row.getCell(c('登记管理机关')).value = '巫溪县民政局';
    row.getCell(c('业务领域')).value = '养老服务';
    row.getCell(c('服务地区')).value = '巫溪县';
    row.getCell(c('联系人')).value = '模板';
    row.getCell(c('联系电话')).value = '13900009999';
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const { job } = await importAs('wuxi_xczx', '模板.xlsx', bytes);
    assert.equal(job.result?.saved, 1, JSON.stringify(job.result));
    assert.equal((await organizations([filled]))[0]?.registration_region_code, '500238');
  });
});
