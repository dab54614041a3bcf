import { test } from 'node:test';
import assert from 'node:assert/strict';
import { placeWithin } from './place.ts';

test('a place is named below the caller’s area, or by its own name when it is the area', () => {
  const village = '重庆市 / 巫溪县 / 红池坝镇 / 中岗村';
  assert.equal(placeWithin(village, '重庆市 / 巫溪县'), '红池坝镇 / 中岗村');
  assert.equal(placeWithin(village, '重庆市 / 巫溪县 / 红池坝镇'), '中岗村');
  assert.equal(placeWithin('重庆市 / 巫溪县 / 红池坝镇', '重庆市 / 巫溪县 / 红池坝镇'), '红池坝镇');
  assert.equal(placeWithin(village, null), village);
  // A name that only starts the same is not inside the area.
  assert.equal(placeWithin('重庆市 / 巫溪县东 / 某镇', '重庆市 / 巫溪县'), '重庆市 / 巫溪县东 / 某镇');
});
