// Writing and reading aid records. A record is checked whole (rules and references, field by field), then the giver's
// chain is locked, repeats are looked for, and the record is appended with its audit row and the liaisons' notices in
// one transaction. A reversal copies the record with its figures negated and keeps its confirmation bucket; a
// correction is a reversal and a new record in the same transaction. Nothing is ever updated.
import type { Kysely, Transaction } from 'kysely';
import type { AidConfirmation } from '../../../common/ledger.ts';
import type { DB } from '../../db/types.ts';
import { AppError, fieldError } from '../../errors.ts';
import type { Actor } from '../../platform/access.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { RequestContext } from '../../platform/context.ts';
import { decodeCursor, encodeCursor } from '../../platform/http.ts';
import { yuan } from '../claims/views.ts';
import { liaisonsOf, notify } from '../notifications/notify.ts';
import { chainKeyOf } from './chain.ts';
import { checkRecord, draftOf, giverOf, type Giver } from './checks.ts';
import { detailOf } from './detail.ts';
import { recordNotFound, recordStateError } from './errors.ts';
import { checkDuplicateEntry, lockChain, possibleDuplications } from './duplicates.ts';
import * as q from './queries.ts';
import type {
  AidRecordCreated,
  AidRecordDetail,
  AidRecordInput,
  AidRecordListQuery,
  AidRecordPage,
  AidRecordView,
  CorrectionCreated,
} from './schemas.ts';
import { appendRecords, type AidDraft } from './store.ts';
import { recordView, recordViews } from './views.ts';
import { assertRegionFilter, isGiverOf, scopeOf, viewerOf, type LedgerScope, type Viewer } from './viewer.ts';

function isStanding(row: Pick<q.RecordRow, 'reverses_id' | 'reversed_by_id'>): boolean {
  return row.reverses_id === null && row.reversed_by_id === null;
}

// ---- list and read ----

/** The filters a viewer may use: a region inside their own; givers see only their own organization's records. */
export function assertFilters(scope: LedgerScope, f: q.Filters): void {
  assertRegionFilter(scope, f.region);
  if (f.organizationId === undefined) return;
  if (scope.kind === 'caring' || (scope.kind === 'organization' && f.organizationId !== scope.organizationId)) {
    throw new AppError('OUT_OF_SCOPE', { message: '只能查看本组织（或本人）的帮扶记录' });
  }
}

function pageCursor(cursor: string | undefined): { occurredOn: string; id: number } | undefined {
  const values = decodeCursor(cursor, ['string', 'number']);
  if (values === undefined) return undefined;
  const [occurredOn, id] = values as [string, number];
  if (!/^\d{4}-\d{2}-\d{2}$/.test(occurredOn) || !Number.isSafeInteger(id)) {
    throw fieldError('cursor', '翻页游标无效，请从第一页重新加载');
  }
  return { occurredOn, id };
}

/** One page of records for a viewer whose filters were checked (the list route, and the export job page by page). */
export async function recordPage(
  db: Kysely<DB>,
  viewer: Viewer,
  filters: q.Filters,
  page: { cursor?: string | undefined; limit?: number | undefined },
): Promise<AidRecordPage> {
  const limit = page.limit ?? 50;
  const rows = await q.listRecords(db, scopeOf(viewer), filters, pageCursor(page.cursor), limit);
  const shown = rows.slice(0, limit);
  const last = shown.at(-1);
  return {
    items: await recordViews(db, viewer, shown),
    nextCursor: rows.length > limit && last ? encodeCursor([last.occurred_on, last.id]) : null,
  };
}

export async function listRecords(db: Kysely<DB>, actor: Actor, query: AidRecordListQuery): Promise<AidRecordPage> {
  const viewer = viewerOf(actor);
  const { cursor, limit, ...filters } = query;
  assertFilters(scopeOf(viewer), filters);
  return recordPage(db, viewer, filters, { cursor, limit });
}

export async function getRecord(db: Kysely<DB>, actor: Actor, id: number): Promise<AidRecordDetail> {
  const viewer = viewerOf(actor);
  const row = await q.visibleRecord(db, scopeOf(viewer), id);
  if (!row) throw recordNotFound();
  return detailOf(db, viewer, row);
}

