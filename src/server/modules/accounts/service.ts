// Accounts: creation (CLI, demo data, accepted invitations), invitations by admins and officials within their scope,
// listing in scope, disabling and enabling.
import type { Kysely, Transaction } from 'kysely';
import { SCOPE_LENGTHS, type DepartmentKind, type Role } from '../../../common/glossary.ts';
import type { DB } from '../../db/types.ts';
import { AppError, type FieldError } from '../../errors.ts';
import { isRegionInScope, type Actor } from '../../platform/access.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { RequestContext } from '../../platform/context.ts';
import { decodeCursor, encodeCursor } from '../../platform/http.ts';
import { hashPassword, passwordProblems } from '../../platform/passwords.ts';
import { iso } from '../../platform/sql.ts';
import { hashToken } from '../../platform/tokens.ts';
import { usernameKey } from '../auth/service.ts';
import { findRegion, regionPaths } from '../regions/queries.ts';
import { createInvitationRow } from './invitations.ts';
import * as q from './queries.ts';
import type { AccountSummary, AcceptInvitationBody, CreateInvitationBody, Invitation, ListAccountsQuery } from './schemas.ts';

type Executor = Kysely<DB> | Transaction<DB>;

export interface NewAccountInput {
  username: string;
  displayName: string;
  role: Role;
  password: string;
  departmentKind?: DepartmentKind | null;
  scopeRegionCode?: string | null;
  organizationId?: number | null;
  createdBy?: number | null;
}

/** Checks that a role's scope is of the right kind and names an existing region; returns the problems found. */
export async function scopeProblems(
  db: Executor,
  role: Role,
  scopeRegionCode: string | null | undefined,
  departmentKind: DepartmentKind | null | undefined,
): Promise<FieldError[]> {
  const problems: FieldError[] = [];
  const lengths = SCOPE_LENGTHS[role];
  if (role === 'department_official' && !departmentKind) {
    problems.push({ field: 'departmentKind', message: '部门类别：部门工作人员须选择民政或乡村振兴部门' });
  }
  if (role !== 'department_official' && departmentKind) {
    problems.push({ field: 'departmentKind', message: '部门类别：只有部门工作人员需要填写' });
  }
  if (lengths === undefined) {
    if (scopeRegionCode) problems.push({ field: 'scopeRegionCode', message: '管辖范围：该角色不按地区划分，请留空' });
    return problems;
  }
  if (!scopeRegionCode) {
    if (role !== 'platform_admin') problems.push({ field: 'scopeRegionCode', message: '管辖范围：必填' });
    return problems;
  }
  if (!lengths.includes(scopeRegionCode.length)) {
    const what: Record<string, string> = {
      platform_admin: '全国或一个省（2 位代码）',
      department_official: '省、市或区县（2、4 或 6 位代码）',
      liaison: '乡镇或村（9 或 12 位代码）',
    };
    problems.push({ field: 'scopeRegionCode', message: `管辖范围：该角色的范围应为${what[role] ?? ''}` });
    return problems;
  }
  if (!(await findRegion(db, scopeRegionCode))) {
    problems.push({ field: 'scopeRegionCode', message: `管辖范围：行政区划代码 ${scopeRegionCode} 不存在` });
  }
  return problems;
}

