// The needs import: a township liaison (or an official, naming the township) uploads the sheet; the upload is
// checked for its header and size and kept, and a job checks every row and saves all of them in one transaction,
// or none and lists every problem with its row and column. And the template to fill in.
import fs from 'node:fs';
import type { Kysely } from 'kysely';
import { chinaToday } from '../../../common/glossary.ts';
import type { Config } from '../../config.ts';
import type { DB } from '../../db/types.ts';
import { AppError, fieldError } from '../../errors.ts';
import { isRegionInScope, type Actor } from '../../platform/access.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { RequestContext } from '../../platform/context.ts';
import { filePath, saveFile } from '../../platform/files.ts';
import type { JobHandler } from '../../platform/jobs.ts';
import { spreadsheetMime, SpreadsheetError } from '../../platform/spreadsheets.ts';
import type { Upload } from '../../platform/uploads.ts';
import { insertNeed } from '../needs/store.ts';
import { regionPath } from '../regions/queries.ts';
import { checkRow, placeTitle, type ImportNeed, type Lookups } from './rows.ts';
import type { NeedImportResult, NeedImportRowError, NeedImportStarted } from './schemas.ts';
import { readNeedSheet, type Sheet } from './sheet.ts';
import { templateWorkbook } from './template.ts';
import { villageBook, type Place } from './villages.ts';

export const NEED_IMPORT_JOB = 'needs.import';
/** Problems listed in the job's result: enough to fix a sheet, not a megabyte of JSON for a wholly wrong file. */
const MAX_LISTED_ERRORS = 500;
const PROGRESS_EVERY = 50;
const TOWNSHIP_LENGTH = 9;
/** Needs that a second import of the same sheet would repeat. */
const OPEN_STATUSES = ['draft', 'published', 'partly_claimed', 'claimed'] as const;

interface ImportPayload {
  fileId: number;
  sha256: string;
  fileName: string;
  township: Place & { path: string };
  publish: boolean;
  actor: { accountId: number; role: string };
  ip: string | null;
  requestId: string | null;
}

/** A village's liaison publishes its needs one by one; a sheet is the township's (or an official's) tool. */
export function assertMayImport(actor: Actor): void {
  if (actor.role === 'liaison' && actor.scopeRegionCode?.length !== TOWNSHIP_LENGTH) {
    throw new AppError('FORBIDDEN', {
      message: '需求表由乡镇联系人或区县部门导入：村联系人请在“发布需求”中逐条发布本村的需求，或请乡镇联系人导入',
    });
  }
}

/** The township the sheet is for: a township liaison's own; an official names one in their scope. */
async function townshipFor(db: Kysely<DB>, actor: Actor, written: string | undefined): Promise<Place & { path: string }> {
  assertMayImport(actor);
  const code = (written ?? '').trim();
  let township: string;
  if (actor.role === 'liaison') {
    if (code !== '' && code !== actor.scopeRegionCode) throw new AppError('OUT_OF_SCOPE', { message: '只能导入您所在乡镇的需求' });
    township = actor.scopeRegionCode!;
  } else {
    if (code === '') throw fieldError('township', '乡镇（街道）：请选择要导入需求的乡镇（街道）');
    if (!new RegExp(`^[0-9]{${TOWNSHIP_LENGTH}}$`).test(code)) throw fieldError('township', '乡镇（街道）：应为 9 位乡镇（街道）区划代码');
    if (!isRegionInScope(actor, code)) throw new AppError('OUT_OF_SCOPE', { message: '该乡镇（街道）不在您的管辖范围内' });
    township = code;
  }
  const region = await db.selectFrom('regions').select(['code', 'display_name']).where('code', '=', township).executeTakeFirst();
  if (!region) throw fieldError('township', '乡镇（街道）：区划代码不存在');
  return { code: region.code, name: region.display_name, path: (await regionPath(db, region.code)) ?? region.display_name };
}

function publishFlag(written: string | undefined): boolean {
  if (written === undefined || written === '' || written === 'false') return false;
  if (written === 'true') return true;
  throw fieldError('publish', '立即发布：应为 true（导入后立即发布）或 false（存为草稿）');
}

function invalid(err: SpreadsheetError): AppError {
  return new AppError('IMPORT_FILE_INVALID', { message: err.message });
}

async function sheetOf(bytes: Uint8Array, fileName: string): Promise<Sheet> {
  try {
    return await readNeedSheet(bytes, fileName);
  } catch (err) {
    if (err instanceof SpreadsheetError) throw invalid(err);
    throw err;
  }
}

export async function startImport(
  db: Kysely<DB>,
  config: Config,
  ctx: RequestContext,
  actor: Actor,
  upload: Upload,
): Promise<NeedImportStarted> {
  const township = await townshipFor(db, actor, upload.fields.township);
  const publish = publishFlag(upload.fields.publish);
  // The header and the row count are known at once: a wrong file is refused before anyone waits for a job.
  const sheet = await sheetOf(upload.bytes, upload.fileName);
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
      township,
      publish,
      actor: { accountId: actor.accountId, role: actor.role },
      ip: ctx.ip,
      requestId: ctx.requestId,
    };
    const job = await trx
      .insertInto('jobs')
      .values({
        kind: NEED_IMPORT_JOB,
        payload: JSON.stringify(payload),
        created_by: actor.accountId,
        region_code: township.code,
        message: '排队中',
        total: sheet.rows.length,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, ctx, {
      action: 'upload',
      entityType: 'need_import',
      entityId: job.id,
      regionCode: township.code,
      detail: { fileId: stored.id, fileName: upload.fileName, rows: sheet.rows.length, publish },
    });
    return { jobId: job.id };
  });
}

