// Pairings (结对帮扶): an approved organization, alone or leading a group, proposes to commit to counties, townships or
// villages for a period under a program; it edits while the pairing waits or was returned (a returned one goes back to
// the department). Reading: the organizations in it, and officials and liaisons with one of its places in scope.
// The department's decisions and the end are in transitions.ts, the agreement file in files.ts.
import type { Kysely, Transaction } from 'kysely';
import { PAIRING_STATUS_LABELS } from '../../../common/projects.ts';
import type { DB } from '../../db/types.ts';
import { AppError } from '../../errors.ts';
import { requireActor } from '../../platform/access.ts';
import type { RequestContext } from '../../platform/context.ts';
import { decodeCursor, encodeCursor } from '../../platform/http.ts';
import {
  audit,
  change,
  detailOrNotFound,
  officialsOfPlaces,
  onlyLead,
  pairingState,
  placeNames,
  tell,
} from './change.ts';
import * as q from './queries.ts';
import type { CreatePairingBody, ListPairingsQuery, PairingDetail, PairingPage, UpdatePairingBody } from './schemas.ts';
import { checkPairing, type CheckedPairing, type Lead, type PairingDraft } from './validate.ts';
import { summaries } from './views.ts';

/** The pairing's columns from a checked draft. */
function columnsOf(p: CheckedPairing) {
  return {
    program_id: p.programId,
    title: p.title,
    start_date: p.startDate,
    end_date: p.endDate,
    field_codes: [...p.fieldCodes],
    amount_fen: p.amountFen,
    people: p.people,
    commitments: p.commitments,
    fair_id: p.fairId,
    is_counterpart: p.isCounterpart,
  };
}

/**
 * PAIRING_EXISTS: the lead already holds a pending or confirmed pairing under the program with one of these places.
 * Called with the lead's row locked, so two submissions of one organization cannot both pass.
 */
async function assertNoConflict(
  trx: Transaction<DB>,
  leadId: number,
  p: CheckedPairing,
  exceptId?: number,
): Promise<void> {
  const other = await q.conflictingPairing(trx, {
    organizationId: leadId,
    programId: p.programId,
    places: p.places,
    exceptId,
  });
  if (!other) return;
  const name = await placeNames(trx, [other.region_code]);
  const what = `“${other.title}”，${PAIRING_STATUS_LABELS[other.status].zh}`;
  throw new AppError('PAIRING_EXISTS', {
    message: `本组织在“${p.program.name}”下已与 ${name} 结对（${what}），请在原协议上修改`,
    fields: [
      {
        field: `places.${p.places.indexOf(other.region_code)}`,
        message: `结对地区：本组织在同一计划下已与 ${name} 结对（${what}）`,
      },
    ],
  });
}

async function approvedLead(db: Kysely<DB>, organizationId: number | null): Promise<Lead> {
  const lead = organizationId === null ? undefined : await q.findOrganization(db, organizationId);
  if (!lead || lead.status !== 'approved') {
    throw new AppError('ORGANIZATION_NOT_APPROVED', { message: '组织通过审核后才能签订结对协议' });
  }
  return lead;
}

export async function createPairing(
  db: Kysely<DB>,
  ctx: RequestContext,
  body: CreatePairingBody,
): Promise<PairingDetail> {
  const actor = requireActor(ctx.actor);
  const lead = await approvedLead(db, actor.organizationId);
  const checked = await checkPairing(db, { ...body, fairId: body.fairId ?? null }, lead);
  const id = await db.transaction().execute(async (trx) => {
    await q.lockOrganization(trx, lead.id);
    await assertNoConflict(trx, lead.id, checked);
    const row = await q.insertPairing(trx, {
      ...columnsOf(checked),
      organization_id: lead.id,
      created_by: actor.accountId,
    });
    await q.replacePlaces(trx, row.id, checked.places);
    await q.replaceMembers(trx, row.id, checked.memberOrganizationIds);
    await q.addEvent(trx, row.id, 'submitted', null, actor.accountId);
    await tell(trx, await officialsOfPlaces(trx, checked.places), row.id, {
      kind: 'pairing_submitted',
      title: '新的结对协议待确认',
      body: `${lead.name}提交了结对协议“${checked.title}”（${await placeNames(trx, checked.places)}），请核实签署的协议后确认或退回`,
    });
    await audit(trx, ctx, 'pairing.create', { row, places: checked.places, memberIds: checked.memberOrganizationIds });
    return row.id;
  });
  return detailOrNotFound(db, actor, id);
}

const FIELD_NAMES: Record<keyof UpdatePairingBody, string> = {
  title: '协议名称',
  places: '结对地区',
  memberOrganizationIds: '联合结对的组织',
  startDate: '开始日期',
  endDate: '结束日期',
  fieldCodes: '承诺帮扶领域',
  amountFen: '承诺资金',
  people: '承诺投入人员',
  commitments: '帮扶承诺',
  fairId: '签约活动',
};

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  const sorted = (l: readonly T[]) => JSON.stringify([...l].sort());
  return sorted(a) === sorted(b);
}

