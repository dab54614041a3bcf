// Caring individuals (爱心人士): anyone registers as one (an account of role caring_individual and a profile, in one
// transaction); the person then reads and edits their own profile. The mobile is personal: it is returned only to its
// owner, never logged, and the audit log keeps it masked. A real-name check (real-name.ts) runs when the name or the
// mobile is set; without an answer the profile stays unverified.
import type { Kysely, Selectable, Updateable } from 'kysely';
import type { CaringIndividualsTable, DB } from '../../db/types.ts';
import { AppError, type FieldError } from '../../errors.ts';
import { requireActor } from '../../platform/access.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { RequestContext } from '../../platform/context.ts';
import { passwordProblems } from '../../platform/passwords.ts';
import { iso } from '../../platform/sql.ts';
import { createAccount } from '../accounts/service.ts';
import { usernameKey } from '../auth/service.ts';
import { maskMobile, MOBILE } from '../programs/contacts.ts';
import { regionPaths } from '../regions/queries.ts';
import * as q from './queries.ts';
import { offlineVerifier, realNameStatus, type RealNameVerifier } from './real-name.ts';
import type { CaringProfile, RegisterCaringBody, UpdateCaringBody } from './schemas.ts';

type Executor = Kysely<DB>;
type ProfileRow = Selectable<CaringIndividualsTable>;

export const MAX_FIELDS = 10;
const USERNAME = /^[A-Za-z][A-Za-z0-9_.-]{2,31}$/;
/** Han characters or Latin letters, in groups joined by a middle dot or a space (阿依古丽·买买提, Anna Li). */
const REAL_NAME = /^[\p{Script=Han}A-Za-z]+(?:[· ][\p{Script=Han}A-Za-z]+)*$/u;
/** County (6), township (9) or village (12): a person lives somewhere smaller than a city. */
const PERSON_REGION_LENGTHS = [6, 9, 12];

// ---- reading ----

async function toProfile(db: Executor, row: ProfileRow & { username: string }): Promise<CaringProfile> {
  const [paths, codes] = await Promise.all([regionPaths(db, [row.region_code]), q.fieldCodesOf(db, row.account_id)]);
  const fields = await q.keyFields(db, codes);
  return {
    accountId: row.account_id,
    username: row.username,
    realName: row.real_name,
    mobile: row.mobile,
    regionCode: row.region_code,
    regionPath: paths.get(row.region_code) ?? null,
    fields: fields.map((f) => ({ code: f.code, nameZh: f.name_zh, nameEn: f.name_en })),
    realNameStatus: row.real_name_status,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  };
}

function noProfile(): AppError {
  return new AppError('NOT_FOUND', { message: '您的账号还没有爱心人士资料，请联系平台管理员' });
}

/** The caller's own profile (caring.self: the route admits caring individuals only). */
export async function getOwnProfile(db: Executor, ctx: RequestContext): Promise<CaringProfile> {
  const actor = requireActor(ctx.actor);
  const row = await q.findProfile(db, actor.accountId);
  if (!row) throw noProfile();
  return toProfile(db, row);
}

// ---- validation ----

function normaliseName(value: string): string {
  return value
    .normalize('NFKC')
    .replace(/[•・]/g, '·')
    .replace(/\s+/g, ' ')
    .replace(/(\p{Script=Han}) (?=\p{Script=Han})/gu, '$1')
    .replace(/ ?· ?/g, '·')
    .trim();
}

function checkName(value: string, problems: FieldError[]): string {
  const name = normaliseName(value);
  const length = [...name].length;
  if (length === 0) problems.push({ field: 'realName', message: '姓名：必填' });
  else if (length < 2 || length > 30) problems.push({ field: 'realName', message: '姓名：应为 2–30 个字' });
  else if (!REAL_NAME.test(name)) {
    problems.push({ field: 'realName', message: '姓名：只能是汉字或字母（少数民族姓名可用间隔号“·”）' });
  }
  return name;
}

function checkMobile(value: string, problems: FieldError[]): string {
  const mobile = value.normalize('NFKC').replace(/[\s-]/g, '');
  if (mobile === '') problems.push({ field: 'mobile', message: '手机号码：必填' });
  else if (!MOBILE.test(mobile)) {
    problems.push({ field: 'mobile', message: '手机号码：应为 11 位手机号（1 开头，第二位为 3–9）' });
  }
  return mobile;
}