export async function template(db: Kysely<DB>): Promise<Buffer> {
  const names = (table: 'key_fields' | 'key_populations') =>
    db.selectFrom(table).select('name_zh').where('retired_at', 'is', null).orderBy('sort_order').orderBy('code').execute();
  const [keyFields, populations] = await Promise.all([names('key_fields'), names('key_populations')]);
  return templateWorkbook({ keyFields: keyFields.map((f) => f.name_zh), populations: populations.map((p) => p.name_zh) });
}

// ---- the job ----

async function storedSheet(config: Config, payload: ImportPayload): Promise<Sheet> {
  const full = filePath(config, payload.sha256);
  if (!fs.existsSync(full)) throw new AppError('IMPORT_FILE_INVALID', { message: '上传的文件已不存在，请重新上传' });
  return sheetOf(await fs.promises.readFile(full), payload.fileName);
}

/** Everything the rows' checks need from the database, read in bulk. */
async function lookups(db: Kysely<DB>, township: Place, sheet: Sheet): Promise<Lookups> {
  const byName = async (table: 'key_fields' | 'key_populations') => {
    const rows = await db.selectFrom(table).select(['code', 'name_zh']).where('retired_at', 'is', null).execute();
    return new Map(rows.flatMap((r) => [[r.name_zh, r.code] as const, [r.code, r.code] as const]));
  };
  const titles = [...new Set(sheet.rows.map((r) => r.values.title.trim()).filter((t) => t !== ''))];
  const existing = new Map<string, number>();
  for (let i = 0; i < titles.length; i += 500) {
    const found = await db
      .selectFrom('needs')
      .select(['id', 'region_code', 'title'])
      .where('region_code', 'like', `${township.code}%`)
      .where('title', 'in', titles.slice(i, i + 500))
      .where('status', 'in', OPEN_STATUSES)
      .orderBy('id')
      .execute();
    for (const f of found) if (!existing.has(placeTitle(f.region_code, f.title))) existing.set(placeTitle(f.region_code, f.title), f.id);
  }
  return {
    fields: await byName('key_fields'),
    populations: await byName('key_populations'),
    book: await villageBook(db, township),
    existing,
    today: chinaToday(),
  };
}

/** Every need in one transaction with one audit row: the township gets the whole sheet or nothing. */
async function saveAll(db: Kysely<DB>, payload: ImportPayload, jobId: string, needs: ImportNeed[]): Promise<number[]> {
  const ctx: RequestContext = { actor: null, ip: payload.ip, requestId: payload.requestId };
  const status = payload.publish ? 'published' : 'draft';
  return db.transaction().execute(async (trx) => {
    const ids: number[] = [];
    for (const need of needs) {
      ids.push(await insertNeed(trx, { ...need, household_id: null, status, created_by: payload.actor.accountId }));
    }
    await recordAudit(trx, ctx, {
      actor: payload.actor,
      action: 'import',
      entityType: 'need',
      entityId: null,
      regionCode: payload.township.code,
      detail: { jobId, fileId: payload.fileId, fileName: payload.fileName, township: payload.township.code, count: ids.length, status, needIds: ids },
    });
    return ids;
  });
}

export const needImportJob: JobHandler = async (job, progress, env): Promise<NeedImportResult> => {
  const payload = job.payload as ImportPayload;
  await progress.report(0, undefined, '正在读取表格');
  const sheet = await storedSheet(env.config, payload);
  const n = sheet.rows.length;
  await progress.report(0, n, `已读取 ${n} 行，正在核对村（社区）、领域和每一项内容`);

  const look = await lookups(env.db, payload.township, sheet);
  const seen = new Map<string, number>();
  const needs: ImportNeed[] = [];
  const problems: NeedImportRowError[] = [];
  let rowsWithProblems = 0;
  for (const [i, r] of sheet.rows.entries()) {
    const checked = await checkRow(env.db, r, sheet.headers, look, seen);
    if ('ok' in checked) needs.push(checked.ok);
    else {
      rowsWithProblems += 1;
      problems.push(...checked.problems);
    }
    const done = i + 1;
    if (done % PROGRESS_EVERY === 0 || done === n) await progress.report(done, n, `已核对 ${done} / ${n} 行`);
  }

  const result = {
    fileName: payload.fileName,
    township: { code: payload.township.code, name: payload.township.path },
    status: payload.publish ? ('published' as const) : ('draft' as const),
    rows: n,
  };
  if (problems.length > 0) {
    await progress.report(n, n, `${rowsWithProblems} 行有问题，未导入任何需求`);
    return {
      ...result,
      saved: 0,
      needIds: [],
      errorCount: problems.length,
      errors: problems.slice(0, MAX_LISTED_ERRORS),
      errorsTruncated: problems.length > MAX_LISTED_ERRORS,
    };
  }

  // PGlite has one connection: progress cannot be written while the transaction holds it, so saving is one step.
  await progress.report(n, n, `核对通过，正在保存 ${n} 条需求`);
  const ids = await saveAll(env.db, payload, job.id, needs);
  await progress.report(n, n, `已导入 ${n} 条需求`);
  return { ...result, saved: ids.length, needIds: ids, errorCount: 0, errors: [], errorsTruncated: false };
};
