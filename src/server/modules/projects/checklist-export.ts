// Checklist export job (placeholder until the module lands).
import type { JobHandler } from '../../platform/jobs.ts';

export const CHECKLIST_EXPORT_JOB = 'projects.checklist-export';
export const exportChecklistJob: JobHandler = async () => ({});
