// Fastify type augmentation and the small helpers every route uses.
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { Kysely } from 'kysely';
import type { Config } from '../config.ts';
import { fieldError } from '../errors.ts';
import type { DB } from '../db/types.ts';
import type { Actor, Permission } from './access.ts';
import type { RequestContext } from './context.ts';
import type { JobRunner } from './jobs.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The one permission this route needs; checked for every request before the handler runs. */
    permission?: Permission;
  }
  interface FastifyInstance {
    db: Kysely<DB>;
    config: Config;
    jobs: JobRunner;
    /** Every registered route with its permission: the route-coverage test reads it. */
    routeTable: { method: string; url: string; permission: Permission }[];
  }
  interface FastifyRequest {
    actor: Actor | null;
    sessionExpired: boolean;
  }
}

export function contextOf(request: FastifyRequest): RequestContext {
  return { actor: request.actor, ip: request.ip, requestId: request.id };
}

export const ErrorReply = Type.Object(
  {
    code: Type.String({ description: '机器可读的错误代码' }),
    message: Type.String({ description: '中文说明' }),
    fields: Type.Optional(Type.Array(Type.Object({ field: Type.String(), message: Type.String() }))),
    requestId: Type.Optional(Type.String()),
  },
  { $id: 'ErrorReply', title: 'ErrorReply' },
);

/** Keyset paging: the client passes back `nextCursor` as `cursor` to get the next page. */
export const PageQuery = {
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50, title: '每页条数' })),
  cursor: Type.Optional(Type.String({ maxLength: 200, title: '翻页游标' })),
};

export function encodeCursor(values: (string | number)[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(cursor: string | undefined, shape: ('string' | 'number')[]): (string | number)[] | undefined {
  if (!cursor) return undefined;
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(values) && values.length === shape.length && values.every((v, i) => typeof v === shape[i])) {
      return values as (string | number)[];
    }
  } catch {
    // fall through to the error below
  }
  throw fieldError('cursor', '翻页游标无效，请从第一页重新加载');
}