// ---- create ----

function invalid(fields: { field: string; message: string }[]): AppError {
  return new AppError('VALIDATION_FAILED', { fields });
}

/** What a giver is called in a notice to the liaisons (a caring individual by no name: the liaison sees it masked). */
function giverLabel(giver: Giver): string {
  return giver.organizationId !== null ? giver.name : '一位爱心人士';
}

async function announce(trx: Transaction<DB>, giver: Giver, draft: AidDraft, id: number): Promise<void> {
  const amount = draft.amount_fen > 0 ? `（${yuan(draft.amount_fen)} 元）` : '';
  await notify(trx, await liaisonsOf(trx, draft.region_code), {
    kind: 'aid_recorded',
    title: '新的帮扶记录待确认收悉',
    body: `${giverLabel(giver)}记录了一次帮扶：${draft.summary}${amount}，请核实后确认收悉或提出异议。`,
    link: `/ledger/${id}`,
    entityType: 'aid_record',
    entityId: id,
  });
}

/** The audit log's view of a record: its content as hashed, with its place in the chain. */
function auditView(draft: AidDraft, appended: { id: number; seq: number; hash: string }): Record<string, unknown> {
  const { created_by: _createdBy, ...content } = draft;
  return { ...content, id: appended.id, seq: appended.seq, hash: appended.hash };
}

interface Prepared {
  giver: Giver;
  chainKey: string;
  draft: AidDraft;
  possibleDuplications: number[];
}

/** Checks a new record (all problems at once), locks the giver's chain and applies the duplicate rules. */
async function prepare(
  trx: Transaction<DB>,
  actor: Actor,
  input: AidRecordInput,
  extra: { replacesId?: number; reason?: string },
): Promise<Prepared> {
  const giver = await giverOf(trx, actor);
  const { errors, programId } = await checkRecord(trx, giver, input);
  if (errors.length > 0) throw invalid(errors);
  let draft = draftOf(giver, input, { programId, createdBy: actor.accountId, ...extra });
  const chainKey = chainKeyOf(giver.organizationId !== null ? { organizationId: giver.organizationId } : { caringAccountId: actor.accountId });
  await lockChain(trx, chainKey, draft);
  const twin = await checkDuplicateEntry(trx, chainKey, draft, {
    confirmDuplicate: input.confirmDuplicate === true,
    ...(extra.replacesId !== undefined ? { excluding: extra.replacesId } : {}),
  });
  draft = { ...draft, suspected_duplicate_of: twin };
  return { giver, chainKey, draft, possibleDuplications: await possibleDuplications(trx, chainKey, draft) };
}

async function viewOf(trx: Transaction<DB>, viewer: Viewer, id: number): Promise<AidRecordView> {
  const row = await q.visibleRecord(trx, scopeOf(viewer), id);
  if (!row) throw new Error(`aid record ${id} was just written but cannot be read back`);
  return recordView(trx, viewer, row);
}

export async function createRecord(db: Kysely<DB>, ctx: RequestContext, actor: Actor, input: AidRecordInput): Promise<AidRecordCreated> {
  return db.transaction().execute(async (trx) => {
    const p = await prepare(trx, actor, input, {});
    const [appended] = await appendRecords(trx, [p.draft]);
    await recordAudit(trx, ctx, {
      action: 'create',
      entityType: 'aid_record',
      entityId: appended!.id,
      regionCode: p.draft.region_code,
      organizationId: p.draft.organization_id,
      after: auditView(p.draft, appended!),
    });
    await announce(trx, p.giver, p.draft, appended!.id);
    return { record: await viewOf(trx, viewerOf(actor), appended!.id), possibleDuplications: p.possibleDuplications };
  });
}

// ---- reversal and correction ----

const negate = (n: number): number => (n === 0 ? 0 : -n);