/** The Chinese names of the fields whose value differs from what is stored, in the form's order. */
function changedFields(before: PairingDraft, after: PairingDraft): string[] {
  const differs: Record<keyof UpdatePairingBody, boolean> = {
    title: before.title !== after.title,
    places: !sameList(before.places, after.places),
    memberOrganizationIds: !sameList(before.memberOrganizationIds, after.memberOrganizationIds),
    startDate: before.startDate !== after.startDate,
    endDate: before.endDate !== after.endDate,
    fieldCodes: !sameList(before.fieldCodes, after.fieldCodes),
    amountFen: before.amountFen !== after.amountFen,
    people: before.people !== after.people,
    commitments: before.commitments !== after.commitments,
    fairId: before.fairId !== after.fairId,
  };
  return (Object.keys(FIELD_NAMES) as (keyof UpdatePairingBody)[]).filter((k) => differs[k]).map((k) => FIELD_NAMES[k]);
}

/**
 * The lead edits while the pairing waits or was returned; the whole pairing is checked again. A returned pairing goes
 * back to the department (resubmitted, officials told) even unchanged, since the lead may only have fixed the file;
 * an unchanged pending one writes nothing.
 */
export function updatePairing(
  db: Kysely<DB>,
  ctx: RequestContext,
  id: number,
  body: UpdatePairingBody,
): Promise<PairingDetail> {
  return change(db, ctx, id, async (trx, { actor, row, places, memberIds, side }) => {
    if (side !== 'lead') throw onlyLead('修改');
    if (row.status !== 'pending' && row.status !== 'returned') throw pairingState(row.status, '修改');
    const before: PairingDraft = {
      programId: row.program_id,
      title: row.title,
      places,
      memberOrganizationIds: memberIds,
      startDate: row.start_date,
      endDate: row.end_date,
      fieldCodes: row.field_codes,
      amountFen: row.amount_fen,
      people: row.people,
      commitments: row.commitments,
      fairId: row.fair_id,
    };
    const defined = Object.fromEntries(
      Object.entries(body).filter(([, v]) => v !== undefined),
    ) as Partial<PairingDraft>;
    const lead = await q.findOrganization(trx, row.organization_id);
    if (!lead) throw new AppError('NOT_FOUND');
    const checked = await checkPairing(trx, { ...before, ...defined }, lead, row.field_codes);
    await q.lockOrganization(trx, lead.id);
    await assertNoConflict(trx, lead.id, checked, row.id);

    const changed = changedFields(before, checked);
    const resubmit = row.status === 'returned';
    if (!resubmit && changed.length === 0) return;
    const after = await q.updatePairing(trx, row.id, {
      ...columnsOf(checked),
      status: 'pending',
      status_reason: resubmit ? null : row.status_reason,
    });
    if (!sameList(places, checked.places)) await q.replacePlaces(trx, row.id, checked.places);
    if (!sameList(memberIds, checked.memberOrganizationIds))
      await q.replaceMembers(trx, row.id, checked.memberOrganizationIds);
    const note = changed.length > 0 ? `修改了：${changed.join('、')}` : null;
    await q.addEvent(trx, row.id, resubmit ? 'resubmitted' : 'edited', note, actor.accountId);
    if (resubmit) {
      await tell(trx, await officialsOfPlaces(trx, checked.places), row.id, {
        kind: 'pairing_submitted',
        title: '结对协议已修改并重新提交',
        body: `${lead.name}修改并重新提交了结对协议“${checked.title}”（${await placeNames(trx, checked.places)}），请核实后确认或退回`,
      });
    }
    await audit(
      trx,
      ctx,
      resubmit ? 'pairing.resubmit' : 'pairing.update',
      { row: after, places: checked.places, memberIds: checked.memberOrganizationIds },
      { row, places, memberIds },
    );
  });
}

export async function listPairings(
  db: Kysely<DB>,
  ctx: RequestContext,
  query: ListPairingsQuery,
): Promise<PairingPage> {
  const actor = requireActor(ctx.actor);
  const before = decodeCursor(query.cursor, ['number']) as [number] | undefined;
  const limit = query.limit ?? 50;
  const rows = await q.listPairings(db, actor, query, before?.[0], limit);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { items: await summaries(db, page), nextCursor: rows.length > limit && last ? encodeCursor([last.id]) : null };
}

export function getPairing(db: Kysely<DB>, ctx: RequestContext, id: number): Promise<PairingDetail> {
  return detailOrNotFound(db, requireActor(ctx.actor), id);
}
