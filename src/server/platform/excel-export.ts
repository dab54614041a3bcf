// Exporting a search to Excel as a background job: queued with its audit row, then written page by page with
// progress. Streaming (WorkbookWriter, no shared strings) keeps memory flat however many rows the scope holds.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Kysely } from 'kysely';
import type { DB, Job } from '../db/types.ts';
import { regionScope, type Actor } from './access.ts';
import { recordAudit } from './audit.ts';
import type { RequestContext } from './context.ts';
import type { JobEnv, JobProgress } from './jobs.ts';

/** Rows read per query while exporting. */
export const EXPORT_PAGE = 500;

/** What every export job stores with its filters: the region it was asked in, fixed when queued. */
export interface ExportPayload<F> {
  filters: F;
  regionCode: string | null;
}

/**
 * Queues an export job in the actor's region scope, in one transaction with its audit row, so the download
 * cannot reach wider than the search that asked for it.
 */
export async function startExportJob(
  db: Kysely<DB>,
  ctx: RequestContext,
  actor: Actor,
  job: { kind: string; entityType: string; filters: unknown },
): Promise<{ jobId: string }> {
  const scope = regionScope(actor);
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('jobs')
      .values({
        kind: job.kind,
        payload: JSON.stringify({ filters: job.filters, regionCode: scope }),
        created_by: actor.accountId,
        region_code: scope,
        message: '排队中',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, ctx, {
      action: 'export',
      entityType: job.entityType,
      entityId: null,
      regionCode: scope,
      detail: { filters: job.filters, jobId: row.id },
    });
    return { jobId: row.id };
  });
}

export interface ExcelColumn {
  header: string;
  key: string;
  width: number;
}

export interface ExcelExport {
  /** Worksheet name, also the start of the download's file name. */
  title: string;
  columns: ExcelColumn[];
  /** Pages of rows keyed by column key, in the order they should appear. */
  pages: AsyncIterable<Record<string, unknown>[]>;
  /** What a row is called in progress messages, e.g. '条' or '个组织'. */
  unit: string;
}

/** What the download route reads from a finished export job. */
export interface ExcelExportResult {
  file: string;
  rows: number;
  filename: string;
}

const beijing = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', dateStyle: 'short', timeStyle: 'medium' });

/** A timestamp as people in China read it, whatever the server's time zone. */
export function beijingTime(at: Date): string {
  return beijing.format(at);
}

/** Writes the rows to data/exports/<job id>.xlsx, reporting progress after each page. */
export async function writeExcelExport(job: Job, progress: JobProgress, env: JobEnv, spec: ExcelExport): Promise<ExcelExportResult> {
  const dir = path.join(env.config.dataDir, 'exports');
  fs.mkdirSync(dir, { recursive: true });
  const file = `${job.id}.xlsx`;
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path.join(dir, file), useSharedStrings: false, useStyles: true });
  const sheet = workbook.addWorksheet(spec.title);
  sheet.columns = spec.columns;
  let done = 0;
  for await (const page of spec.pages) {
    for (const row of page) sheet.addRow(row).commit();
    done += page.length;
    await progress.report(done, undefined, `已导出 ${done} ${spec.unit}`);
  }
  await workbook.commit();
  await progress.report(done, done, `完成，共 ${done} ${spec.unit}`);
  return { file, rows: done, filename: `${spec.title}-${new Date().toISOString().slice(0, 10)}.xlsx` };
}
