// The import job. One transaction from the first row to the last: the sheet is streamed in chunks; each chunk's
// references are read in a few queries, its rows checked, and (while no row has failed) appended to the ledger
// through appendRecords, the next chunk being read while the database writes this one. Any bad row: the transaction
// is rolled back, nothing is saved, and the rows go back in the error workbook. A failure anywhere (or a process
// killed half way) leaves nothing either: the records, the audit row and the notifications commit together.
// On PGlite the transaction holds the one connection for the whole import, so other requests wait for it and the
// progress reports are written when it ends (progress.ts); on PostgreSQL they show as the rows are read.
import fs from 'node:fs';
import path from 'node:path';
import type { Transaction } from 'kysely';
import { chinaToday } from '../../../common/glossary.ts';
import type { Config } from '../../config.ts';
import type { DB } from '../../db/types.ts';
import { AppError } from '../../errors.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { RequestContext } from '../../platform/context.ts';
import { filePath } from '../../platform/files.ts';
import type { JobHandler, JobProgress } from '../../platform/jobs.ts';
import { SpreadsheetError } from '../../platform/spreadsheets.ts';
import { appendRecords, type AidDraft } from '../ledger/store.ts';
import { own } from './cells.ts';
import {
  checkRow,
  creditCodeOf,
  idOf,
  placeCodeOf,
  type CheckContext,
  type CheckedRow,
  type Importer,
} from './check.ts';
import type { ColumnKey } from './columns.ts';
import { DuplicateBook } from './duplicates.ts';
import { writeErrorWorkbook, type RowErrors } from './error-workbook.ts';
import { Lookups, organizationGiver } from './lookups.ts';
import { notifyLiaisons } from './notify.ts';
import { SideProgress } from './progress.ts';
import { readAidSheet, type SheetLayout, type SheetRow } from './reader.ts';
import type { AidImportResult, AidImportRowError } from './schemas.ts';

export const LEDGER_IMPORT_JOB = 'ledger.import';
/** Rows checked and appended together: a few queries of references per chunk, a few INSERTs of 500 rows. */
const CHUNK = 2000;
/** Problems listed in the job's result; the error workbook has all of them. */
const LISTED_ERRORS = 200;

export interface ImportPayload {
  fileId: number;
  sha256: string;
  fileName: string;
  actor: { accountId: number; role: string; organizationId: number | null; scopeRegionCode: string | null };
  ip: string | null;
  requestId: string | null;
}

export function errorWorkbookPath(config: Pick<Config, 'dataDir'>, jobId: string): string {
  return path.join(config.dataDir, 'exports', `${jobId}-errors.xlsx`);
}

const ORGANIZATION_ROLES = new Set(['organization_admin', 'organization_member']);

/** Some row had a problem: thrown out of the transaction so that it rolls back. */
class Refused extends Error {}

class ImportRun {
  readonly lookups: Lookups;
  readonly errors = new Map<number, RowErrors>();
  readonly listed: AidImportRowError[] = [];
  errorCount = 0;
  rows = 0;
  saved = 0;
  savedAmountFen = 0;
  /** Records saved per place, and their givers' names, for one notification per place. */
  readonly places = new Map<string, { count: number; givers: Set<string> }>();
  readonly organizations = new Set<number>();
  readonly #giverNames = new Map<number, string>();
  layout: SheetLayout | undefined;
  #duplicates: DuplicateBook | undefined;
  #pending: Promise<void> = Promise.resolve();
  #failure: { error: unknown } | undefined;

  constructor(
    private readonly trx: Transaction<DB>,
    private readonly importer: Importer,
    private readonly payload: ImportPayload,
    private readonly jobId: string,
    private readonly side: SideProgress,
  ) {
    this.lookups = new Lookups(importer.kind === 'official' ? importer.scope : null);
  }

  async run(file: string): Promise<void> {
    await this.lookups.loadKeyFields(this.trx);
    let chunk: SheetRow[] = [];
    for await (const row of readAidSheet(file, (layout) => {
      this.layout = layout;
      this.#duplicates = new DuplicateBook(this.jobId, layout.headers);
    })) {
      if (row.example) continue;
      this.rows += 1;
      chunk.push(row);
      if (chunk.length >= CHUNK) {
        await this.#chunk(chunk);
        chunk = [];
      }
    }
    if (chunk.length > 0) await this.#chunk(chunk);
    await this.#drain();
    if (this.rows === 0) {
      throw new SpreadsheetError('表格中没有数据行：请在表头下方逐行填写帮扶记录（序号为“示例”的行不导入）');
    }
  }

