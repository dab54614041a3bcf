// Receipt confirmation (收悉确认): the liaison of the place (or the household, through its liaison) confirms a record
// or disputes it with a reason. Each receipt is kept (aid_receipts); the record's current state moves with the latest
// one (aid_record_states), and its trigger moves the record's figures between the rollups' confirmation buckets.
// A reversal or a reversed record is past confirming: its bucket is fixed.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';
import { fieldError } from '../../errors.ts';
import type { Actor } from '../../platform/access.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { RequestContext } from '../../platform/context.ts';
import { notify, organizationAccounts } from '../notifications/notify.ts';
import { regionPath } from '../regions/queries.ts';
import { detailOf } from './detail.ts';
import * as q from './queries.ts';
import type { AidRecordDetail, ReceiptBody } from './schemas.ts';
import { recordNotFound, recordStateError } from './errors.ts';
import { scopeOf, viewerOf } from './viewer.ts';

export async function recordReceipt(
  db: Kysely<DB>,
  ctx: RequestContext,
  actor: Actor,
  id: number,
  body: ReceiptBody,
): Promise<AidRecordDetail> {
  const reason = body.reason?.trim() || null;
  if (body.status === 'disputed' && reason === null) throw fieldError('reason', '请说明异议');
  const viewer = viewerOf(actor);
  const scope = scopeOf(viewer);
  return db.transaction().execute(async (trx) => {
    const row = await q.lockedRecord(trx, scope, id);
    if (!row) throw recordNotFound();
    if (row.reverses_id !== null || row.reversed_by_id !== null) throw recordStateError(row, '确认收悉或提出异议');
    const receipt = await trx
      .insertInto('aid_receipts')
      .values({ record_id: id, status: body.status, by_household: body.byHousehold ?? false, reason, created_by: actor.accountId })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('aid_record_states')
      .values({ record_id: id, confirmation: body.status, receipt_id: receipt.id })
      .onConflict((oc) =>
        oc.column('record_id').doUpdateSet({ confirmation: body.status, receipt_id: receipt.id, updated_at: new Date() }),
      )
      .execute();
    await recordAudit(trx, ctx, {
      action: body.status === 'confirmed' ? 'confirm_receipt' : 'dispute',
      entityType: 'aid_record',
      entityId: id,
      regionCode: row.region_code,
      organizationId: row.organization_id,
      before: { confirmation: row.confirmation },
      after: { confirmation: body.status },
      detail: { receiptId: receipt.id, byHousehold: body.byHousehold ?? false, ...(reason !== null ? { reason } : {}) },
    });
    if (body.status === 'disputed') {
      const giverAccounts =
        row.organization_id !== null ? await organizationAccounts(trx, row.organization_id) : [row.caring_account_id!];
      const place = (await regionPath(trx, row.region_code)) ?? row.region_code;
      await notify(trx, giverAccounts, {
        kind: 'aid_disputed',
        title: '帮扶记录有异议',
        body: `${place}的联系人对第 ${id} 号帮扶记录“${row.summary}”提出异议：${reason}。请核实，如有错误请更正。`,
        link: `/ledger/${id}`,
        entityType: 'aid_record',
        entityId: id,
      });
    }
    const fresh = await q.visibleRecord(trx, scope, id);
    return detailOf(trx, viewer, fresh!);
  });
}
