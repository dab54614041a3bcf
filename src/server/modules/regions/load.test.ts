import assert from 'node:assert/strict';
import { test } from 'node:test';
import { displayNameOf, parseCsvLine } from './load.ts';
import { regionPrefixes, regionWithin } from '../../../common/glossary.ts';

test('village committee suffixes give the names people use', () => {
  assert.equal(displayNameOf('大林村民委员会'), '大林村');
  assert.equal(displayNameOf('中岗村村民委员会'), '中岗村');
  assert.equal(displayNameOf('小河社区居民委员会'), '小河社区');
  assert.equal(displayNameOf('多福巷社区居委会'), '多福巷社区');
  assert.equal(displayNameOf('红池坝镇'), '红池坝镇');
});

test('CSV lines with quotes and escaped quotes are split correctly', () => {
  assert.deepEqual(parseCsvLine('500238118201,"中岗村村民委员会",500238118'), ['500238118201', '中岗村村民委员会', '500238118']);
  assert.deepEqual(parseCsvLine('1,"a ""b"", c",2'), ['1', 'a "b", c', '2']);
  assert.deepEqual(parseCsvLine('1,,3'), ['1', '', '3']);
});

test('a region code lies within its ancestors only', () => {
  assert.deepEqual(regionPrefixes('500238118201'), ['50', '5002', '500238', '500238118', '500238118201']);
  assert.ok(regionWithin('500101001', '500101'));
  assert.ok(regionWithin('500101001001', '500101'));
  assert.ok(!regionWithin('500102001', '500101'));
  assert.ok(regionWithin('110101', null));
});