async function checkRegion(db: Executor, value: string, problems: FieldError[]): Promise<string> {
  const code = value.trim();
  if (code === '') {
    problems.push({ field: 'regionCode', message: '所在地区：必填' });
  } else if (!/^\d+$/.test(code) || !PERSON_REGION_LENGTHS.includes(code.length)) {
    problems.push({ field: 'regionCode', message: '所在地区：请选到区县、乡镇（街道）或村（社区）一级' });
  } else if (!(await q.findRegionCode(db, code))) {
    problems.push({ field: 'regionCode', message: `所在地区：行政区划代码 ${code} 不存在` });
  }
  return code;
}

/** The codes, each once; active key fields, or (when editing) ones the person already holds though since retired. */
async function checkFields(
  db: Executor,
  values: string[],
  problems: FieldError[],
  held: string[] = [],
): Promise<string[]> {
  const codes = [...new Set(values.map((v) => v.trim()).filter((v) => v !== ''))];
  if (codes.length === 0) {
    problems.push({ field: 'fieldCodes', message: '关注的帮扶领域：至少选 1 项' });
    return codes;
  }
  if (codes.length > MAX_FIELDS) {
    problems.push({ field: 'fieldCodes', message: `关注的帮扶领域：最多选 ${MAX_FIELDS} 项` });
    return codes;
  }
  const known = new Map((await q.keyFields(db, codes)).map((f) => [f.code, f]));
  const bad = codes.filter((c) => {
    const f = known.get(c);
    return !f || (f.retired_at !== null && !held.includes(c));
  });
  if (bad.length > 0) {
    problems.push({ field: 'fieldCodes', message: `关注的帮扶领域：${bad.join('、')} 不存在或已停用` });
  }
  return codes;
}

function fail(problems: FieldError[]): void {
  if (problems.length > 0) throw new AppError('VALIDATION_FAILED', { fields: problems });
}

const MOBILE_TAKEN_FIELD: FieldError = {
  field: 'mobile',
  message: '手机号码：该手机号已经注册，请直接登录或换一个号码',
};
const USERNAME_TAKEN_FIELD: FieldError = { field: 'username', message: '用户名：已被使用，请换一个' };

function mobileTaken(): AppError {
  return new AppError('MOBILE_TAKEN', { fields: [MOBILE_TAKEN_FIELD] });
}

/** A unique index refused the write (two requests raced past the check). */
function isUniqueViolation(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { code?: unknown }).code === '23505';
}

/** The audit log's view of a profile: the mobile masked, since officials read the log. */
function auditView(row: ProfileRow, fieldCodes: string[]) {
  return {
    real_name: row.real_name,
    mobile: maskMobile(row.mobile),
    region_code: row.region_code,
    real_name_status: row.real_name_status,
    field_codes: fieldCodes,
  };
}

// ---- registration ----

/**
 * Registers a caring individual: every field is checked first (all problems answered together, nothing written);
 * then the real-name check (outside the transaction: it may wait on a remote service); then the account, the
 * profile, its fields and their audit rows in one transaction.
 */
export async function registerCaringIndividual(
  db: Executor,
  ctx: RequestContext,
  body: RegisterCaringBody,
  verifier: RealNameVerifier = offlineVerifier,
): Promise<CaringProfile> {
  const problems: FieldError[] = [];
  const realName = checkName(body.realName, problems);
  const mobile = checkMobile(body.mobile, problems);
  const regionCode = await checkRegion(db, body.regionCode, problems);
  const fieldCodes = await checkFields(db, body.fieldCodes, problems);
  const username = body.username.trim();
  if (username === '') problems.push({ field: 'username', message: '用户名：必填' });
  else if (!USERNAME.test(username)) {
    problems.push({ field: 'username', message: '用户名：应为 3–32 位，字母开头，可含字母、数字、_ . -' });
  }
  if (body.password === '') problems.push({ field: 'password', message: '密码：必填' });
  else problems.push(...passwordProblems(body.password, username, 'password'));

  // What is taken is reported with the rest when there is more to fix, and as a conflict when it is all.
  const taken: FieldError[] = [];
  if (MOBILE.test(mobile) && (await q.mobileHolder(db, mobile)) !== undefined) taken.push(MOBILE_TAKEN_FIELD);
  if (USERNAME.test(username) && (await q.usernameTaken(db, usernameKey(username)))) taken.push(USERNAME_TAKEN_FIELD);
  if (problems.length > 0) fail([...problems, ...taken]);
  if (taken[0] === MOBILE_TAKEN_FIELD) throw new AppError('MOBILE_TAKEN', { fields: taken });
  if (taken.length > 0) throw new AppError('USERNAME_TAKEN', { fields: taken });

  const status = await realNameStatus(verifier, realName, mobile);
  const row = await db
    .transaction()
    .execute(async (trx) => {
      const accountId = await createAccount(trx, ctx, {
        username,
        displayName: realName,
        role: 'caring_individual',
        password: body.password,
      });
      const profile = await q.insertProfile(trx, {
        account_id: accountId,
        real_name: realName,
        mobile,
        region_code: regionCode,
        real_name_status: status,
      });
      if (!profile) throw mobileTaken();
      await q.replaceFields(trx, accountId, fieldCodes);
      await recordAudit(trx, ctx, {
        actor: { accountId, role: 'caring_individual' },
        action: 'create',
        entityType: 'caring_individual',
        entityId: accountId,
        regionCode,
        after: auditView(profile, fieldCodes),
      });
      return { ...profile, username };
    })
    .catch(async (err: unknown) => {
      // Someone took the username or the mobile between the check and the insert.
      if (!isUniqueViolation(err)) throw err;
      if ((await q.mobileHolder(db, mobile)) !== undefined) throw mobileTaken();
      throw new AppError('USERNAME_TAKEN', { fields: [USERNAME_TAKEN_FIELD] });
    });
  return toProfile(db, row);
}

