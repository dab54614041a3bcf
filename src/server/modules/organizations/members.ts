// An organization's people: its administrator invites members (one-time links, accepted through the accounts
// module) and removes them (the account is disabled and its sessions end; nothing is deleted).
import type { Kysely, Selectable } from 'kysely';
import type { AccountsTable, DB } from '../../db/types.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../../platform/access.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { RequestContext } from '../../platform/context.ts';
import { iso } from '../../platform/sql.ts';
import { createInvitationRow } from '../accounts/invitations.ts';
import * as q from './queries.ts';
import { assertOwn } from './service.ts';

type MemberRow = Pick<Selectable<AccountsTable>, 'id' | 'username' | 'display_name' | 'role' | 'status' | 'created_at'>;

function toMember(r: MemberRow) {
  return {
    accountId: r.id,
    username: r.username,
    displayName: r.display_name,
    role: r.role === 'organization_admin' ? ('organization_admin' as const) : ('organization_member' as const),
    status: r.status,
    createdAt: iso(r.created_at),
  };
}

export async function listMembers(db: Kysely<DB>, actor: Actor, id: number) {
  if (!(await q.visibleOrganization(db, actor, id))) throw new AppError('NOT_FOUND');
  // An organization has a handful of accounts: one list, no pages.
  return { items: (await q.members(db, id)).map(toMember) };
}

export async function inviteMember(db: Kysely<DB>, ctx: RequestContext, actor: Actor, id: number, displayName: string) {
  assertOwn(actor, id);
  const name = displayName.trim();
  if (name === '') throw new AppError('VALIDATION_FAILED', { fields: [{ field: 'displayName', message: '成员姓名：不能为空' }] });
  return db.transaction().execute(async (trx) => {
    const org = await q.organizationById(trx, id, true);
    if (!org) throw new AppError('NOT_FOUND');
    if (org.status !== 'approved') throw new AppError('ORGANIZATION_STATE', { message: '审核通过后才能邀请成员' });
    const { row, link } = await createInvitationRow(trx, ctx, actor, {
      role: 'organization_member',
      organizationId: id,
      displayName: name,
      auditRegionCode: org.registration_region_code,
    });
    return { id: row.id, displayName: row.display_name, link, expiresAt: iso(row.expires_at) };
  });
}

export async function removeMember(db: Kysely<DB>, ctx: RequestContext, actor: Actor, id: number, accountId: number) {
  assertOwn(actor, id);
  return db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom('accounts')
      .selectAll()
      .where('id', '=', accountId)
      .where('organization_id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!before) throw new AppError('NOT_FOUND');
    if (before.id === actor.accountId) throw new AppError('CANNOT_DISABLE_SELF');
    if (before.role !== 'organization_member') throw new AppError('FORBIDDEN', { message: '只能移除组织成员，不能移除组织管理员' });
    if (before.status === 'disabled') return toMember(before);
    const after = await trx
      .updateTable('accounts')
      .set({ status: 'disabled', updated_at: new Date() })
      .where('id', '=', accountId)
      .returningAll()
      .executeTakeFirstOrThrow();
    await trx.updateTable('sessions').set({ revoked_at: new Date() }).where('account_id', '=', accountId).where('revoked_at', 'is', null).execute();
    const org = await q.organizationById(trx, id);
    await recordAudit(trx, ctx, {
      action: 'disable',
      entityType: 'account',
      entityId: accountId,
      regionCode: org?.registration_region_code ?? null,
      organizationId: id,
      before,
      after,
    });
    return toMember(after);
  });
}
