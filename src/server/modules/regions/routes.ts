// The region tree for pickers: children of a node and a node's path. Public reference data.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { AppError } from '../../errors.ts';
import { RegionCode } from '../accounts/schemas.ts';
import { childrenOf, findRegion, regionPath } from './queries.ts';

const RegionNode = Type.Object({
  code: Type.String(),
  name: Type.String(),
  displayName: Type.String(),
  level: Type.Integer(),
  isLeaf: Type.Boolean(),
});

export const regionsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/regions/children',
    {
      schema: {
        tags: ['regions'],
        summary: '下级行政区划（不带 parent 时为省级）',
        querystring: Type.Object({ parent: Type.Optional(RegionCode) }, { additionalProperties: false }),
        response: { 200: Type.Object({ items: Type.Array(RegionNode) }) },
      },
      config: { permission: 'public' },
    },
    async (request) => {
      const parent = request.query.parent ?? null;
      if (parent !== null && !(await findRegion(app.db, parent))) throw new AppError('NOT_FOUND', { message: `行政区划 ${parent} 不存在` });
      const rows = await childrenOf(app.db, parent);
      return {
        items: rows.map((r) => ({ code: r.code, name: r.name, displayName: r.display_name, level: r.level, isLeaf: !r.has_children })),
      };
    },
  );

  app.get(
    '/regions/:code',
    {
      schema: {
        tags: ['regions'],
        summary: '一个行政区划及其完整路径',
        params: Type.Object({ code: RegionCode }, { additionalProperties: false }),
        response: { 200: Type.Object({ code: Type.String(), name: Type.String(), level: Type.Integer(), path: Type.String() }) },
      },
      config: { permission: 'public' },
    },
    async (request) => {
      const region = await findRegion(app.db, request.params.code);
      if (!region) throw new AppError('NOT_FOUND', { message: `行政区划 ${request.params.code} 不存在` });
      return { code: region.code, name: region.name, level: region.level, path: (await regionPath(app.db, region.code)) ?? region.name };
    },
  );
};
