import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ImportEntry } from '../../api/keyAreaImports.ts';
import { acceptVariants, decisionsOf, flaggedKeys, attentionKeys, review, type Choices } from './importReview.ts';

function entry(key: string, status: ImportEntry['status'], code: string | null, extra: Partial<ImportEntry> = {}): ImportEntry {
  return {
    key, row: Number(key.slice(1)), cell: key, seq: '1', input: key, county: null, status, code, name: code && `path ${code}`,
    reason: null, candidates: [], problems: [], duplicateOf: null, designationKind: 'designated_village', note: null, contacts: [],
    ...extra,
  };
}

const entries = [
  entry('C2', 'exact', '500101001001'),
  entry('C3', 'variant', '500101001002'),
  entry('C4', 'ambiguous', null, { candidates: [{ code: '500101001003', name: 'a' }, { code: '500102001003', name: 'b' }] }),
  entry('C5', 'not_found', null),
  entry('C6', 'exact', '500101001004', { problems: ['第6行：电话格式不正确'] }),
];

test('nothing decided: the variant, the ambiguous and the unknown entries are open', () => {
  const r = review(entries, {});
  assert.equal(r.undecided, 3);
  assert.equal(r.kept, 1);
  assert.equal(r.dropped, 1);
  assert.deepEqual([...attentionKeys(entries)], ['C3', 'C4', 'C5', 'C6']);
  assert.deepEqual(decisionsOf(entries, {}), [{ key: 'C6', action: 'drop' }]);
});

test('every entry decided: the save body names the drops, the confirmations and the chosen codes', () => {
  const choices: Choices = {
    ...acceptVariants(entries, {}),
    C4: { action: 'accept', code: '500102001003', name: 'b' },
    C5: { action: 'drop' },
  };
  const r = review(entries, choices);
  assert.equal(r.undecided, 0);
  assert.deepEqual(decisionsOf(entries, choices), [
    { key: 'C3', action: 'accept' },
    { key: 'C4', action: 'accept', code: '500102001003' },
    { key: 'C5', action: 'drop' },
    { key: 'C6', action: 'drop' },
  ]);
});

test('two kept entries naming the same region: the later one stays open until one is dropped', () => {
  const same = [entry('C2', 'exact', '500101001001'), entry('C3', 'exact', '500101001001', { duplicateOf: 'C2' })];
  const r = review(same, {});
  assert.equal(r.undecided, 1);
  assert.equal(r.states.get('C3')?.sameAs, 'C2');
  assert.deepEqual([...attentionKeys(same)], ['C3', 'C2']);
  assert.equal(review(same, { C2: { action: 'drop' } }).undecided, 0);
  assert.deepEqual(decisionsOf(same, { C2: { action: 'drop' } }), [{ key: 'C2', action: 'drop' }]);
});

test('a drop already chosen survives "confirm all variants"; the refused keys come from the field names', () => {
  const next = acceptVariants(entries, { C3: { action: 'drop' } });
  assert.deepEqual(next.C3, { action: 'drop' });
  assert.deepEqual([...flaggedKeys([{ field: 'entries.C4' }, { field: 'decisions' }])], ['C4']);
});
