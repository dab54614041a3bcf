import type { JobRunner } from '../../platform/jobs.ts';

/** The statistics export job. */
export function registerStatisticsJobs(_jobs: JobRunner): void {}
