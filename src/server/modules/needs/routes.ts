import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';

export const needsRoutes: FastifyPluginAsyncTypebox = async () => {};
