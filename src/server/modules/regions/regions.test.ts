import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { useTestApp } from '../../../../test/support/app.ts';

interface Found { code: string; displayName: string; level: number; path: string }

describe('region tree', () => {
  const t = useTestApp();
  const get = (url: string) => t().app.inject({ method: 'GET', url });

  test('children of a node, with display names and whether they have children', async () => {
    const res = await get('/api/regions/children?parent=500238118');
    const items = res.json<{ items: { code: string; displayName: string; isLeaf: boolean }[] }>().items;
    const zhonggang = items.find((i) => i.code === '500238118201');
    assert.deepEqual(zhonggang && [zhonggang.displayName, zhonggang.isLeaf], ['中岗村', true]);
    const provinces = (await get('/api/regions/children')).json<{ items: { code: string; isLeaf: boolean }[] }>().items;
    assert.equal(provinces.length, 31);
    assert.equal(provinces.find((p) => p.code === '50')?.isLeaf, false);
  });

  test("a node's path skips the municipality's placeholder level", async () => {
    const res = await get('/api/regions/500101');
    assert.equal(res.json<{ path: string }>().path, '重庆市 / 万州区');
    assert.equal((await get('/api/regions/500101999')).statusCode, 404);
  });

  test('search by name within a subtree returns full paths', async () => {
    const res = await get(`/api/regions/search?q=${encodeURIComponent('大林村')}&within=50`);
    const items = res.json<{ items: Found[] }>().items;
    const dalin = items.find((i) => i.path === '重庆市 / 万州区 / 白土镇 / 大林村');
    assert.ok(dalin, JSON.stringify(items.map((i) => i.path)));
    assert.ok(items.every((i) => i.code.startsWith('50')));
  });

  test('inside a county, a name that only contains the words is found too', async () => {
    const res = await get(`/api/regions/search?q=${encodeURIComponent('岗村')}&within=500238`);
    const paths = res.json<{ items: Found[] }>().items.map((i) => i.path);
    assert.ok(paths.includes('重庆市 / 巫溪县 / 红池坝镇 / 中岗村'), paths.join(','));
  });

  test('search is limited to the subtree, literal about wildcards, and refuses bad input', async () => {
    const wuxi = (await get(`/api/regions/search?q=${encodeURIComponent('红池坝')}&within=500229`)).json<{ items: Found[] }>().items;
    assert.deepEqual(wuxi, []);
    const wildcard = (await get('/api/regions/search?q=%25&within=50')).json<{ items: Found[] }>().items;
    assert.deepEqual(wildcard, []);
    const empty = await get('/api/regions/search?q=');
    assert.equal(empty.statusCode, 400);
    assert.equal(empty.json<{ fields: { field: string }[] }>().fields[0]?.field, 'q');
    assert.equal((await get('/api/regions/search?q=x&within=999999')).statusCode, 404);
  });
});
