import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';

/** Aid-record imports from Excel: template, upload (a job), error workbook. */
export const ledgerImportRoutes: FastifyPluginAsyncTypebox = async () => {};
