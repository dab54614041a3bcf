// Households (住户): a liaison registers the households of their villages; the liaison and the officials in scope
// read them. The ID number passes through platform/sensitive.ts only: stored encrypted with a keyed hash for
// duplicates, shown masked in lists and whole in the one record view, whose every read is logged. It is never put in
// an error message, a log line or the audit diff.
import type { Kysely, Selectable, Updateable } from 'kysely';
import { chinaToday } from '../../../common/glossary.ts';
import { idNumberProblem, maskIdNumber, normaliseIdNumber } from '../../../common/id-number.ts';
import type { DB, HouseholdsTable } from '../../db/types.ts';
import { AppError, fieldError, type FieldError } from '../../errors.ts';
import { isRegionInScope, regionScope, requireActor, type Actor } from '../../platform/access.ts';
import { recordAudit, recordSensitiveRead } from '../../platform/audit.ts';
import type { RequestContext } from '../../platform/context.ts';
import { decodeCursor, encodeCursor } from '../../platform/http.ts';
import type { Sensitive } from '../../platform/sensitive.ts';
import { iso } from '../../platform/sql.ts';
import { regionPaths } from '../regions/queries.ts';
import * as q from './queries.ts';
import type {
  CreateHouseholdBody,
  Household,
  HouseholdListItem,
  HouseholdPage,
  ListHouseholdsQuery,
  UpdateHouseholdBody,
} from './schemas.ts';

type Executor = Kysely<DB>;
type HouseholdRow = Selectable<HouseholdsTable>;

/** What the record view shows that the access log must name (never their values). */
export const SENSITIVE_FIELDS = ['id_number', 'situations', 'has_disability', 'minors_count'];

/** Han characters or Latin letters, in groups joined by a middle dot or a space (阿依古丽·买买提). */
const PERSON_NAME = /^[\p{Script=Han}A-Za-z]+(?:[· ][\p{Script=Han}A-Za-z]+)*$/u;
const VILLAGE_CODE_LENGTH = 12;

// ---- checks ----

function normaliseName(value: string): string {
  return value
    .normalize('NFKC')
    .replace(/[•・]/g, '·')
    .replace(/\s+/g, ' ')
    .replace(/(\p{Script=Han}) (?=\p{Script=Han})/gu, '$1')
    .replace(/ ?· ?/g, '·')
    .trim();
}

function checkHeadName(value: string, problems: FieldError[]): string {
  const name = normaliseName(value);
  const length = [...name].length;
  if (length === 0) problems.push({ field: 'headName', message: '户主姓名：必填' });
  else if (length < 2 || length > 30) problems.push({ field: 'headName', message: '户主姓名：应为 2–30 个字' });
  else if (!PERSON_NAME.test(name)) {
    problems.push({ field: 'headName', message: '户主姓名：只能是汉字或字母（少数民族姓名可用间隔号“·”）' });
  }
  return name;
}

/** The normalised number; a problem is described without repeating it. */
function checkIdNumber(value: string, problems: FieldError[]): string {
  const id = normaliseIdNumber(value);
  if (id === '') {
    problems.push({ field: 'idNumber', message: '户主身份证号：必填' });
    return id;
  }
  const problem = idNumberProblem(id, chinaToday());
  if (problem !== undefined) problems.push({ field: 'idNumber', message: `户主身份证号：${problem}` });
  return id;
}

async function checkVillage(db: Executor, code: string, problems: FieldError[]): Promise<void> {
  if (code.length !== VILLAGE_CODE_LENGTH || !(await q.regionExists(db, code))) {
    problems.push({ field: 'regionCode', message: '所在村（社区）：没有这个村（社区），请从列表中选择' });
  }
}

function checkMinors(minors: number, members: number, problems: FieldError[]): void {
  if (minors >= members) {
    problems.push({ field: 'minorsCount', message: `未成年人数：应少于家庭人口数（${members} 人），户主应已成年` });
  }
}

function fail(problems: FieldError[]): void {
  if (problems.length > 0) throw new AppError('VALIDATION_FAILED', { fields: problems });
}

function householdExists(): AppError {
  return new AppError('HOUSEHOLD_EXISTS', {
    fields: [{ field: 'idNumber', message: '户主身份证号：该身份证号的住户已经登记，请在住户列表中查找' }],
  });
}

