import type { JobRunner } from '../../platform/jobs.ts';
import { exportLedgerJob, LEDGER_EXPORT_JOB } from './export.ts';

/** The ledger's background jobs (export). */
export function registerLedgerJobs(jobs: JobRunner): void {
  jobs.define(LEDGER_EXPORT_JOB, exportLedgerJob);
}
