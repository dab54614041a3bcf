// Starting an import: who may, the upload kept as a file, the job queued with its audit row (one transaction). And
// the template, and the error workbook of a finished job for the account that started it.
import fs from 'node:fs';
import type { Kysely } from 'kysely';
import type { Config } from '../../config.ts';
import type { DB } from '../../db/types.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../../platform/access.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { RequestContext } from '../../platform/context.ts';
import { saveFile } from '../../platform/files.ts';
import { spreadsheetMime } from '../../platform/spreadsheets.ts';
import type { Upload } from '../../platform/uploads.ts';
import { errorWorkbookPath, LEDGER_IMPORT_JOB, type ImportPayload } from './job.ts';
import type { AidImportResult, AidImportStarted } from './schemas.ts';
import { templateWorkbook } from './template.ts';

const ORGANIZATION_ROLES = new Set(['organization_admin', 'organization_member']);

/** An organization imports its own records once approved; officials import for organizations in their scope. */
async function assertMayImport(db: Kysely<DB>, actor: Actor): Promise<void> {
  if (!ORGANIZATION_ROLES.has(actor.role)) return;
  const organization =
    actor.organizationId === null
      ? undefined
      : await db.selectFrom('organizations').select('status').where('id', '=', actor.organizationId).executeTakeFirst();
  if (organization?.status !== 'approved') {
    throw new AppError('ORGANIZATION_NOT_APPROVED', { message: '组织通过审核后才能导入帮扶记录' });
  }
}

export async function startImport(
  db: Kysely<DB>,
  config: Config,
  ctx: RequestContext,
  actor: Actor,
  upload: Upload,
): Promise<AidImportStarted> {
  await assertMayImport(db, actor);
  const official = !ORGANIZATION_ROLES.has(actor.role);
  return db.transaction().execute(async (trx) => {
    const stored = await saveFile(trx, config, {
      bytes: upload.bytes,
      mime: spreadsheetMime(upload.fileName),
      originalName: upload.fileName,
      createdBy: actor.accountId,
    });
    const payload: ImportPayload = {
      fileId: stored.id,
      sha256: stored.sha256,
      fileName: upload.fileName,
      actor: {
        accountId: actor.accountId,
        role: actor.role,
        organizationId: actor.organizationId,
        scopeRegionCode: actor.scopeRegionCode,
      },
      ip: ctx.ip,
      requestId: ctx.requestId,
    };
    const job = await trx
      .insertInto('jobs')
      .values({
        kind: LEDGER_IMPORT_JOB,
        payload: JSON.stringify(payload),
        created_by: actor.accountId,
        organization_id: official ? null : actor.organizationId,
        region_code: official ? actor.scopeRegionCode : null,
        message: '排队中',
        // A killed import is not run again on its own: the giver sees it failed and uploads again.
        max_attempts: 1,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, ctx, {
      action: 'upload',
      entityType: 'aid_import',
      entityId: job.id,
      regionCode: official ? actor.scopeRegionCode : null,
      organizationId: official ? null : actor.organizationId,
      detail: { fileId: stored.id, fileName: upload.fileName, sizeBytes: upload.bytes.length },
    });
    return { jobId: job.id };
  });
}

export async function template(db: Kysely<DB>): Promise<Buffer> {
  const fields = await db
    .selectFrom('key_fields')
    .select('name_zh')
    .where('retired_at', 'is', null)
    .orderBy('sort_order')
    .orderBy('code')
    .execute();
  return templateWorkbook(fields.map((f) => f.name_zh));
}

/** The error workbook of the caller's own finished import; anyone else's, or none, is not found. */
export async function errorWorkbook(
  db: Kysely<DB>,
  config: Config,
  actor: Actor,
  jobId: string,
): Promise<{ path: string; fileName: string }> {
  const job = await db
    .selectFrom('jobs')
    .select(['result'])
    .where('id', '=', jobId)
    .where('kind', '=', LEDGER_IMPORT_JOB)
    .where('created_by', '=', actor.accountId)
    .where('status', '=', 'succeeded')
    .executeTakeFirst();
  const result = job?.result as AidImportResult | null | undefined;
  if (!result?.errorWorkbook)
    throw new AppError('NOT_FOUND', { message: '没有这次导入的错误标注表（任务不存在、未完成，或导入已全部保存）' });
  const path = errorWorkbookPath(config, jobId);
  if (!fs.existsSync(path)) throw new AppError('NOT_FOUND', { message: '错误标注表已不存在，请重新上传表格' });
  const base = result.fileName.replace(/\.xlsx$/i, '');
  return { path, fileName: `${base}-错误标注.xlsx` };
}
