import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';

export const claimsRoutes: FastifyPluginAsyncTypebox = async () => {};
