// Request validation with TypeBox's compiler, and the translation of its errors into Chinese, field by field.
// Bodies are checked as sent (no coercion); query strings, params and headers are converted first.
import type { FastifySchemaCompiler } from 'fastify';
import type { TSchema } from 'typebox';
import { Compile } from 'typebox/compile';
import { Value } from 'typebox/value';
import type { FieldError } from '../errors.ts';

interface RawError {
  keyword: string;
  instancePath: string;
  schemaPath: string;
  params: Record<string, unknown>;
}

type SchemaNode = { title?: string; properties?: Record<string, SchemaNode>; items?: SchemaNode } & Record<string, unknown>;

function pathOf(instancePath: string): string[] {
  return instancePath.split('/').filter(Boolean).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** A nullable field is a union of its schema and null: its title, properties and items are the non-null member's. */
function unwrap(node: SchemaNode | undefined): SchemaNode | undefined {
  const members = node?.anyOf as SchemaNode[] | undefined;
  if (!node || node.title || !Array.isArray(members)) return node;
  return members.find((m) => m.type !== 'null') ?? node;
}

function nodeAt(schema: SchemaNode, path: string[]): SchemaNode | undefined {
  let node: SchemaNode | undefined = unwrap(schema);
  for (const segment of path) {
    if (!node) return undefined;
    node = unwrap(/^\d+$/.test(segment) && node.items ? node.items : node.properties?.[segment]);
  }
  return node;
}

/**
 * A value that is not null but breaks a nullable field's schema also fails "is null" and the union itself: those two
 * say nothing the member's own error does not, so they are dropped where the member has one.
 */
function withoutNullableNoise(errors: RawError[]): RawError[] {
  const noise = (e: RawError) => (e.keyword === 'type' && e.params.type === 'null') || e.keyword === 'anyOf';
  const explained = new Set(errors.filter((e) => !noise(e) && e.keyword !== 'const').map((e) => e.instancePath));
  return errors.filter((e) => !(noise(e) && explained.has(e.instancePath)));
}

const TYPE_NAMES: Record<string, string> = {
  string: '文字',
  integer: '整数',
  number: '数字',
  boolean: '是或否（true / false）',
  object: '对象',
  array: '列表',
  null: '空值',
};

function describe(e: RawError, siblings: RawError[]): string | undefined {
  const p = e.params;
  switch (e.keyword) {
    case 'required':
      return '必填';
    case 'minLength':
      return p.limit === 1 ? '不能为空' : `至少 ${String(p.limit)} 个字符`;
    case 'maxLength':
      return `最多 ${String(p.limit)} 个字符`;
    case 'pattern':
      return '格式不正确';
    case 'format':
      return `格式不正确（应为 ${String(p.format)}）`;
    case 'type':
      return `应为${TYPE_NAMES[String(p.type)] ?? String(p.type)}`;
    case 'minimum':
      return `不能小于 ${String(p.limit)}`;
    case 'exclusiveMinimum':
      return `必须大于 ${String(p.limit)}`;
    case 'maximum':
      return `不能大于 ${String(p.limit)}`;
    case 'exclusiveMaximum':
      return `必须小于 ${String(p.limit)}`;
    case 'minItems':
      return `至少 ${String(p.limit)} 项`;
    case 'maxItems':
      return `最多 ${String(p.limit)} 项`;
    case 'uniqueItems':
      return '不能有重复项';
    case 'enum':
      return `必须是以下之一：${(p.allowedValues as unknown[] | undefined)?.join('、') ?? ''}`;
    case 'const': {
      // A union of literals reports one `const` per member: gather them into one message (on the anyOf).
      return undefined;
    }
    case 'anyOf': {
      const allowed = siblings
        .filter((s) => s.keyword === 'const' && s.instancePath === e.instancePath)
        .map((s) => String(s.params.allowedValue));
      return allowed.length > 0 ? `必须是以下之一：${allowed.join('、')}` : '取值不正确';
    }
    case 'additionalProperties':
    case 'boolean':
      return undefined;
    default:
      return '取值不正确';
  }
}

export function translateErrors(schema: TSchema, errors: RawError[], prefix = ''): FieldError[] {
  const out: FieldError[] = [];
  const seen = new Set<string>();
  const push = (path: string[], message: string) => {
    const field = [prefix, ...path].filter(Boolean).join('.');
    const node = nodeAt(schema as SchemaNode, path);
    const label = node?.title ? `${node.title}：` : '';
    const key = `${field}|${message}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ field: field || '(请求)', message: `${label}${message}` });
  };
  const kept = withoutNullableNoise(errors);
  for (const e of kept) {
    const base = pathOf(e.instancePath);
    if (e.keyword === 'required') {
      for (const name of (e.params.requiredProperties as string[] | undefined) ?? []) push([...base, name], '必填');
      continue;
    }
    if (e.keyword === 'additionalProperties') {
      for (const name of (e.params.additionalProperties as string[] | undefined) ?? []) {
        push([...base, name], '不是可以提交的字段，请删除');
      }
      continue;
    }
    const message = describe(e, kept);
    if (message) push(base, message);
  }
  return out;
}

/** Marks a translated failure so the error handler answers it with the fields as they are. */
export class RequestValidationError extends Error {
  constructor(readonly fields: FieldError[]) {
    super('request validation failed');
  }
}

export const validatorCompiler: FastifySchemaCompiler<TSchema> = ({ schema, httpPart }) => {
  const check = Compile(schema);
  return (value: unknown) => {
    const converted = httpPart === 'body' ? value : Value.Convert(schema, value);
    if (check.Check(converted)) return { value: converted };
    const errors = [...check.Errors(converted)] as unknown as RawError[];
    return { error: new RequestValidationError(translateErrors(schema, errors)) };
  };
};