  /** The previous chunk's INSERTs are done (the connection is free again) and did not fail, nor did a report. */
  async #drain(): Promise<void> {
    await this.#pending;
    if (this.#failure) throw this.#failure.error;
    await this.side.check();
  }

  async #chunk(rows: SheetRow[]): Promise<void> {
    await this.#drain();
    await this.#load(rows);
    const ctx: CheckContext = {
      lookups: this.lookups,
      importer: this.importer,
      headers: this.layout!.headers,
      today: chinaToday(),
      createdBy: this.payload.actor.accountId,
      jobId: this.jobId,
    };
    const checked = rows.map((r) => checkRow(r, ctx));
    await this.#duplicates!.check(this.trx, checked);
    const drafts: AidDraft[] = [];
    for (const c of checked) {
      if (c.problems.length > 0 || !c.draft || !c.giver) this.#refuse(c);
      else {
        drafts.push(c.draft);
        this.#giverNames.set(c.giver.id, c.giver.name);
      }
    }
    const read = this.rows;
    if (this.errorCount > 0) {
      this.side.report(read, `已读取 ${read} 行，发现问题的行将标注在错误表中`);
      return;
    }
    this.side.report(read, `已读取并核对 ${read} 行，正在保存`);
    // Not awaited: the next chunk is read while the database writes this one.
    this.#pending = this.#save(drafts).catch((error: unknown) => {
      this.#failure ??= { error };
    });
  }

  async #save(drafts: AidDraft[]): Promise<void> {
    if (drafts.length === 0) return;
    await appendRecords(this.trx, drafts);
    for (const d of drafts) {
      this.savedAmountFen += d.amount_fen;
      this.organizations.add(d.organization_id!);
      let place = this.places.get(d.region_code);
      if (!place) {
        place = { count: 0, givers: new Set<string>() };
        this.places.set(own(d.region_code), place);
      }
      place.count += 1;
      place.givers.add(this.#giverNames.get(d.organization_id!) ?? '');
    }
    const first = this.saved === 0;
    this.saved += drafts.length;
    this.side.report(this.rows, `已保存 ${this.saved} 条，继续读取`, { force: first });
  }

  #refuse(c: CheckedRow): void {
    const problems =
      c.problems.length > 0 ? c.problems : [{ column: 'summary' as ColumnKey, message: '这一行无法导入' }];
    // Copied: kept to the end, the messages must not keep the sheet's text they quote alive (see cells.ts own).
    this.errors.set(c.row, {
      message: own(problems.map((p) => p.message).join('；\n')),
      columns: problems.map((p) => p.column),
    });
    for (const p of problems) {
      this.errorCount += 1;
      if (this.listed.length < LISTED_ERRORS)
        this.listed.push({ row: c.row, column: this.layout!.headers[p.column], message: own(p.message) });
    }
  }

  /** The references of the chunk's rows the run has not met yet, a few queries for the whole chunk. */
  async #load(rows: SheetRow[]): Promise<void> {
    const places: string[] = [];
    const households: number[] = [];
    const projects: number[] = [];
    const pairings: number[] = [];
    const credits: string[] = [];
    for (const r of rows) {
      const place = placeCodeOf(r.values.regionCode);
      if (/^\d{6}(\d{3}){0,2}$/.test(place)) places.push(place);
      const household = idOf(r.values.householdId);
      if (household) households.push(household);
      const project = idOf(r.values.projectId);
      if (project) projects.push(project);
      const pairing = idOf(r.values.pairingId);
      if (pairing) pairings.push(pairing);
      if (this.importer.kind === 'official') {
        const credit = creditCodeOf(r.values.creditCode);
        if (credit !== '') credits.push(credit);
      }
    }
    await this.lookups.loadRegions(this.trx, places);
    await this.lookups.loadHouseholds(this.trx, households);
    await this.lookups.loadProjects(this.trx, projects);
    await this.lookups.loadPairings(this.trx, pairings);
    await this.lookups.loadPrograms(this.trx);
    await this.lookups.loadGivers(this.trx, credits);
  }

  /** The import's audit row and the liaisons' notifications, in the same transaction as the records. */
  async finish(ctx: RequestContext): Promise<void> {
    const organizations = [...this.organizations];
    await recordAudit(this.trx, ctx, {
      actor: { accountId: this.payload.actor.accountId, role: this.payload.actor.role },
      action: 'import',
      entityType: 'aid_record',
      entityId: this.jobId,
      regionCode: this.importer.kind === 'official' ? this.importer.scope : null,
      organizationId: organizations.length === 1 ? organizations[0]! : null,
      detail: {
        jobId: this.jobId,
        fileId: this.payload.fileId,
        fileName: this.payload.fileName,
        count: this.saved,
        amountFen: this.savedAmountFen,
        organizationIds: organizations,
      },
    });
    await notifyLiaisons(this.trx, this.jobId, this.places, this.lookups);
  }
}

