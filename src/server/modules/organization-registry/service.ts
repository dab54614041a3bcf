// The registry import (an official uploads the sheet; a job checks every row and saves all of them in one
// transaction, or none and sends the sheet back with a 错误 column) and the template to fill in.
import fs from 'node:fs';
import path from 'node:path';
import type { Insertable, Kysely } from 'kysely';
import type { Config } from '../../config.ts';
import type { AuditLogTable, DB, OrganizationsTable } from '../../db/types.ts';
import { AppError } from '../../errors.ts';
import { regionScope, type Actor } from '../../platform/access.ts';
import { diff, recordAudit } from '../../platform/audit.ts';
import type { RequestContext } from '../../platform/context.ts';
import { filePath, saveFile } from '../../platform/files.ts';
import type { JobHandler } from '../../platform/jobs.ts';
import { readTables, spreadsheetMime, SpreadsheetError } from '../../platform/spreadsheets.ts';
import { regionPath } from '../regions/queries.ts';
import { nameColumns } from '../organizations/names.ts';
import { profileOf } from '../organizations/validate.ts';
import * as q from './queries.ts';
import type { RegistryImportResult, RowError } from './schemas.ts';
import { readRegistrySheet, type Sheet } from './sheet.ts';
import { checkRow, lookups, type RegistryRow, type RowProblem } from './validate.ts';
import { errorWorkbook, templateWorkbook } from './workbook.ts';

export const REGISTRY_IMPORT_JOB = 'organizations.registry_import';
/** More rows than one bureau's registry; a larger file is refused rather than held in one transaction. */
export const MAX_ROWS = 10_000;
/** Row problems listed in the job's result; the error workbook has them all. */
const MAX_LISTED_ERRORS = 500;
const SAVE_BATCH = 500;
const CHECK_BATCH = 500;

interface ImportPayload {
  fileId: number;
  sha256: string;
  fileName: string;
  /** The importer's region scope when they uploaded (null: the whole country). */
  scope: string | null;
  actor: { accountId: number; role: string };
  ip: string | null;
  requestId: string | null;
}

export async function startImport(
  db: Kysely<DB>,
  config: Config,
  ctx: RequestContext,
  actor: Actor,
  file: { fileName: string; bytes: Buffer },
): Promise<{ jobId: string }> {
  const scope = regionScope(actor);
  return db.transaction().execute(async (trx) => {
    const stored = await saveFile(trx, config, {
      bytes: file.bytes,
      mime: spreadsheetMime(file.fileName),
      originalName: file.fileName,
      createdBy: actor.accountId,
    });
    const payload: ImportPayload = {
      fileId: stored.id,
      sha256: stored.sha256,
      fileName: file.fileName,
      scope,
      actor: { accountId: actor.accountId, role: actor.role },
      ip: ctx.ip,
      requestId: ctx.requestId,
    };
    const job = await q.insertJob(trx, { kind: REGISTRY_IMPORT_JOB, payload, createdBy: actor.accountId, regionCode: scope, total: null });
    await recordAudit(trx, ctx, {
      action: 'upload',
      entityType: 'organization_registry',
      entityId: null,
      regionCode: scope,
      detail: { jobId: job.id, fileId: stored.id, fileName: file.fileName },
    });
    return { jobId: job.id };
  });
}

export async function template(db: Kysely<DB>): Promise<Buffer> {
  const fields = await db
    .selectFrom('key_fields')
    .select(['code', 'name_zh'])
    .where('retired_at', 'is', null)
    .orderBy('sort_order')
    .execute();
  return templateWorkbook(fields);
}

// ---- the job ----

function invalid(message: string): AppError {
  return new AppError('IMPORT_FILE_INVALID', { message });
}

async function readSheet(config: Config, payload: ImportPayload): Promise<Sheet> {
  const full = filePath(config, payload.sha256);
  if (!fs.existsSync(full)) throw invalid('上传的文件已不存在，请重新上传');
  try {
    const sheet = readRegistrySheet(await readTables(fs.readFileSync(full), payload.fileName));
    if (sheet.rows.length === 0) throw invalid('表格中没有数据行：请在表头下方逐行填写组织');
    if (sheet.rows.length > MAX_ROWS) throw invalid(`表格有 ${sheet.rows.length} 行，一次最多导入 ${MAX_ROWS} 行，请拆分后分批上传`);
    return sheet;
  } catch (err) {
    if (err instanceof SpreadsheetError) throw invalid(err.message);
    throw err;
  }
}

function organizationValues(r: RegistryRow, reviewer: number, now: Date): Insertable<OrganizationsTable> {
  return {
    ...nameColumns(r.name),
    credit_code: r.creditCode,
    form: r.form,
    registration_level: r.registrationLevel,
    registration_region_code: r.registrationRegionCode,
    status: 'approved',
    is_industry_association: r.isIndustryAssociation,
    is_charity: r.isCharity,
    has_public_fundraising: r.hasPublicFundraising,
    supervising_unit: r.supervisingUnit,
    grade: r.grade,
    grade_year: r.gradeYear,
    offers: '[]',
    contact_name: r.contactName,
    contact_phone: r.contactPhone,
    source: 'registry_import',
    reviewed_at: now,
    reviewed_by: reviewer,
  };
}

