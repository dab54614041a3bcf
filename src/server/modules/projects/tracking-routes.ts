// Project life and checklist routes (placeholder until the module lands).
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';

export const projectTrackingRoutes: FastifyPluginAsyncTypebox = async () => {};
