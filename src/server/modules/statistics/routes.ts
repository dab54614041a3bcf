import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';

/** Statistics of the ledger: summary, trend, breakdowns, coverage and gaps, region tree, export. */
export const statisticsRoutes: FastifyPluginAsyncTypebox = async () => {};
