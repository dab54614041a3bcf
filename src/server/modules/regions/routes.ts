// The region tree for pickers: children of a node and a node's path. Public reference data.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { AppError } from '../../errors.ts';
import { RegionCode } from '../accounts/schemas.ts';
import { childrenOf, findRegion, regionPath, regionPaths, searchRegions } from './queries.ts';

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
      const rows = await childrenOf(app.db, parent);
      // Only an empty answer needs telling apart: a leaf, or a code that does not exist.
      if (rows.length === 0 && parent !== null && !(await findRegion(app.db, parent))) {
        throw new AppError('NOT_FOUND', { message: `行政区划 ${parent} 不存在` });
      }
      return {
        items: rows.map((r) => ({ code: r.code, name: r.name, displayName: r.display_name, level: r.level, isLeaf: !r.has_children })),
      };
    },
  );

  app.get(
    '/regions/search',
    {
      schema: {
        tags: ['regions'],
        summary: '按名称查找行政区划（可限定在某一地区之内），返回完整路径',
        querystring: Type.Object(
          {
            q: Type.String({ minLength: 1, maxLength: 30, title: '名称' }),
            within: Type.Optional(RegionCode),
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 50, default: 20, title: '条数' })),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({
            items: Type.Array(Type.Object({ code: Type.String(), name: Type.String(), displayName: Type.String(), level: Type.Integer(), path: Type.String() })),
          }),
        },
      },
      config: { permission: 'public' },
    },
    async (request) => {
      const { q, within, limit } = request.query;
      if (within !== undefined && !(await findRegion(app.db, within))) throw new AppError('NOT_FOUND', { message: `行政区划 ${within} 不存在` });
      const rows = await searchRegions(app.db, q.trim(), within ?? null, limit ?? 20);
      const paths = await regionPaths(app.db, rows.map((r) => r.code));
      return {
        items: rows.map((r) => ({ code: r.code, name: r.name, displayName: r.display_name, level: r.level, path: paths.get(r.code) ?? r.display_name })),
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
