import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { useTestApp } from '../../../../test/support/app.ts';
import { multipart } from '../../../../test/support/multipart.ts';
import type { DesignationPage, Program } from '../programs/schemas.ts';
import type { Decision, KeyAreaImport } from './schemas.ts';

const DEMO = path.resolve(import.meta.dirname, '../../demo/key-areas');
const demoFile = (name: string) => fs.readFileSync(path.join(DEMO, name));

interface Failure {
  code: string;
  message: string;
  fields?: { field: string; message: string }[];
}

describe('key-area imports', () => {
  const t = useTestApp();
  let seq = 0;

  const newProgram = async (regionCode = '50') => {
    seq += 1;
    const res = await t().request('cq_mz', {
      method: 'POST',
      url: '/api/programs',
      payload: {
        slug: `import-test-${seq}`,
        name: '导入测试计划',
        kind: 'poverty_alleviation',
        regionCode,
        departmentName: '测试部门',
        startYear: 2020,
      },
    });
    assert.equal(res.statusCode, 200, res.body);
    return res.json<Program>().id;
  };
  const upload = (who: string, programId: number, kind: string, name: string, bytes: Uint8Array | string, extra = {}) =>
    t().request(who, {
      method: 'POST',
      url: `/api/programs/${programId}/key-area-imports`,
      ...multipart({ kind, ...extra }, { name, bytes }),
    });
  const uploaded = async (programId: number, kind: string, name: string, bytes: Uint8Array | string, extra = {}) => {
    const res = await upload('cq_mz', programId, kind, name, bytes, extra);
    assert.equal(res.statusCode, 200, res.body);
    return res.json<KeyAreaImport>();
  };
  const save = (id: number, decisions: Decision[], who = 'cq_mz') =>
    t().request(who, { method: 'POST', url: `/api/key-area-imports/${id}/save`, payload: { decisions } });
  const designations = async (programId: number, query = '') => {
    const items: DesignationPage['items'] = [];
    let cursor: string | null = null;
    do {
      const res = await t().request(null, {
        method: 'GET',
        url: `/api/programs/${programId}/designations?limit=200${query}${cursor ? `&cursor=${cursor}` : ''}`,
      });
      assert.equal(res.statusCode, 200, res.body);
      const page = res.json<DesignationPage>();
      items.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    return items;
  };
  const count = async (table: 'designations' | 'designation_contacts' | 'audit_log') =>
    Number(
      (
        await t()
          .database.db.selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  /** What the official decides for the demo villages sheet: confirm each variant, take 清明坝村 for 清明村. */
  const villageDecisions = (imp: KeyAreaImport): Decision[] =>
    imp.entries.flatMap((e): Decision[] => {
      if (e.status === 'variant') return [{ key: e.key, action: 'accept' }];
      if (e.status === 'exact') return [];
      const pick = e.candidates.find((c) => c.name.endsWith('清明坝村'));
      assert.ok(pick, `${e.key} ${e.input}`);
      return [{ key: e.key, action: 'accept', code: pick.code }];
    });

  test('the villages sheet: resolved per entry, refused whole until decided, then saved whole; again changes nothing', async () => {
    const programId = await newProgram();
    const imp = await uploaded(
      programId,
      'village',
      '定点攻坚村.csv',
      demoFile('chongqing-2020-designated-villages.csv'),
    );
    assert.equal(imp.status, 'pending');
    assert.equal(imp.fileName, '定点攻坚村.csv');
    assert.deepEqual(imp.summary, { entries: 100, exact: 87, variant: 12, ambiguous: 0, notFound: 1, problems: 0 });
    const first = imp.entries[0]!;
    assert.equal(first.key, 'C2');
    assert.equal(first.name, '重庆市 / 万州区 / 白土镇 / 大林村');
    assert.equal(first.designationKind, 'designated_village');
    const variant = imp.entries.find((e) => e.input === '同乐乡实胜村')!;
    assert.equal(variant.status, 'variant');
    assert.equal(variant.reason, '乡已改为镇');

    const before = { designations: await count('designations'), audit: await count('audit_log') };
    const refused = await save(imp.id, []);
    assert.equal(refused.statusCode, 400, refused.body);
    const failure = refused.json<Failure>();
    assert.equal(failure.code, 'IMPORT_UNRESOLVED');
    assert.equal(failure.fields?.length, 13);
    const msg = failure.fields?.find((f) => f.field === `entries.${variant.key}`)?.message ?? '';
    assert.match(msg, /同乐乡实胜村.*近似匹配.*请确认或舍弃/);
    assert.match(
      failure.fields?.find((f) => f.message.includes('车田乡清明村'))?.message ?? '',
      /没有找到.*选定地区或舍弃/,
    );
    // Accepting the variants only still leaves the not-found one: nothing is saved.
    const partly = await save(
      imp.id,
      imp.entries.filter((e) => e.status === 'variant').map((e) => ({ key: e.key, action: 'accept' as const })),
    );
    assert.equal(partly.statusCode, 400);
    assert.equal(partly.json<Failure>().fields?.length, 1);
    assert.equal(await count('designations'), before.designations);
    assert.equal(await count('audit_log'), before.audit);

    const saved = await save(imp.id, villageDecisions(imp));
    assert.equal(saved.statusCode, 200, saved.body);
    const done = saved.json<KeyAreaImport>();
    assert.equal(done.status, 'saved');
    assert.deepEqual(done.result, { created: 100, updated: 0, unchanged: 0, dropped: 0 });
    const list = await designations(programId);
    assert.equal(list.length, 100);
    assert.ok(list.some((d) => d.regionPath === '重庆市 / 酉阳土家族苗族自治县 / 车田乡 / 清明坝村'));
    assert.ok(list.every((d) => d.kind === 'designated_village'));

    // Saving twice is refused; importing the same file again creates and updates nothing.
    assert.equal((await save(imp.id, villageDecisions(imp))).json<Failure>().code, 'IMPORT_FINISHED');
    const afterFirst = { designations: await count('designations'), audit: await count('audit_log') };
    const again = await uploaded(
      programId,
      'village',
      '定点攻坚村.csv',
      demoFile('chongqing-2020-designated-villages.csv'),
    );
    const second = await save(again.id, villageDecisions(again));
    assert.deepEqual(second.json<KeyAreaImport>().result, { created: 0, updated: 0, unchanged: 100, dropped: 0 });
    assert.equal(await count('designations'), afterFirst.designations);
    // Only the import's own audit row: no designation changed.
    assert.equal(await count('audit_log'), afterFirst.audit + 1);
  });

  test('the demo program holds the seed: 14 national and 4 municipal key counties, 18 townships with contacts, 100 villages', async () => {
    const programs = await t().request(null, { method: 'GET', url: '/api/programs?region=50' });
    const program = programs.json<{ items: Program[] }>().items.find((p) => p.slug === 'cq-2020-poverty')!;
    const all = await designations(program.id);
    const byKind = all.reduce<Record<string, number>>((acc, d) => ({ ...acc, [d.kind]: (acc[d.kind] ?? 0) + 1 }), {});
    assert.deepEqual(byKind, {
      key_county_national: 14,
      key_county_municipal: 4,
      deep_poverty_township: 18,
      designated_village: 100,
    });
    const wanzhou = all.find((d) => d.regionCode === '500101')!;
    assert.equal(wanzhou.kind, 'key_county_national');
    assert.equal(wanzhou.note, null);
    assert.deepEqual(wanzhou.contacts, [
      { kind: 'office', name: null, post: null, officePhone: '023-58569600', mobile: null },
    ]);
    assert.equal(all.find((d) => d.regionPath === '重庆市 / 黔江区')?.kind, 'key_county_national'); // below 万州 in the merged cell
    assert.equal(all.find((d) => d.regionPath === '重庆市 / 涪陵区')?.kind, 'key_county_municipal');
    // The public sees the township contact's name and post, and the mobile masked; an organization sees it whole.
    const sanjian = all.find((d) => d.regionPath === '重庆市 / 丰都县 / 三建乡')!;
    assert.deepEqual(sanjian.contacts, [
      { kind: 'person', name: '陶松森', post: '乡民政和社会事务办主任', officePhone: null, mobile: '135****0668' },
    ]);
    const asOrg = await t().request('org_admin', {
      method: 'GET',
      url: `/api/programs/${program.id}/designations?kind=deep_poverty_township&region=500230`,
    });
    assert.equal(asOrg.json<DesignationPage>().items[0]?.contacts[0]?.mobile, '13594500668');
  });

  test('bad rows are refused per row in Chinese until dropped: empty name, a county outside the region, a bad phone', async () => {
    const programId = await newProgram();
    const csv =
      '序号,区县,联系电话,备注\n1,巫溪县,023-51522562,\n2,,023-59221209,\n3,海淀区,010-12345678,\n4,城口县,12345,\n';
    const imp = await uploaded(programId, 'county', 'counties.csv', csv);
    const byRow = new Map(imp.entries.map((e) => [e.row, e]));
    assert.deepEqual(byRow.get(2)?.problems, []);
    assert.deepEqual(byRow.get(3)?.problems, ['第3行：区县为空']);
    assert.deepEqual(byRow.get(4)?.problems, [
      '第4行：区县「海淀区」是北京市 / 海淀区，不在本计划的地区（重庆市）之内',
    ]);
    assert.match(byRow.get(5)?.problems[0] ?? '', /^第5行：联系电话「12345」不是有效的电话号码/);
    assert.equal(imp.summary.problems, 3);

    const refused = await save(imp.id, []);
    assert.equal(refused.statusCode, 400);
    const fields = refused.json<Failure>().fields ?? [];
    assert.deepEqual(
      fields.map((f) => f.field),
      ['entries.B3', 'entries.B4', 'entries.B5'],
    );
    assert.match(fields[1]!.message, /海淀区.*请舍弃该条目，或修改表格后重新上传/);
    // Accepting a row with a problem is not enough either.
    const stillRefused = await save(imp.id, [
      { key: 'B5', action: 'accept' },
      { key: 'B3', action: 'drop' },
      { key: 'B4', action: 'drop' },
    ]);
    assert.equal(stillRefused.statusCode, 400);
    assert.equal((await designations(programId)).length, 0);

    const ok = await save(
      imp.id,
      ['B3', 'B4', 'B5'].map((key) => ({ key, action: 'drop' as const })),
    );
    assert.equal(ok.statusCode, 200, ok.body);
    assert.deepEqual(ok.json<KeyAreaImport>().result, { created: 1, updated: 0, unchanged: 0, dropped: 3 });
    const saved = await designations(programId);
    assert.deepEqual(
      saved.map((d) => [d.regionPath, d.kind, d.contacts[0]?.officePhone]),
      [['重庆市 / 巫溪县', 'key_county_national', '023-51522562']],
    );
  });

  test('an ambiguous township is saved only with a chosen place inside the program region at the right level', async () => {
    const programId = await newProgram();
    const csv =
      '序号,乡镇名称,联系人,联系方式,备注\n1,龙溪镇,张三,023-57686016,镇民政办\n2,巫山县双龙镇,李四,15523963725,\n3,海淀区学院路街道,王五,13800000000,\n';
    const imp = await uploaded(programId, 'township', 'townships.csv', csv);
    const longxi = imp.entries[0]!;
    assert.equal(longxi.status, 'ambiguous');
    assert.ok(longxi.candidates.length >= 2);
    assert.deepEqual(longxi.contacts, [
      { kind: 'person', name: '张三', post: '镇民政办', officePhone: '023-57686016', mobile: null },
    ]);
    const wushan = longxi.candidates.find((c) => c.name === '重庆市 / 巫山县 / 龙溪镇')!;
    assert.deepEqual(imp.entries[2]?.problems, [
      '第4行：「海淀区学院路街道」是北京市 / 海淀区 / 学院路街道，不在本计划的地区（重庆市）之内',
    ]);

    const undecided = await save(imp.id, [{ key: longxi.key, action: 'accept' }]);
    assert.match(undecided.json<Failure>().fields?.[0]?.message ?? '', /有\d+处相符，请选定其中一处或舍弃/);
    const wrongLevel = await save(imp.id, [{ key: longxi.key, action: 'accept', code: '500237' }]);
    assert.match(wrongLevel.json<Failure>().fields?.[0]?.message ?? '', /不是乡镇（街道）/);
    const outside = await save(imp.id, [{ key: longxi.key, action: 'accept', code: '110108001' }]);
    assert.equal(outside.statusCode, 400);
    assert.match(outside.json<Failure>().fields?.[0]?.message ?? '', /不存在|不在本计划的地区之内/);
    const unknownKey = await save(imp.id, [{ key: 'Z99', action: 'drop' }]);
    assert.deepEqual(unknownKey.json<Failure>().fields, [
      { field: 'decisions.0.key', message: '条目 Z99：表格中没有这个条目' },
    ]);
    // Two entries for one place: one must go.
    const twice = await save(imp.id, [{ key: longxi.key, action: 'accept', code: imp.entries[1]!.code! }]);
    assert.match(twice.json<Failure>().fields?.[0]?.message ?? '', /是同一地区，请舍弃其中一条/);

    const ok = await save(imp.id, [
      { key: longxi.key, action: 'accept', code: wushan.code },
      { key: 'B4', action: 'drop' },
    ]);
    assert.equal(ok.statusCode, 200, ok.body);
    const saved = await designations(programId);
    assert.deepEqual(saved.map((d) => d.regionPath).sort(), ['重庆市 / 巫山县 / 双龙镇', '重庆市 / 巫山县 / 龙溪镇']);
  });

  test('a re-import updates contacts that changed and brings back a retired key area', async () => {
    const programId = await newProgram();
    const first = await uploaded(programId, 'county', 'c.csv', '区县,联系电话\n巫溪县,023-51522562\n');
    assert.equal((await save(first.id, [])).statusCode, 200);
    const [wuxi] = await designations(programId);
    const retire = await t().request('cq_mz', { method: 'POST', url: `/api/designations/${wuxi!.id}/retire` });
    assert.equal(retire.statusCode, 200);
    const second = await uploaded(programId, 'county', 'c.csv', '区县,联系电话,备注\n巫溪县,023-51522000,已摘帽\n');
    const res = await save(second.id, []);
    assert.deepEqual(res.json<KeyAreaImport>().result, { created: 0, updated: 1, unchanged: 0, dropped: 0 });
    const [after] = await designations(programId);
    assert.equal(after?.id, wuxi!.id);
    assert.equal(after?.retiredAt, null);
    assert.equal(after?.note, '已摘帽');
    assert.equal(after?.contacts[0]?.officePhone, '023-51522000');
  });

  test('an .xlsx with a title row imports like the CSV; county kind chosen for rows without a level', async () => {
    const programId = await newProgram();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('附件1');
    ws.addRow(['国家乡村振兴重点帮扶县']);
    ws.addRow(['序号', '区县', '联系电话', '备注']);
    ws.addRow([1, '巫溪县', '023-51522562', '']);
    ws.addRow([2, '城口县', '02359221209', '']);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const imp = await uploaded(programId, 'county', '重点帮扶县.xlsx', bytes, {
      countyKind: 'national_key_support_county',
    });
    assert.equal(imp.countyKind, 'national_key_support_county');
    assert.deepEqual(
      imp.entries.map((e) => [e.key, e.status, e.designationKind, e.contacts[0]?.officePhone]),
      [
        ['B3', 'exact', 'national_key_support_county', '023-51522562'],
        ['B4', 'exact', 'national_key_support_county', '023-59221209'],
      ],
    );
  });

  test('files that are not key-area sheets are refused with a Chinese message, and nothing is kept', async () => {
    const programId = await newProgram();
    const fieldsOf = (body: string) =>
      Object.fromEntries((JSON.parse(body) as Failure).fields?.map((f) => [f.field, f.message]) ?? []);
    const before = Number(
      (
        await t()
          .database.db.selectFrom('key_area_imports')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

    const xls = await upload('cq_mz', programId, 'county', 'old.xls', 'whatever');
    assert.equal(xls.statusCode, 400);
    assert.match(fieldsOf(xls.body).file ?? '', /只支持.*另存为 \.xlsx/);

    const fake = await upload('cq_mz', programId, 'county', 'fake.xlsx', '区县,联系电话\n巫溪县,023-51522562\n');
    assert.match(fieldsOf(fake.body).file ?? '', /内容与扩展名 \.xlsx 不符/);

    const header = await upload('cq_mz', programId, 'township', 't.csv', '序号,区县,联系电话\n1,巫溪县,023-51522562\n');
    assert.equal(header.statusCode, 400);
    assert.equal(header.json<Failure>().code, 'IMPORT_FILE_INVALID');
    assert.match(header.json<Failure>().message, /表头缺少「乡镇名称」/);

    const empty = await upload('cq_mz', programId, 'county', 'e.csv', '区县,联系电话\n');
    assert.match(empty.json<Failure>().message, /没有数据行/);

    const noKind = await upload('cq_mz', programId, 'town', 'c.csv', '区县,联系电话\n巫溪县,023-51522562\n');
    assert.match(fieldsOf(noKind.body).kind ?? '', /表格类别/);

    const noFile = await t().request('cq_mz', {
      method: 'POST',
      url: `/api/programs/${programId}/key-area-imports`,
      ...multipart({ kind: 'county' }),
    });
    assert.match(fieldsOf(noFile.body).file ?? '', /请选择要上传的/);

    const big = await upload(
      'cq_mz',
      programId,
      'county',
      'big.csv',
      `区县,联系电话\n${'巫溪县,023-51522562\n'.repeat(300_000)}`,
    );
    assert.equal(big.statusCode, 413);
    assert.match(big.json<Failure>().message, /超过 5 MB/);

    const json = await t().request('cq_mz', {
      method: 'POST',
      url: `/api/programs/${programId}/key-area-imports`,
      payload: { kind: 'county' },
    });
    assert.equal(json.statusCode, 415);

    const after = Number(
      (
        await t()
          .database.db.selectFrom('key_area_imports')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
    assert.equal(after, before);
  });

  test('a discarded import cannot be saved; the program lists its imports newest first', async () => {
    const programId = await newProgram();
    const a = await uploaded(programId, 'county', 'a.csv', '区县,联系电话\n巫溪县,023-51522562\n');
    const b = await uploaded(programId, 'county', 'b.csv', '区县,联系电话\n城口县,023-59221209\n');
    const discarded = await t().request('cq_mz', { method: 'POST', url: `/api/key-area-imports/${a.id}/discard` });
    assert.equal(discarded.json<KeyAreaImport>().status, 'discarded');
    assert.equal((await save(a.id, [])).statusCode, 409);
    const list = await t().request('cq_mz', {
      method: 'GET',
      url: `/api/programs/${programId}/key-area-imports?limit=1`,
    });
    const page = list.json<{
      items: { id: number; fileName: string; createdBy: string }[];
      nextCursor: string | null;
    }>();
    assert.deepEqual(
      page.items.map((i) => i.id),
      [b.id],
    );
    assert.equal(page.items[0]?.createdBy, '重庆市民政局社会组织管理局（演示）');
    const next = await t().request('cq_mz', {
      method: 'GET',
      url: `/api/programs/${programId}/key-area-imports?limit=1&cursor=${page.nextCursor}`,
    });
    assert.deepEqual(
      next.json<{ items: { id: number }[] }>().items.map((i) => i.id),
      [a.id],
    );
  });
});
