// Test helpers for the aid-record import: a workbook from rows written by header, and an upload run to its end.
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import type { TestApp } from '../../../../test/support/app.ts';
import { multipart } from '../../../../test/support/multipart.ts';
import { COLUMNS, DATA_SHEET } from './columns.ts';
import type { AidImportResult } from './schemas.ts';

export type Cell = string | number | Date | null;
/** A row by header (帮扶日期, 金额（元） ...); absent headers are blank cells. */
export type SheetRow = Partial<Record<string, Cell>>;

export const HEADERS = COLUMNS.map((c) => c.header);

/** A date as Excel keeps it: a date cell, not text. */
export const dateCell = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

/** A workbook with the template's header (or `headers`) and these rows below it. */
export async function aidWorkbook(rows: SheetRow[], headers: readonly string[] = HEADERS): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(DATA_SHEET);
  sheet.addRow([...headers]);
  for (const r of rows) {
    const row = sheet.addRow(headers.map((h) => r[h] ?? null));
    row.eachCell((c) => {
      if (c.value instanceof Date) c.numFmt = 'yyyy-mm-dd';
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export interface JobView {
  status: string;
  progress: number;
  total: number | null;
  message: string | null;
  result: AidImportResult | null;
  error: { message: string } | null;
}

export function upload(t: TestApp, who: string, bytes: Uint8Array, name = '帮扶记录.xlsx') {
  return t.request(who, { method: 'POST', url: '/api/aid-imports', ...multipart({}, { name, bytes }) });
}

/** Uploads, runs the queued jobs and returns the job as GET /api/jobs/:id shows it. */
export async function importAs(
  t: TestApp,
  who: string,
  bytes: Uint8Array,
  name?: string,
): Promise<{ jobId: string; job: JobView }> {
  const res = await upload(t, who, bytes, name);
  assert.equal(res.statusCode, 202, res.body);
  const { jobId } = res.json<{ jobId: string }>();
  await t.app.jobs.drain();
  const job = await t.request(who, { method: 'GET', url: `/api/jobs/${jobId}` });
  assert.equal(job.statusCode, 200, job.body);
  return { jobId, job: job.json<JobView>() };
}
