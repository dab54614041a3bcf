import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';

/** The ledger's routes (records, reversal and correction, evidence, receipts, duplications, export). */
export const ledgerRoutes: FastifyPluginAsyncTypebox = async () => {};