async function importerOf(db: Transaction<DB>, payload: ImportPayload): Promise<Importer> {
  const { actor } = payload;
  if (!ORGANIZATION_ROLES.has(actor.role)) return { kind: 'official', scope: actor.scopeRegionCode };
  const giver = actor.organizationId === null ? undefined : await organizationGiver(db, actor.organizationId);
  if (!giver || giver.status !== 'approved') {
    throw new AppError('ORGANIZATION_NOT_APPROVED', { message: '组织通过审核后才能导入帮扶记录' });
  }
  return { kind: 'organization', giver };
}

function result(run: ImportRun, payload: ImportPayload, saved: boolean): AidImportResult {
  return {
    fileName: payload.fileName,
    rows: run.rows,
    saved: saved ? run.saved : 0,
    badRows: run.errors.size,
    errorCount: run.errorCount,
    errors: run.listed,
    errorsTruncated: run.errorCount > run.listed.length,
    errorWorkbook: !saved,
    savedAmountFen: saved ? run.savedAmountFen : 0,
  };
}

/** The job as JobRunner runs it; `progress` is the runner's (tests pass one that fails to stop a job half way). */
export const ledgerImportJob: JobHandler = async (job, progress: JobProgress, env): Promise<AidImportResult> => {
  const payload = job.payload as ImportPayload;
  const file = filePath(env.config, payload.sha256);
  if (!fs.existsSync(file)) throw new AppError('IMPORT_FILE_INVALID', { message: '上传的文件已不存在，请重新上传' });
  await progress.report(0, undefined, '正在读取表格');
  const side = new SideProgress(progress);
  const ctx: RequestContext = { actor: null, ip: payload.ip, requestId: payload.requestId };
  let run: ImportRun | undefined;
  try {
    await env.db.transaction().execute(async (trx) => {
      const importer = await importerOf(trx, payload);
      run = new ImportRun(trx, importer, payload, job.id, side);
      await run.run(file);
      if (run.errors.size > 0) throw new Refused();
      await run.finish(ctx);
    });
  } catch (err) {
    await side.settle();
    if (err instanceof SpreadsheetError) throw new AppError('IMPORT_FILE_INVALID', { message: err.message });
    if (!(err instanceof Refused) || !run) throw err;
    const refused = run;
    const total = refused.rows;
    await progress.report(total, total, `${refused.errors.size} 行有问题，未保存任何记录；正在生成错误标注表`);
    const target = errorWorkbookPath(env.config, job.id);
    await fs.promises.mkdir(path.dirname(target), { recursive: true });
    await writeErrorWorkbook(file, target, refused.errors, (done) =>
      progress.report(total, total, `正在生成错误标注表：已写 ${done} 行`),
    );
    await progress.report(
      total,
      total,
      `${refused.errors.size} 行有问题，未保存任何记录；请下载错误标注表修改后重新上传`,
    );
    return result(refused, payload, false);
  }
  await side.settle();
  const done = run!;
  await progress.report(done.rows, done.rows, `已导入 ${done.saved} 条帮扶记录`);
  return result(done, payload, true);
};
