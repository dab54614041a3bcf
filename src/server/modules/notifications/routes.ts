import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';

export const notificationsRoutes: FastifyPluginAsyncTypebox = async () => {};
