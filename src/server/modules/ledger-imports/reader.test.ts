import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { KIND_CHOICES } from './cells.ts';
import { writeAidWorkbook } from './generate.ts';
import { readAidSheet, type SheetLayout } from './reader.ts';
import { aidWorkbook } from './test-helpers.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bangfu-aid-reader-'));
after(() => fs.rmSync(dir, { recursive: true, force: true }));

test('a streamed sheet reads every Chinese cell whole, wherever the decompressed chunks split it', async () => {
  const file = path.join(dir, 'rows.xlsx');
  const written = await writeAidWorkbook(file, { rows: 4000, refPrefix: 'R' });
  let layout: SheetLayout | undefined;
  let n = 0;
  const broken: string[] = [];
  for await (const r of readAidSheet(file, (l) => (layout = l))) {
    n += 1;
    if (r.values.summary !== `批量导入的帮扶记录第 ${n} 条` || !KIND_CHOICES.includes(r.values.kind)) {
      broken.push(`${r.row}: ${r.values.kind} ${r.values.summary}`);
    }
    assert.equal(r.row, n + 1);
    assert.equal(r.values.externalRef, `R-${n}`);
  }
  assert.equal(n, written.rows);
  assert.deepEqual(broken, []);
  assert.equal(layout?.sheetName, '帮扶记录');
  assert.equal(layout?.headers.amount, '金额（元）');
});

test('shared strings (as Excel saves text) are read whole too', async () => {
  const file = path.join(dir, 'shared.xlsx');
  const rows = Array.from({ length: 3000 }, (_, i) => ({
    地区代码: '500238118201',
    帮扶方式: '捐赠资金',
    帮扶内容: `共享字符串中的帮扶内容第 ${i + 1} 条`,
  }));
  fs.writeFileSync(file, await aidWorkbook(rows));
  const broken: string[] = [];
  let n = 0;
  for await (const r of readAidSheet(file, () => undefined)) {
    n += 1;
    if (r.values.summary !== `共享字符串中的帮扶内容第 ${n} 条`) broken.push(r.values.summary);
  }
  assert.equal(n, rows.length);
  assert.deepEqual(broken, []);
});
