// Every domain module's routes and job handlers, registered by app.ts.
import type { FastifyPluginAsync } from 'fastify';
import type { JobRunner } from '../platform/jobs.ts';
import { accountsRoutes } from './accounts/routes.ts';
import { auditRoutes } from './audit/routes.ts';
import { AUDIT_EXPORT_JOB, exportAuditJob } from './audit/service.ts';
import { authRoutes } from './auth/routes.ts';
import { caringRoutes } from './caring/routes.ts';
import { COVERAGE_EXPORT_JOB, exportCoverageJob } from './coverage/export.ts';
import { coverageRoutes } from './coverage/routes.ts';
import { fairsRoutes } from './fairs/routes.ts';
import { claimsRoutes } from './claims/routes.ts';
import { healthRoutes } from './health/routes.ts';
import { householdsRoutes } from './households/routes.ts';
import { jobsRoutes } from './jobs/routes.ts';
import { keyAreasRoutes } from './key-areas/routes.ts';
import { needImportsRoutes } from './need-imports/routes.ts';
import { NEED_IMPORT_JOB, needImportJob } from './need-imports/service.ts';
import { needsRoutes } from './needs/routes.ts';
import { needSearchRoutes } from './need-search/routes.ts';
import { notificationsRoutes } from './notifications/routes.ts';
import { ORGANIZATIONS_EXPORT_JOB, exportOrganizationsJob } from './organizations/export.ts';
import { organizationsRoutes } from './organizations/routes.ts';
import { pairingsRoutes } from './pairings/routes.ts';
import { CHECKLIST_EXPORT_JOB, exportChecklistJob } from './projects/checklist-export.ts';
import { projectsRoutes } from './projects/routes.ts';
import { projectTrackingRoutes } from './projects/tracking-routes.ts';
import { organizationRegistryRoutes } from './organization-registry/routes.ts';
import { REGISTRY_IMPORT_JOB, registryImportJob } from './organization-registry/service.ts';
import { programsRoutes } from './programs/routes.ts';
import { referenceRoutes } from './reference/routes.ts';
import { regionsRoutes } from './regions/routes.ts';
import { workPlansRoutes } from './work-plans/routes.ts';
import { registerLedgerJobs } from './ledger/jobs.ts';
import { ledgerRoutes } from './ledger/routes.ts';
import { registerLedgerImportJobs } from './ledger-imports/jobs.ts';
import { ledgerImportRoutes } from './ledger-imports/routes.ts';
import { registerStatisticsJobs } from './statistics/jobs.ts';
import { statisticsRoutes } from './statistics/routes.ts';

export const modules: FastifyPluginAsync[] = [
  healthRoutes,
  authRoutes,
  accountsRoutes,
  auditRoutes,
  jobsRoutes,
  regionsRoutes,
  referenceRoutes,
  programsRoutes,
  keyAreasRoutes,
  organizationsRoutes,
  organizationRegistryRoutes,
  caringRoutes,
  householdsRoutes,
  needsRoutes,
  needImportsRoutes,
  needSearchRoutes,
  claimsRoutes,
  notificationsRoutes,
  pairingsRoutes,
  coverageRoutes,
  projectsRoutes,
  projectTrackingRoutes,
  workPlansRoutes,
  fairsRoutes,
  ledgerRoutes,
  ledgerImportRoutes,
  statisticsRoutes,
];

export function registerJobs(jobs: JobRunner): void {
  jobs.define(AUDIT_EXPORT_JOB, exportAuditJob);
  jobs.define(ORGANIZATIONS_EXPORT_JOB, exportOrganizationsJob);
  jobs.define(REGISTRY_IMPORT_JOB, registryImportJob);
  jobs.define(NEED_IMPORT_JOB, needImportJob);
  jobs.define(COVERAGE_EXPORT_JOB, exportCoverageJob);
  jobs.define(CHECKLIST_EXPORT_JOB, exportChecklistJob);
  registerLedgerJobs(jobs);
  registerLedgerImportJobs(jobs);
  registerStatisticsJobs(jobs);
}