/** Saves every row in one transaction: organizations approved, without accounts, each with its review and audit row. */
async function saveAll(db: Kysely<DB>, payload: ImportPayload, jobId: string, rows: RegistryRow[]): Promise<void> {
  const ctx: RequestContext = { actor: null, ip: payload.ip, requestId: payload.requestId };
  const now = new Date();
  try {
    await saveInTransaction(db, ctx, payload, jobId, rows, now);
  } catch (err) {
    // A credit code registered between the check and the save: nothing was saved; the next upload reports the row.
    if (typeof err === 'object' && err !== null && (err as { code?: unknown }).code === '23505') {
      throw new AppError('CREDIT_CODE_TAKEN', { message: '保存时发现表中的统一社会信用代码刚刚在平台登记，未导入任何组织，请重新上传' });
    }
    throw err;
  }
}

async function saveInTransaction(
  db: Kysely<DB>,
  ctx: RequestContext,
  payload: ImportPayload,
  jobId: string,
  rows: RegistryRow[],
  now: Date,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < rows.length; i += SAVE_BATCH) {
      const batch = rows.slice(i, i + SAVE_BATCH);
      const saved = await q.insertOrganizations(trx, batch.map((r) => organizationValues(r, payload.actor.accountId, now)));
      const idOf = new Map(saved.map((s) => [s.credit_code, s]));
      const fields: { organization_id: number; key_field_code: string }[] = [];
      const regions: { organization_id: number; region_code: string }[] = [];
      const reviews: { organization_id: number; snapshot: string; actor_account_id: number }[] = [];
      const audit: Insertable<AuditLogTable>[] = [];
      for (const r of batch) {
        const org = idOf.get(r.creditCode)!;
        for (const f of r.fields) fields.push({ organization_id: org.id, key_field_code: f });
        for (const c of r.serviceRegions) regions.push({ organization_id: org.id, region_code: c });
        // The same snapshot registration keeps, so the review history compares like with like.
        const snapshot = profileOf(org, r.fields, r.serviceRegions);
        reviews.push({ organization_id: org.id, snapshot: JSON.stringify(snapshot), actor_account_id: payload.actor.accountId });
        audit.push({
          actor_account_id: payload.actor.accountId,
          actor_role: payload.actor.role,
          actor_ip: ctx.ip,
          request_id: ctx.requestId,
          action: 'import',
          entity_type: 'organization',
          entity_id: String(org.id),
          region_code: org.registration_region_code,
          organization_id: org.id,
          changes: JSON.stringify(diff(null, { ...org, fields: r.fields, service_regions: r.serviceRegions })),
          detail: JSON.stringify({ jobId, row: r.row }),
        });
      }
      await q.insertFields(trx, fields);
      await q.insertServiceRegions(trx, regions);
      await q.insertReviews(trx, reviews);
      await q.insertAuditRows(trx, audit);
    }
    await recordAudit(trx, ctx, {
      actor: payload.actor,
      action: 'import',
      entityType: 'organization_registry',
      entityId: null,
      regionCode: payload.scope,
      detail: { jobId, fileId: payload.fileId, fileName: payload.fileName, saved: rows.length },
    });
  });
}

function errorFileName(fileName: string): string {
  const base = fileName.replace(/\.(xlsx|csv)$/i, '');
  return `${base}-错误.xlsx`;
}

export const registryImportJob: JobHandler = async (job, progress, env): Promise<RegistryImportResult> => {
  const payload = job.payload as ImportPayload;
  await progress.report(0, undefined, '正在读取表格');
  const sheet = await readSheet(env.config, payload);
  const n = sheet.rows.length;
  await progress.report(0, n, `已读取 ${n} 行，正在核对信用代码、地区和领域`);

  const look = await lookups(env.db, payload.scope, sheet.rows);
  const scopeName = payload.scope === null ? '全国' : ((await regionPath(env.db, payload.scope)) ?? payload.scope);
  const seen = new Map<string, number>();
  const valid: RegistryRow[] = [];
  const problems = new Map<number, RowProblem[]>();
  for (let i = 0; i < n; i += CHECK_BATCH) {
    for (const r of sheet.rows.slice(i, i + CHECK_BATCH)) {
      const checked = checkRow(r, sheet.header, sheet.positions, { code: payload.scope, name: scopeName }, look, seen);
      if ('ok' in checked) valid.push(checked.ok);
      else problems.set(r.row, checked.problems);
    }
    const done = Math.min(n, i + CHECK_BATCH);
    await progress.report(done, n, `已校验 ${done} / ${n} 行`);
  }

  if (problems.size > 0) {
    const all: RowError[] = [...problems.values()].flat().map(({ row, column, message }) => ({ row, column, message }));
    const dir = path.join(env.config.dataDir, 'exports');
    fs.mkdirSync(dir, { recursive: true });
    const file = `${job.id}.xlsx`;
    await errorWorkbook(path.join(dir, file), sheet, problems);
    await progress.report(n, n, `${problems.size} 行有问题，未导入任何组织`);
    return {
      fileName: payload.fileName,
      rows: n,
      saved: 0,
      errorCount: all.length,
      errors: all.slice(0, MAX_LISTED_ERRORS),
      errorsTruncated: all.length > MAX_LISTED_ERRORS,
      file,
      filename: errorFileName(payload.fileName),
    };
  }

  // PGlite has one connection: progress cannot be written while the transaction holds it, so saving is one step.
  await progress.report(n, n, `校验通过，正在保存 ${n} 个组织`);
  await saveAll(env.db, payload, job.id, valid);
  await progress.report(n, n, `已导入 ${n} 个组织`);
  return { fileName: payload.fileName, rows: n, saved: n, errorCount: 0, errors: [], errorsTruncated: false };
};