export async function createAccount(db: Executor, ctx: RequestContext, input: NewAccountInput): Promise<number> {
  const problems = [
    ...passwordProblems(input.password, input.username, 'password'),
    ...(await scopeProblems(db, input.role, input.scopeRegionCode, input.departmentKind)),
  ];
  if ((input.role === 'organization_admin' || input.role === 'organization_member') && !input.organizationId) {
    problems.push({ field: 'organizationId', message: '所属组织：必填' });
  }
  if (problems.length > 0) throw new AppError('VALIDATION_FAILED', { fields: problems });
  const key = usernameKey(input.username);
  const existing = await db.selectFrom('accounts').select('id').where('username_key', '=', key).executeTakeFirst();
  if (existing) throw new AppError('USERNAME_TAKEN', { fields: [{ field: 'username', message: '用户名：已被使用，请换一个' }] });
  const row = await db
    .insertInto('accounts')
    .values({
      username: input.username,
      username_key: key,
      display_name: input.displayName,
      role: input.role,
      department_kind: input.departmentKind ?? null,
      scope_region_code: input.scopeRegionCode ?? null,
      organization_id: input.organizationId ?? null,
      password_hash: await hashPassword(input.password),
      created_by: input.createdBy ?? null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await recordAudit(db, ctx, {
    action: 'create',
    entityType: 'account',
    entityId: row.id,
    regionCode: row.scope_region_code,
    organizationId: row.organization_id,
    after: row,
  });
  return row.id;
}

type AccountRow = Awaited<ReturnType<typeof q.findVisibleAccount>> & {};

async function toSummaries(db: Executor, rows: AccountRow[]): Promise<AccountSummary[]> {
  const paths = await regionPaths(db, rows.flatMap((r) => (r.scope_region_code ? [r.scope_region_code] : [])));
  return rows.map((r) => ({
    id: r.id,
    username: r.username,
    displayName: r.display_name,
    role: r.role,
    departmentKind: r.department_kind,
    scopeRegionCode: r.scope_region_code,
    scopeRegionName: r.scope_region_code ? (paths.get(r.scope_region_code) ?? null) : null,
    organizationId: r.organization_id,
    organizationName: r.organization_name,
    status: r.status,
    createdAt: iso(r.created_at),
    lastLoginAt: iso(r.last_login_at),
  }));
}

export async function listAccounts(db: Kysely<DB>, actor: Actor, query: ListAccountsQuery) {
  const byUsername = query.sort === 'username';
  const after = decodeCursor(query.cursor, [byUsername ? 'string' : 'number']);
  if (query.regionCode && !isRegionInScope(actor, query.regionCode)) throw new AppError('OUT_OF_SCOPE');
  const limit = query.limit ?? 50;
  const rows = await q.listAccounts(db, actor, query, after);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: await toSummaries(db, page),
    nextCursor: rows.length > limit && last ? encodeCursor([byUsername ? last.username_key : last.id]) : null,
  };
}

export async function getAccount(db: Kysely<DB>, actor: Actor, id: number): Promise<AccountSummary> {
  const row = await q.findVisibleAccount(db, actor, id);
  if (!row) throw new AppError('NOT_FOUND');
  const [summary] = await toSummaries(db, [row]);
  return summary!;
}

/** May `actor` manage an account with this role and scope? Never a wider or equal admin, never outside scope. */
function canManage(actor: Actor, target: { role: Role; scope_region_code: string | null; registration_region_code: string | null }): boolean {
  if (target.role === 'platform_admin') {
    return actor.role === 'platform_admin' && actor.scopeRegionCode === null;
  }
  const region = target.scope_region_code ?? target.registration_region_code;
  if (actor.scopeRegionCode === null) return actor.role === 'platform_admin';
  return region !== null && isRegionInScope(actor, region);
}

export async function setAccountStatus(
  db: Kysely<DB>,
  ctx: RequestContext,
  actor: Actor,
  id: number,
  status: 'active' | 'disabled',
): Promise<AccountSummary> {
  return db.transaction().execute(async (trx) => {
    const target = await q.findVisibleAccount(trx, actor, id);
    if (!target) throw new AppError('NOT_FOUND');
    if (!canManage(actor, target)) throw new AppError('OUT_OF_SCOPE');
    if (target.id === actor.accountId) throw new AppError('CANNOT_DISABLE_SELF');
    if (target.status !== status) {
      const before = await trx.selectFrom('accounts').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
      const after = await trx
        .updateTable('accounts')
        .set({ status, updated_at: new Date() })
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirstOrThrow();
      if (status === 'disabled') {
        await trx.updateTable('sessions').set({ revoked_at: new Date() }).where('account_id', '=', id).where('revoked_at', 'is', null).execute();
      }
      await recordAudit(trx, ctx, {
        action: status === 'disabled' ? 'disable' : 'enable',
        entityType: 'account',
        entityId: id,
        regionCode: after.scope_region_code ?? target.registration_region_code,
        organizationId: after.organization_id,
        before,
        after,
      });
    }
    return getAccount(trx, actor, id);
  });
}

// --- invitations -----------------------------------------------------------------------------------------------

type InvitationRow = Awaited<ReturnType<ReturnType<typeof q.invitationsBase>['executeTakeFirstOrThrow']>>;

function stateOf(row: InvitationRow): Invitation['state'] {
  if (row.accepted_at) return 'accepted';
  if (row.revoked_at) return 'revoked';
  if (row.expires_at.getTime() < Date.now()) return 'expired';
  return 'pending';
}

async function toInvitations(db: Executor, rows: InvitationRow[]): Promise<Invitation[]> {
  const paths = await regionPaths(db, rows.flatMap((r) => (r.scope_region_code ? [r.scope_region_code] : [])));
  return rows.map((r) => ({
    id: r.id,
    role: r.role,
    departmentKind: r.department_kind,
    scopeRegionCode: r.scope_region_code,
    scopeRegionName: r.scope_region_code ? (paths.get(r.scope_region_code) ?? null) : r.organization_id === null ? '全国' : null,
    displayName: r.display_name,
    invitedBy: r.inviter_name,
    state: stateOf(r),
    createdAt: iso(r.created_at),
    expiresAt: iso(r.expires_at),
  }));
}

/** Admins invite admins (a national admin only), officials and liaisons; officials invite officials and liaisons. */
function assertMayInvite(actor: Actor, body: CreateInvitationBody): void {
  if (body.role === 'platform_admin') {
    if (!(actor.role === 'platform_admin' && actor.scopeRegionCode === null)) {
      throw new AppError('FORBIDDEN', { message: '只有全国平台管理员可以邀请平台管理员' });
    }
    return;
  }
  const scope = body.scopeRegionCode ?? null;
  if (scope !== null && !isRegionInScope(actor, scope)) {
    throw new AppError('OUT_OF_SCOPE', {
      message: '只能邀请管辖范围在您范围之内的人员',
      fields: [{ field: 'scopeRegionCode', message: '管辖范围：必须在您的管辖范围之内' }],
    });
  }
}

export async function createInvitation(db: Kysely<DB>, ctx: RequestContext, actor: Actor, body: CreateInvitationBody) {
  const problems = await scopeProblems(db, body.role, body.scopeRegionCode, body.departmentKind);
  if (problems.length > 0) throw new AppError('VALIDATION_FAILED', { fields: problems });
  assertMayInvite(actor, body);
  return db.transaction().execute(async (trx) => {
    const { row, token, link } = await createInvitationRow(trx, ctx, actor, {
      role: body.role,
      departmentKind: body.departmentKind ?? null,
      scopeRegionCode: body.scopeRegionCode ?? null,
      displayName: body.displayName,
      auditRegionCode: body.scopeRegionCode ?? null,
    });
    const full = await q.invitationsBase(trx).where('i.id', '=', row.id).executeTakeFirstOrThrow();
    const [invitation] = await toInvitations(trx, [full]);
    return { invitation: invitation!, token, link };
  });
}

export async function listInvitations(db: Kysely<DB>, actor: Actor, query: { limit?: number; cursor?: string }) {
  const limit = query.limit ?? 50;
  const after = decodeCursor(query.cursor, ['number']);
  const rows = await q.listInvitations(db, actor, limit, after?.[0] as number | undefined);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { items: await toInvitations(db, page), nextCursor: rows.length > limit && last ? encodeCursor([last.id]) : null };
}

export async function revokeInvitation(db: Kysely<DB>, ctx: RequestContext, actor: Actor, id: number) {
  return db.transaction().execute(async (trx) => {
    const row = await q.invitationsBase(trx).where('i.id', '=', id).executeTakeFirst();
    if (!row || row.organization_id !== null) throw new AppError('NOT_FOUND');
    const visible = row.scope_region_code === null ? actor.role === 'platform_admin' && actor.scopeRegionCode === null : isRegionInScope(actor, row.scope_region_code);
    if (!visible) throw new AppError('NOT_FOUND');
    if (stateOf(row) === 'pending') {
      await trx.updateTable('invitations').set({ revoked_at: new Date() }).where('id', '=', id).execute();
      await recordAudit(trx, ctx, {
        action: 'revoke',
        entityType: 'invitation',
        entityId: id,
        regionCode: row.scope_region_code,
        before: { revoked_at: null },
        after: { revoked_at: new Date() },
      });
    }
    const fresh = await q.invitationsBase(trx).where('i.id', '=', id).executeTakeFirstOrThrow();
    return (await toInvitations(trx, [fresh]))[0]!;
  });
}

async function pendingInvitation(db: Executor, token: string) {
  const row = await q.invitationsBase(db).where('i.token_hash', '=', hashToken(token)).executeTakeFirst();
  if (!row || stateOf(row) !== 'pending') throw new AppError('INVITATION_INVALID');
  return row;
}

export async function lookupInvitation(db: Kysely<DB>, token: string): Promise<Invitation> {
  return (await toInvitations(db, [await pendingInvitation(db, token)]))[0]!;
}

export async function acceptInvitation(db: Kysely<DB>, ctx: RequestContext, body: AcceptInvitationBody): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const invitation = await pendingInvitation(trx, body.token);
    // Lock the invitation so two people cannot both accept it.
    const locked = await trx
      .selectFrom('invitations')
      .select('accepted_at')
      .where('id', '=', invitation.id)
      .forUpdate()
      .executeTakeFirstOrThrow();
    if (locked.accepted_at) throw new AppError('INVITATION_INVALID');
    const accountId = await createAccount(trx, ctx, {
      username: body.username,
      displayName: invitation.display_name,
      role: invitation.role,
      password: body.password,
      departmentKind: invitation.department_kind,
      scopeRegionCode: invitation.scope_region_code,
      // An organization's administrator invites members of that organization.
      organizationId: invitation.organization_id,
      createdBy: invitation.invited_by,
    });
    await trx.updateTable('invitations').set({ accepted_at: new Date(), account_id: accountId }).where('id', '=', invitation.id).execute();
    await recordAudit(trx, ctx, {
      action: 'accept',
      entityType: 'invitation',
      entityId: invitation.id,
      regionCode: invitation.scope_region_code,
      after: { account_id: accountId },
    });
    return accountId;
  });
}

