import type { JobRunner } from '../../platform/jobs.ts';

/** The aid-record import job. */
export function registerLedgerImportJobs(_jobs: JobRunner): void {}
