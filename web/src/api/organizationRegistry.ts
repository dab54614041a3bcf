// The registry import (officials: template, upload, the job's result) and the claim of an imported organization's
// administrator account (public).
import { useMutation } from '@tanstack/react-query';
import type {
  ClaimBody,
  ClaimReply,
  ImportStarted,
  RegistryImportResult,
  RowError,
} from '../../../src/server/modules/organization-registry/schemas.ts';
import { api } from './client.ts';

export type { ClaimBody, ClaimReply, RegistryImportResult, RowError };

export const REGISTRY_IMPORT_JOB = 'organizations.registry_import';

/** The server's limit on an uploaded registry. */
export const MAX_REGISTRY_BYTES = 10 * 1024 * 1024;

export const TEMPLATE_URL = '/api/organization-registry/template';

export function useStartRegistryImport() {
  return useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return api<ImportStarted>('/organization-registry/imports', { method: 'POST', body: form });
    },
  });
}

/** The job's result once it has succeeded (a failed job has `error` instead). */
export function registryResult(result: unknown): RegistryImportResult | null {
  if (typeof result !== 'object' || result === null) return null;
  const r = result as Partial<RegistryImportResult>;
  return typeof r.saved === 'number' && Array.isArray(r.errors) ? (result as RegistryImportResult) : null;
}

export function useClaimOrganization() {
  return useMutation({
    mutationFn: (body: ClaimBody) => api<ClaimReply>('/organization-registry/claim', { method: 'POST', body }),
  });
}
