import type { JobRunner } from '../../platform/jobs.ts';

/** The ledger's background jobs (export). */
export function registerLedgerJobs(_jobs: JobRunner): void {}
