// Every domain module's routes and job handlers, registered by app.ts.
import type { FastifyPluginAsync } from 'fastify';
import type { JobRunner } from '../platform/jobs.ts';
import { accountsRoutes } from './accounts/routes.ts';
import { auditRoutes } from './audit/routes.ts';
import { AUDIT_EXPORT_JOB, exportAuditJob } from './audit/service.ts';
import { authRoutes } from './auth/routes.ts';
import { healthRoutes } from './health/routes.ts';
import { jobsRoutes } from './jobs/routes.ts';
import { programsRoutes } from './programs/routes.ts';
import { referenceRoutes } from './reference/routes.ts';
import { regionsRoutes } from './regions/routes.ts';

export const modules: FastifyPluginAsync[] = [
  healthRoutes,
  authRoutes,
  accountsRoutes,
  auditRoutes,
  jobsRoutes,
  regionsRoutes,
  referenceRoutes,
  programsRoutes,
];

export function registerJobs(jobs: JobRunner): void {
  jobs.define(AUDIT_EXPORT_JOB, exportAuditJob);
}
