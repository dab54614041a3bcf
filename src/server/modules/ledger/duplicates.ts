// The same donation entered twice, and the same household helped twice. Within one giver: an external reference
// already on a standing record is refused; the same content (place, kind, field, amount, date) as a standing record
// written within a day is refused unless the giver confirms it is not a repeat, and then kept flagged. Across givers:
// other givers' standing records for the same household and field within the window are pointed out, not refused.
// The giver's chain head is locked first, so two requests of one giver cannot both pass these checks.
import type { Transaction } from 'kysely';
import { addDays } from '../../../common/glossary.ts';
import { CHAIN_GENESIS, DUPLICATE_ENTRY_DAYS, DUPLICATION_WINDOW_DAYS } from '../../../common/ledger.ts';
import type { DB } from '../../db/types.ts';
import { AppError } from '../../errors.ts';
import { standingWhere } from './viewer.ts';
import type { AidDraft } from './store.ts';

/** Creates the giver's chain head if needed and locks it until the transaction ends (appendRecords locks it again). */
export async function lockChain(trx: Transaction<DB>, chainKey: string, giver: Pick<AidDraft, 'organization_id' | 'caring_account_id'>): Promise<void> {
  await trx
    .insertInto('aid_chains')
    .values({ chain_key: chainKey, organization_id: giver.organization_id, caring_account_id: giver.caring_account_id, last_hash: CHAIN_GENESIS })
    .onConflict((oc) => oc.column('chain_key').doNothing())
    .execute();
  await trx.selectFrom('aid_chains').select('chain_key').where('chain_key', '=', chainKey).forUpdate().execute();
}

/**
 * Refuses a repeated external reference, and a repeated content unless confirmed; returns the record a confirmed
 * repeat is flagged against. `excluding` is the record a correction replaces (about to be reversed).
 */
export async function checkDuplicateEntry(
  trx: Transaction<DB>,
  chainKey: string,
  draft: AidDraft,
  options: { confirmDuplicate: boolean; excluding?: number },
): Promise<number | null> {
  const others = () =>
    trx
      .selectFrom('aid_records as r')
      .select(['r.id', 'r.occurred_on', 'r.created_at'])
      .where('r.chain_key', '=', chainKey)
      .where((eb) => standingWhere(eb))
      .$if(options.excluding !== undefined, (q) => q.where('r.id', '<>', options.excluding!))
      .orderBy('r.id', 'desc')
      .limit(1);
  if (draft.external_ref !== null) {
    const same = await others().where('r.external_ref', '=', draft.external_ref).executeTakeFirst();
    if (same) {
      throw new AppError('AID_DUPLICATE', {
        message: `票据 / 捐赠编号“${draft.external_ref}”已用于第 ${same.id} 号帮扶记录，同一编号不能重复录入`,
        fields: [{ field: 'externalRef', message: `票据 / 捐赠编号：已用于第 ${same.id} 号记录（帮扶日期 ${same.occurred_on}），请核对` }],
      });
    }
  }
  const since = new Date(Date.now() - DUPLICATE_ENTRY_DAYS * 86_400_000);
  const twin = await others()
    .where('r.occurred_on', '=', draft.occurred_on)
    .where('r.kind', '=', draft.kind)
    .where('r.region_code', '=', draft.region_code)
    .where('r.key_field_code', '=', draft.key_field_code)
    .where('r.amount_fen', '=', draft.amount_fen)
    .where('r.created_at', '>', since)
    .executeTakeFirst();
  if (!twin) return null;
  if (options.confirmDuplicate) return twin.id;
  const message = `与 ${DUPLICATE_ENTRY_DAYS} 天内录入的第 ${twin.id} 号记录内容相同（地区、方式、领域、金额和日期都一样）`;
  throw new AppError('AID_DUPLICATE', {
    message: `${message}，可能是重复录入`,
    fields: [{ field: 'confirmDuplicate', message: `${message}；如确认不是重复录入，请勾选“确认不是重复录入”后再保存` }],
  });
}

/** Other givers' standing records for the same household and field within the window of the date. */
export async function possibleDuplications(
  trx: Transaction<DB>,
  chainKey: string,
  draft: Pick<AidDraft, 'household_id' | 'key_field_code' | 'occurred_on'>,
): Promise<number[]> {
  if (draft.household_id === null) return [];
  const rows = await trx
    .selectFrom('aid_records as r')
    .select('r.id')
    .where('r.household_id', '=', draft.household_id)
    .where('r.key_field_code', '=', draft.key_field_code)
    .where('r.occurred_on', '>=', addDays(draft.occurred_on, -DUPLICATION_WINDOW_DAYS))
    .where('r.occurred_on', '<=', addDays(draft.occurred_on, DUPLICATION_WINDOW_DAYS))
    .where('r.chain_key', '<>', chainKey)
    .where((eb) => standingWhere(eb))
    .orderBy('r.id')
    .execute();
  return rows.map((r) => r.id);
}