/** A unique index refused the write (two requests raced past the check). */
function isUniqueViolation(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { code?: unknown }).code === '23505';
}

/** The audit log's view: the ID number's columns are secret in audit.ts, so the log says only that they changed. */
function auditView(row: HouseholdRow) {
  return {
    region_code: row.region_code,
    head_name: row.head_name,
    id_number_encrypted: row.id_number_encrypted,
    id_number_hash: row.id_number_hash,
    members_count: row.members_count,
    category: row.category,
    situations: row.situations,
    has_disability: row.has_disability,
    minors_count: row.minors_count,
    status: row.status,
  };
}

// ---- views ----

async function toHousehold(db: Executor, sensitive: Sensitive, row: HouseholdRow): Promise<Household> {
  const [paths, needsCount] = await Promise.all([regionPaths(db, [row.region_code]), q.needsCount(db, row.id)]);
  return {
    id: row.id,
    region: { code: row.region_code, name: paths.get(row.region_code) ?? row.region_code },
    headName: row.head_name,
    idNumber: sensitive.decryptIdNumber(row.id_number_encrypted),
    membersCount: row.members_count,
    category: row.category,
    situations: row.situations,
    hasDisability: row.has_disability,
    minorsCount: row.minors_count,
    status: row.status,
    needsCount,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  };
}

/** Returns the full record and logs the read in the access log: every path that shows a whole record goes here. */
async function readRecord(db: Executor, sensitive: Sensitive, ctx: RequestContext, row: HouseholdRow): Promise<Household> {
  const household = await toHousehold(db, sensitive, row);
  await recordSensitiveRead(db, ctx, { entityType: 'household', entityId: row.id, fields: SENSITIVE_FIELDS, regionCode: row.region_code });
  return household;
}

// ---- list ----

function listCursor(cursor: string | undefined): number | undefined {
  const values = decodeCursor(cursor, ['number']);
  if (values === undefined) return undefined;
  const id = values[0] as number;
  if (!Number.isSafeInteger(id) || id < 1) throw fieldError('cursor', '翻页游标无效，请从第一页重新加载');
  return id;
}

export async function listHouseholds(db: Executor, sensitive: Sensitive, actor: Actor, query: ListHouseholdsQuery): Promise<HouseholdPage> {
  const scope = regionScope(actor);
  // Naming a region one does not govern (even one containing one's scope) is refused rather than silently narrowed.
  if (query.region !== undefined && scope !== null && !query.region.startsWith(scope)) throw new AppError('OUT_OF_SCOPE');
  const limit = query.limit ?? 50;
  const rows = await q.listHouseholds(
    db,
    actor,
    { region: query.region, category: query.category, situation: query.situation, status: query.status ?? 'active' },
    listCursor(query.cursor),
    limit,
  );
  const page = rows.slice(0, limit);
  const paths = await regionPaths(db, page.map((r) => r.region_code));
  const items: HouseholdListItem[] = page.map((r) => ({
    id: r.id,
    region: { code: r.region_code, name: paths.get(r.region_code) ?? r.region_code },
    headName: r.head_name,
    // Masked, so not a sensitive read: what is shown is not enough to identify the person.
    idNumberMasked: maskIdNumber(sensitive.decryptIdNumber(r.id_number_encrypted)),
    membersCount: r.members_count,
    category: r.category,
    situations: r.situations,
    status: r.status,
    createdAt: iso(r.created_at),
  }));
  const last = page.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeCursor([last.id]) : null };
}

// ---- the record ----

export async function getHousehold(db: Executor, sensitive: Sensitive, ctx: RequestContext, id: number): Promise<Household> {
  const actor = requireActor(ctx.actor);
  const row = await q.householdInScope(db, actor, id);
  if (!row) throw new AppError('NOT_FOUND');
  return readRecord(db, sensitive, ctx, row);
}

// ---- registration ----

/**
 * Registers a household of one of the liaison's villages: every field is checked first (all problems answered
 * together, nothing written), then the scope, then duplicates; the row and its audit row in one transaction. The
 * reply is the full record, so the registration counts as a read of it.
 */
