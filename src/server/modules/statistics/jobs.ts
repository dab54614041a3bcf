import type { JobRunner } from '../../platform/jobs.ts';
import { exportStatisticsJob, STATISTICS_EXPORT_JOB } from './export.ts';

/** The statistics export job. */
export function registerStatisticsJobs(jobs: JobRunner): void {
  jobs.define(STATISTICS_EXPORT_JOB, exportStatisticsJob);
}
