import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildKeyAreaTree, keysToDepth } from './keyAreaTree.ts';

const d = (id: number, regionCode: string, regionPath: string | null, kind: 'designated_village' | 'key_county_national' | 'deep_poverty_township' = 'designated_village') => ({
  id, regionCode, regionPath, kind,
});

test('groups designations by their path, in code order, with counts and kinds on the designated places', () => {
  const tree = buildKeyAreaTree([
    d(1, '500229104201', '重庆市 / 巫溪县 / 红池坝镇 / 茶山村'),
    d(2, '500101001001', '重庆市 / 万州区 / 白土镇 / 大林村'),
    d(3, '500229', '重庆市 / 巫溪县', 'key_county_national'),
    d(4, '500101001002', '重庆市 / 万州区 / 白土镇 / 小林村'),
  ]);
  assert.equal(tree.length, 1);
  const cq = tree[0]!;
  assert.equal(cq.name, '重庆市');
  assert.equal(cq.count, 4);
  assert.deepEqual(cq.children.map((c) => c.name), ['万州区', '巫溪县']);
  const wuxi = cq.children[1]!;
  assert.deepEqual(wuxi.designations, [{ id: 3, kind: 'key_county_national', regionCode: '500229' }]);
  assert.equal(wuxi.count, 2);
  const baitu = cq.children[0]!.children[0]!;
  assert.equal(baitu.key, '重庆市 / 万州区 / 白土镇');
  assert.deepEqual(baitu.children.map((c) => c.name), ['大林村', '小林村']);
  assert.deepEqual(keysToDepth(tree, 1), ['重庆市', '重庆市 / 万州区', '重庆市 / 巫溪县']);
});

test('a place named under two kinds is one node; a missing path falls back to the code', () => {
  const tree = buildKeyAreaTree([
    d(1, '500229', '重庆市 / 巫溪县', 'key_county_national'),
    d(2, '500229', '重庆市 / 巫溪县', 'deep_poverty_township'),
    d(3, '500230', null),
  ]);
  assert.deepEqual(tree.map((n) => n.name), ['重庆市', '500230']);
  assert.deepEqual(tree[0]!.children[0]!.designations.map((x) => x.kind), ['key_county_national', 'deep_poverty_township']);
});
