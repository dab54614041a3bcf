import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { contextOf } from '../../platform/http.ts';
import {
  CodeParams,
  CreateReferenceBody,
  ListReferenceQuery,
  ReferenceItem,
  ReferenceList,
  UpdateReferenceBody,
} from './schemas.ts';
import * as service from './service.ts';

/** The same six routes for key fields (/api/key-fields) and key populations (/api/key-populations). */
export const referenceRoutes: FastifyPluginAsyncTypebox = async (app) => {
  for (const kind of service.REFERENCE_KINDS) {
    const base = `/${kind.path}`;
    const tags = ['reference'];

    app.get(
      base,
      {
        schema: {
          tags,
          summary: `${kind.label}（按排序；includeRetired 仅限平台管理员）`,
          querystring: ListReferenceQuery,
          response: { 200: ReferenceList },
        },
        config: { permission: 'public' },
      },
      async (request) => service.listReference(app.db, request.actor, kind, request.query),
    );

    app.post(
      base,
      {
        schema: { tags, summary: `新增${kind.label}`, body: CreateReferenceBody, response: { 200: ReferenceItem } },
        config: { permission: 'reference.manage' },
      },
      async (request) => service.createReference(app.db, contextOf(request), kind, request.body),
    );

    app.patch(
      `${base}/:code`,
      {
        schema: {
          tags,
          summary: `修改${kind.label}（代码不能修改）`,
          params: CodeParams,
          body: UpdateReferenceBody,
          response: { 200: ReferenceItem },
        },
        config: { permission: 'reference.manage' },
      },
      async (request) => service.updateReference(app.db, contextOf(request), kind, request.params.code, request.body),
    );

    for (const [action, retired, summary] of [
      ['retire', true, `停用${kind.label}（不删除，已有记录仍引用它）`],
      ['restore', false, `恢复已停用的${kind.label}`],
    ] as const) {
      app.post(
        `${base}/:code/${action}`,
        {
          schema: { tags, summary, params: CodeParams, response: { 200: ReferenceItem } },
          config: { permission: 'reference.manage' },
        },
        async (request) => service.setRetired(app.db, contextOf(request), kind, request.params.code, retired),
      );
    }
  }
};
