import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { test } from 'node:test';
import { useTestApp } from '../../test/support/app.ts';
import { parseArgs } from './args.ts';
import { keyAreasCommand } from './key-areas.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const DEMO = path.join(ROOT, 'src/server/demo/key-areas');
const t = useTestApp();

interface Row {
  row: number;
  input: string;
  code: string | null;
  name: string | null;
  status: string;
  candidates: { code: string; name: string }[];
}

test('on a fresh data folder, --region --dry-run --json prints one object per row of the villages sheet', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bangfu-cli-'));
  try {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      BANGFU_DATA_DIR: dataDir,
      BANGFU_VILLAGES: '50',
      LOG_LEVEL: 'silent',
    };
    delete env.DATABASE_URL;
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [
        '--import',
        'tsx',
        'src/cli/main.ts',
        'key-areas',
        'import',
        '--region',
        '50',
        '--kind',
        'village',
        '--file',
        path.join(DEMO, 'chongqing-2020-designated-villages.csv'),
        '--dry-run',
        '--json',
      ],
      { cwd: ROOT, env, maxBuffer: 10 * 1024 * 1024 },
    );
    const rows = JSON.parse(stdout) as Row[];
    assert.equal(rows.length, 100);
    assert.deepEqual(Object.keys(rows[0]!).slice(0, 6), ['row', 'cell', 'input', 'code', 'name', 'status']);
    assert.deepEqual(rows[0], { ...rows[0], row: 2, input: '白土镇大林村', code: '500101157206', status: 'exact' });
    const missing = rows.find((r) => r.input === '车田乡清明村');
    assert.equal(missing?.status, 'not_found');
    assert.ok(missing?.candidates.some((c) => c.name.endsWith('清明坝村')));
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});

test('saving from the command line: exact and confirmed variants are saved; anything else stays pending, unsaved', async () => {
  const db = t().database.db;
  const res = await t().request('cq_mz', {
    method: 'POST',
    url: '/api/programs',
    payload: {
      slug: 'cli-import',
      name: '命令行导入',
      kind: 'poverty_alleviation',
      regionCode: '50',
      departmentName: '测试部门',
      startYear: 2020,
    },
  });
  const programId = res.json<{ id: number }>().id;
  const run = (...args: string[]) => keyAreasCommand(db, 'import', parseArgs(['--program', 'cli-import', ...args]));
  const counties = path.join(DEMO, 'chongqing-2020-key-counties.csv');
  const designations = () => db.selectFrom('designations').select('kind').where('program_id', '=', programId).execute();

  const dry = await run('--kind', 'county', '--file', counties, '--dry-run', '--json');
  assert.equal((JSON.parse(dry.out) as Row[]).length, 18);
  assert.equal((await designations()).length, 0);

  // Four autonomous counties are written short (石柱县): variants, not saved without --accept-variants.
  const refused = await run('--kind', 'county', '--file', counties, '--json');
  assert.equal(refused.exitCode, 1);
  assert.equal((await designations()).length, 0);
  const pending = await db
    .selectFrom('key_area_imports')
    .select('status')
    .where('program_id', '=', programId)
    .execute();
  assert.deepEqual(
    pending.map((p) => p.status),
    ['pending'],
  );

  const saved = await run('--kind', 'county', '--file', counties, '--accept-variants');
  assert.equal(saved.exitCode, 0);
  assert.match(saved.out.split('\n')[0] ?? '', /^B2\texact\t万州区\t重庆市 \/ 万州区$/);
  const kinds = (await designations()).map((d) => d.kind);
  assert.equal(kinds.filter((k) => k === 'key_county_national').length, 14);
  assert.equal(kinds.filter((k) => k === 'key_county_municipal').length, 4);

  await assert.rejects(run('--kind', 'county', '--file', '/nonexistent.csv'), /找不到文件/);
  await assert.rejects(
    keyAreasCommand(db, 'import', parseArgs(['--region', '50', '--kind', 'county', '--file', counties])),
    /只能与 --dry-run 一起使用/,
  );
});
