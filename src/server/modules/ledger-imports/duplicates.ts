// The same donation entered twice, as the form refuses it: a receipt number already used by a standing record of the
// giver (or twice in the sheet), or the same content (giver, place, kind, field, amount, date) twice in the sheet or
// already written within a day. A row marked 确认非重复 = 是 keeps a same-content duplicate (flagged when it matches a
// ledger record); a repeated receipt number is always refused.
import { sql, type Transaction } from 'kysely';
import { DUPLICATE_ENTRY_DAYS } from '../../../common/ledger.ts';
import type { DB } from '../../db/types.ts';
import { chainKeyOf } from '../ledger/chain.ts';
import { own } from './cells.ts';
import { contentKey, type CheckedRow } from './check.ts';
import type { ColumnKey } from './columns.ts';

const SLICE = 1000;

/** Standing: neither a reversal nor reversed. */
const standing = sql<boolean>`r.reverses_id is null and not exists (select 1 from aid_records x where x.reverses_id = r.id)`;

export class DuplicateBook {
  /** chain key + receipt number -> the first row that used it. */
  readonly #refs = new Map<string, number>();
  /** content key -> the first row with that content. */
  readonly #contents = new Map<string, number>();
  /** chain key -> content key -> a standing record written within the last day. */
  readonly #recent = new Map<string, Map<string, number>>();

  constructor(
    private readonly jobId: string,
    private readonly headers: Record<ColumnKey, string>,
  ) {}

  /** Marks the chunk's rows that repeat one another, an earlier row, or a record of the ledger. */
  async check(trx: Transaction<DB>, rows: CheckedRow[]): Promise<void> {
    const ok = rows.filter((r) => r.draft);
    const ledgerRefs = await this.#ledgerRefs(trx, ok);
    const ledgerContents = await this.#ledgerContents(trx, ok);
    for (const r of ok) {
      const d = r.draft!;
      const chain = chainKeyOf({ organizationId: d.organization_id! });
      if (d.external_ref !== null) {
        const key = `${chain}|${d.external_ref}`;
        const earlier = this.#refs.get(key);
        const recorded = ledgerRefs.get(key);
        if (recorded !== undefined)
          this.#refuse(
            r,
            'externalRef',
            `「${d.external_ref}」已用于帮扶记录（编号 ${recorded}），同一票据不能重复录入`,
          );
        else if (earlier !== undefined)
          this.#refuse(r, 'externalRef', `「${d.external_ref}」与第 ${earlier} 行重复，同一票据不能重复录入`);
        else this.#refs.set(own(key), r.row);
      }
      const key = contentKey(d);
      const earlier = this.#contents.get(key);
      const recorded = ledgerContents.get(key);
      if (earlier === undefined) this.#contents.set(own(key), r.row);
      if (r.confirmDuplicate) {
        if (recorded !== undefined && r.draft) r.draft.suspected_duplicate_of = recorded;
        continue;
      }
      const hint = '；如确实是两次帮扶，请在「确认非重复」填“是”';
      if (recorded !== undefined) {
        this.#refuse(
          r,
          'confirmDuplicate',
          `与一天内已录入的帮扶记录（编号 ${recorded}）内容相同（同一组织、地区、方式、领域、金额和日期）${hint}`,
        );
      } else if (earlier !== undefined) {
        this.#refuse(
          r,
          'confirmDuplicate',
          `与第 ${earlier} 行内容相同（同一组织、地区、方式、领域、金额和日期）${hint}`,
        );
      }
    }
  }

  #refuse(r: CheckedRow, column: ColumnKey, message: string): void {
    r.problems.push({ column, message: `${this.headers[column]}：${message}` });
    delete r.draft;
  }

  /** Receipt numbers of the chunk already on a standing record of the same giver. */
  async #ledgerRefs(trx: Transaction<DB>, rows: CheckedRow[]): Promise<Map<string, number>> {
    const byChain = new Map<string, Set<string>>();
    for (const r of rows) {
      const d = r.draft!;
      if (d.external_ref === null) continue;
      const chain = chainKeyOf({ organizationId: d.organization_id! });
      byChain.set(chain, (byChain.get(chain) ?? new Set()).add(d.external_ref));
    }
    const found = new Map<string, number>();
    for (const [chain, refs] of byChain) {
      const list = [...refs];
      for (let i = 0; i < list.length; i += SLICE) {
        const hits = await trx
          .selectFrom('aid_records as r')
          .select(['r.id', 'r.external_ref'])
          .where('r.chain_key', '=', chain)
          .where('r.external_ref', 'in', list.slice(i, i + SLICE))
          .where(standing)
          .where('r.import_job_id', 'is distinct from', this.jobId)
          .orderBy('r.id')
          .execute();
        for (const h of hits)
          if (!found.has(`${chain}|${h.external_ref}`)) found.set(`${chain}|${h.external_ref}`, h.id);
      }
    }
    return found;
  }

  /**
   * Standing records of the chunk's givers written within the last day, by content. Read once per giver, when the
   * sheet first names it, so before this import wrote any record of that giver (asking again per chunk would scan
   * the rows this import has just written).
   */
  async #ledgerContents(trx: Transaction<DB>, rows: CheckedRow[]): Promise<Map<string, number>> {
    for (const r of rows) {
      const organizationId = r.draft!.organization_id!;
      const chain = chainKeyOf({ organizationId });
      if (this.#recent.has(chain)) continue;
      const recent = new Map<string, number>();
      const hits = await trx
        .selectFrom('aid_records as r')
        .select(['r.id', 'r.region_code', 'r.kind', 'r.key_field_code', 'r.amount_fen', 'r.occurred_on'])
        .where('r.chain_key', '=', chain)
        .where('r.created_at', '>=', sql<Date>`now() - make_interval(days => ${DUPLICATE_ENTRY_DAYS})`)
        .where(standing)
        .orderBy('r.id')
        .execute();
      for (const h of hits) {
        const key = contentKey({ ...h, organization_id: organizationId });
        if (!recent.has(key)) recent.set(key, h.id);
      }
      this.#recent.set(chain, recent);
    }
    const found = new Map<string, number>();
    for (const r of rows) {
      const d = r.draft!;
      const key = contentKey(d);
      const id = this.#recent.get(chainKeyOf({ organizationId: d.organization_id! }))?.get(key);
      if (id !== undefined) found.set(key, id);
    }
    return found;
  }
}
