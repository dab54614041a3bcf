// Key-area imports: upload (read, resolve, keep pending), decide, save in one transaction, or discard.
// Only an official or admin whose scope contains the program's region imports into it. The command line and the demo
// data call `createImport` and `saveImport` directly, as the operator of the server.
import crypto from 'node:crypto';
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { DB, ProgramsTable } from '../../db/types.ts';
import { AppError, type FieldError } from '../../errors.ts';
import { assertRegionInScope, requireActor, type Actor } from '../../platform/access.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { RequestContext } from '../../platform/context.ts';
import { decodeCursor, encodeCursor } from '../../platform/http.ts';
import { iso } from '../../platform/sql.ts';
import { visibleMobile } from '../programs/contacts.ts';
import * as programs from '../programs/queries.ts';
import { applyEntries, type Kept } from './apply.ts';
import { readEntries, summarize, type Entry } from './entries.ts';
import * as q from './queries.ts';
import type {
  CountyDesignationKind,
  Decision,
  ImportKind,
  ImportPage,
  ImportResult,
  KeyAreaImport,
  ListImportsQuery,
} from './schemas.ts';

type ProgramRow = Selectable<ProgramsTable>;
type ImportRow = NonNullable<Awaited<ReturnType<typeof q.findImport>>>;
type ListRow = Omit<ImportRow, 'entries'>;

const LEVEL_OF: Record<ImportKind, number> = { county: 3, township: 4, village: 5 };
const LEVEL_WORD: Record<ImportKind, string> = { county: '区县', township: '乡镇（街道）', village: '村（社区）' };

// ---- views ----

function toListItem(row: ListRow): Omit<KeyAreaImport, 'entries'> {
  return {
    id: row.id,
    programId: row.program_id,
    kind: row.kind,
    countyKind: row.county_kind,
    fileName: row.file_name,
    status: row.status,
    createdBy: row.created_by_name ?? null,
    createdAt: iso(row.created_at),
    finishedAt: iso(row.finished_at),
    summary: row.summary as KeyAreaImport['summary'],
    result: (row.result as ImportResult | null) ?? null,
  };
}

function toImport(actor: Actor | null, row: ImportRow): KeyAreaImport {
  const entries = row.entries as Entry[];
  return {
    ...toListItem(row),
    entries: entries.map((e) => ({
      key: e.key,
      row: e.row,
      cell: e.cell,
      seq: e.seq,
      input: e.input,
      county: e.county,
      status: e.status,
      code: e.code,
      name: e.name,
      reason: e.reason ?? null,
      candidates: e.candidates,
      problems: e.problems,
      duplicateOf: e.duplicateOf,
      designationKind: e.designationKind,
      note: e.note,
      contacts: e.contacts.map((c) => ({
        kind: c.kind,
        name: c.name,
        post: c.post,
        officePhone: c.office_phone,
        mobile: visibleMobile(actor, c.mobile),
      })),
    })),
  };
}

// ---- access ----

async function managedProgram(
  db: Kysely<DB> | Transaction<DB>,
  ctx: RequestContext,
  programId: number,
): Promise<ProgramRow> {
  const actor = requireActor(ctx.actor);
  const program = await programs.findProgram(db, programId);
  if (!program) throw new AppError('NOT_FOUND', { message: `帮扶计划 ${programId} 不存在` });
  assertRegionInScope(actor, program.region_code);
  return program;
}

async function managedImport(db: Kysely<DB>, ctx: RequestContext, id: number): Promise<ImportRow> {
  const row = await q.findImport(db, id);
  if (!row) throw new AppError('NOT_FOUND', { message: `导入 ${id} 不存在` });
  await managedProgram(db, ctx, row.program_id);
  return row;
}

// ---- upload ----

export interface NewImport {
  kind: ImportKind;
  countyKind: CountyDesignationKind;
  fileName: string;
  bytes: Uint8Array;
}

/** Reads and resolves the file and keeps it as a pending import of `program`. No access check: callers do it. */
export async function createImport(
  db: Kysely<DB>,
  ctx: RequestContext,
  program: ProgramRow,
  file: NewImport,
): Promise<number> {
  const entries = await readEntries(db, { regionCode: program.region_code, ...file });
  const { id } = await q.insertImport(db, {
    program_id: program.id,
    kind: file.kind,
    county_kind: file.countyKind,
    file_name: file.fileName,
    file_sha256: crypto.createHash('sha256').update(file.bytes).digest('hex'),
    entries: JSON.stringify(entries),
    summary: JSON.stringify(summarize(entries)),
    created_by: ctx.actor?.accountId ?? null,
  });
  return id;
}

export async function uploadImport(
  db: Kysely<DB>,
  ctx: RequestContext,
  programId: number,
  file: NewImport,
): Promise<KeyAreaImport> {
  const program = await managedProgram(db, ctx, programId);
  if (program.status === 'retired') {
    throw new AppError('VALIDATION_FAILED', {
      fields: [{ field: 'programId', message: '帮扶计划：已停用，不能再导入' }],
    });
  }
  const id = await createImport(db, ctx, program, file);
  return toImport(ctx.actor, (await q.findImport(db, id))!);
}

export async function getImport(db: Kysely<DB>, ctx: RequestContext, id: number): Promise<KeyAreaImport> {
  return toImport(ctx.actor, await managedImport(db, ctx, id));
}

export async function listImports(
  db: Kysely<DB>,
  ctx: RequestContext,
  programId: number,
  query: ListImportsQuery,
): Promise<ImportPage> {
  await managedProgram(db, ctx, programId);
  const before = decodeCursor(query.cursor, ['number']) as [number] | undefined;
  const limit = query.limit ?? 20;
  const rows = await q.listImports(db, programId, before?.[0], limit);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { items: page.map(toListItem), nextCursor: rows.length > limit && last ? encodeCursor([last.id]) : null };
}

