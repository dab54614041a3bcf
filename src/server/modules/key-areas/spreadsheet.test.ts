import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import ExcelJS from 'exceljs';
import {
  decodeText,
  isPhone,
  phoneNumbers,
  parseCsv,
  parseKeyCounties,
  parseTownships,
  parseVillages,
  readTables,
  SpreadsheetError,
} from './spreadsheet.ts';

const DEMO = path.resolve(import.meta.dirname, '../../demo/key-areas');
const csv = (text: string) => readTables(new TextEncoder().encode(text), 'list.csv');

test('CSV fields may be quoted with commas, quotes and line breaks; a BOM is dropped', () => {
  assert.deepEqual(parseCsv('a,"b,c","d ""e""",\r\n"x\ny",2\n'), [
    ['a', 'b,c', 'd "e"', ''],
    ['x\ny', '2'],
  ]);
  assert.equal(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])), 'A');
});

test('a GB18030 CSV (Excel on Chinese Windows) is read too', () => {
  // 区县 in GB18030 / GBK.
  const bytes = new Uint8Array([0xc7, 0xf8, 0xcf, 0xd8]);
  assert.equal(decodeText(bytes), '区县');
});

test('the demo key counties parse: 18 rows with phones, no problems', async () => {
  const parsed = parseKeyCounties(
    await readTables(fs.readFileSync(path.join(DEMO, 'chongqing-2020-key-counties.csv')), 'x.csv'),
  );
  assert.equal(parsed.rows.length, 18);
  assert.deepEqual(parsed.problems, []);
  assert.deepEqual(parsed.rows[0], {
    row: 2,
    cell: 'B2',
    seq: '1',
    county: '万州区',
    phone: '023-58569600',
    note: '国家级扶贫开发工作重点区县',
  });
});

test('the demo townships parse: 18 rows with contacts', async () => {
  const parsed = parseTownships(
    await readTables(fs.readFileSync(path.join(DEMO, 'chongqing-2020-deep-poverty-townships.csv')), 'x.csv'),
  );
  assert.equal(parsed.rows.length, 18);
  assert.deepEqual(parsed.problems, []);
  assert.equal(parsed.rows[0]?.name, '丰都县三建乡');
  assert.equal(parsed.rows[0]?.phone, '13594500668');
});

test('the two-block villages sheet flattens in 序号 order and fills blank counties from above in its block', async () => {
  const parsed = parseVillages(
    await readTables(fs.readFileSync(path.join(DEMO, 'chongqing-2020-designated-villages.csv')), 'x.csv'),
  );
  assert.deepEqual(parsed.problems, []);
  assert.equal(parsed.rows.length, 100);
  assert.deepEqual(
    parsed.rows.map((r) => Number(r.seq)),
    Array.from({ length: 100 }, (_, i) => i + 1),
  );
  assert.deepEqual(parsed.rows[1], { row: 3, cell: 'C3', seq: '2', county: '万州区', name: '铁峰乡富强村' });
  assert.deepEqual(parsed.rows[26], { row: 3, cell: 'F3', seq: '27', county: '奉节县', name: '平安乡长坪村' });
  assert.equal(parsed.rows[75]?.county, '丰都县'); // 76, continued from 74 in the first block
});

test('phones: landlines with or without the dash, mobiles; anything else is not a phone', () => {
  for (const ok of ['023-58569600', '02358569600', '13594500668', '19908372085', '023-58569600、13594500668'])
    assert.ok(isPhone(ok), ok);
  for (const bad of ['12345', '1359450066', '12594500668', '电话', '023-123', '58569600'])
    assert.ok(!isPhone(bad), bad);
  assert.deepEqual(phoneNumbers('02358569600、+86 135 9450 0668；023-5856960转801'), {
    numbers: ['023-58569600', '13594500668', '023-5856960-801'],
    bad: [],
  });
});

test('bad rows are reported per row in Chinese: empty name, a phone that is not a phone', async () => {
  const counties = parseKeyCounties(
    await csv('序号,区县,联系电话,备注\n1,万州区,023-58569600,\n2,,023-79223577,\n3,黔江区,12345,\n'),
  );
  assert.equal(counties.rows.length, 3);
  assert.deepEqual(counties.problems, [
    { row: 3, cell: 'B3', entry: 'B3', message: '第3行：区县为空' },
    {
      row: 4,
      cell: 'C4',
      entry: 'B4',
      message: '第4行：联系电话「12345」不是有效的电话号码（固定电话须带区号，如 023-58569600；手机如 13800000000）',
    },
  ]);
  const townships = parseTownships(await csv('乡镇名称,联系人,联系方式\n,张三,1359450066\n'));
  assert.deepEqual(
    townships.problems.map((p) => p.message),
    [
      '第2行：乡镇名称为空',
      '第2行：联系方式「1359450066」不是有效的电话号码（固定电话须带区号，如 023-58569600；手机如 13800000000）',
    ],
  );
  const villages = parseVillages(await csv('序号,区县,村（社区）\n1,,白土镇大林村\n2,万州区,\n'));
  assert.deepEqual(
    villages.problems.map((p) => p.message),
    ['第2行：区县为空，上方也没有可沿用的区县', '第3行（C3）：村（社区）为空'],
  );
});

test('a missing required header is a clear Chinese error; title rows above the header are fine', async () => {
  await assert.rejects(
    async () => parseKeyCounties(await csv('序号,区县,备注\n1,万州区,\n')),
    (e: unknown) => e instanceof SpreadsheetError && e.message.startsWith('表头缺少「联系电话」'),
  );
  const titled = parseKeyCounties(
    await csv('附件1,,,\n扶贫开发工作重点区县,,,\n序号,区 县,联系电话,备注\n1,万州区,023-58569600,\n'),
  );
  assert.equal(titled.rows[0]?.row, 4);
  assert.equal(titled.rows[0]?.county, '万州区');
  await assert.rejects(readTables(new Uint8Array([1, 2]), 'list.xls'), SpreadsheetError);
});

test('an .xlsx with a merged county column and half-width parentheses reads like the CSV', async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('附件3');
  ws.addRow(['序号', '区县', '村(社区)']);
  ws.addRow([1, '万州区', '白土镇大林村']);
  ws.addRow([2, null, '铁峰乡富强村']);
  ws.mergeCells('B2:B3');
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  const parsed = parseVillages(await readTables(bytes, 'villages.xlsx'));
  assert.deepEqual(parsed.problems, []);
  assert.deepEqual(
    parsed.rows.map((r) => [r.seq, r.county, r.name]),
    [
      ['1', '万州区', '白土镇大林村'],
      ['2', '万州区', '铁峰乡富强村'],
    ],
  );
});
