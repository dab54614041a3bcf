// Programs and their designations: anyone reads them; officials and admins whose scope contains a program's region
// create, edit and retire it and its designations. A designation's region lies inside its program's region.
// Nothing is deleted: programs and designations are retired, since later records refer to them.
import type { Insertable, Kysely, Selectable, Transaction, Updateable } from 'kysely';
import type { DB, DesignationContactsTable, DesignationsTable, ProgramsTable } from '../../db/types.ts';
import { AppError, fieldError, type FieldError } from '../../errors.ts';
import { assertRegionInScope, requireActor, type Actor } from '../../platform/access.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { RequestContext } from '../../platform/context.ts';
import { decodeCursor, encodeCursor } from '../../platform/http.ts';
import { iso } from '../../platform/sql.ts';
import { regionPaths } from '../regions/queries.ts';
import { isPhone, MOBILE, visibleMobile } from './contacts.ts';
import { KIND_LABELS } from './kinds.ts';
import * as q from './queries.ts';
import type {
  ContactInput,
  CreateDesignationBody,
  CreateProgramBody,
  Designation,
  DesignationPage,
  ListDesignationsQuery,
  ListProgramsQuery,
  Program,
  ProgramPage,
  UpdateDesignationBody,
  UpdateProgramBody,
} from './schemas.ts';

type ProgramRow = Selectable<ProgramsTable>;
type DesignationRow = Selectable<DesignationsTable>;
type ContactRow = Selectable<DesignationContactsTable>;
type NewContact = Omit<Insertable<DesignationContactsTable>, 'designation_id'>;

// ---- reading ----

async function toPrograms(db: Kysely<DB>, rows: ProgramRow[]): Promise<Program[]> {
  const paths = await regionPaths(
    db,
    rows.map((r) => r.region_code),
  );
  return rows.map((r) => ({
    id: r.id,
    slug: r.slug,
    name: r.name,
    kind: r.kind,
    regionCode: r.region_code,
    regionName: paths.get(r.region_code) ?? null,
    departmentName: r.department_name,
    startYear: r.start_year,
    endYear: r.end_year,
    description: r.description,
    status: r.status,
    restrictPlaces: r.restrict_places,
    createdAt: iso(r.created_at),
    updatedAt: iso(r.updated_at),
  }));
}

async function toProgram(db: Kysely<DB>, row: ProgramRow): Promise<Program> {
  return (await toPrograms(db, [row]))[0]!;
}

export async function listPrograms(db: Kysely<DB>, query: ListProgramsQuery): Promise<ProgramPage> {
  const after = decodeCursor(query.cursor, ['number']) as [number] | undefined;
  const limit = query.limit ?? 50;
  const rows = await q.listPrograms(db, query, after?.[0], limit);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: await toPrograms(db, page),
    nextCursor: rows.length > limit && last ? encodeCursor([last.id]) : null,
  };
}

export async function getProgram(db: Kysely<DB>, id: number): Promise<Program> {
  const row = await q.findProgram(db, id);
  if (!row) throw new AppError('NOT_FOUND', { message: `帮扶计划 ${id} 不存在` });
  return toProgram(db, row);
}

function toContact(actor: Actor | null, c: ContactRow): Designation['contacts'][number] {
  return {
    kind: c.kind,
    name: c.name,
    post: c.post,
    officePhone: c.office_phone,
    mobile: visibleMobile(actor, c.mobile),
  };
}

async function toDesignations(db: Kysely<DB>, actor: Actor | null, rows: DesignationRow[]): Promise<Designation[]> {
  const [paths, contacts] = await Promise.all([
    regionPaths(
      db,
      rows.map((r) => r.region_code),
    ),
    q.contactsOf(
      db,
      rows.map((r) => r.id),
    ),
  ]);
  return rows.map((r) => ({
    id: r.id,
    programId: r.program_id,
    regionCode: r.region_code,
    regionPath: paths.get(r.region_code) ?? null,
    kind: r.kind,
    note: r.note,
    retiredAt: iso(r.retired_at),
    contacts: contacts.filter((c) => c.designation_id === r.id).map((c) => toContact(actor, c)),
  }));
}