/** The reversal of a record: every dimension copied, every figure (items too) negated, its bucket kept. */
async function reversalOf(trx: Transaction<DB>, row: q.RecordRow, reason: string, createdBy: number): Promise<AidDraft> {
  const items = await q.itemsOf(trx, row.id);
  return {
    organization_id: row.organization_id,
    caring_account_id: row.caring_account_id,
    giver_form: row.giver_form,
    counterpart: row.counterpart,
    region_code: row.region_code,
    household_id: row.household_id,
    need_id: row.need_id,
    pairing_id: row.pairing_id,
    project_id: row.project_id,
    program_id: row.program_id,
    occurred_on: row.occurred_on,
    period_end: row.period_end,
    kind: row.kind,
    activity_type: row.activity_type,
    key_field_code: row.key_field_code,
    amount_fen: negate(row.amount_fen),
    material_quantity: negate(row.material_quantity),
    purchase_channel: row.purchase_channel,
    staff_count: negate(row.staff_count),
    volunteer_count: negate(row.volunteer_count),
    enterprise_count: negate(row.enterprise_count),
    beneficiary_count: negate(row.beneficiary_count),
    beneficiary_households: negate(row.beneficiary_households),
    funding_source: row.funding_source,
    summary: row.summary,
    description: row.description,
    external_ref: row.external_ref,
    reverses_id: row.id,
    replaces_id: null,
    reason,
    reversed_confirmation: row.confirmation satisfies AidConfirmation,
    items: items.map((i) => ({ name: i.name, quantity: negate(i.quantity), unit: i.unit, value_fen: negate(i.value_fen) })),
    created_by: createdBy,
  };
}

/** The giver's own standing record, locked against a concurrent receipt or reversal. */
async function ownStandingRecord(trx: Transaction<DB>, actor: Actor, id: number, doing: string): Promise<q.RecordRow> {
  const viewer = viewerOf(actor);
  const row = await q.lockedRecord(trx, scopeOf(viewer), id);
  if (!row || !isGiverOf(viewer, row)) throw recordNotFound();
  if (!isStanding(row)) throw recordStateError(row, doing);
  return row;
}

export async function reverseRecord(db: Kysely<DB>, ctx: RequestContext, actor: Actor, id: number, reason: string): Promise<AidRecordView> {
  const why = reason.trim();
  if (why === '') throw fieldError('reason', '冲销原因：请说明为什么冲销这条记录');
  return db.transaction().execute(async (trx) => {
    const row = await ownStandingRecord(trx, actor, id, '冲销');
    const draft = await reversalOf(trx, row, why, actor.accountId);
    const [appended] = await appendRecords(trx, [draft]);
    await recordAudit(trx, ctx, {
      action: 'reverse',
      entityType: 'aid_record',
      entityId: row.id,
      regionCode: row.region_code,
      organizationId: row.organization_id,
      detail: { reversalId: appended!.id, reason: why, amountFen: row.amount_fen, confirmation: row.confirmation },
    });
    return viewOf(trx, viewerOf(actor), appended!.id);
  });
}

export async function correctRecord(
  db: Kysely<DB>,
  ctx: RequestContext,
  actor: Actor,
  id: number,
  body: { reason: string; record: AidRecordInput },
): Promise<CorrectionCreated> {
  const why = body.reason.trim();
  if (why === '') throw fieldError('reason', '更正原因：请说明更正了什么、为什么');
  return db.transaction().execute(async (trx) => {
    const row = await ownStandingRecord(trx, actor, id, '更正');
    // The new record faces every check of a new one, except being a repeat of the record it replaces.
    const p = await prepare(trx, actor, body.record, { replacesId: row.id, reason: why });
    const reversal = await reversalOf(trx, row, why, actor.accountId);
    const [rev, replacement] = await appendRecords(trx, [reversal, p.draft]);
    await recordAudit(trx, ctx, {
      action: 'correct',
      entityType: 'aid_record',
      entityId: row.id,
      regionCode: row.region_code,
      organizationId: row.organization_id,
      detail: { reversalId: rev!.id, replacementId: replacement!.id, reason: why },
      after: auditView(p.draft, replacement!),
    });
    await announce(trx, p.giver, p.draft, replacement!.id);
    const viewer = viewerOf(actor);
    return { reversal: await viewOf(trx, viewer, rev!.id), replacement: await viewOf(trx, viewer, replacement!.id) };
  });
}
