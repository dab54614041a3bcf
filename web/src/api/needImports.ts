// Importing a township's needs from a spreadsheet: the template, the upload (the township, publish now or as
// drafts), and the job's result.
import { useCallback } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  NeedImportResult,
  NeedImportRowError,
  NeedImportStarted,
} from '../../../src/server/modules/need-imports/schemas.ts';
import { api } from './client.ts';

export type { NeedImportResult, NeedImportRowError };

export const NEED_IMPORT_JOB = 'needs.import';

/** The server's limits on an upload. */
export const MAX_NEED_IMPORT_BYTES = 5 * 1024 * 1024;
export const MAX_NEED_IMPORT_ROWS = 2000;

export const NEED_TEMPLATE_URL = '/api/need-imports/template';

export interface StartNeedImport {
  file: File;
  /** The township's code; a township liaison's own when left out. */
  township?: string | undefined;
  publish: boolean;
}

export function useStartNeedImport() {
  return useMutation({
    mutationFn: ({ file, township, publish }: StartNeedImport) => {
      const form = new FormData();
      if (township) form.append('township', township);
      form.append('publish', publish ? 'true' : 'false');
      form.append('file', file, file.name);
      return api<NeedImportStarted>('/need-imports', { method: 'POST', body: form });
    },
  });
}

/** The job's result once it has succeeded (a failed job has `error` instead). */
export function needImportResult(result: unknown): NeedImportResult | null {
  if (typeof result !== 'object' || result === null) return null;
  const r = result as Partial<NeedImportResult>;
  return typeof r.saved === 'number' && Array.isArray(r.errors) ? (result as NeedImportResult) : null;
}

/** After needs were saved, lists of needs show them. */
export function useRefreshNeeds() {
  const client = useQueryClient();
  return useCallback(() => client.invalidateQueries({ queryKey: ['needs'] }), [client]);
}
