import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { requireActor } from '../../platform/access.ts';
import {
  NeedIdParams,
  NeedPage,
  PublicNeed,
  PublicNeedPage,
  SearchNeedsQuery,
  SuggestedNeeds,
} from '../needs/schemas.ts';
import { publicNeed, publicNeeds } from './public.ts';
import { searchNeeds } from './search.ts';
import { suggestedNeeds } from './suggest.ts';

export const needSearchRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['needs'];

  app.get(
    '/needs',
    {
      schema: {
        tags,
        summary: '查找需求（各地区均可查；只含已公开的需求，默认为仍可认领的；可筛选、排序、翻页）',
        querystring: SearchNeedsQuery,
        response: { 200: NeedPage },
      },
      config: { permission: 'needs.read' },
    },
    async (request) => searchNeeds(app.db, request.query),
  );

  app.get(
    '/needs/suggested',
    {
      schema: {
        tags,
        summary: '为本组织推荐的需求（按领域、服务地区、能提供的帮扶、重点地区和截止日期排序，附推荐理由；至多 20 条）',
        response: { 200: SuggestedNeeds },
      },
      config: { permission: 'needs.suggest' },
    },
    async (request) => suggestedNeeds(app.db, requireActor(request.actor)),
  );

  app.get(
    '/public/needs',
    {
      schema: {
        tags,
        summary: '公开的需求（不含住户身份和联系方式；附认领情况）',
        querystring: SearchNeedsQuery,
        response: { 200: PublicNeedPage },
      },
      config: { permission: 'public' },
    },
    async (request) => publicNeeds(app.db, request.query),
  );

  app.get(
    '/public/needs/:id',
    {
      schema: { tags, summary: '公开的一条需求', params: NeedIdParams, response: { 200: PublicNeed } },
      config: { permission: 'public' },
    },
    async (request) => publicNeed(app.db, request.params.id),
  );
};
