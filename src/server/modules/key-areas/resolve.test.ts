import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { useTestApp } from '../../../../test/support/app.ts';
import { resolveNames, type Resolution } from './resolve.ts';
import { parseKeyCounties, parseTownships, parseVillages, readTables } from './spreadsheet.ts';

const t = useTestApp();
const DEMO = path.resolve(import.meta.dirname, '../../demo/key-areas');
const demo = (file: string) => readTables(fs.readFileSync(path.join(DEMO, file)), file);

const statuses = (rs: Resolution[]) =>
  rs.reduce<Record<string, number>>((acc, r) => ({ ...acc, [r.status]: (acc[r.status] ?? 0) + 1 }), {});
const one = async (kind: 'county' | 'township' | 'village', name: string, county?: string, regionCode = '50') => {
  const [r] = await resolveNames(t().database.db, {
    regionCode,
    kind,
    rows: [{ row: 1, name, ...(county === undefined ? {} : { county }) }],
  });
  assert.ok(r);
  return r;
};

test('the 18 key counties of the demo sheet all resolve; autonomous counties written short are variants', async () => {
  const { rows } = parseKeyCounties(await demo('chongqing-2020-key-counties.csv'));
  const res = await resolveNames(t().database.db, {
    regionCode: '50',
    kind: 'county',
    rows: rows.map((r) => ({ row: r.row, name: r.county })),
  });
  assert.deepEqual(statuses(res), { exact: 14, variant: 4 });
  const shijhu = res.find((r) => r.input === '石柱县');
  assert.equal(shijhu?.code, '500240');
  assert.equal(shijhu?.name, '重庆市 / 石柱土家族自治县');
  assert.equal(shijhu?.reason, '自治县简称');
  assert.equal(res.find((r) => r.input === '万州区')?.name, '重庆市 / 万州区');
});

test('the 18 deep-poverty townships resolve after splitting off the county', async () => {
  const { rows } = parseTownships(await demo('chongqing-2020-deep-poverty-townships.csv'));
  const res = await resolveNames(t().database.db, {
    regionCode: '50',
    kind: 'township',
    rows: rows.map((r) => ({ row: r.row, name: r.name })),
  });
  assert.deepEqual(statuses(res), { exact: 17, variant: 1 });
  const houping = res.find((r) => r.input === '武隆区后坪乡');
  assert.equal(houping?.name, '重庆市 / 武隆区 / 后坪苗族土家族乡');
  assert.equal(houping?.reason, '民族乡简称');
  assert.equal(res.find((r) => r.input === '丰都县三建乡')?.name, '重庆市 / 丰都县 / 三建乡');
});

test('the 100 designated villages resolve, every non-exact one with its reason', async () => {
  const { rows } = parseVillages(await demo('chongqing-2020-designated-villages.csv'));
  const res = await resolveNames(t().database.db, {
    regionCode: '50',
    kind: 'village',
    rows: rows.map((r) => ({ row: r.row, cell: r.cell, county: r.county, name: r.name })),
  });
  assert.equal(res.length, 100);
  assert.deepEqual(statuses(res), { exact: 87, variant: 12, not_found: 1 });
  assert.equal(res[0]?.name, '重庆市 / 万州区 / 白土镇 / 大林村');
  assert.equal(res[0]?.cell, 'C2');
  const byInput = new Map(res.map((r) => [r.input, r]));
  assert.equal(byInput.get('同乐乡实胜村')?.reason, '乡已改为镇');
  assert.equal(byInput.get('恒合乡里坪村')?.name, '重庆市 / 万州区 / 恒合土家族乡 / 里坪村');
  assert.equal(byInput.get('恒合乡里坪村')?.reason, '民族乡简称');
  assert.equal(byInput.get('溪口镇龙洞居委会')?.reason, '「居委会」即「社区」');
  assert.equal(byInput.get('走马镇百草村')?.reason, '一字之差（百→白）');
  assert.match(byInput.get('石林镇庙坝村')?.reason ?? '', /万盛经开区/);
  assert.equal(byInput.get('石林镇庙坝村')?.status, 'variant');
  const missing = byInput.get('车田乡清明村');
  assert.equal(missing?.status, 'not_found');
  assert.ok(missing?.candidates.some((c) => c.name.endsWith('车田乡 / 清明坝村')));
  assert.ok(res.filter((r) => r.status === 'variant').every((r) => r.reason !== undefined && r.code !== null));
});

test('乡 that became 街道, a variant character, a missing suffix are variants with their reason', async () => {
  const street = await one('village', '下路乡照明村', '石柱县');
  assert.equal(street.status, 'variant');
  assert.equal(street.name, '重庆市 / 石柱土家族自治县 / 下路街道 / 照明村');
  assert.equal(street.reason, '乡已改为街道');

  const char = await one('village', '保合镇余家垻村', '丰都县');
  assert.equal(char.status, 'variant');
  assert.equal(char.name, '重庆市 / 丰都县 / 保合镇 / 余家坝村');
  assert.equal(char.reason, '异体字（垻→坝）');

  const suffix = await one('village', '白土镇大林', '万州区');
  assert.equal(suffix.status, 'variant');
  assert.equal(suffix.name, '重庆市 / 万州区 / 白土镇 / 大林村');
  assert.equal(suffix.reason, '去掉后缀「村」');

  // The committee's full name is the same village (exact when letter for letter the official name).
  const full = await one('village', '白土镇大林村民委员会', '万州区');
  assert.equal(full.name, '重庆市 / 万州区 / 白土镇 / 大林村');
  assert.ok(full.status === 'exact' || full.reason === '「村民委员会」即「村」', full.reason);

  const ethnicTownship = await one('township', '万州区恒合乡');
  assert.equal(ethnicTownship.status, 'variant');
  assert.equal(ethnicTownship.reason, '民族乡简称');
});

test('a blank county searches the whole region', async () => {
  const r = await one('village', '白土镇大林村');
  assert.equal(r.status, 'exact');
  assert.equal(r.name, '重庆市 / 万州区 / 白土镇 / 大林村');
});

test('the same township name in two counties is ambiguous, with both candidates', async () => {
  const r = await one('township', '龙溪镇');
  assert.equal(r.status, 'ambiguous');
  assert.equal(r.code, null);
  const names = r.candidates.map((c) => c.name);
  assert.ok(names.includes('重庆市 / 巫山县 / 龙溪镇'), names.join(','));
  assert.ok(names.includes('重庆市 / 彭水苗族土家族自治县 / 龙溪镇'), names.join(','));
  assert.equal((await one('township', '巫山县龙溪镇')).status, 'exact');
});

test('names that are not there are not_found, counties outside the program region included', async () => {
  const beijing = await one('county', '海淀区');
  assert.equal(beijing.status, 'not_found');
  assert.equal(beijing.code, null);
  const outside = await one('county', '巫溪县', undefined, '500101');
  assert.equal(outside.status, 'not_found');
  const village = await one('village', '白土镇不存在村', '万州区');
  assert.equal(village.status, 'not_found');
  assert.match(village.reason ?? '', /白土镇/);
  const empty = await one('county', '  ');
  assert.equal(empty.status, 'not_found');
  assert.equal(empty.reason, '名称为空');
});