// ---- deciding ----

function where(e: Entry): string {
  return `第${e.row}行（${e.cell}）「${e.input}」`;
}

/**
 * What to save: each entry kept with its region code, or dropped. Every entry that is not an exact match needs the
 * official's word; anything undecided, a code outside the program or at the wrong level, or two entries for one place
 * is reported per entry, and nothing is saved.
 */
async function decide(
  db: Kysely<DB> | Transaction<DB>,
  program: ProgramRow,
  kind: ImportKind,
  entries: Entry[],
  decisions: Decision[],
): Promise<{ kept: Kept[]; dropped: number }> {
  const byKey = new Map<string, Decision>();
  const fields: FieldError[] = [];
  decisions.forEach((d, i) => {
    if (!entries.some((e) => e.key === d.key))
      fields.push({ field: `decisions.${i}.key`, message: `条目 ${d.key}：表格中没有这个条目` });
    else if (byKey.has(d.key)) fields.push({ field: `decisions.${i}.key`, message: `条目 ${d.key}：重复处理` });
    else byKey.set(d.key, d);
  });
  if (fields.length > 0) throw new AppError('VALIDATION_FAILED', { fields });

  const chosen = await q.regionsByCode(db, [...new Set(decisions.flatMap((d) => (d.code ? [d.code] : [])))]);
  const levels = new Map(chosen.map((r) => [r.code, r.level]));
  const kept: Kept[] = [];
  let dropped = 0;
  const problems: FieldError[] = [];
  const firstByCode = new Map<string, Entry>();
  for (const e of entries) {
    const d = byKey.get(e.key);
    const problem = (message: string) =>
      problems.push({ field: `entries.${e.key}`, message: `${where(e)}：${message}` });
    if (d?.action === 'drop') {
      dropped += 1;
      continue;
    }
    if (e.problems.length > 0) {
      problem(`${e.problems.join('；')}。请舍弃该条目，或修改表格后重新上传`);
      continue;
    }
    let code: string | null = null;
    if (d?.code !== undefined) {
      code = d.code;
      const level = levels.get(code);
      if (level === undefined) problem(`选定的代码 ${code} 不存在`);
      else if (!code.startsWith(program.region_code)) problem(`选定的地区 ${code} 不在本计划的地区之内`);
      else if (level !== LEVEL_OF[kind]) problem(`选定的地区 ${code} 不是${LEVEL_WORD[kind]}`);
      if (level === undefined || !code.startsWith(program.region_code) || level !== LEVEL_OF[kind]) continue;
    } else if (e.status === 'exact' || (e.status === 'variant' && d?.action === 'accept')) {
      code = e.code;
    } else if (e.status === 'variant') {
      problem(`近似匹配为「${e.name}」（${e.reason ?? ''}），请确认或舍弃`);
      continue;
    } else if (e.status === 'ambiguous') {
      problem(`有${e.candidates.length}处相符，请选定其中一处或舍弃`);
      continue;
    } else {
      problem('在本计划的地区内没有找到，请选定地区或舍弃');
      continue;
    }
    if (code === null) continue;
    const first = firstByCode.get(code);
    if (first) {
      problem(`与${where(first)}是同一地区，请舍弃其中一条`);
      continue;
    }
    firstByCode.set(code, e);
    kept.push({ entry: e, code });
  }
  if (problems.length > 0) throw new AppError('IMPORT_UNRESOLVED', { fields: problems });
  return { kept, dropped };
}

// ---- saving ----

/** Decides and applies a pending import in one transaction. No access check: callers do it. */
export async function saveImport(
  db: Kysely<DB>,
  ctx: RequestContext,
  id: number,
  decisions: Decision[],
): Promise<ImportResult> {
  return db.transaction().execute(async (trx) => {
    const row = await q.lockImport(trx, id);
    if (!row) throw new AppError('NOT_FOUND', { message: `导入 ${id} 不存在` });
    if (row.status !== 'pending') throw new AppError('IMPORT_FINISHED');
    const program = (await programs.findProgram(trx, row.program_id, true))!;
    const { kept, dropped } = await decide(trx, program, row.kind, row.entries as Entry[], decisions);
    const applied = await applyEntries(trx, ctx, program, row.kind, kept);
    const result: ImportResult = { ...applied, dropped };
    await q.updateImport(trx, id, {
      status: 'saved',
      decisions: JSON.stringify(decisions),
      result: JSON.stringify(result),
      finished_at: new Date(),
    });
    await recordAudit(trx, ctx, {
      action: 'import',
      entityType: 'key_area_import',
      entityId: id,
      regionCode: program.region_code,
      detail: { programId: program.id, kind: row.kind, fileName: row.file_name, ...result },
    });
    return result;
  });
}

export async function saveImportAs(
  db: Kysely<DB>,
  ctx: RequestContext,
  id: number,
  decisions: Decision[],
): Promise<KeyAreaImport> {
  await managedImport(db, ctx, id);
  await saveImport(db, ctx, id, decisions);
  return getImport(db, ctx, id);
}

export async function discardImport(db: Kysely<DB>, ctx: RequestContext, id: number): Promise<KeyAreaImport> {
  await managedImport(db, ctx, id);
  await db.transaction().execute(async (trx) => {
    const row = await q.lockImport(trx, id);
    if (row?.status !== 'pending') throw new AppError('IMPORT_FINISHED');
    await q.updateImport(trx, id, { status: 'discarded', finished_at: new Date() });
  });
  return getImport(db, ctx, id);
}
