// Fairs' routes (placeholder until the module lands).
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';

export const fairsRoutes: FastifyPluginAsyncTypebox = async () => {};