export async function createHousehold(db: Executor, sensitive: Sensitive, ctx: RequestContext, body: CreateHouseholdBody): Promise<Household> {
  const actor = requireActor(ctx.actor);
  const problems: FieldError[] = [];
  const headName = checkHeadName(body.headName, problems);
  const idNumber = checkIdNumber(body.idNumber, problems);
  const regionCode = body.regionCode.trim();
  await checkVillage(db, regionCode, problems);
  checkMinors(body.minorsCount, body.membersCount, problems);
  fail(problems);
  if (!isRegionInScope(actor, regionCode)) throw new AppError('OUT_OF_SCOPE');

  const hash = sensitive.hashIdNumber(idNumber);
  if (await q.hashTaken(db, hash)) throw householdExists();
  const row = await db.transaction().execute(async (trx) => {
    const inserted = await q.insertHousehold(trx, {
      region_code: regionCode,
      head_name: headName,
      id_number_encrypted: sensitive.encryptIdNumber(idNumber),
      id_number_hash: hash,
      members_count: body.membersCount,
      category: body.category,
      situations: [...body.situations],
      has_disability: body.hasDisability,
      minors_count: body.minorsCount,
      created_by: actor.accountId,
    });
    if (!inserted) throw householdExists();
    await recordAudit(trx, ctx, {
      action: 'create',
      entityType: 'household',
      entityId: inserted.id,
      regionCode,
      after: auditView(inserted),
    });
    return inserted;
  });
  return readRecord(db, sensitive, ctx, row);
}

// ---- editing and archiving ----

/** Changes what was sent; a new ID number is checked and hashed again. Archiving is `status: 'archived'`. */
export async function updateHousehold(
  db: Executor,
  sensitive: Sensitive,
  ctx: RequestContext,
  id: number,
  body: UpdateHouseholdBody,
): Promise<Household> {
  const actor = requireActor(ctx.actor);
  const current = await q.householdInScope(db, actor, id);
  if (!current) throw new AppError('NOT_FOUND');

  const problems: FieldError[] = [];
  const headName = body.headName === undefined ? undefined : checkHeadName(body.headName, problems);
  const idNumber = body.idNumber === undefined ? undefined : checkIdNumber(body.idNumber, problems);
  checkMinors(body.minorsCount ?? current.minors_count, body.membersCount ?? current.members_count, problems);
  fail(problems);

  const set: Updateable<HouseholdsTable> = {};
  if (headName !== undefined && headName !== current.head_name) set.head_name = headName;
  if (idNumber !== undefined) {
    const hash = sensitive.hashIdNumber(idNumber);
    if (hash !== current.id_number_hash) {
      if (await q.hashTaken(db, hash, id)) throw householdExists();
      set.id_number_hash = hash;
      set.id_number_encrypted = sensitive.encryptIdNumber(idNumber);
    }
  }
  if (body.membersCount !== undefined && body.membersCount !== current.members_count) set.members_count = body.membersCount;
  if (body.category !== undefined && body.category !== current.category) set.category = body.category;
  if (body.situations !== undefined && [...body.situations].sort().join() !== [...current.situations].sort().join()) {
    set.situations = [...body.situations];
  }
  if (body.hasDisability !== undefined && body.hasDisability !== current.has_disability) set.has_disability = body.hasDisability;
  if (body.minorsCount !== undefined && body.minorsCount !== current.minors_count) set.minors_count = body.minorsCount;
  if (body.status !== undefined && body.status !== current.status) set.status = body.status;
  if (Object.keys(set).length === 0) return readRecord(db, sensitive, ctx, current);

  try {
    const row = await db.transaction().execute(async (trx) => {
      const before = await q.householdInScope(trx, actor, id, true);
      if (!before) throw new AppError('NOT_FOUND');
      // Checked again on the locked row: another edit may have changed the counts since.
      const recheck: FieldError[] = [];
      checkMinors(set.minors_count ?? before.minors_count, set.members_count ?? before.members_count, recheck);
      fail(recheck);
      const after = await q.updateHousehold(trx, id, set);
      await recordAudit(trx, ctx, {
        action: 'update',
        entityType: 'household',
        entityId: id,
        regionCode: after.region_code,
        before: auditView(before),
        after: auditView(after),
      });
      return after;
    });
    return await readRecord(db, sensitive, ctx, row);
  } catch (err) {
    if (isUniqueViolation(err)) throw householdExists();
    throw err;
  }
}
