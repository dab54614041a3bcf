// Importing aid records from Excel: the template, the upload (a background job), its result, and the workbook that
// gives every bad row back with its problems beside it.
import { useCallback } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  AidImportResult,
  AidImportRowError,
  AidImportStarted,
} from '../../../src/server/modules/ledger-imports/schemas.ts';
import { api } from './client.ts';

export type { AidImportResult, AidImportRowError };

export { MAX_IMPORT_ROWS as MAX_AID_IMPORT_ROWS } from '../../../src/common/ledger.ts';

/** The server's limit on an upload (ledger-imports/routes.ts). */
export const MAX_AID_IMPORT_BYTES = 50 * 1024 * 1024;

export const AID_TEMPLATE_URL = '/api/aid-imports/template';

/** The error workbook of a finished import that had bad rows. */
export function aidImportErrorsUrl(jobId: string): string {
  return `/api/aid-imports/${encodeURIComponent(jobId)}/errors`;
}

export function useStartAidImport() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return api<AidImportStarted>('/aid-imports', { method: 'POST', body: form });
    },
    onSuccess: () => client.invalidateQueries({ queryKey: ['jobs', 'list'] }),
  });
}

/** The job's result once it has succeeded (a failed job has `error` instead). */
export function aidImportResult(result: unknown): AidImportResult | null {
  if (typeof result !== 'object' || result === null) return null;
  const r = result as Partial<AidImportResult>;
  return typeof r.saved === 'number' && typeof r.rows === 'number' && Array.isArray(r.errors)
    ? (result as AidImportResult)
    : null;
}

/** After an import saved records, the ledger and the statistics show them. */
export function useRefreshLedger() {
  const client = useQueryClient();
  return useCallback(() => {
    void client.invalidateQueries({ queryKey: ['ledger'] });
    void client.invalidateQueries({ queryKey: ['statistics'] });
  }, [client]);
}
