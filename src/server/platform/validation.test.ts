import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Type } from 'typebox';
import { Compile } from 'typebox/compile';
import { translateErrors } from './validation.ts';
import { diff } from './audit.ts';

const Schema = Type.Object(
  {
    name: Type.String({ minLength: 2, title: '名称' }),
    count: Type.Integer({ minimum: 1, title: '数量' }),
    kind: Type.Enum(['money', 'materials'], { title: '类别' }),
    items: Type.Array(Type.Object({ unit: Type.String({ minLength: 1, title: '单位' }) })),
  },
  { additionalProperties: false },
);

function errorsOf(value: unknown) {
  return translateErrors(Schema, [...Compile(Schema).Errors(value)] as never);
}

test('each invalid field gets a Chinese message with its label', () => {
  const byField = Object.fromEntries(errorsOf({ name: 'x', count: 0, kind: 'gold', items: [{ unit: '' }], color: 'red' }).map((e) => [e.field, e.message]));
  assert.equal(byField.name, '名称：至少 2 个字符');
  assert.equal(byField.count, '数量：不能小于 1');
  assert.equal(byField.kind, '类别：必须是以下之一：money、materials');
  assert.equal(byField['items.0.unit'], '单位：不能为空');
  assert.equal(byField.color, '不是可以提交的字段，请删除');
});

test('missing fields are each reported as required', () => {
  const fields = errorsOf({}).map((e) => e.field).sort();
  assert.deepEqual(fields, ['count', 'items', 'kind', 'name']);
});

test('the audit diff keeps changed fields only and never copies a secret value', () => {
  const d = diff({ status: 'active', password_hash: 'h1', name: 'a' }, { status: 'disabled', password_hash: 'h2', name: 'a' });
  assert.deepEqual(d, { status: { before: 'active', after: 'disabled' }, password_hash: { after: '（已修改）' } });
});

test('a nullable field that is too long says so once, with its label, not that it should be null', () => {
  const Nullable = Type.Object(
    { note: Type.Optional(Type.Union([Type.String({ maxLength: 5, title: '参会说明' }), Type.Null()])) },
    { additionalProperties: false },
  );
  const errors = translateErrors(Nullable, [...Compile(Nullable).Errors({ note: '太长了太长了太长了' })] as never);
  assert.deepEqual(errors, [{ field: 'note', message: '参会说明：最多 5 个字符' }]);
  const wrongType = translateErrors(Nullable, [...Compile(Nullable).Errors({ note: 3 })] as never);
  assert.deepEqual(wrongType, [{ field: 'note', message: '参会说明：应为文字' }]);
  assert.deepEqual(translateErrors(Nullable, [...Compile(Nullable).Errors({ note: null })] as never), []);
});