export async function listDesignations(
  db: Kysely<DB>,
  actor: Actor | null,
  programId: number,
  query: ListDesignationsQuery,
): Promise<DesignationPage> {
  const after = decodeCursor(query.cursor, ['number']) as [number] | undefined;
  if (!(await q.findProgram(db, programId)))
    throw new AppError('NOT_FOUND', { message: `帮扶计划 ${programId} 不存在` });
  const limit = query.limit ?? 50;
  const rows = await q.listDesignations(db, programId, query, after?.[0], limit);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: await toDesignations(db, actor, page),
    nextCursor: rows.length > limit && last ? encodeCursor([last.id]) : null,
  };
}

// ---- validation ----

/** Optional text: trimmed, and empty means none. */
function optionalText(value: string | null | undefined): string | null | undefined {
  if (value === undefined || value === null) return value;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

function requiredText(value: string | undefined, field: string, title: string, problems: FieldError[]) {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (trimmed === '') problems.push({ field, message: `${title}：不能为空` });
  return trimmed;
}

function checkYears(start: number, end: number | null, problems: FieldError[]): void {
  if (end !== null && end < start) problems.push({ field: 'endYear', message: '结束年份：不能早于起始年份' });
}

function normaliseContacts(contacts: ContactInput[], problems: FieldError[]): NewContact[] {
  return contacts.map((c, i) => {
    const at = `contacts.${i}`;
    const name = optionalText(c.name) ?? null;
    const post = optionalText(c.post) ?? null;
    const officePhone = optionalText(c.officePhone) ?? null;
    const mobile = optionalText(c.mobile)?.replace(/[\s-]/g, '') ?? null;
    if (officePhone !== null && !isPhone(officePhone)) {
      problems.push({
        field: `${at}.officePhone`,
        message: '办公电话：格式不正确，应为带区号的座机（如 023-58569600）或手机号',
      });
    }
    if (mobile !== null && !MOBILE.test(mobile)) {
      problems.push({ field: `${at}.mobile`, message: '手机号码：格式不正确，应为 11 位手机号' });
    }
    if (c.kind === 'office' && officePhone === null) {
      problems.push({ field: `${at}.officePhone`, message: '办公电话：单位联系方式必填' });
    }
    if (c.kind === 'person' && name === null) {
      problems.push({ field: `${at}.name`, message: '姓名：联系人姓名必填' });
    }
    if (c.kind === 'person' && officePhone === null && mobile === null) {
      problems.push({ field: `${at}.mobile`, message: '手机号码：联系人至少要有手机号或办公电话' });
    }
    return { kind: c.kind, name, post, office_phone: officePhone, mobile };
  });
}

function fail(problems: FieldError[]): void {
  if (problems.length > 0) throw new AppError('VALIDATION_FAILED', { fields: problems });
}

async function assertRegionExists(db: Kysely<DB> | Transaction<DB>, code: string): Promise<void> {
  if (!(await q.regionExists(db, code))) {
    throw new AppError('REGION_NOT_FOUND', {
      fields: [{ field: 'regionCode', message: `行政区划代码：${code} 不存在` }],
    });
  }
}

/** Only an official or admin whose scope contains the program's region changes it or its designations. */
function assertManages(ctx: RequestContext, program: ProgramRow): Actor {
  const actor = requireActor(ctx.actor);
  assertRegionInScope(actor, program.region_code);
  return actor;
}

async function lockedProgram(trx: Transaction<DB>, ctx: RequestContext, id: number): Promise<ProgramRow> {
  const row = await q.findProgram(trx, id, true);
  if (!row) throw new AppError('NOT_FOUND', { message: `帮扶计划 ${id} 不存在` });
  assertManages(ctx, row);
  return row;
}

function changed<T extends Record<string, unknown>>(before: T, set: Record<string, unknown>): boolean {
  return Object.entries(set).some(([key, value]) => {
    const old = before[key];
    return old instanceof Date || value instanceof Date ? (old === null) !== (value === null) : old !== value;
  });
}

// ---- programs ----

export async function createProgram(db: Kysely<DB>, ctx: RequestContext, body: CreateProgramBody): Promise<Program> {
  const actor = requireActor(ctx.actor);
  const problems: FieldError[] = [];
  const name = requiredText(body.name, 'name', '计划名称', problems)!;
  const departmentName = requiredText(body.departmentName, 'departmentName', '发布部门', problems)!;
  const endYear = body.endYear ?? null;
  checkYears(body.startYear, endYear, problems);
  fail(problems);
  await assertRegionExists(db, body.regionCode);
  assertRegionInScope(actor, body.regionCode);
  const row = await db.transaction().execute(async (trx) => {
    const inserted = await q.insertProgram(trx, {
      slug: body.slug,
      name,
      kind: body.kind,
      region_code: body.regionCode,
      department_name: departmentName,
      start_year: body.startYear,
      end_year: endYear,
      description: optionalText(body.description) ?? null,
      restrict_places: body.restrictPlaces ?? false,
      created_by: actor.accountId,
    });
    if (!inserted) {
      throw new AppError('SLUG_TAKEN', {
        message: `计划标识 ${body.slug} 已被使用，请换一个`,
        fields: [{ field: 'slug', message: `计划标识：${body.slug} 已被使用` }],
      });
    }
    await recordAudit(trx, ctx, {
      action: 'create',
      entityType: 'program',
      entityId: inserted.id,
      regionCode: inserted.region_code,
      after: inserted,
    });
    return inserted;
  });
  return toProgram(db, row);
}

async function changeProgram(
  db: Kysely<DB>,
  ctx: RequestContext,
  id: number,
  action: string,
  compute: (before: ProgramRow) => Updateable<ProgramsTable>,
): Promise<Program> {
  const row = await db.transaction().execute(async (trx) => {
    const before = await lockedProgram(trx, ctx, id);
    const set = compute(before);
    if (!changed(before, set)) return before;
    const after = await q.updateProgram(trx, id, set);
    await recordAudit(trx, ctx, {
      action,
      entityType: 'program',
      entityId: id,
      regionCode: before.region_code,
      before,
      after,
    });
    return after;
  });
  return toProgram(db, row);
}

export function updateProgram(db: Kysely<DB>, ctx: RequestContext, id: number, body: UpdateProgramBody) {
  const problems: FieldError[] = [];
  const set: Updateable<ProgramsTable> = {
    name: requiredText(body.name, 'name', '计划名称', problems),
    kind: body.kind,
    department_name: requiredText(body.departmentName, 'departmentName', '发布部门', problems),
    start_year: body.startYear,
    end_year: body.endYear,
    description: optionalText(body.description),
    restrict_places: body.restrictPlaces,
  };
  fail(problems);
  const defined = Object.fromEntries(
    Object.entries(set).filter(([, v]) => v !== undefined),
  ) as Updateable<ProgramsTable>;
  return changeProgram(db, ctx, id, 'update', (before) => {
    // The years are checked against what is stored for the one not sent.
    const years: FieldError[] = [];
    checkYears(
      defined.start_year ?? before.start_year,
      defined.end_year === undefined ? before.end_year : defined.end_year,
      years,
    );
    fail(years);
    return defined;
  });
}

export function retireProgram(db: Kysely<DB>, ctx: RequestContext, id: number) {
  return changeProgram(db, ctx, id, 'retire', () => ({ status: 'retired' }));
}

// ---- designations ----

/** The audit view of a designation: its row and its contacts (without their ids and times). */
export function auditView(row: DesignationRow, contacts: ContactRow[] | NewContact[]) {
  return {
    ...row,
    contacts: contacts.map((c) => ({
      kind: c.kind,
      name: c.name ?? null,
      post: c.post ?? null,
      office_phone: c.office_phone ?? null,
      mobile: c.mobile ?? null,
    })),
  };
}

function designationMessage(kind: string, code: string): string {
  return `行政区划代码：该计划已将 ${code} 列为${kind}`;
}

export async function createDesignation(
  db: Kysely<DB>,
  ctx: RequestContext,
  programId: number,
  body: CreateDesignationBody,
): Promise<Designation> {
  const problems: FieldError[] = [];
  const note = optionalText(body.note) ?? null;
  const contacts = normaliseContacts(body.contacts ?? [], problems);
  fail(problems);
  const row = await db.transaction().execute(async (trx) => {
    const program = await lockedProgram(trx, ctx, programId);
    await assertRegionExists(trx, body.regionCode);
    if (!body.regionCode.startsWith(program.region_code)) {
      const name = (await regionPaths(trx, [program.region_code])).get(program.region_code) ?? program.region_code;
      throw fieldError('regionCode', `行政区划代码：${body.regionCode} 不在本计划的地区（${name}）之内`);
    }
    const inserted = await q.insertDesignation(trx, {
      program_id: program.id,
      region_code: body.regionCode,
      kind: body.kind,
      note,
    });
    if (!inserted) {
      throw new AppError('DESIGNATION_EXISTS', {
        fields: [{ field: 'regionCode', message: designationMessage(KIND_LABELS[body.kind], body.regionCode) }],
      });
    }
    const saved = await q.replaceContacts(trx, inserted.id, contacts);
    await recordAudit(trx, ctx, {
      action: 'create',
      entityType: 'designation',
      entityId: inserted.id,
      regionCode: inserted.region_code,
      after: auditView(inserted, saved),
    });
    return inserted;
  });
  return (await toDesignations(db, ctx.actor, [row]))[0]!;
}

async function changeDesignation(
  db: Kysely<DB>,
  ctx: RequestContext,
  id: number,
  action: string,
  compute: (before: DesignationRow) => { set: Updateable<DesignationsTable>; contacts?: NewContact[] },
): Promise<Designation> {
  const row = await db.transaction().execute(async (trx) => {
    const before = await q.findDesignation(trx, id, true);
    if (!before) throw new AppError('NOT_FOUND', { message: `重点地区 ${id} 不存在` });
    const program = await q.findProgram(trx, before.program_id);
    if (!program) throw new AppError('NOT_FOUND', { message: `重点地区 ${id} 不存在` });
    assertManages(ctx, program);
    const { set, contacts } = compute(before);
    const beforeContacts = await q.contactsOf(trx, [id]);
    const beforeView = auditView(before, beforeContacts);
    const contactsChanged =
      contacts !== undefined &&
      JSON.stringify(auditView(before, contacts).contacts) !== JSON.stringify(beforeView.contacts);
    if (!changed(before, set) && !contactsChanged) return before;
    // Also when only the contacts changed: updated_at says the designation was edited.
    const after = await q.updateDesignation(trx, id, set);
    const afterContacts = contactsChanged ? await q.replaceContacts(trx, id, contacts) : beforeContacts;
    await recordAudit(trx, ctx, {
      action,
      entityType: 'designation',
      entityId: id,
      regionCode: before.region_code,
      before: beforeView,
      after: auditView(after, afterContacts),
    });
    return after;
  });
  return (await toDesignations(db, ctx.actor, [row]))[0]!;
}

export function updateDesignation(db: Kysely<DB>, ctx: RequestContext, id: number, body: UpdateDesignationBody) {
  const problems: FieldError[] = [];
  const contacts = body.contacts === undefined ? undefined : normaliseContacts(body.contacts, problems);
  fail(problems);
  const note = optionalText(body.note);
  return changeDesignation(db, ctx, id, 'update', () => ({
    set: note === undefined ? {} : { note },
    ...(contacts ? { contacts } : {}),
  }));
}

export function retireDesignation(db: Kysely<DB>, ctx: RequestContext, id: number) {
  return changeDesignation(db, ctx, id, 'retire', (before) => ({
    set: { retired_at: before.retired_at ?? new Date() },
  }));
}
