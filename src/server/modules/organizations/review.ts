// Review: the registration authority's department approves or returns a registration (and a change of key data of
// an approved organization); the organization resubmits after a return. Every step is a review row with a snapshot.
import type { Kysely, Transaction, UpdateObject } from 'kysely';
import type { DB } from '../../db/types.ts';
import { AppError, fieldError } from '../../errors.ts';
import type { Actor } from '../../platform/access.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { RequestContext } from '../../platform/context.ts';
import { auditRow, columnsOf } from './columns.ts';
import { recordReview } from './history.ts';
import * as q from './queries.ts';
import { creditCodeTakenError } from './register.ts';
import { isRegistrationAuthority } from './scope.ts';
import type { Organization } from './schemas.ts';
import { assertOwn } from './service.ts';
import { currentProfile, toOrganization, type OrganizationRow } from './views.ts';
import type { KeyData } from './validate.ts';

/** The organization, locked, if the actor reviews it: 404 outside their sight, 403 when only its service regions are theirs. */
async function forReview(trx: Transaction<DB>, actor: Actor, id: number): Promise<OrganizationRow> {
  if (!(await q.visibleOrganization(trx, actor, id))) throw new AppError('NOT_FOUND');
  const row = await q.organizationById(trx, id, true);
  if (!row) throw new AppError('NOT_FOUND');
  if (!isRegistrationAuthority(actor, row.registration_region_code)) {
    throw new AppError('OUT_OF_SCOPE', { message: '只有该组织登记管理机关所在地区的部门可以审核' });
  }
  return row;
}

/** Writes the review's columns (and an approved change's key data) with the audit row. */
async function setStatus(
  trx: Transaction<DB>,
  ctx: RequestContext,
  row: OrganizationRow,
  set: Parameters<typeof columnsOf>[0],
  status: UpdateObject<DB, 'organizations'>,
  action: string,
) {
  const before = await currentProfile(trx, row);
  const after = await trx
    .updateTable('organizations')
    .set({ ...columnsOf(set), ...status, updated_at: new Date() })
    .where('id', '=', row.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  await recordAudit(trx, ctx, {
    action,
    entityType: 'organization',
    entityId: row.id,
    regionCode: after.registration_region_code,
    organizationId: row.id,
    before: auditRow(row, before.fields, before.serviceRegions),
    after: auditRow(after, before.fields, before.serviceRegions),
  });
  return after;
}

export async function approve(db: Kysely<DB>, ctx: RequestContext, actor: Actor, id: number): Promise<Organization> {
  return db.transaction().execute(async (trx) => {
    const row = await forReview(trx, actor, id);
    const reviewed = { reviewed_at: new Date(), reviewed_by: actor.accountId };
    if (row.status === 'pending') {
      const after = await setStatus(trx, ctx, row, {}, { status: 'approved', return_reason: null, ...reviewed }, 'approve');
      await recordReview(trx, ctx, { organizationId: id, action: 'approve', snapshot: await currentProfile(trx, after) });
      return toOrganization(trx, actor, after);
    }
    const change = row.status === 'approved' ? await q.pendingChange(trx, id, true) : undefined;
    if (!change) throw new AppError('ORGANIZATION_STATE', { message: '该组织没有待审核的登记或变更' });
    const proposed = change.proposed as KeyData;
    if (proposed.creditCode !== undefined && (await q.creditCodeTaken(trx, proposed.creditCode, id))) throw creditCodeTakenError();
    const after = await setStatus(trx, ctx, row, proposed, {}, 'change_approve');
    await trx
      .updateTable('organization_changes')
      .set({ status: 'approved', reviewed_by: actor.accountId, reviewed_at: new Date() })
      .where('id', '=', change.id)
      .execute();
    await recordReview(trx, ctx, { organizationId: id, action: 'change_approve', snapshot: await currentProfile(trx, after) });
    return toOrganization(trx, actor, after);
  });
}

export async function returnOrganization(db: Kysely<DB>, ctx: RequestContext, actor: Actor, id: number, reason: string): Promise<Organization> {
  const why = reason.trim();
  if (why === '') throw fieldError('reason', '退回理由：不能为空');
  return db.transaction().execute(async (trx) => {
    const row = await forReview(trx, actor, id);
    if (row.status === 'pending') {
      const after = await setStatus(
        trx,
        ctx,
        row,
        {},
        { status: 'returned', return_reason: why, reviewed_at: new Date(), reviewed_by: actor.accountId },
        'return',
      );
      await recordReview(trx, ctx, { organizationId: id, action: 'return', reason: why, snapshot: await currentProfile(trx, after) });
      return toOrganization(trx, actor, after);
    }
    const change = row.status === 'approved' ? await q.pendingChange(trx, id, true) : undefined;
    if (!change) throw new AppError('ORGANIZATION_STATE', { message: '该组织没有待审核的登记或变更' });
    const refused = await trx
      .updateTable('organization_changes')
      .set({ status: 'returned', reason: why, reviewed_by: actor.accountId, reviewed_at: new Date() })
      .where('id', '=', change.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, ctx, {
      action: 'change_return',
      entityType: 'organization_change',
      entityId: change.id,
      regionCode: row.registration_region_code,
      organizationId: id,
      before: change,
      after: refused,
    });
    await recordReview(trx, ctx, { organizationId: id, action: 'change_return', reason: why, snapshot: await currentProfile(trx, row) });
    return toOrganization(trx, actor, row);
  });
}

export async function resubmit(db: Kysely<DB>, ctx: RequestContext, actor: Actor, id: number): Promise<Organization> {
  assertOwn(actor, id);
  return db.transaction().execute(async (trx) => {
    const row = await q.organizationById(trx, id, true);
    if (!row) throw new AppError('NOT_FOUND');
    if (row.status !== 'returned') throw new AppError('ORGANIZATION_STATE', { message: '只有被退回的登记可以重新提交' });
    const after = await setStatus(trx, ctx, row, {}, { status: 'pending', submitted_at: new Date(), return_reason: null }, 'resubmit');
    await recordReview(trx, ctx, { organizationId: id, action: 'resubmit', snapshot: await currentProfile(trx, after) });
    return toOrganization(trx, actor, after);
  });
}
