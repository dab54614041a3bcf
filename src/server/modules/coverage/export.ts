// Coverage export job (placeholder until the module lands).
import type { JobHandler } from '../../platform/jobs.ts';

export const COVERAGE_EXPORT_JOB = 'coverage.export';
export const exportCoverageJob: JobHandler = async () => ({});
