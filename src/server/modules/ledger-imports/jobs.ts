import type { JobRunner } from '../../platform/jobs.ts';
import { LEDGER_IMPORT_JOB, ledgerImportJob } from './job.ts';

/** The aid-record import job. */
export function registerLedgerImportJobs(jobs: JobRunner): void {
  jobs.define(LEDGER_IMPORT_JOB, ledgerImportJob);
}
