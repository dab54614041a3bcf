// Reading aid records: one query shape for the list, one record and the export, carrying the two facts a row alone
// does not hold: its effective confirmation (a reversal keeps the bucket of the record it cancels; otherwise the
// current receipt state, or unconfirmed) and the reversal that cancelled it. The confirmation is computed exactly as
// the rollup triggers bucket records, so summing a filtered list gives the statistics' figure for the same filters.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { AidConfirmation } from '../../../common/ledger.ts';
import type { DB } from '../../db/types.ts';
import type { AidRecordExportBody } from './schemas.ts';
import { placeWithin, reversedExists, standingWhere, visibleWhere, type LedgerScope } from './viewer.ts';

export type Executor = Kysely<DB> | Transaction<DB>;
export type Filters = AidRecordExportBody;

const EFFECTIVE_CONFIRMATION = sql<AidConfirmation>`coalesce(r.reversed_confirmation, s.confirmation, 'unconfirmed')`;

function recordsQuery(db: Executor) {
  return db
    .selectFrom('aid_records as r')
    .leftJoin('aid_record_states as s', 's.record_id', 'r.id')
    .selectAll('r')
    .select((eb) => [
      EFFECTIVE_CONFIRMATION.as('confirmation'),
      eb.selectFrom('aid_records as x').select('x.id').whereRef('x.reverses_id', '=', 'r.id').as('reversed_by_id'),
    ]);
}

export type RecordRow = Awaited<ReturnType<ReturnType<typeof recordsQuery>['executeTakeFirstOrThrow']>>;

/** One page (plus one row, to know whether more follow) of the records the scope sees, newest first. */
export function listRecords(
  db: Executor,
  scope: LedgerScope,
  f: Filters,
  after: { occurredOn: string; id: number } | undefined,
  limit: number,
): Promise<RecordRow[]> {
  return (
    recordsQuery(db)
      // A region filter lies inside the scope (checked before), so it alone bounds the rows and picks the index.
      .where((eb) => (f.region !== undefined && scope.kind === 'region' ? placeWithin(eb, f.region) : visibleWhere(eb, scope)))
      .$if(f.region !== undefined && scope.kind !== 'region', (q) => q.where((eb) => placeWithin(eb, f.region!)))
      .$if(f.from !== undefined, (q) => q.where('r.occurred_on', '>=', f.from!))
      .$if(f.to !== undefined, (q) => q.where('r.occurred_on', '<=', f.to!))
      .$if(f.programId !== undefined, (q) => q.where('r.program_id', '=', f.programId!))
      .$if(f.keyField !== undefined, (q) => q.where('r.key_field_code', '=', f.keyField!))
      .$if(f.giverForm !== undefined, (q) => q.where('r.giver_form', '=', f.giverForm!))
      .$if(f.organizationId !== undefined, (q) => q.where('r.organization_id', '=', f.organizationId!))
      .$if(f.kind !== undefined, (q) => q.where('r.kind', '=', f.kind!))
      .$if(f.purchaseChannel !== undefined, (q) => q.where('r.purchase_channel', '=', f.purchaseChannel!))
      .$if(f.counterpart !== undefined, (q) => q.where('r.counterpart', '=', f.counterpart!))
      .$if(f.householdId !== undefined, (q) => q.where('r.household_id', '=', f.householdId!))
      .$if(f.projectId !== undefined, (q) => q.where('r.project_id', '=', f.projectId!))
      .$if(f.pairingId !== undefined, (q) => q.where('r.pairing_id', '=', f.pairingId!))
      .$if(f.needId !== undefined, (q) => q.where('r.need_id', '=', f.needId!))
      .$if(f.importJobId !== undefined, (q) => q.where('r.import_job_id', '=', f.importJobId!))
      .$if(f.duplicateOnly === true, (q) => q.where('r.suspected_duplicate_of', 'is not', null))
      .$if(f.confirmation !== undefined, (q) => q.where(EFFECTIVE_CONFIRMATION, '=', f.confirmation!))
      .$if(f.standing === 'standing', (q) => q.where((eb) => standingWhere(eb)))
      .$if(f.standing === 'reversed', (q) => q.where((eb) => reversedExists(eb)))
      .$if(f.standing === 'reversal', (q) => q.where('r.reverses_id', 'is not', null))
      .$if(after !== undefined, (q) =>
        q.where((eb) =>
          eb.or([
            eb('r.occurred_on', '<', after!.occurredOn),
            eb.and([eb('r.occurred_on', '=', after!.occurredOn), eb('r.id', '<', after!.id)]),
          ]),
        ),
      )
      .orderBy('r.occurred_on', 'desc')
      .orderBy('r.id', 'desc')
      .limit(limit + 1)
      .execute()
  );
}

/** One record the scope sees (undefined: none, or not theirs to see). */
export function visibleRecord(db: Executor, scope: LedgerScope, id: number): Promise<RecordRow | undefined> {
  return recordsQuery(db)
    .where('r.id', '=', id)
    .where((eb) => visibleWhere(eb, scope))
    .executeTakeFirst();
}

/**
 * A visible record locked for a change of standing or receipt state: a reversal and a receipt of one record run one
 * after the other, so the reversal always keeps the bucket the record is in. (A row lock is no UPDATE: the
 * append-only trigger is not involved.)
 */
export async function lockedRecord(trx: Transaction<DB>, scope: LedgerScope, id: number): Promise<RecordRow | undefined> {
  const locked = await trx
    .selectFrom('aid_records as r')
    .select('r.id')
    .where('r.id', '=', id)
    .where((eb) => visibleWhere(eb, scope))
    .forUpdate()
    .executeTakeFirst();
  return locked ? visibleRecord(trx, scope, id) : undefined;
}

export function itemsOf(db: Executor, recordId: number) {
  return db
    .selectFrom('aid_record_items')
    .select(['name', 'quantity', 'unit', 'value_fen'])
    .where('record_id', '=', recordId)
    .orderBy('position')
    .execute();
}

export function filesOf(db: Executor, recordId: number) {
  return db
    .selectFrom('aid_record_files as rf')
    .innerJoin('files as f', 'f.id', 'rf.file_id')
    .select(['f.id', 'f.original_name', 'f.mime', 'f.size_bytes', 'f.sha256', 'rf.added_at'])
    .where('rf.record_id', '=', recordId)
    .orderBy('rf.added_at')
    .orderBy('f.id')
    .execute();
}

export function receiptsOf(db: Executor, recordId: number) {
  return db
    .selectFrom('aid_receipts as rc')
    .leftJoin('accounts as a', 'a.id', 'rc.created_by')
    .select(['rc.id', 'rc.status', 'rc.by_household', 'rc.reason', 'rc.created_at', 'a.display_name'])
    .where('rc.record_id', '=', recordId)
    .orderBy('rc.id')
    .execute();
}

/** The record that replaced this one in a correction. */
export async function replacementOf(db: Executor, recordId: number): Promise<number | null> {
  const row = await db.selectFrom('aid_records').select('id').where('replaces_id', '=', recordId).orderBy('id').executeTakeFirst();
  return row?.id ?? null;
}