// ---- editing one's own profile ----

export async function updateOwnProfile(
  db: Executor,
  ctx: RequestContext,
  body: UpdateCaringBody,
  verifier: RealNameVerifier = offlineVerifier,
): Promise<CaringProfile> {
  const actor = requireActor(ctx.actor);
  const current = await q.findProfile(db, actor.accountId);
  if (!current) throw noProfile();
  const held = await q.fieldCodesOf(db, actor.accountId);

  const problems: FieldError[] = [];
  const realName = body.realName === undefined ? undefined : checkName(body.realName, problems);
  const mobile = body.mobile === undefined ? undefined : checkMobile(body.mobile, problems);
  const regionCode = body.regionCode === undefined ? undefined : await checkRegion(db, body.regionCode, problems);
  const fieldCodes = body.fieldCodes === undefined ? undefined : await checkFields(db, body.fieldCodes, problems, held);
  const mobileChanged = mobile !== undefined && mobile !== current.mobile;
  const taken =
    mobileChanged && MOBILE.test(mobile) && (await q.mobileHolder(db, mobile, actor.accountId)) !== undefined;
  if (problems.length > 0) fail([...problems, ...(taken ? [MOBILE_TAKEN_FIELD] : [])]);
  if (taken) throw mobileTaken();

  const set: Updateable<CaringIndividualsTable> = {};
  const nameChanged = realName !== undefined && realName !== current.real_name;
  if (nameChanged) set.real_name = realName;
  if (mobileChanged) set.mobile = mobile;
  if (regionCode !== undefined && regionCode !== current.region_code) set.region_code = regionCode;
  // A new name or mobile is a new claim: it is checked afresh, and stays unverified without an answer.
  if (nameChanged || mobileChanged) {
    set.real_name_status = await realNameStatus(verifier, realName ?? current.real_name, mobile ?? current.mobile);
  }
  const sortedFields = fieldCodes === undefined ? undefined : [...fieldCodes].sort();
  const newFields = sortedFields !== undefined && sortedFields.join() !== held.join() ? sortedFields : undefined;

  if (Object.keys(set).length === 0 && newFields === undefined) return toProfile(db, current);
  try {
    const row = await db.transaction().execute(async (trx) => {
      const before = await q.findProfile(trx, actor.accountId, true);
      if (!before) throw noProfile();
      const beforeFields = await q.fieldCodesOf(trx, actor.accountId);
      const after = await q.updateProfile(trx, actor.accountId, set);
      const afterFields = newFields ?? beforeFields;
      if (newFields) await q.replaceFields(trx, actor.accountId, newFields);
      await recordAudit(trx, ctx, {
        action: 'update',
        entityType: 'caring_individual',
        entityId: actor.accountId,
        regionCode: after.region_code,
        before: auditView(before, beforeFields),
        after: auditView(after, afterFields),
        // Two mobiles can mask alike: say that it changed.
        ...(mobileChanged ? { detail: { mobileChanged: true } } : {}),
      });
      if (nameChanged) {
        // The name shown in the header is the person's name.
        await q.setDisplayName(trx, actor.accountId, after.real_name);
        await recordAudit(trx, ctx, {
          action: 'update',
          entityType: 'account',
          entityId: actor.accountId,
          before: { display_name: before.display_name },
          after: { display_name: after.real_name },
        });
      }
      return { ...after, username: before.username };
    });
    return await toProfile(db, row);
  } catch (err) {
    if (isUniqueViolation(err)) throw mobileTaken();
    throw err;
  }
}
